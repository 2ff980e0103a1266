import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkReport } from '../../server/src/checks/checkReport';
import { findCitations } from '../../server/src/parse/citations';
import { findFigures } from '../../server/src/parse/figures';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActionsFor } from '../../server/src/features/codeActions';
import { sectionLenses } from '../../server/src/features/codeLens';
import { completionsAt } from '../../server/src/features/completion';
import { coverageOf } from '../../server/src/features/coverage';
import { definitionAt } from '../../server/src/features/definition';
import { findingsToDiagnostics } from '../../server/src/features/diagnostics';
import { hoverAt } from '../../server/src/features/hover';
import { documentLinks } from '../../server/src/features/links';
import { documentSymbols } from '../../server/src/features/symbols';
import { check, facts } from '../support/helpers';
import { citation, documentOf, documentWithoutFigures, figure, hasNoFiguresOrSymbols, markdownDocument, params, sentence, word } from './arbitraries';
import { findingsDigest, resultViolations } from './invariants';

/**
 * Property tests of the engine (issue #10): on random Markdown, figures and citations it never throws, every
 * finding lies inside the document on the thing it names, the same input gives the same findings, and a
 * document without digits, number words or UN symbols gives none. 11,200 cases in CI (1,200 + 600 + 2,000 + 3,000 + 4,000 + 400 documents for the LSP features, at 10 positions each); FUZZ_RUNS=N
 * multiplies every count for long runs, FUZZ_SEED=N explores other cases (the default seed is fixed).
 */
describe('reliability: properties of the engine (fast-check)', function () {
  this.timeout(600_000);

  it('never throws on random Markdown; findings lie inside the document, on what they name; same input, same findings (1,200 documents)', () => {
    fc.assert(
      fc.property(documentOf(4), (text) => {
        // With unverified statistics reported, every statistic the engine reads gets a finding whose range is checked.
        const first = checkReport(text, facts(), { reportUnverified: true });
        assert.deepEqual(resultViolations(text, first), [], JSON.stringify(text));
        const again = checkReport(text, facts(), { reportUnverified: true });
        assert.equal(findingsDigest(again), findingsDigest(first), `not deterministic: ${JSON.stringify(text)}`);
      }),
      params(1200),
    );
  });

  it('checks an edited document as if it were new (the previous result reused gives the same findings; 600 edits)', () => {
    const edit = fc.tuple(documentOf(3), fc.nat(), fc.nat({ max: 40 }), fc.oneof(sentence, figure, citation, fc.constantFrom('', '\n\n', '\n', '# ', '- ', '> ', '|', '```\n', '<!--', '-->', '[^1]: x')));
    fc.assert(
      fc.property(edit, ([before, at, length, insert]) => {
        const start = before.length ? at % (before.length + 1) : 0;
        const after = before.slice(0, start) + insert + before.slice(Math.min(before.length, start + length));
        const previous = checkReport(before, facts());
        const incremental = checkReport(after, facts(), {}, previous);
        const fresh = checkReport(after, facts());
        assert.equal(findingsDigest(incremental), findingsDigest(fresh), `edit of ${JSON.stringify(before)} into ${JSON.stringify(after)}`);
        assert.deepEqual(resultViolations(after, incremental), [], JSON.stringify(after));
      }),
      params(600),
    );
  });

  it('reports nothing in a document without digits, number words or UN symbols (2,000 documents)', () => {
    fc.assert(
      fc.property(documentWithoutFigures, (text) => {
        fc.pre(hasNoFiguresOrSymbols(text));
        const r = checkReport(text, facts(), { reportUnverified: true });
        assert.deepEqual(r.findings.map((f) => [f.code, text.slice(f.start, f.end)]), [], JSON.stringify(text));
      }),
      params(2000),
    );
  });

  it('judges every figure and citation shape in a sentence without throwing, on exact ranges (3,000 sentences)', () => {
    const shaped = fc
      .tuple(fc.array(word, { maxLength: 3 }), figure, fc.array(word, { maxLength: 3 }), citation, fc.constantFrom('', '.', ').', ';'), fc.constantFrom('', '# Follow-up to paragraph 24\n\n', '| a | b |\n| --- | --- |\n| '))
      .map(([a, f, b, c, end, before]) => `${before}${a.join(' ')} ${f} ${b.join(' ')} (${c})${end}`);
    fc.assert(
      fc.property(shaped, (text) => {
        const r = check(text, { reportUnverified: true });
        assert.deepEqual(resultViolations(text, r), [], JSON.stringify(text));
      }),
      params(3000),
    );
  });

  it('finds figures and citations on their exact text, in order, on any string (4,000 strings)', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.array(fc.oneof(word, figure, citation, fc.constantFrom(' ', ', ', '\n', '(', ')')), { maxLength: 20 }).map((xs) => xs.join(' ')),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        let end = 0;
        for (const f of findFigures(text)) {
          assert.ok(f.start >= end && f.start < f.end && f.end <= text.length, `figure [${f.start}, ${f.end}) in ${JSON.stringify(text)}`);
          assert.equal(text.slice(f.start, f.end), f.text);
          assert.ok(f.numberEnd > f.start && f.numberEnd <= f.end, `numberEnd of ${JSON.stringify(f.text)}`);
          assert.ok(Number.isFinite(f.value) || f.value === Infinity, `value of ${JSON.stringify(f.text)}`);
          end = f.end;
        }
        for (const c of findCitations(text, facts().aliasPhrases())) {
          assert.ok(c.start >= 0 && c.start < c.end && c.end <= text.length, `citation [${c.start}, ${c.end}) in ${JSON.stringify(text)}`);
          if (c.symbol) assert.equal(text.slice(c.symbolStart, c.symbolEnd).replace(/\s+/g, ''), c.symbol);
          for (const p of c.paragraphs) {
            assert.ok(p.start >= c.start && p.end <= c.end && p.start < p.end, `paragraph ${p.id} [${p.start}, ${p.end}) outside its citation in ${JSON.stringify(text)}`);
            assert.match(text.slice(p.start, p.end), /^[\d(]/);
          }
        }
      }),
      params(4000),
    );
  });
});

