import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseYaml, validateAgainst } from '../../server/src/facts/dataFile';
import { foldSpace, parseSourceDocument, type ParsedSource } from '../../server/src/facts/sourceDocument';
import type { DataProblem, SourceDocument } from '../../server/src/facts/types';
import { additionalAnswersHtml, bundledSource, followUpPdf, listOfIssuesDocx, TABLE_ROWS } from '../support/importFixtures';

const root = path.join(__dirname, '..', '..');
const cli = (args: string[], cwd: string) => spawnSync(process.execPath, [path.join(root, 'server/out/cli.js'), 'import', ...args], { cwd, encoding: 'utf8', timeout: 60_000 });

/** Reads a written source the way the project does, front matter validated against the bundled sources' schema. */
function readSource(file: string): { parsed: ParsedSource; doc: SourceDocument; problems: DataProblem[]; text: string } {
  const text = fs.readFileSync(file, 'utf8');
  const parsed = parseSourceDocument(file, text);
  const problems = [...parsed.problems];
  const lines = text.split('\n');
  validateAgainst('source-meta', file, parseYaml(file, lines.slice(1, lines.indexOf('---', 1)).join('\n'), problems, 1), problems);
  return { parsed, doc: parsed.document!, problems, text };
}

/** GFM table rows as trimmed cells (the separator row left out). */
function tableRows(markdown: string): string[][] {
  return markdown.split('\n').filter((l) => /^\|.*\|$/.test(l) && !/^\|[\s:|-]+\|$/.test(l)).map((l) => l.slice(1, -1).split('|').map((c) => c.trim()));
}

const warningsOf = (stderr: string, file: string) => stderr.split('\n').filter((l) => l.startsWith(`${file}: warning: `));

