import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver-types';
import type { CheckResult } from '../checks/checkReport';
import { paragraphLabel } from '../checks/describe';
import type { Fix } from '../checks/findings';
import type { FactBase } from '../facts/factBase';
import type { Fact } from '../facts/types';
import { positionAt } from '../parse/reportModel';
import { rangeOf } from './diagnostics';

/** Quick fixes for the diagnostics in range, "add source citation" on verified figures, and suppression comments. */
export function codeActionsFor(uri: string, result: CheckResult, facts: FactBase, start: number, end: number, diagnostics: Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  const edit = (fix: Fix) => ({ changes: { [uri]: [{ range: rangeOf(result.model, fix.start, fix.end), newText: fix.newText }] } });
  for (const d of diagnostics) {
    if (d.source !== 'treaty') continue;
    const data = d.data as { fixes?: Fix[] } | undefined;
    for (const fix of data?.fixes ?? []) {
      actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: fix.preferred, edit: edit(fix) });
    }
    actions.push(suppressionAction(uri, result, d));
  }
  // Fix all: every preferred fix in the document at once.
  const allPreferred = withoutOverlaps(diagnostics.flatMap((d) => ((d.data as { fixes?: Fix[] } | undefined)?.fixes ?? []).filter((f) => f.preferred)));
  if (allPreferred.length > 1) {
    actions.push({ title: 'Replace all contradicted figures with their sourced values', kind: CodeActionKind.SourceFixAll, edit: { changes: { [uri]: allPreferred.map((f) => ({ range: rangeOf(result.model, f.start, f.end), newText: f.newText })) } } });
  }
  for (const figure of result.figures) {
    if (figure.status !== 'verified' || figure.end < start || figure.start > end) continue;
    const fact = facts.facts.get(figure.factIds[0]!);
    if (!fact) continue;
    const citation = citationFor(facts, fact);
    if (result.model.text.slice(figure.end, figure.end + citation.length + 4).includes(citation)) continue;
    // The citation goes at the end of the figure's sentence, in its own block: searching the rest of the document for
    // a period put it in a later paragraph or code block when the figure's paragraph had none.
    const block = result.model.blocks.find((b) => b.start <= figure.start && figure.end <= b.end);
    if (!block) continue;
    const rel = figure.end - block.start;
    const stop = block.text.slice(rel).search(/[.;](\s|$)/);
    const sentence = block.sentences.find((s) => s.start < rel && rel <= s.end);
    const at = block.start + (stop >= 0 ? rel + stop : Math.max(rel, sentence?.end ?? rel));
    actions.push({
      title: `Add the source after this figure: ${citation}`,
      kind: CodeActionKind.RefactorInline,
      edit: { changes: { [uri]: [{ range: { start: positionAt(result.model.lineStarts, at), end: positionAt(result.model.lineStarts, at) }, newText: ` (${citation})` }] } },
    });
  }
  return actions;
}

/**
 * One workspace edit must not hold overlapping edits (clients reject it). Two findings can offer preferred fixes on
 * the same text: a date-mismatch on "March 0, 2023" and a figure-mismatch on its "0". The first fix in document order
 * (the wider one on a tie) is kept, the others dropped; the same fix offered twice is kept once.
 */
function withoutOverlaps(fixes: Fix[]): Fix[] {
  const sorted = [...fixes].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Fix[] = [];
  for (const f of sorted) {
    const last = kept[kept.length - 1];
    if (last && (f.start < last.end || (f.start === last.start && f.end === last.end))) continue;
    kept.push(f);
  }
  return kept;
}

/**
 * Suppresses one diagnostic in place. On the first line of a paragraph or heading (in a quote too) a
 * `<!-- treaty-disable-next-line code -->` line goes above it, indented and quoted like it. Elsewhere such a
 * line would change the document (split a paragraph in two, a list in two, end a table), so there
 * `<!-- treaty-disable-line code -->` goes at the end of the line, or of the table cell, instead.
 */
function suppressionAction(uri: string, result: CheckResult, d: Diagnostic): CodeAction {
  const { text, lineStarts, blocks } = result.model;
  const line = d.range.start.line;
  const lineStart = lineStarts[line] ?? text.length;
  const lineText = text.slice(lineStart, lineStarts[line + 1] ?? text.length).replace(/(?:\r\n|\r|\n)$/, '');
  const offset = lineStart + d.range.start.character;
  const block = blocks.find((b) => b.start <= offset && offset < b.end);
  const firstLine = !block || positionAt(lineStarts, block.start).line === line;
  const code = String(d.code);
  const listItem = /^(?:[ \t]*>)*[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/.test(lineText);
  if (firstLine && !listItem && block?.kind !== 'tableCell') {
    const prefix = /^(?:[ \t]*>)*[ \t]*/.exec(lineText)![0];
    return {
      title: `Disable ${code} for the next line`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      edit: { changes: { [uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${prefix}<!-- treaty-disable-next-line ${code} -->\n` }] } },
    };
  }
  // In a table the comment goes inside the cell, after its text, so the row keeps its cells.
  let at = lineStart + lineText.length;
  if (block?.kind === 'tableCell') for (at = block.end; at > block.start && /[\s|]/.test(text[at - 1]!); ) at--;
  const end = positionAt(lineStarts, at);
  return {
    title: `Disable ${code} for this line`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    edit: { changes: { [uri]: [{ range: { start: end, end }, newText: ` <!-- treaty-disable-line ${code} -->` }] } },
  };
}

/** How a report cites the fact's source: "CAT/C/KAZ/Q/4, para. 23" or "State follow-up reply to CAT/C/KAZ/CO/4 (2024), para. 20". */
export function citationFor(facts: FactBase, fact: Fact): string {
  const s = facts.sources.get(fact.source);
  const name = s?.meta.symbol ?? s?.meta.short_title ?? s?.meta.title ?? fact.source;
  return `${name}, ${paragraphLabel(fact.paragraph)}`;
}
