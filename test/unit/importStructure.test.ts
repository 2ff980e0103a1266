import * as assert from 'node:assert/strict';
import { parseSourceDocument } from '../../server/src/facts/sourceDocument';
import { htmlToDocument } from '../../server/src/sources/import/html';
import { readMasthead } from '../../server/src/sources/import/masthead';
import { toSourceMarkdown } from '../../server/src/sources/import/toSourceMarkdown';
import { ImportError, type ImportOptions } from '../../server/src/sources/import/types';

const FLAGS: ImportOptions = { symbol: 'CAT/C/XYZ/CO/1', title: 'Concluding observations', date: '2024-12-05', author: 'Committee against Torture', authorKind: 'committee' };

/** Imports an HTML body; returns the addresses the project's parser reads, the paragraphs and the warnings. */
function importHtml(body: string, options: ImportOptions = FLAGS) {
  const doc = htmlToDocument(`<html><body>${body}</body></html>`);
  const result = toSourceMarkdown('test.html', doc, readMasthead(doc.blocks), options);
  const parsed = parseSourceDocument('test.md', result.markdown);
  assert.deepEqual(parsed.problems, [], result.markdown);
  return { ...result, order: parsed.document!.order, paragraphs: parsed.document!.paragraphs, footnotes: parsed.document!.footnotes };
}

