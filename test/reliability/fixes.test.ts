import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { checkReport, type CheckResult } from '../../server/src/checks/checkReport';
import type { Fix } from '../../server/src/checks/findings';
import { codeActionsFor } from '../../server/src/features/codeActions';
import { findingsToDiagnostics } from '../../server/src/features/diagnostics';
import { facts } from '../support/helpers';
import { fixtureTexts } from './fixtures';

/**
 * Quick fixes and the fix-all action change only their ranges (issue #10). For every fixture, each offered edit is
 * applied the way an LSP client applies it (line/character ranges, vscode-languageserver-textdocument) and the
 * result compared with the edit made on the finding's own offsets: every byte outside the edited range must be the
 * same. Fix-all edits must not overlap. Suppression comments and added citations only insert.
 */
const URI = 'file:///report.md';

interface Offered { doc: TextDocument; result: CheckResult; diagnostics: Diagnostic[]; perDiagnostic: CodeAction[][]; all: CodeAction[] }

function offered(text: string): Offered {
  const doc = TextDocument.create(URI, 'markdown', 1, text);
  const result = checkReport(text, facts());
  const diagnostics = findingsToDiagnostics(result.model, result.findings, facts());
  const perDiagnostic = diagnostics.map((d) => codeActionsFor(URI, result, facts(), doc.offsetAt(d.range.start), doc.offsetAt(d.range.end), [d]));
  const all = codeActionsFor(URI, result, facts(), 0, text.length, diagnostics);
  return { doc, result, diagnostics, perDiagnostic, all };
}

const editsOf = (a: CodeAction): TextEdit[] => a.edit?.changes?.[URI] ?? [];

/** Edits as offsets, sorted; overlapping edits (two ranges sharing a character) are reported. */
function asOffsets(doc: TextDocument, edits: TextEdit[]): { start: number; end: number; newText: string }[] {
  return edits.map((e) => ({ start: doc.offsetAt(e.range.start), end: doc.offsetAt(e.range.end), newText: e.newText })).sort((a, b) => a.start - b.start || a.end - b.end);
}

function overlaps(edits: { start: number; end: number }[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < edits.length; i++) if (edits[i - 1]!.end > edits[i]!.start) out.push(`[${edits[i - 1]!.start}, ${edits[i - 1]!.end}) overlaps [${edits[i]!.start}, ${edits[i]!.end})`);
  return out;
}

/** The text with offset edits applied: what the fix means, independent of line/character conversion. */
function spliced(text: string, edits: { start: number; end: number; newText: string }[]): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

