// Workspace sources in the engine (no server): each bundled source file, copied as it is, loads as a workspace
// source with the same paragraphs; numbered ones load the same without their anchors; parses are cached by content.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkReport } from '../../server/src/checks/checkReport';
import { buildFactBase } from '../../server/src/facts/bundled';
import { loadDataDirectory } from '../../server/src/facts/loadData';
import { addWorkspaceSources, idFromFile, kindFromSymbol, readWorkspaceSource, sourceParseCount } from '../../server/src/sources/workspaceSources';
import { SOURCE, SOURCE_FILE, SOURCE_ID, SOURCE_LINES, SOURCE_SYMBOL } from '../support/workspaceSources';

const dataDir = path.join(__dirname, '..', '..', 'server', 'data');
const bundled = loadDataDirectory(dataDir).data;
const files = fs.readdirSync(path.join(dataDir, 'sources')).filter((f) => f.endsWith('.md')).sort();
const copy = (f: string) => ({ file: path.join('/tmp/ws/.treaty/sources', f), text: fs.readFileSync(path.join(dataDir, 'sources', f), 'utf8') });
const withoutAnchors = (text: string) => text.split('\n').filter((l) => !/^<a id="[^"]+"><\/a>\s*$/.test(l)).join('\n');

describe('workspace sources', () => {
  it('loads each of the five bundled source files, copied as they are, with the same paragraphs', () => {
    assert.equal(files.length, 5);
    for (const f of files) {
      const original = bundled.sources.find((s) => `${s.meta.id}.md` === f)!;
      const r = readWorkspaceSource(copy(f).file, copy(f).text);
      assert.deepEqual(r.problems, [], f);
      const doc = r.document!;
      assert.equal(doc.meta.id, original.meta.id);
      assert.equal(doc.origin, 'workspace');
      assert.deepEqual(doc.order, original.paragraphs.map((p) => p.address), f);
      for (const p of original.paragraphs) assert.deepEqual(doc.paragraphs.get(p.address), p, `${f} ${p.address}`);
      assert.deepEqual([...doc.footnotes], original.footnotes, f);
    }
  });

  it('reads the numbered ones (list of issues, follow-up reply, additional answers) the same without a single anchor', () => {
    const numbered = bundled.sources.filter((s) => s.meta.addressing === 'numbered');
    assert.equal(numbered.length, 3);
    for (const original of numbered) {
      const c = copy(`${original.meta.id}.md`);
      const doc = readWorkspaceSource(c.file, withoutAnchors(c.text)).document!;
      assert.deepEqual(doc.order, original.paragraphs.map((p) => p.address), original.meta.id);
      for (const p of original.paragraphs) assert.equal(doc.paragraphs.get(p.address)!.text, p.text, `${original.meta.id} ${p.address}`);
    }
    // Addressed by section, a source needs its anchors: without them it has no paragraph, and says so.
    const sections = copy('ngo-joint-submission-2023.md');
    const r = readWorkspaceSource(sections.file, withoutAnchors(sections.text));
    assert.equal(r.document, undefined);
    assert.match(r.problems.map((p) => p.message).join('\n'), /no addressable paragraph/);
  });

  it('copied into the workspace with the bundled base off, gives back the bundled citations', () => {
    const off = buildFactBase([], { bundled: false }).facts;
    assert.equal(off.sources.size, 0);
    assert.equal(off.facts.size, 0);
    assert.equal(off.document('CAT/C/KAZ/Q/4'), undefined);
    const { facts, problems } = buildFactBase([], { bundled: false, sources: files.map(copy) });
    assert.deepEqual(problems, []);
    assert.equal(facts.sources.size, 5);
    assert.equal(facts.document('CAT/C/KAZ/Q/4')?.source, 'cat-c-kaz-q-4');
    assert.equal(facts.document('CAT/C/KAZ/Q/4')?.kind, 'list-of-issues');
    assert.ok(facts.knowsAllParagraphs(facts.document('CAT/C/KAZ/Q/4')!));
    assert.match(facts.resolveParagraph('CAT/C/KAZ/Q/4', '6', 'b')!.text!, /three-hour legal time limit/);
    assert.equal(facts.resolveParagraph('CAT/C/KAZ/Q/4', '31'), undefined);
  });

  it('knows the documents the workspace sources cite, without claiming to know their paragraphs', () => {
    const { facts } = buildFactBase([], { bundled: false, sources: files.map(copy) });
    // Cited in the follow-up reply (title, headings, responds_to) and in footnotes of the list of issues.
    for (const symbol of ['CAT/C/KAZ/CO/4', 'A/HRC/43/46/Add.1', 'CAT/OP/KAZ/1']) {
      const d = facts.document(symbol);
      assert.ok(d, symbol);
      assert.equal(d.source, null);
      assert.equal(facts.knowsAllParagraphs(d), false);
    }
    assert.equal(facts.document('CAT/C/KAZ/CO/4')!.kind, 'concluding-observations');
    const report = checkReport('As the Committee recommended (CAT/C/KAZ/CO/4, para. 28; A/HRC/43/46/Add.1, para. 32), and not CAT/C/KAZ/CO/9.', facts);
    assert.deepEqual(report.findings.map((f) => `${f.code}:${report.model.text.slice(f.start, f.end)}`), ['unknown-document:CAT/C/KAZ/CO/9']);
    // A source that cites nothing adds nothing; a catalogued symbol is not catalogued twice.
    const { data } = addWorkspaceSources(bundled, [{ file: `/ws/.treaty/sources/${SOURCE_FILE}`, text: SOURCE }]);
    assert.equal(data.documents.filter((d) => d.symbol === SOURCE_SYMBOL).length, 1);
  });

  it('reads a source written as the document prints it: numbers, lettered subparagraphs, defaults for what is not given', () => {
    const r = readWorkspaceSource(`/ws/.treaty/sources/${SOURCE_FILE}`, SOURCE);
    assert.deepEqual(r.problems, []);
    const doc = r.document!;
    assert.equal(doc.meta.id, SOURCE_ID);
    assert.deepEqual(doc.order, ['1', '2', '3', '4', '4(a)', '4(b)', '4(c)', '5']);
    for (const [address, line] of Object.entries(SOURCE_LINES)) assert.equal(doc.paragraphs.get(address)!.line, line, address);
    assert.equal(doc.paragraphs.get('4(b)')!.text, '(b) Record every detention in a central register;');
    assert.equal(doc.paragraphs.get('3')!.heading, 'Fundamental legal safeguards');
    assert.deepEqual(doc.paragraphs.get('3')!.footnotes, ['1']);
    const { data } = addWorkspaceSources(bundled, [{ file: `/ws/.treaty/sources/${SOURCE_FILE}`, text: SOURCE }]);
    const entry = data.documents.find((d) => d.symbol === SOURCE_SYMBOL)!;
    assert.deepEqual({ ...entry }, { symbol: SOURCE_SYMBOL, kind: 'concluding-observations', title: 'Concluding observations on the sixth periodic report of Uzbekistan', body: 'Committee against Torture', source: SOURCE_ID, date: '2024-08-16' });
  });

  it('reads "(i)" as a letter only after "(h)", else as a roman numeral inside the subparagraph', () => {
    const letters = 'abcdefghi'.split('').map((l) => `(${l}) Item ${l};`).join('\n\n');
    const text = `---\ntitle: Roman and letters\n---\n\n1. Lead-in:\n\n${letters}\n\n2. Lead-in:\n\n(a) Item with parts:\n\n(i) first part;\n\n(ii) second part;\n\n(b) Next item.\n`;
    const doc = readWorkspaceSource('/ws/roman.md', text).document!;
    assert.deepEqual(doc.order, ['1', ...'abcdefghi'.split('').map((l) => `1(${l})`), '2', '2(a)', '2(b)']);
    assert.match(doc.paragraphs.get('2(a)')!.text, /\(ii\) second part;$/);
    assert.equal(doc.meta.id, 'roman');
    assert.equal(doc.meta.short_title, 'Roman and letters', 'no symbol and no date: messages name it by its title');
  });

  it('reports broken sources in place and leaves only them out', () => {
    const good = { file: '/ws/good.md', text: SOURCE };
    const cases: [string, string, RegExp][] = [
      ['no front matter', '1. Text.\n', /^a source must start with YAML front matter/],
      ['no title', '---\nsymbol: X/1\n---\n\n1. Text.\n', /missing required property "title"/],
      ['an unknown property', '---\ntitle: Title\nsymbl: X/1\n---\n\n1. Text.\n', /unknown property "symbl"/],
      ['a date in another form', '---\ntitle: Title\ndate: 16 August 2024\n---\n\n1. Text.\n', /does not match the expected form/],
      ['the same symbol as another source', SOURCE.replace('title: Concluding', 'id: other\ntitle: Concluding'), /symbol CAT\/C\/UZB\/CO\/6 is already the symbol of \/ws\/good\.md/],
      ['the same id as another source', '---\nid: good\ntitle: Title\n---\n\n1. Text.\n', /source id "good" is already used by \/ws\/good\.md/],
    ];
    for (const [name, text, message] of cases) {
      const { facts, problems } = buildFactBase([], { sources: [good, { file: '/ws/bad.md', text }] });
      assert.match(problems.filter((p) => p.file === '/ws/bad.md').map((p) => `${p.path ? `${p.path}: ` : ''}${p.message}`).join('\n'), message, name);
      assert.ok(problems.every((p) => p.file === '/ws/bad.md'), name);
      assert.equal(facts.document(SOURCE_SYMBOL)?.source, 'good', `${name}: the good source still loads`);
      assert.ok(facts.document('CAT/C/KAZ/Q/4'), `${name}: the bundled base still loads`);
    }
    // An undefined footnote is a warning: the source loads.
    const warned = buildFactBase([], { sources: [{ file: '/ws/fn.md', text: '---\ntitle: Title\n---\n\n1. Text.[^9]\n' }] });
    assert.deepEqual(warned.problems.map((p) => p.severity), ['warning']);
    assert.ok(warned.facts.sources.get('fn'));
  });

  it('parses a source once per content version', () => {
    const file = '/ws/cache/cat-c-uzb-co-6.md';
    const before = sourceParseCount();
    const first = readWorkspaceSource(file, SOURCE);
    assert.equal(readWorkspaceSource(file, SOURCE), first);
    buildFactBase([], { sources: [{ file, text: SOURCE }] });
    assert.equal(sourceParseCount(), before + 1);
    readWorkspaceSource(file, `${SOURCE}\n`);
    assert.equal(sourceParseCount(), before + 2);
  });

  it('names and kinds: an id from the file name, a kind from the symbol', () => {
    assert.equal(idFromFile('/a/Our CO (2024).md'), 'our-co-2024');
    assert.equal(kindFromSymbol('CAT/C/UZB/CO/6'), 'concluding-observations');
    assert.equal(kindFromSymbol('CEDAW/C/UZB/Q/7'), 'list-of-issues');
    assert.equal(kindFromSymbol('CAT/C/UZB/6'), 'periodic-report');
    assert.equal(kindFromSymbol('A/HRC/55/12'), 'other');
  });
});
