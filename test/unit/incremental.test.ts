import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { checkModel, checkReport, type CheckResult } from '../../server/src/checks/checkReport';
import { candidateStarts, innerStarts, parseChunks, plainProse, type ChunkParse } from '../../server/src/parse/chunks';
import { buildReportModel, buildReportModelWhole, keepChunks, type ChunkStore, type ReportModel } from '../../server/src/parse/reportModel';
import { compiledStemsOf, parseCompiledData, readCompiledData, serializeCompiledData } from '../../server/src/facts/compiledData';
import { FactBase } from '../../server/src/facts/factBase';
import { loadBundledData } from '../../server/src/facts/bundled';
import { facts } from '../support/helpers';
import { denseFootnotes, footnotedReport, nestedList, statisticsTable } from '../../bench/generate';
import * as os from 'node:os';

/**
 * Re-checking after an edit reuses what the edit did not touch (issue #9): the Markdown is parsed in chunks that
 * parse alone as in the whole document, and each block's checks are kept by their inputs. Both must be invisible:
 * the chunked model equals the model of one parse of the whole document, and a check that reuses the previous
 * version's result equals a check from scratch.
 */
const ROOT = path.join(__dirname, '..', '..');
const read = (p: string) => fs.readFileSync(path.join(ROOT, p), 'utf8');

function corpus(): [string, string][] {
  const out: [string, string][] = [['example', read('examples/follow-up-reply.md')]];
  for (const f of fs.readdirSync(path.join(ROOT, 'server/data/sources')).sort()) out.push([f, read(`server/data/sources/${f}`)]);
  for (const f of fs.readdirSync(path.join(ROOT, 'test/grammar/fixtures')).filter((f) => f.endsWith('.md')).sort()) out.push([f, read(`test/grammar/fixtures/${f}`)]);
  const claims = fs.readdirSync(path.join(ROOT, 'test/fixtures/claims')).filter((f) => f.endsWith('.yaml')).sort();
  for (const f of claims) {
    const texts = (parseYaml(read(`test/fixtures/claims/${f}`)) as { text: string }[]).map((c) => c.text);
    out.push([f, texts.join('\n\n')]);
  }
  return out;
}

const modelData = (m: ReportModel) => ({ ...m, footnoteDefinitions: [...m.footnoteDefinitions] });
const resultData = (r: CheckResult) => ({ findings: r.findings, figures: r.figures, citations: r.citations, blockFigures: r.blockFigures, model: modelData(r.model) });