describe('reliability: quick fixes and fix-all change only their ranges', function () {
  this.timeout(300_000);
  const fixtures = fixtureTexts();

  it('covers the fixtures, and they offer fixes of every kind', () => {
    assert.ok(fixtures.length > 100, String(fixtures.length));
    const kinds = new Set<string>();
    for (const f of fixtures.filter((x) => x.name.startsWith('examples/'))) for (const a of offered(f.text).all) kinds.add(String(a.kind));
    assert.deepEqual([...kinds].sort(), ['quickfix', 'refactor.inline', 'source.fixAll']);
  });

  it('every quick fix replaces exactly its finding\'s fix range, inside the diagnostic, and nothing else', () => {
    const problems: string[] = [];
    let applied = 0;
    for (const { name, text } of fixtures) {
      const { doc, diagnostics, perDiagnostic } = offered(text);
      diagnostics.forEach((d, i) => {
        const fixes = ((d.data as { fixes?: Fix[] } | undefined)?.fixes ?? []);
        const dStart = doc.offsetAt(d.range.start);
        const dEnd = doc.offsetAt(d.range.end);
        for (const action of perDiagnostic[i]!) {
          const edits = editsOf(action);
          if (!edits.length) continue;
          applied++;
          const got = TextDocument.applyEdits(doc, edits);
          const offsets = asOffsets(doc, edits);
          const fix = fixes.find((x) => x.title === action.title);
          if (fix) {
            // A replacement from the finding: the client's result is the finding's offsets spliced, and stays in the diagnostic.
            if (got !== spliced(text, [{ start: fix.start, end: fix.end, newText: fix.newText }])) problems.push(`${name}: "${action.title}" changes more than [${fix.start}, ${fix.end})`);
            if (fix.start < dStart || fix.end > dEnd) problems.push(`${name}: "${action.title}" [${fix.start}, ${fix.end}) reaches outside its diagnostic [${dStart}, ${dEnd})`);
          } else {
            // A suppression comment: inserted, never replacing a character of the report.
            if (offsets.some((e) => e.end !== e.start)) problems.push(`${name}: "${action.title}" replaces text instead of inserting`);
            if (got !== spliced(text, offsets)) problems.push(`${name}: "${action.title}" changes text outside its insertion`);
          }
        }
      });
    }
    assert.deepEqual(problems, []);
    assert.ok(applied > 100, `only ${applied} quick fixes applied`);
  });

  it('fix-all edits do not overlap and change nothing outside their ranges; added citations only insert, in the figure\'s paragraph', () => {
    const problems: string[] = [];
    let fixAll = 0;
    for (const { name, text } of fixtures) {
      const { doc, result, all } = offered(text);
      for (const action of all) {
        const edits = editsOf(action);
        const offsets = asOffsets(doc, edits);
        if (action.kind === 'source.fixAll') {
          fixAll++;
          const o = overlaps(offsets);
          if (o.length) problems.push(`${name}: "${action.title}": ${o.join('; ')}`);
          else if (TextDocument.applyEdits(doc, edits) !== spliced(text, offsets)) problems.push(`${name}: "${action.title}" changes text outside its ranges`);
        } else if (action.kind === 'refactor.inline') {
          const at = offsets[0]!;
          const block = result.model.blocks.find((b) => b.start <= at.start && at.start <= b.end);
          if (offsets.length !== 1 || at.start !== at.end) problems.push(`${name}: "${action.title}" does not only insert`);
          else if (!block || !result.figures.some((f) => f.start >= block.start && f.end <= at.start)) problems.push(`${name}: "${action.title}" inserts at ${at.start}, outside the paragraph of its figure`);
          else if (TextDocument.applyEdits(doc, edits) !== spliced(text, offsets)) problems.push(`${name}: "${action.title}" changes text outside its insertion`);
        }
      }
    }
    assert.deepEqual(problems, []);
    assert.ok(fixAll > 0, 'no fixture offers a fix-all action');
  });

  it('regression: "Add the source" goes at the end of the figure\'s own sentence, not into a later code block', () => {
    const text = 'Disciplinary sanctions were imposed on 709 officials from pretrial investigation bodies (377 in 2022 and 332 in 2023)\n\n```\ncode.\n```\n\nNext paragraph.';
    const { doc, all } = offered(text);
    const add = all.filter((a) => a.kind === 'refactor.inline');
    assert.ok(add.length > 0, 'no citation offered');
    for (const a of add) assert.equal(doc.offsetAt(editsOf(a)[0]!.range.start), text.indexOf('\n\n'), a.title);
  });

  it('regression: fix-all never edits the same text twice (a date-mismatch on "March 0, 2023" and a figure-mismatch on its "0")', () => {
    // Found by fuzzing: both fixes were preferred, and the fix-all edit held both, overlapping; clients reject that.
    const text = '248 adult civilians who received gunshot wounds – 595 million tenge from the Kazakhstan Khalkyna fund Order of the Minister of Health of the Republic of Kazakhstan dated March 0, 2023 No 49';
    const { doc, result, all } = offered(text);
    const preferred = result.findings.flatMap((f) => f.fixes.filter((x) => x.preferred));
    assert.ok(overlaps(preferred.map((f) => ({ start: f.start, end: f.end })).sort((a, b) => a.start - b.start)).length > 0, 'the findings no longer overlap: pick another input');
    const fixAll = all.find((a) => a.kind === 'source.fixAll');
    assert.ok(fixAll, 'no fix-all offered');
    assert.deepEqual(overlaps(asOffsets(doc, editsOf(fixAll))), []);
  });
});