describe('import: reading a document\'s structure', () => {
  it('reads printed paragraph numbers, lettered subparagraphs and roman items under a letter', () => {
    const r = importHtml('<h2>A. Safeguards</h2><p>1. First.</p><p>2. The State party should:</p><p>(a) Ensure one thing;</p><p>(i) in law;</p><p>(ii) in practice;</p><p>(b) Ensure another.</p><p>3. Third.</p>');
    assert.deepEqual(r.order, ['1', '2', '2(a)', '2(a)(i)', '2(a)(ii)', '2(b)', '3']);
    assert.equal(r.paragraphs.get('2(a)(ii)')!.text, '(ii) in practice;');
    assert.equal(r.paragraphs.get('1')!.heading, 'A. Safeguards');
    assert.deepEqual(r.warnings, []);
  });

  it('reads (i) after (h) as a letter, not a roman numeral', () => {
    const letters = 'abcdefghi'.split('');
    const r = importHtml(`<p>1. Lead-in:</p>${letters.map((l) => `<p>(${l}) Item ${l};</p>`).join('')}`);
    assert.deepEqual(r.order, ['1', ...letters.map((l) => `1(${l})`)]);
  });

  it('says where paragraph 14 appears twice and reads the second as a subparagraph of 14', () => {
    const r = importHtml('<p>13. Thirteen.</p><p>14. Fourteen.</p><p>14. Fourteen again.</p><p>15. Fifteen.</p>');
    assert.deepEqual(r.order, ['13', '14', '14(a)', '15']);
    assert.ok(r.warnings.includes('paragraph 14 appears twice; the second was read as 14(a)'), r.warnings.join('\n'));
    assert.ok(r.warnings.includes('the first numbered paragraph is 13, not 1'));
  });

  it('says which paragraph numbers are missing or out of order', () => {
    const r = importHtml('<p>1. One.</p><p>2. Two.</p><p>5. Five.</p><p>4. Four.</p>');
    assert.deepEqual(r.order, ['1', '2', '5', '4']);
    assert.ok(r.warnings.includes('paragraphs 3–4 missing: 2 is followed by 5'), r.warnings.join('\n'));
    assert.ok(r.warnings.includes('paragraph 4 comes after paragraph 5; kept as 4'), r.warnings.join('\n'));
  });

  it('numbers paragraphs 1–N in order when the document numbers none, and says so', () => {
    const r = importHtml('<h1>Submission</h1><p>First paragraph.</p><h2>Section</h2><p>Second paragraph.</p><ul><li>a bullet</li></ul><p>Third paragraph.</p>');
    assert.deepEqual(r.order, ['1', '2', '3']);
    assert.match(r.paragraphs.get('2')!.text, /^Second paragraph\.\n\n- a bullet|^Second paragraph\.\n\na bullet/);
    assert.ok(r.warnings.includes('no paragraph numbers found; paragraphs numbered 1–3 in order'), r.warnings.join('\n'));
  });

  it('reads Word\'s automatic list numbering (no digits in the file) as numbers in order, on across headings', () => {
    const r = importHtml('<h2>One</h2><ol><li><p>First.</p></li><li><p>Second:</p><ol><li>sub one;</li><li>sub two.</li></ol></li></ol><h2>Two</h2><ol><li>Third.</li></ol>');
    assert.deepEqual(r.order, ['1', '2', '2(a)', '2(b)', '3']);
    assert.equal(r.paragraphs.get('3')!.text, '3. Third.');
    assert.ok(r.warnings.some((w) => /list numbering/.test(w)), r.warnings.join('\n'));
  });

  it('joins an unnumbered paragraph to the numbered one before it, keeps text under a heading without an address, and says both', () => {
    const r = importHtml('<p>1. One.</p><p>More of one.</p><h2>Later</h2><p>An unnumbered note.</p><p>2. Two.</p>');
    assert.equal(r.paragraphs.get('1')!.text, '1. One.\n\nMore of one.');
    assert.deepEqual(r.order, ['1', '2']);
    assert.ok(r.warnings.includes('1 unnumbered paragraph(s) were read as part of the numbered paragraph before them'), r.warnings.join('\n'));
    assert.ok(r.warnings.some((w) => w.startsWith('text under "Later" ("An unnumbered note.')), r.warnings.join('\n'));
  });

  it('reads a link to a note as its reference and the note as its definition; a link to nothing stays text', () => {
    const r = importHtml('<p>1. See the note.<sup><a href="#fn9">9</a></sup> And <sup><a href="#fn1">1</a></sup>.</p><ol><li id="fn1">The note. <a href="#x">↩</a></li></ol>');
    assert.deepEqual([...r.footnotes], [['1', 'The note.']]);
    assert.equal(r.paragraphs.get('1')!.text, '1. See the note.9 And [^1].');
    assert.deepEqual(r.paragraphs.get('1')!.footnotes, ['1']);
  });

  it('does not take a contents entry linking to a section for a note', () => {
    const r = importHtml('<p>Contents: <a href="#s2">2</a></p><p>1. One.</p><section id="s2"><h2>Two</h2><p>2. Two.</p></section>');
    assert.deepEqual(r.order, ['1', '2']);
    assert.deepEqual([...r.footnotes], []);
  });

  it('writes text that looks like Markdown structure so that the parser reads it as text', () => {
    const r = importHtml('<p>1. One.</p><p># not a heading</p><p>[^1]: not a note</p><p>2. Two.</p>');
    assert.deepEqual(r.order, ['1', '2']);
    assert.match(r.paragraphs.get('1')!.text, /\\# not a heading/);
  });

  it('reads a masthead set in a table (as Word files of UN documents often are)', () => {
    const doc = htmlToDocument('<table><tr><td>United Nations</td><td>CAT/C/KAZ/CO/4</td></tr><tr><td></td><td>Distr.: General 5 December 2024</td></tr></table><p>Committee against Torture</p><p>Concluding observations on the fourth periodic report of Kazakhstan</p><h2>A. Introduction</h2><p>1. The Committee considered the report.</p>');
    const m = readMasthead(doc.blocks);
    assert.equal(m.symbol, 'CAT/C/KAZ/CO/4');
    assert.equal(m.date, '2024-12-05');
    assert.equal(m.author, 'Committee against Torture');
    assert.equal(m.authorKind, 'committee');
    assert.equal(m.title, 'Concluding observations on the fourth periodic report of Kazakhstan');
    const r = toSourceMarkdown('co.docx', doc, m, {});
    assert.match(r.markdown, /^# Concluding observations on the fourth periodic report of Kazakhstan$/m);
    assert.equal(r.meta.id, 'cat-c-kaz-co-4');
  });

  it('reads a State\'s document under the committee\'s masthead as the State\'s', () => {
    const doc = htmlToDocument('<p>CAT/C/KAZ/RQ/4</p><p>Distr.: General</p><p>3 May 2023</p><p>Committee against Torture</p><h1>Replies of Kazakhstan to the list of issues in relation to its fourth periodic report</h1><p>1. Reply.</p>');
    const m = readMasthead(doc.blocks);
    assert.equal(m.author, 'Government of Kazakhstan');
    assert.equal(m.authorKind, 'state-party');
  });

  it('asks for every field it cannot find, naming the flag', () => {
    const doc = htmlToDocument('<p>1. Text.</p>');
    assert.throws(() => toSourceMarkdown('x.html', doc, readMasthead(doc.blocks), {}), (e: Error) => e instanceof ImportError && /--symbol/.test(e.message) && /--title/.test(e.message) && /--date/.test(e.message) && /--author /.test(e.message) && /--author-kind/.test(e.message));
    const r = toSourceMarkdown('x.html', doc, readMasthead(doc.blocks), { ...FLAGS, symbol: null });
    assert.match(r.markdown, /^symbol: null$/m);
    assert.match(r.markdown, /^id: x$/m);
  });
});
