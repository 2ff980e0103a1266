import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver-types';
import type { FactBase } from '../facts/factBase';
import { sourceFilePath } from '../sources/sourceFiles';
import type { Finding, Severity } from '../checks/findings';
import type { ReportModel } from '../parse/reportModel';
import { positionAt } from '../parse/reportModel';
import { pathToFileURL } from 'node:url';

export const README_URL = 'https://github.com/treaty-tools/treaty-report-checker/blob/main/README.md';

export function toSeverity(s: Severity): DiagnosticSeverity {
  switch (s) {
    case 'error': return DiagnosticSeverity.Error;
    case 'warning': return DiagnosticSeverity.Warning;
    case 'information': return DiagnosticSeverity.Information;
    default: return DiagnosticSeverity.Hint;
  }
}

export function rangeOf(model: ReportModel, start: number, end: number) {
  return { start: positionAt(model.lineStarts, start), end: positionAt(model.lineStarts, end) };
}

/** Findings as LSP diagnostics: stable code, source "treaty", a link to the code's documentation, the source paragraph as related information. */
export function findingsToDiagnostics(model: ReportModel, findings: Finding[], facts: FactBase): Diagnostic[] {
  return findings.map((f) => {
    const diagnostic: Diagnostic = {
      range: rangeOf(model, f.start, f.end),
      severity: toSeverity(f.severity),
      code: f.code,
      codeDescription: { href: `${README_URL}#${f.code}` },
      source: 'treaty',
      message: f.message,
      data: { factIds: f.factIds, fixes: f.fixes },
    };
    if (f.code === 'figure-unverified') diagnostic.tags = [DiagnosticTag.Unnecessary].filter(() => false);
    const related = f.related.flatMap((r) => {
      const file = sourceFilePath(facts, r.sourceId);
      const paragraph = facts.sources.get(r.sourceId)?.paragraphs.get(r.paragraph);
      if (!file || !paragraph) return [];
      return [{ location: { uri: pathToFileURL(file).toString(), range: { start: { line: paragraph.line, character: 0 }, end: { line: paragraph.line + 1, character: 0 } } }, message: r.message }];
    });
    if (related.length) diagnostic.relatedInformation = related;
    return diagnostic;
  });
}