/** A position inside the document as an LSP client counts lines (LF, CRLF and a lone CR all end a line). */
function positionViolations(doc: TextDocument, where: string, range: { start: { line: number; character: number }; end: { line: number; character: number } } | undefined): string[] {
  if (!range) return [];
  const out: string[] = [];
  for (const p of [range.start, range.end]) {
    const valid = Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.line < doc.lineCount && p.character >= 0;
    const lineLength = valid ? doc.offsetAt({ line: p.line + 1, character: 0 }) - doc.offsetAt({ line: p.line, character: 0 }) : 0;
    if (!valid || p.character > lineLength) out.push(`${where}: position ${JSON.stringify(p)} outside the document`);
  }
  if (!out.length && doc.offsetAt(range.start) > doc.offsetAt(range.end)) out.push(`${where}: range ends before it starts`);
  return out;
}

describe('reliability: LSP features at random positions (fast-check)', function () {
  this.timeout(600_000);

  it('hover, completion, definition, code actions, symbols, links, code lenses and coverage never throw and answer with ranges inside the document (400 documents, 10 positions each)', () => {
    const withPositions = fc.tuple(markdownDocument, fc.array(fc.nat(), { minLength: 10, maxLength: 10 }));
    fc.assert(
      fc.property(withPositions, ([text, picks]) => {
        const doc = TextDocument.create('file:///fuzz.md', 'markdown', 1, text);
        const result = checkReport(text, facts(), { reportUnverified: true });
        const diagnostics = findingsToDiagnostics(result.model, result.findings, facts());
        const problems: string[] = [];
        // The diagnostics' ranges are where an LSP client puts the findings' offsets.
        diagnostics.forEach((d, i) => {
          const f = result.findings[i]!;
          const expected = { start: doc.positionAt(f.start), end: doc.positionAt(f.end) };
          if (JSON.stringify(d.range) !== JSON.stringify(expected)) problems.push(`diagnostic ${f.code} at ${JSON.stringify(d.range)}, the client counts ${JSON.stringify(expected)}`);
        });
        for (const s of documentSymbols(result, facts())) {
          const walk = (x: typeof s): void => {
            problems.push(...positionViolations(doc, `symbol ${x.name}`, x.range), ...positionViolations(doc, `symbol ${x.name} selection`, x.selectionRange));
            x.children?.forEach(walk);
          };
          walk(s);
        }
        for (const l of documentLinks(result, facts())) problems.push(...positionViolations(doc, 'link', l.range));
        for (const l of sectionLenses(result)) problems.push(...positionViolations(doc, 'code lens', l.range));
        coverageOf(result, facts());
        for (const pick of picks) {
          const offset = pick % (text.length + 1);
          const hover = hoverAt(result, facts(), offset);
          problems.push(...positionViolations(doc, `hover at ${offset}`, hover?.range));
          for (const item of completionsAt(result, facts(), offset)) {
            const edit = item.textEdit && 'range' in item.textEdit ? item.textEdit : undefined;
            problems.push(...positionViolations(doc, `completion ${item.label} at ${offset}`, edit?.range));
          }
          definitionAt(result, facts(), offset);
          const end = Math.min(text.length, offset + (pick % 7));
          const inRange = diagnostics.filter((d) => doc.offsetAt(d.range.start) <= end && doc.offsetAt(d.range.end) >= offset);
          for (const a of [...codeActionsFor(doc.uri, result, facts(), offset, end, inRange), ...codeActionsFor(doc.uri, result, facts(), 0, text.length, diagnostics)]) {
            const edits = a.edit?.changes?.[doc.uri] ?? [];
            for (const e of edits) problems.push(...positionViolations(doc, `code action "${a.title}"`, e.range));
            // One workspace edit must not hold overlapping edits (clients reject it).
            const spans = edits.map((e) => [doc.offsetAt(e.range.start), doc.offsetAt(e.range.end)] as const).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
            for (let k = 1; k < spans.length; k++) if (spans[k - 1]![1] > spans[k]![0]) problems.push(`code action "${a.title}": edits overlap at ${spans[k]![0]}`);
          }
        }
        assert.deepEqual(problems, [], JSON.stringify(text));
      }),
      params(400),
    );
  });
});