/** Markdown that tests where a document may be cut: blocks that span blank lines, definitions, containers. */
const BLOCKS = [
  'The State party reported 1,273 persons convicted (CAT/C/KAZ/Q/4, para. 6).',
  '12. In 2023, 22 suicides were recorded among 29 cases.',
  '2) a numbered item of 5 cases',
  '- a list item with 709 officials\n- and 377 in 2022',
  '1. first\n\n2. second item, loose list',
  '- outer 3 cases\n  - inner\n\n  continued',
  '1. item\n\n   ```\n   code in item\n\n   more\n   ```',
  '> quoted 238 persons\n> killed',
  '> ```\n> fenced in a quote',
  '```\ncode 322 officials\n\nstill code after a blank line\n```',
  '~~~text\nunclosed fence 99',
  '    indented code 5,419',
  '\tindented with a tab, 4 cases',
  '<!-- treaty-disable-next-line figure-mismatch -->\nA line with 21 officers.',
  '<!--\nA comment\n\nacross a blank line\n-->',
  '<div>\nhtml block\n</div>',
  '<pre>\npre block\n\nwith a blank line\n</pre>',
  '<script>\nx\n\ny\n</script>',
  '<![CDATA[\n\n]]>',
  'Text <!-- inline --> with 9 cases',
  'See the note[^1] and [the list of issues][loi] and [Foo  Bar].',
  '[^1]: A footnote about 40,000 cameras.\n\n    Its second paragraph.',
  '[loi]: https://example.org/loi',
  '[foo bar]: /x "title"',
  '[^2]: Second footnote, never cited.',
  'A reference to [^2] and to [missing].',
  '| year | figure |\n| --- | --- |\n| 2022 | 377 |',
  'a | b\n--|--\n1 | 2',
  'Setext heading with 10 cases\n====',
  'Setext two\n---',
  '# Heading 2022',
  '## Follow-up information relating to paragraph 24 ##',
  'Visit www.example.org or write to a@b.org about ~~42~~ 43 cases.',
  '* [ ] task with 7 items',
  '---',
  'Text with a hard break  \nand 12 cases.',
  'Line one\r\nline two with 8 cases.',
  '&amp; entity and *emphasis* with 6 cases and `code 7`.',
  '![image](x.png) and <https://auto.link> with 2 cases',
  '```text\nA fenced block with 5 cases\n```',
  '````\n```\nnested fence 3\n````',
  '~~~\ncode 8\n~~~~',
  '```js\n```',
  '``` a`b\nnot a fence 6\n```',
  '<!-- treaty-disable figure-mismatch --> and text after it, 7 cases',
  '<!-- treaty-disable-next-line arithmetic -->\n12. An item with 4 cases',
  '<!-- treaty-disable-next-line date-mismatch -->\n# A heading 2022',
  '<!-- treaty-enable -->',
  '<!-- one --><!-- two -->\nText with 3 cases.',
  '<!-->\nText with 2 cases.',
];
const separator = fc.constantFrom('\n\n', '\n\n', '\n', '\n\n\n', '\n \n', '\r\n\r\n', '\n\t\n', '');
const frontMatter = fc.constantFrom('', '', '---\ntitle: x\n\nmore: y\n---\n\n', '+++\na = 1\n+++\n\n', '---\n\n');
const markdown = fc.tuple(frontMatter, fc.array(fc.tuple(fc.constantFrom(...BLOCKS), separator), { minLength: 1, maxLength: 12 })).map(([fm, parts]) => fm + parts.map(([b, s]) => b + s).join(''));