describe('treaty-check import (CLI)', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    assert.ok(fs.existsSync(path.join(root, 'server/out/importer.js')), 'server/out/importer.js is missing: run npm run build');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-import-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  describe('a Word file made from the list of issues CAT/C/KAZ/Q/4', () => {
    let imported: ReturnType<typeof readSource>;
    let stderr: string;
    const source = bundledSource('cat-c-kaz-q-4');
    before(async () => {
      fs.writeFileSync(path.join(dir, 'loi.docx'), await listOfIssuesDocx());
      const r = cli(['loi.docx', '--out', 'sources/loi.md'], dir);
      stderr = r.stderr;
      assert.equal(r.status, 0, r.stderr);
      imported = readSource(path.join(dir, 'sources/loi.md'));
    });

    it('writes a source the project\'s parser and schema read without a problem', () => {
      assert.deepEqual(imported.problems, []);
      assert.match(stderr, /loi\.docx: wrote sources\/loi\.md \(CAT\/C\/KAZ\/Q\/4, 40 addressable paragraphs\)/);
    });

    it('reads symbol, date, title and author from the masthead', () => {
      const meta = imported.doc.meta;
      assert.equal(meta.id, 'cat-c-kaz-q-4');
      assert.equal(meta.symbol, 'CAT/C/KAZ/Q/4');
      assert.equal(meta.date, '2022-12-16');
      assert.equal(meta.title, 'List of issues in relation to the fourth periodic report of Kazakhstan');
      assert.equal(meta.author, 'Committee against Torture');
      assert.equal(meta.author_kind, 'committee');
    });

    it('keeps all 30 paragraph numbers and the lettered subparagraphs of paragraphs 6 and 14, in order', () => {
      assert.deepEqual(imported.doc.order, source.order);
      assert.deepEqual(imported.doc.order.filter((a) => /^\d+$/.test(a)), Array.from({ length: 30 }, (_, i) => String(i + 1)));
      assert.deepEqual(imported.doc.order.filter((a) => a.includes('(')), ['a', 'b', 'c', 'd', 'e'].map((l) => `6(${l})`).concat(['a', 'b', 'c', 'd', 'e'].map((l) => `14(${l})`)));
    });

    it('keeps every paragraph\'s text, footnote references included, and the headings', () => {
      for (const address of source.order) {
        const want = source.paragraphs.get(address)!;
        const got = imported.doc.paragraphs.get(address)!;
        assert.equal(foldSpace(got.text), foldSpace(want.text), `paragraph ${address}`);
        assert.equal(got.heading.replace(/\[\^[^\]]+\]/g, ''), want.heading.replace(/\[\^[^\]]+\]/g, ''), `heading of paragraph ${address}`);
      }
      assert.match(imported.text, /^## Article 2\[\^7\]$/m);
    });

    it('keeps the footnotes as [^n] definitions with their text', () => {
      const numbered = [...source.footnotes].filter(([id]) => /^\d+$/.test(id));
      assert.equal(numbered.length, 67);
      for (const [id, text] of numbered) assert.equal(imported.doc.footnotes.get(id), text, `footnote ${id}`);
      assert.deepEqual(imported.doc.paragraphs.get('1')!.footnotes, ['1', '2', '3', '4']);
    });

    it('keeps the table as a GFM table, cell by cell', () => {
      assert.deepEqual(tableRows(imported.text), TABLE_ROWS);
    });

    it('says nothing about the structure when it is clear', () => {
      assert.deepEqual(warningsOf(stderr, 'loi.docx'), []);
    });
  });

  describe('part of the State\'s follow-up reply as a PDF', () => {
    let imported: ReturnType<typeof readSource>;
    let stderr: string;
    let fixture: Awaited<ReturnType<typeof followUpPdf>>;
    before(async () => {
      fixture = await followUpPdf();
      fs.writeFileSync(path.join(dir, 'follow-up.pdf'), fixture.bytes);
      const r = cli(['follow-up.pdf', '--no-symbol', '--date', '2024', '--out', 'follow-up.md'], dir);
      stderr = r.stderr;
      assert.equal(r.status, 0, r.stderr);
      imported = readSource(path.join(dir, 'follow-up.md'));
    });

    it('writes a source the parser and schema read, paragraphs 1–24 in order', () => {
      assert.deepEqual(imported.problems, []);
      assert.deepEqual(imported.doc.order, fixture.paragraphs.map((p) => p.address));
      assert.equal(imported.doc.order.length, 24);
    });

    it('joins wrapped lines and pages back into each paragraph\'s text, and leaves page numbers and running heads out', () => {
      for (const p of fixture.paragraphs) {
        const got = imported.doc.paragraphs.get(p.address)!.text;
        assert.equal(foldSpace(got), foldSpace(p.address === '1' ? `${p.text}[^1]` : p.text), `paragraph ${p.address}`);
      }
      assert.doesNotMatch(imported.text, /Kazakhstan: follow-up information/);
      assert.ok(warningsOf(stderr, 'follow-up.pdf').some((w) => /page number and running-head line\(s\) were left out/.test(w)), stderr);
    });

    it('reads the raised note mark as a reference and the small text at the foot of the page as its note', () => {
      assert.deepEqual(imported.doc.paragraphs.get('1')!.footnotes, ['1']);
      assert.equal(imported.doc.footnotes.get('1'), fixture.note);
    });

    it('reads the title (large type) and the headings (bold, 12 pt); the State as author from the title; flags for the rest', () => {
      const source = bundledSource('kz-follow-up-co4');
      assert.equal(imported.doc.meta.title, source.meta.title);
      assert.equal(imported.doc.meta.symbol, null);
      assert.equal(imported.doc.meta.date, '2024');
      assert.equal(imported.doc.meta.author, 'Government of Kazakhstan');
      assert.equal(imported.doc.meta.author_kind, 'state-party');
      assert.equal(imported.doc.paragraphs.get('3')!.heading, source.paragraphs.get('3')!.heading);
      assert.ok(warningsOf(stderr, 'follow-up.pdf').some((w) => /author read as "Government of Kazakhstan"/.test(w)), stderr);
    });
  });

  it('reads notes set in body type at the end of a PDF, and their references glued to the text, when no type is smaller', async () => {
    const fixture = await followUpPdf(12, { uniform: true });
    fs.writeFileSync(path.join(dir, 'uniform.pdf'), fixture.bytes);
    const r = cli(['uniform.pdf', '--no-symbol', '--date', '2024', '--out', 'uniform.md'], dir);
    assert.equal(r.status, 0, r.stderr);
    const { doc, problems } = readSource(path.join(dir, 'uniform.md'));
    assert.deepEqual(problems, []);
    assert.deepEqual(doc.order, fixture.paragraphs.map((p) => p.address));
    assert.equal(doc.footnotes.get('1'), fixture.note);
    assert.deepEqual(doc.paragraphs.get('1')!.footnotes, ['1']);
    assert.equal(foldSpace(doc.paragraphs.get('12')!.text), foldSpace(fixture.paragraphs.at(-1)!.text));
    assert.ok(warningsOf(r.stderr, 'uniform.pdf').some((w) => /numbered lines at the end of the document were read as its 1 note/.test(w)), r.stderr);
  });

  describe('an HTML page made from the State\'s additional answers', () => {
    let imported: ReturnType<typeof readSource>;
    const { html, doc: source } = additionalAnswersHtml();
    before(() => {
      fs.writeFileSync(path.join(dir, 'answers.html'), html);
      const r = cli(['answers.html', '--no-symbol', '--date', '2023-05', '--author', 'Government of Kazakhstan', '--author-kind', 'state-party', '--id', 'kz-answers'], dir);
      assert.equal(r.status, 0, r.stderr);
      fs.writeFileSync(path.join(dir, 'answers.md'), r.stdout);
      imported = readSource(path.join(dir, 'answers.md'));
    });

    it('writes to standard output a source with paragraphs 1–46 and their text', () => {
      assert.deepEqual(imported.problems, []);
      assert.equal(imported.doc.meta.id, 'kz-answers');
      assert.equal(imported.doc.meta.title, source.meta.title);
      assert.deepEqual(imported.doc.order, source.order);
      for (const address of ['1', '2', '13', '29', '46']) {
        const got = imported.doc.paragraphs.get(address)!.text.replace(/\[\^\d\]/g, '');
        assert.equal(foldSpace(got.split('\n\n|')[0]!), foldSpace(source.paragraphs.get(address)!.text), `paragraph ${address}`);
      }
    });

    it('keeps the page\'s notes and its table', () => {
      assert.equal(imported.doc.footnotes.get('1'), 'Unified Register of Pre-Trial Investigations.');
      assert.equal(imported.doc.footnotes.get('2'), 'Figures of the Procurator General\'s Office.');
      assert.deepEqual(imported.doc.paragraphs.get('2')!.footnotes, ['2']);
      assert.deepEqual(tableRows(imported.text), [['Year', 'Registered', 'Sent to court'], ['2021', '685', '7'], ['2022', '920', '10']]);
    });
  });

  it('opens no connection and evaluates no code while importing (test/reliability/guard.cjs preloaded)', async () => {
    const log = path.join(dir, 'guard.log');
    fs.writeFileSync(path.join(dir, 'guarded.docx'), await listOfIssuesDocx());
    fs.writeFileSync(path.join(dir, 'guarded.pdf'), (await followUpPdf(6)).bytes);
    for (const args of [['guarded.docx'], ['guarded.pdf', '--no-symbol', '--date', '2024']]) {
      const r = spawnSync(process.execPath, ['--require', path.join(root, 'test/reliability/guard.cjs'), path.join(root, 'server/out/cli.js'), 'import', ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, TREATY_GUARD_LOG: log }, timeout: 60_000 });
      assert.equal(r.status, 0, r.stderr);
    }
    // Node's own web streams evaluate the constant `this` in a new context to build an error message (internal/util
    // getInternalGlobal): not code from the document. pdf.js runs with isEvalSupported: false.
    const entries = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').filter((l) => l && l !== 'vm.runInNewContext this') : [];
    assert.deepEqual(entries, []);
  });

  describe('errors', () => {
    it('exits 2 naming --symbol and --date when the masthead has neither', async () => {
      fs.writeFileSync(path.join(dir, 'bare.docx'), await listOfIssuesDocx({ masthead: false }));
      const r = cli(['bare.docx'], dir);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /^bare\.docx: error: no UN symbol found in the masthead: give it with --symbol/m);
      assert.match(r.stderr, /^bare\.docx: error: no date found in the masthead: give it with --date/m);
      assert.match(r.stderr, /--author/);
      const ok = cli(['bare.docx', '--symbol', 'CAT/C/KAZ/Q/4', '--date', '16 December 2022', '--author', 'Committee against Torture', '--author-kind', 'committee', '--out', 'bare.md'], dir);
      assert.equal(ok.status, 0, ok.stderr);
      const { doc, problems } = readSource(path.join(dir, 'bare.md'));
      assert.deepEqual(problems, []);
      assert.equal(doc.meta.date, '2022-12-16');
      assert.equal(doc.order.length, 40);
    });

    it('exits 2 with a clear message on a file that is not what its name says, a missing file and bad flags', () => {
      fs.writeFileSync(path.join(dir, 'broken.docx'), 'This is a plain text file, not a Word document.\n');
      const broken = cli(['broken.docx', '--symbol', 'X/1'], dir);
      assert.equal(broken.status, 2);
      assert.match(broken.stderr, /^broken\.docx: error: not a Word document \(DOCX\): the file is not a ZIP package$/m);
      fs.writeFileSync(path.join(dir, 'zip.docx'), Buffer.from('504b0304', 'hex'));
      const zip = cli(['zip.docx'], dir);
      assert.equal(zip.status, 2);
      assert.match(zip.stderr, /^zip\.docx: error: not a readable Word document \(DOCX\)/m);
      fs.writeFileSync(path.join(dir, 'broken.pdf'), '%PDF-1.7\nnothing else\n');
      const pdf = cli(['broken.pdf'], dir);
      assert.equal(pdf.status, 2);
      assert.match(pdf.stderr, /^broken\.pdf: error: not a readable PDF/m);
      fs.writeFileSync(path.join(dir, 'notes.txt'), 'just text');
      assert.match(cli(['notes.txt'], dir).stderr, /not a DOCX, PDF or HTML file/);
      const missing = cli(['missing.docx'], dir);
      assert.equal(missing.status, 2);
      assert.match(missing.stderr, /^missing\.docx: error: cannot read the file: no such file$/m);
      assert.equal(cli([], dir).status, 2);
      assert.match(cli(['x.docx', '--author-kind', 'government'], dir).stderr, /--author-kind takes committee, state-party, ngo, special-procedures/);
      assert.match(cli(['x.docx', '--date', 'soon'], dir).stderr, /--date takes YYYY-MM-DD/);
      const help = cli(['--help'], dir);
      assert.equal(help.status, 0);
      assert.match(help.stdout, /Usage: treaty-check import/);
    });
  });
});
