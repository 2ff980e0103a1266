import type { Finding, FindingCode } from '../checks/findings';
import { ALL_CODES } from '../checks/findings';
import { positionAt } from '../parse/reportModel';
import { CODE_DOCS } from './codeDocs';

export interface FileReport {
  file: string;
  lineStarts: number[];
  findings: Finding[];
}

const where = (r: FileReport, offset: number) => {
  const p = positionAt(r.lineStarts, offset);
  return { line: p.line + 1, column: p.character + 1 };
};

/** file:line:col severity code message */
export function formatText(reports: FileReport[]): string {
  const lines: string[] = [];
  for (const r of reports) for (const f of r.findings) {
    const p = where(r, f.start);
    lines.push(`${r.file}:${p.line}:${p.column} ${f.severity} ${f.code} ${f.message}`);
  }
  return lines.join('\n');
}

/** Stable JSON: { version, factBase, files: [{ file, findings: [{ code, severity, message, range, factIds, fixes }] }], summary }. */
export function formatJson(reports: FileReport[], factBaseVersion: string): string {
  return JSON.stringify({
    version: 1,
    factBase: factBaseVersion,
    files: reports.map((r) => ({
      file: r.file,
      findings: r.findings.map((f) => ({
        code: f.code,
        severity: f.severity,
        message: f.message,
        range: { start: where(r, f.start), end: where(r, f.end) },
        factIds: f.factIds,
        fixes: f.fixes.map((x) => ({ title: x.title, range: { start: where(r, x.start), end: where(r, x.end) }, newText: x.newText })),
      })),
    })),
    summary: summarize(reports),
  }, null, 2);
}

export function summarize(reports: FileReport[]) {
  const all = reports.flatMap((r) => r.findings);
  const c = (s: string) => all.filter((f) => f.severity === s).length;
  return { files: reports.length, errors: c('error'), warnings: c('warning'), information: c('information'), hints: c('hint') };
}

const SARIF_LEVEL: Record<string, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** SARIF 2.1.0 as GitHub code scanning accepts it. */
export function formatSarif(reports: FileReport[], factBaseVersion: string, toolVersion: string): string {
  const rules = ALL_CODES.map((code: FindingCode) => ({
    id: code,
    name: code.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: CODE_DOCS[code].summary.split('. ')[0]!.replace(/\.$/, '') + '.' },
    fullDescription: { text: CODE_DOCS[code].summary },
    help: { text: `${CODE_DOCS[code].summary}\nExample: ${CODE_DOCS[code].example}`, markdown: `${CODE_DOCS[code].summary}\n\nExample: \`${CODE_DOCS[code].example}\`` },
    helpUri: `https://github.com/treaty-tools/treaty-report-checker/blob/main/README.md#${code}`,
  }));
  return JSON.stringify({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'treaty-check', version: toolVersion, informationUri: 'https://github.com/treaty-tools/treaty-report-checker', rules } },
      properties: { factBaseVersion },
      results: reports.flatMap((r) => r.findings.map((f) => {
        const s = where(r, f.start);
        const e = where(r, f.end);
        return {
          ruleId: f.code,
          ruleIndex: ALL_CODES.indexOf(f.code),
          level: SARIF_LEVEL[f.severity],
          message: { text: f.message },
          locations: [{ physicalLocation: { artifactLocation: { uri: r.file.split(/[\\/]/).map(encodeURIComponent).join('/') }, region: { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column } } }],
          properties: { factIds: f.factIds },
        };
      })),
    }],
  }, null, 2);
}