describe('reliability: regressions found by the fuzzing', function () {
  this.timeout(60_000);

  it('counts lines as LSP clients do: after a lone CR, ranges were one line off', () => {
    const text = 'Intro.\rSee CAT/C/KAZ/CO/9.\r\rDisciplinary sanctions were imposed on 709 officials (377 in 2022 and 322 in 2023).';
    const r = checkReport(text, facts());
    const doc = TextDocument.create('file:///cr.md', 'markdown', 1, text);
    const diagnostics = findingsToDiagnostics(r.model, r.findings, facts());
    assert.ok(diagnostics.length >= 2);
    for (const [i, d] of diagnostics.entries()) assert.deepEqual(d.range, { start: doc.positionAt(r.findings[i]!.start), end: doc.positionAt(r.findings[i]!.end) });
    assert.deepEqual(diagnostics.map((d) => d.range.start.line), [1, 3]);
  });

  it('reads "16.02.2023" as a date, not the statistic 16.02 (it was contradicted by facts and overlapped the date\'s finding)', () => {
    const text = 'By the verdict of the court of Taldykorgan of the Zhetysu region dated 16.02.2023.';
    const r = check(text, { reportUnverified: true });
    assert.deepEqual(r.findings.map((f) => [f.code, text.slice(f.start, f.end)]), [['date-mismatch', '16.02.2023']]);
    assert.deepEqual(findFigures('on 16.02.2023 and 1.2.3 and 3.5.').map((f) => [f.text, f.kind]), [['16', 'date'], ['1', 'identifier'], ['3.5', 'statistic']]);
  });

  it('never overflows the stack on deep nesting (10,000 block quotes, lists, emphasis), with or without GFM syntax', () => {
    for (const text of ['>'.repeat(10_000) + ' 5 persons', '> '.repeat(10_000) + '5 persons | x', '- '.repeat(10_000) + 'www.example.org 5 persons', '*'.repeat(10_000) + 'x' + '*'.repeat(10_000), `# ${'_*'.repeat(5_000)}5 persons`]) {
      assert.deepEqual(resultViolations(text, checkReport(text, facts())), []);
    }
  });
});
