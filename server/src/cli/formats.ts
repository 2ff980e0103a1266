import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, FindingCode, Severity } from '../checks/findings';
import { ALL_CODES, DEFAULT_SEVERITY } from '../checks/findings';
import { positionAt } from '../parse/reportModel';
import { CODE_DOCS } from './codeDocs';

export interface FileReport {
  /** The path as given on the command line (or found by a glob), relative to the working directory. */
  file: string;
  text: string;
  lineStarts: number[];
  findings: Finding[];
}

/** 1-based line and column; columns count UTF-16 code units, as LSP positions do. */
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

/**
 * Stable JSON, described by docs/treaty-check.schema.json:
 * { version: 1, factBase, files: [{ file, findings: [{ code, severity, message, range, factIds, fixes }] }], summary }.
 */
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

export function summarize(reports: { findings: Finding[] }[]) {
  const all = reports.flatMap((r) => r.findings);
  const c = (s: string) => all.filter((f) => f.severity === s).length;
  return { files: reports.length, errors: c('error'), warnings: c('warning'), information: c('information'), hints: c('hint') };
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };
export const REPOSITORY_URL = 'https://github.com/treaty-tools/treaty-report-checker';

export interface SarifOptions {
  factBaseVersion: string;
  toolVersion: string;
  /** The working directory the report paths are relative to. */
  cwd: string;
  /** Where relative URIs start (`%SRCROOT%`): the repository root, so GitHub code scanning finds the files. */
  srcRoot: string;
  /** Severities changed with --severity (recorded as rule configuration overrides). */
  severities?: Partial<Record<FindingCode, Severity | 'off'>>;
  /** Workspace facts files added with --facts. */
  factsFiles?: string[];
  /** Workspace sources added with --sources. */
  sourceFiles?: string[];
  /** False with --no-bundled. */
  bundled?: boolean;
}

/** The nearest directory at or above `dir` that holds `.git`, else `dir`. */
export function repositoryRoot(dir: string): string {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, '.git'))) return d;
    if (path.dirname(d) === d) return path.resolve(dir);
  }
}

const encodePath = (p: string) => p.split(/[\\/]/).map(encodeURIComponent).join('/');

/**
 * SARIF 2.1.0 as GitHub code scanning takes it: one rule per code with short and full descriptions,
 * help text and a help URI; results with ruleId/ruleIndex, a level, the message, one physical location
 * (a URI relative to %SRCROOT%, 1-based line and column, columns in UTF-16 code units) and a partial
 * fingerprint; the fact base's version in the run's properties.
 */
export function formatSarif(reports: FileReport[], o: SarifOptions): string {
  const rules = ALL_CODES.map((code: FindingCode) => ({
    id: code,
    name: code.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: `${CODE_DOCS[code].summary.split('. ')[0]!.replace(/\.$/, '')}.` },
    fullDescription: { text: CODE_DOCS[code].summary },
    help: { text: `${CODE_DOCS[code].summary}\n\nExample: ${CODE_DOCS[code].example}`, markdown: `${CODE_DOCS[code].summary}\n\nExample: \`${CODE_DOCS[code].example}\`\n\n[Documentation](${REPOSITORY_URL}/blob/main/README.md#${code})` },
    helpUri: `${REPOSITORY_URL}/blob/main/README.md#${code}`,
    defaultConfiguration: { level: SARIF_LEVEL[DEFAULT_SEVERITY[code]] },
    properties: { tags: ['treaty-report', code.startsWith('unknown-') ? 'citation' : 'figure'] },
  }));
  const overrides = Object.entries(o.severities ?? {}).map(([code, level]) => ({
    descriptor: { id: code, index: ALL_CODES.indexOf(code as FindingCode) },
    configuration: level === 'off' ? { enabled: false } : { level: SARIF_LEVEL[level as Severity] },
  }));

  const uriOf = (file: string) => {
    const abs = path.resolve(o.cwd, file);
    const rel = path.relative(o.srcRoot, abs);
    if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) return { uri: encodePath(rel), uriBaseId: '%SRCROOT%' };
    return { uri: pathToFileURL(abs).toString() };
  };

  const results = reports.flatMap((r) => {
    const location = uriOf(r.file);
    const seen = new Map<string, number>();
    return r.findings.map((f) => {
      const s = where(r, f.start);
      const e = where(r, f.end);
      // Stable across edits elsewhere in the file: the code, the file, the flagged text and its line's text.
      const lineText = r.text.slice(r.lineStarts[s.line - 1] ?? 0, r.lineStarts[s.line] ?? r.text.length).trim();
      const basis = `${f.code}\u0000${location.uri}\u0000${r.text.slice(f.start, f.end)}\u0000${lineText}`;
      const n = (seen.get(basis) ?? 0) + 1;
      seen.set(basis, n);
      return {
        ruleId: f.code,
        ruleIndex: ALL_CODES.indexOf(f.code),
        level: SARIF_LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column } } }],
        partialFingerprints: { 'treatyFindingHash/v1': `${createHash('sha256').update(basis).digest('hex').slice(0, 32)}:${n}` },
        properties: { severity: f.severity, factIds: f.factIds },
      };
    });
  });

  return JSON.stringify({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'treaty-check', version: o.toolVersion, semanticVersion: o.toolVersion, informationUri: REPOSITORY_URL, rules } },
      invocations: [{ executionSuccessful: true, ...(overrides.length ? { ruleConfigurationOverrides: overrides } : {}) }],
      originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(o.srcRoot).toString().replace(/\/?$/, '/') } },
      columnKind: 'utf16CodeUnits',
      properties: { factBaseVersion: o.factBaseVersion, ...(o.factsFiles?.length ? { workspaceFacts: o.factsFiles } : {}), ...(o.sourceFiles?.length ? { workspaceSources: o.sourceFiles } : {}), ...(o.bundled === false ? { bundledFacts: false } : {}) },
      results,
    }],
  }, null, 2);
}