describe('incremental checking', function () {
  this.timeout(120_000);

  it('parses in chunks exactly as in one piece: the example, the sources, the grammar fixtures, the claims', () => {
    for (const [name, text] of corpus()) {
      assert.ok(candidateStarts(text).length > 0 || text.length < 200, `${name} is cut somewhere`);
      assert.deepEqual(modelData(buildReportModel(text)), modelData(buildReportModelWhole(text)), name);
    }
  });

  // Linking reads a source's paragraphs back one by one, each with the paragraph before it and the notes it calls, from
  // the pieces extraction parsed of the whole source (../sources/factLinks.ts): other texts made of the same pieces.
  it('builds the same model with a store of pieces parsed from other texts as without', () => {
    for (const [name, text] of corpus()) {
      const store: ChunkStore = new Map();
      keepChunks(store, buildReportModel(text));
      const starts = candidateStarts(text);
      const pieces = [0, ...starts].map((s, i) => text.slice(s, starts[i] ?? text.length));
      // Windows of two pieces (a paragraph after the one before it), the text without its first piece, and each window
      // before the whole text, as the stores of linking grow.
      const texts = [...pieces.slice(1).map((p, i) => pieces[i]! + p), pieces.slice(1).join(''), `# Heading\n\n${text}`];
      for (const t of texts) {
        const model = buildReportModel(t, store);
        assert.deepEqual(modelData(model), modelData(buildReportModel(t)), `${name}: ${JSON.stringify(t.slice(0, 60))}`);
        keepChunks(store, model);
      }
    }
  });

  it('parses in chunks exactly as in one piece: generated Markdown with blocks that span blank lines, definitions and containers', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        assert.deepEqual(modelData(buildReportModel(text)), modelData(buildReportModelWhole(text)), JSON.stringify(text));
      }),
      { numRuns: 1000, seed: 9 },
    );
  });

  it('reads emphasis in plain prose without the parser exactly as the parser does, wherever the stars fall', () => {
    // Stars among words, punctuation, symbols, white space and line breaks: the plain reader takes the paragraphs whose
    // stars plainly open and close emphasis and must mask them as remark does; it leaves every other one to remark.
    const piece = fc.constantFrom('word', 'Word', ' ', ' ', '*', '*', '**', '**', '***', '\n*', '\n**', '\n* ', ',', '.', '(', ')', '“', '”', '’', '5', '€', '—', '\u00a0', '\n', 'é', '-', '+');
    const paragraph = fc.array(piece, { minLength: 1, maxLength: 14 }).map((ps) => `Text ${ps.join('')} end`);
    let plain = 0;
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), (paragraphs) => {
        const text = paragraphs.join('\n\n');
        for (const p of paragraphs) if (plainProse(p)?.emphasis?.length) plain++;
        assert.deepEqual(modelData(buildReportModel(text)), modelData(buildReportModelWhole(text)), JSON.stringify(text));
      }),
      { numRuns: 3000, seed: 11 },
    );
    assert.ok(plain > 30, `the plain reader took ${plain} paragraphs with emphasis`);
    assert.deepEqual(plainProse('The *Istanbul Protocol* and *corpus delicti*.')?.emphasis, [4, 22, 28, 43]);
    assert.deepEqual(plainProse('**Special Rapporteur** (*dated 2020 "On Approval"*).')?.emphasis, [0, 1, 20, 21, 24, 49]);
    assert.deepEqual(plainProse('5 * 3 is not emphasis, nor is *this.')?.emphasis, []);
    assert.equal(plainProse('A ***strong and emphasised*** word.'), undefined);
  });

  it('reads footnotes without the parser exactly as the parser does: references defined or not, definitions at the end or after their paragraph', () => {
    // References and definitions where the plain reader takes them and right beside where it must not: labels of
    // other characters, an image's "!", a link's "(" or "[" after, stars around, definitions one a line with lazy
    // lines and blocks in their text, labels defined twice, in other cases, or only as a link definition.
    const label = fc.oneof({ weight: 6, arbitrary: fc.constantFrom('1', '2', '3', '12', 'a', 'A', 'note-1', 'x.y', 'b:c', 'é') }, fc.constantFrom('4 5', 'a_b', 'n*', '', 'www.x', 'WWW.y.z', 'http:x'));
    const before = fc.oneof({ weight: 6, arbitrary: fc.constantFrom('', '*', '**', ' ') }, fc.constantFrom('!', '('));
    const after = fc.oneof({ weight: 6, arbitrary: fc.constantFrom('', '.', '*', '**', ':', ' ', ',') }, fc.constantFrom('(x)', '[y]'));
    const ref = fc.tuple(label, before, after).map(([l, b, a]) => `${b}[^${l}]${a}`);
    const word = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom('Text', 'the 12 cases', 'persons.', '*emphasis*', '**strong**', 'in 2021,', '“quoted”', '(see', 'CAT/C/KAZ/Q/4, para. 6)') },
      fc.constantFrom('www.example.org', '[link]', '^', ']'),
    );
    const sentence = fc.array(fc.oneof(word, word, ref), { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' '));
    const definitionText = fc.oneof({ weight: 6, arbitrary: sentence }, fc.constantFrom('- a list', '# heading', '12. item', '    code', '> quote', ''));
    const definitionMore = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('', '\nlazy line 5') }, fc.constantFrom('\n    indented 6', '\n- item', '\n\n    second paragraph 7'));
    const definition = fc.tuple(label, definitionText, definitionMore).map(([l, t, more]) => `[^${l}]: ${t}${more}`);
    const linkDefinition = fc.constantFrom('[1]: /x', '[ ^2]: /y', '[y]: /z', '[^3]:', '[^a]:x');
    const block = fc.oneof(
      { weight: 4, arbitrary: sentence },
      { weight: 3, arbitrary: definition },
      { weight: 2, arbitrary: fc.array(definition, { minLength: 2, maxLength: 5 }).map((ds) => ds.join('\n')) },
      { weight: 1, arbitrary: fc.tuple(sentence, fc.array(definition, { minLength: 1, maxLength: 3 })).map(([p, ds]) => `${p}\n${ds.join('\n')}`) },
      { weight: 1, arbitrary: linkDefinition },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom('# ', '12. ', '- ', '> ', '<!-- c -->\n'), sentence).map(([m, p]) => m + p) },
    );
    const document = fc.array(fc.tuple(block, fc.constantFrom('\n\n', '\n\n', '\n')), { minLength: 1, maxLength: 10 }).map((parts) => parts.map(([b, sep]) => b + sep).join(''));
    let references = 0;
    let definitions = 0;
    const count = (_: string, p: ChunkParse) => {
      if ('plain' in p && p.plain.footnotes?.length) references++;
      if ('plain' in p && p.plain.definitions?.length) definitions++;
    };
    fc.assert(
      fc.property(document, (text) => {
        parseChunks(text, count);
        assert.deepEqual(modelData(buildReportModel(text)), modelData(buildReportModelWhole(text)), JSON.stringify(text));
      }),
      { numRuns: 1500, seed: 18 },
    );
    assert.ok(references > 100 && definitions > 250, `the plain reader took ${references} paragraphs with footnote references and ${definitions} chunks of definitions`);
  });

  it('reads the footnote-heavy benchmark reports as one parse of the whole does, and re-checks them after edits as from scratch', () => {
    const base = loadBundledData();
    const compiled = { sources: base.sources, facts: base.facts, relations: base.relations, documents: base.documents };
    const texts: [string, string][] = [
      ['footnotes at the end', footnotedReport(6, compiled, 'end')],
      ['footnotes after each paragraph', footnotedReport(6, compiled, 'after-paragraph')],
      ['dense footnotes', denseFootnotes(300)],
    ];
    for (const [name, text] of texts) {
      assert.deepEqual(modelData(buildReportModel(text)), modelData(buildReportModelWhole(text)), name);
      let previous = checkReport(text, facts());
      const rand = fc.sample(fc.nat({ max: text.length - 1 }), { numRuns: 12, seed: 5 });
      let current = text;
      for (const [i, at] of rand.entries()) {
        // A keystroke, a deleted definition, a new reference: what a drafter does to such a report.
        const edit = [(t: string) => t.slice(0, at) + 'e' + t.slice(at), (t: string) => t.replace(/\[\^\d+\]: /, '[^x]: '), (t: string) => t.slice(0, at) + '[^7]' + t.slice(at)][i % 3]!;
        current = edit(current);
        const incremental = checkReport(current, facts(), {}, previous);
        assert.deepEqual(resultData(incremental), resultData(checkReport(current, facts())), `${name}, edit ${i}`);
        assert.deepEqual(modelData(incremental.model), modelData(buildReportModelWhole(current)), `${name}, edit ${i}`);
        previous = incremental;
      }
    }
  });

  it('cuts long lists and tables where no blank line is exactly as one parse of the whole reads them', () => {
    // Long runs of lines without a blank one, so that innerStarts cuts them (on about one line in 16): list items of
    // every marker, nested or not, table rows, and the lines that must keep a cut from standing or change what the
    // line after it is: paragraphs, lazy lines, fences, HTML, headings, quotes, thematic breaks, definitions, footnotes.
    const words = fc.constantFrom('the 12 cases of torture in 2021', 'CAT/C/KAZ/Q/4, para. 6', '*emphasis* and **strong**', '1,273 persons convicted', 'a [link](x) and `code`', 'www.example.org', 'see note[^1]', '_under_ *star');
    const line = fc.oneof(
      { weight: 10, arbitrary: fc.tuple(fc.constantFrom('- ', '* ', '+ ', '1. ', '12. ', '3) ', '    - ', '   - ', '  1. '), words).map(([m, w]) => m + w) },
      { weight: 10, arbitrary: fc.tuple(words, words).map(([a, b]) => `| ${a} | ${b} |`) },
      { weight: 2, arbitrary: fc.constantFrom('| Year | Figure |\n| --- | ---: |', '| a |\n| --- |', '|---|---|') },
      { weight: 3, arbitrary: fc.tuple(fc.constantFrom('', '> ', '# ', '```', '~~~', '<div>', '<!--', '-->', '---', '***', '- - -', '[x]: /url', '[^1]: a note', '    code', '-', '1.', '22.'), words).map(([m, w]) => m + w) },
      { weight: 1, arbitrary: fc.constantFrom('```', '<!-- c -->', '', 'a paragraph line') },
    );
    const long = fc.array(line, { minLength: 80, maxLength: 300 }).map((ls) => ls.join('\n'));
    const document = fc.tuple(fc.constantFrom('', '# Heading\n\n', 'Intro:\n', '[^1]: defined\n\n'), long, fc.constantFrom('', '\n\nAfter.', '\n\n' + '- more\n'.repeat(30))).map(([a, b, c]) => a + b + c + '\n');
    let cut = 0;
    fc.assert(
      fc.property(document, (text) => {
        cut += innerStarts(text, candidateStarts(text)).length;
        assert.deepEqual(modelData(buildReportModel(text)), modelData(buildReportModelWhole(text)), JSON.stringify(text));
      }),
      { numRuns: 300, seed: 20 },
    );
    assert.ok(cut > 300, `${cut} cuts`);
  });

  it('re-checks long lists and tables after edits as from scratch, re-parsing only the piece an edit touches', () => {
    const base = loadBundledData();
    const compiled = { sources: base.sources, facts: base.facts, relations: base.relations, documents: base.documents };
    for (const [name, text] of [['table', statisticsTable(400)], ['list', nestedList(800, compiled)]] as const) {
      assert.ok(innerStarts(text, candidateStarts(text)).length > 8, name);
      assert.deepEqual(modelData(buildReportModel(text)), modelData(buildReportModelWhole(text)), name);
      let previous = checkReport(text, facts());
      let current = text;
      const places = fc.sample(fc.nat({ max: text.length - 1 }), { numRuns: 12, seed: 6 });
      for (const [i, at] of places.entries()) {
        const edit = [(t: string) => t.slice(0, at) + 'e' + t.slice(at), (t: string) => t.slice(0, at) + '\n' + t.slice(at), (t: string) => t.slice(0, at) + t.slice(at + 30)][i % 3]!;
        current = edit(current);
        const incremental = checkReport(current, facts(), {}, previous);
        assert.deepEqual(resultData(incremental), resultData(checkReport(current, facts())), `${name}, edit ${i}`);
        assert.deepEqual(modelData(incremental.model), modelData(buildReportModelWhole(current)), `${name}, edit ${i}`);
        previous = incremental;
      }
      // A keystroke in the middle re-parses one piece (two when it falls on a line where the list or table is cut).
      const chunks = parseChunks(text, (body) => body);
      const parsed: string[] = [];
      const mid = text.indexOf('e', text.length >> 1);
      // (Read anew by remark or by the plain reader: a cached piece is not read again.)
      parseChunks(text.slice(0, mid) + 'x' + text.slice(mid), (body) => parsed.push(body), new Map(chunks.map((c) => [c.body, [c]])) as never);
      assert.ok(parsed.length >= 1 && parsed.length <= 2, `${name}: ${parsed.length} pieces parsed`);
      assert.ok(parsed.join('').length < 10_000, `${name}: ${parsed.join('').length} characters parsed`);
    }
  });

  it('re-checks a table as from scratch after edits of what its cells read before them, taking unchanged pieces whole', () => {
    // A re-check takes the outcomes of an unchanged chunk together when what its blocks read before it is the same: the
    // section and its headings, the document cited last, the sentence that introduces the table. Each edit changes
    // one of those, or moves every piece without changing them; each starts from the previous edit's result.
    // After the table, a bare "para. 14": the document it cites is the one cited before the table (not in the sentence
    // that introduces the table).
    const table = statisticsTable(300)
      .replace('para. 12).', 'para. 12). It lists every region.')
      .replace('\n\nSource:', '\n\nThe same figures are given in para. 14.\n\nSource:');
    const mid = table.indexOf('Region |', table.length >> 1);
    const edits: [string, (t: string) => string][] = [
      ['the sentence before the table', (t) => t.replace('It lists every region.', 'It lists the complaints of torture filed after the January 2022 events.')],
      ['the document cited before it', (t) => t.replace('CAT/C/KAZ/4, para. 12', 'CAT/C/KAZ/Q/4, para. 6')],
      ['the heading above it', (t) => t.replace('# Complaints of torture by region and year', '# Criminal cases on torture opened for the January events')],
      ['a heading inserted before it', (t) => t.replace('\n\n| Region |', '\n\n## Registered in 2021\n\n| Region |')],
      ['a paragraph inserted before everything', (t) => `A first paragraph, with 12 cases.\n\n${t}`],
      ['that paragraph removed', (t) => t.slice(t.indexOf('\n\n') + 2)],
      ['that paragraph again', (t) => `A first paragraph, with 12 cases.\n\n${t}`],
      ['a keystroke in a row in the middle', (t) => t.slice(0, mid + 40) + 'e' + t.slice(mid + 40)],
      ['its undo', (t) => t.slice(0, mid + 40) + t.slice(mid + 41)],
      ['the heading inserted before it removed', (t) => t.replace('\n\n## Registered in 2021\n\n', '\n\n')],
      ['the introducing paragraph removed', (t) => t.replace(/\n\nThe table gives[^\n]*\n/, '\n')],
    ];
    let text = table;
    let previous = checkReport(text, facts());
    for (const [name, edit] of edits) {
      const next = edit(text);
      assert.notEqual(next, text, name);
      text = next;
      const incremental = checkReport(text, facts(), {}, previous);
      assert.deepEqual(resultData(incremental), resultData(checkReport(text, facts())), name);
      previous = incremental;
    }
  });

  it('checks the same in chunks as in one piece', () => {
    for (const [name, text] of corpus()) {
      assert.deepEqual(resultData(checkReport(text, facts())), resultData(checkModel(buildReportModelWhole(text), facts())), name);
    }
  });

  it('re-checks an edited report as a check from scratch would, reusing the previous result (several edits of the example and the fixtures)', () => {
    const edits: ((t: string) => string)[] = [
      (t) => t.slice(0, t.length >> 1) + 'x' + t.slice(t.length >> 1),
      (t) => t.replace('322', '332'),
      (t) => t.replace('709 officials', '709 officials of 12 regions'),
      (t) => t.replace(/\n\n/, '\n\n# A new heading about 2021\n\n'),
      (t) => t.replace('CAT/C/KAZ/Q/4, para. 6', 'CAT/C/KAZ/CO/4, para. 6'),
      (t) => t.replace(/\n\n([^\n]*)\n\n/, '\n\n```\n$1\n\n'),
      (t) => `${t}\n\n[^9]: a late footnote\n`,
      (t) => t.replace(/\. /, '.[^9] '),
      (t) => t.replace('<!--', '<!-- x'),
      (t) => t.slice(0, 40) + t.slice(60),
      (t) => t.replace(/^---\n/, ''),
    ];
    for (const [name, original] of corpus()) {
      let previous = checkReport(original, facts());
      let text = original;
      for (const [i, edit] of edits.entries()) {
        text = edit(text);
        const incremental = checkReport(text, facts(), {}, previous);
        assert.deepEqual(resultData(incremental), resultData(checkReport(text, facts())), `${name}, edit ${i}`);
        previous = incremental;
      }
    }
  });

  it('re-checks the same as from scratch after random edits of generated Markdown', () => {
    const edit = fc.tuple(markdown, fc.nat(), fc.nat({ max: 30 }), fc.constantFrom('', 'x', '\n\n', '\n', '```\n', '<!--', '-->', '[^1]', '[^1]: y\n\n', '# ', '- ', '| a |', ' 1,234 persons ', ' (CAT/C/KAZ/Q/4, para. 31) '));
    fc.assert(
      fc.property(edit, ([before, at, length, insert]) => {
        const start = at % (before.length + 1);
        const after = before.slice(0, start) + insert + before.slice(start + length);
        const incremental = checkReport(after, facts(), {}, checkReport(before, facts()));
        assert.deepEqual(resultData(incremental), resultData(checkReport(after, facts())), JSON.stringify([before, after]));
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('re-parses only the chunks an edit touches', () => {
    const text = read('examples/follow-up-reply.md');
    const parsed: string[] = [];
    const digest = (body: string) => parsed.push(body);
    const first = parseChunks(text, digest);
    const cache = new Map<string, typeof first>();
    for (const c of first) cache.set(c.body, [...(cache.get(c.body) ?? []), c]);
    parsed.length = 0;
    const at = text.indexOf('1,273');
    parseChunks(`${text.slice(0, at)}1,274${text.slice(at + 5)}`, digest, cache);
    assert.equal(parsed.length, 1, parsed.join('\n---\n'));
    assert.match(parsed[0]!, /1,274/);
  });
});

describe('compiled fact base', () => {
  it('reads back what was written, with paragraphs parsed on first read', () => {
    const data = loadBundledData();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-')), 'data.json');
    fs.writeFileSync(file, serializeCompiledData(data));
    const text = fs.readFileSync(file, 'utf8');
    assert.ok(/^[\x00-\x7f]*$/.test(text), 'ASCII only');
    const back = readCompiledData(file);
    assert.deepEqual(JSON.parse(JSON.stringify(back)), JSON.parse(JSON.stringify(data)));
    // The whole file is JSON too; its documents carry their paragraphs as JSON text.
    const whole = JSON.parse(text) as { documents: { paragraphs?: string }[] };
    assert.equal(typeof whole.documents.find((d) => d.paragraphs)!.paragraphs, 'string');
    assert.deepEqual(JSON.parse(JSON.stringify(parseCompiledData(text))), JSON.parse(JSON.stringify(data)));
  });

  it('indexes its facts with the stems the build computed exactly as with stems computed at load', () => {
    const data = loadBundledData();
    const compiled = parseCompiledData(serializeCompiledData(data));
    assert.ok(compiled.facts.every((f) => compiledStemsOf(f)), 'every compiled fact has its stems');
    assert.ok(data.facts.every((f) => !compiledStemsOf(f)), 'facts read from the data folder have none');
    const fromBuild = new FactBase(compiled);
    const atLoad = new FactBase(data);
    const indexOf = (fb: FactBase) => [...fb.facts.values()].map((f) => ({ id: f.id, unitStem: f.unitStem, termStems: f.termStems, termWeights: f.termWeights, measureStems: f.measureStems, countedStem: f.countedStem, ordinal: f.ordinal }));
    assert.deepEqual(indexOf(fromBuild), indexOf(atLoad));
    assert.deepEqual([...fromBuild.stemNumbers], [...atLoad.stemNumbers]);
    assert.deepEqual([...fromBuild.unitStems], [...atLoad.unitStems]);
    for (const stem of ['tortur', 'complaint', 'detain']) assert.deepEqual(fromBuild.factsWithStem(stem).map((f) => f.id), atLoad.factsWithStem(stem).map((f) => f.id), stem);
    // Values facts repeat are one instance each.
    const [a, b] = compiled.facts.filter((f) => f.source === 'kz-follow-up-co4');
    assert.equal(a!.asserted_by, b!.asserted_by);
  });
});

describe('catalogue indexes', () => {
  /** The bundled data with its documents and facts copied `n` times under other symbols and terms. */
  function scaled(n: number): FactBase {
    const data = loadBundledData();
    const documents = [...data.documents];
    const factList = [...data.facts];
    for (let i = 1; i < n; i++) {
      for (const d of data.documents) documents.push({ ...d, symbol: d.symbol.replace(/KAZ/, `K${String.fromCharCode(65 + i)}Z`) + (d.symbol.includes('KAZ') ? '' : `/X${i}`), source: null, aliases: undefined, corrigenda: undefined });
      for (const f of data.facts) factList.push({ ...f, id: `${f.id}.${i}`, terms: f.terms.map((t) => `${t} copy${i}`) });
    }
    return new FactBase({ ...data, documents, facts: factList });
  }

  for (const n of [1, 4]) {
    it(`finds symbols by prefix as a scan of the catalogue would (×${n})`, () => {
      const fb = scaled(n);
      const all = fb.uniqueDocuments();
      for (const prefix of ['', 'C', 'cat/', 'CAT/C/', 'CAT/C/KAZ/', 'CAT/C/KBZ/Q', 'A/HRC/', 'CCPR/C/KAZ/CO/2', 'ZZZ']) {
        const scan = all.filter((d) => d.symbol.toUpperCase().startsWith(prefix.toUpperCase()));
        const { documents, complete } = fb.documentsWithPrefix(prefix, 100, 'CAT/C/KAZ/CO/4');
        if (scan.length <= 100) {
          assert.ok(complete, prefix);
          assert.deepEqual(documents.map((d) => d.symbol), scan.map((d) => d.symbol), prefix);
        } else {
          assert.ok(!complete && documents.length === 100, prefix);
          assert.ok(documents.every((d) => scan.includes(d)), prefix);
          assert.ok(scan.filter((d) => d.source).every((d) => documents.includes(d)), `${prefix}: bundled documents first`);
        }
      }
    });

    it(`finds statistics by the start of a stem as a scan of the fact base would (×${n})`, () => {
      const fb = scaled(n);
      for (const prefix of ['kill', 'tortur', 'convict', 'camer', 'cop', 'zzz', 'a']) {
        const scan = [...fb.facts.values()].filter((f) => f.type === 'statistic' && (f.termStems.some((t) => t.some((s) => s.startsWith(prefix))) || f.measureStems.some((s) => s.startsWith(prefix))));
        assert.deepEqual(fb.statisticsWithStemPrefix(prefix, 200).map((f) => f.id), scan.slice(0, 200).map((f) => f.id), prefix);
      }
    });
  }

  it('resolves paragraphs through its index as a scan would', () => {
    const fb = facts();
    for (const d of fb.uniqueDocuments()) for (const p of d.paragraphs ?? []) assert.equal(fb.paragraphOf(d, p.id), d.paragraphs!.find((x) => x.id === p.id));
  });
});

describe('table cells keep what heads them', () => {
  it('reads every cell of a long table with its row label and column header, in chunks cut inside the table too', () => {
    const rows = Array.from({ length: 400 }, (_, i) => `| Region ${i} | ${100 + i} | ${i} |`);
    const text = `# Table\n\n| Region | Complaints registered | Investigations closed |\n|---|---|---|\n${rows.join('\n')}\n`;
    const cells = buildReportModel(text).blocks.filter((b) => b.kind === 'tableCell' && /^\s*\d+\s*$/.test(b.text));
    assert.equal(cells.length, 800);
    for (const c of cells) assert.match(c.lead ?? '', /^Region \d+ · (?:Complaints registered|Investigations closed)$/, text.slice(c.start, c.end));
    assert.ok(cells.every((c) => c.tableHeader === 'Region · Complaints registered · Investigations closed'));
  });

  it('reads an "of which" row with the row above it, wherever the table is cut into chunks', () => {
    const rows = Array.from({ length: 400 }, (_, i) => `| Region ${i} | ${100 + i} |\n| of which women | ${i} |`);
    const text = `# Table\n\n| Region | Complaints registered |\n|---|---|\n${rows.join('\n')}\n`;
    const parts = buildReportModel(text).blocks.filter((b) => b.kind === 'tableCell' && /^\s*\d+\s*$/.test(b.text) && /of which/.test(b.lead ?? ''));
    assert.equal(parts.length, 400);
    for (const c of parts) assert.match(c.lead ?? '', /^Region \d+ · of which women · Complaints registered$/, text.slice(c.start, c.end));
    assert.deepEqual(buildReportModel(text).blocks.map((b) => b.lead), buildReportModelWhole(text).blocks.map((b) => b.lead));
  });
});
