// The spawned server (server/out/server.js --stdio) with a workspace source on disk: a document written as it is
// printed (numbered paragraphs, no anchors) in .treaty/sources. Its paragraphs are completed, checked, hovered and
// opened; a broken source is reported in place while reports are still checked; changes on disk or in an editor are
// read again; trust and treatyReport.bundledFacts decide what is read.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../support/lspClient';
import { MISMATCH } from '../support/reports';
import { BROKEN_SOURCES, REPORT_LINES, SOURCE, SOURCE_FACT_ID, SOURCE_FACTS, SOURCE_FILE, SOURCE_LINES, SOURCE_REPORT } from '../support/workspaceSources';

const SOURCE_PATH = `.treaty/sources/${SOURCE_FILE}`;
const CHANGED = 2;

/** A workspace folder on disk with the source, optionally facts quoting it, and the report. */
function workspace(source = SOURCE, facts?: string) {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-src-')));
  fs.mkdirSync(path.join(dir, '.treaty', 'sources'), { recursive: true });
  fs.writeFileSync(path.join(dir, SOURCE_PATH), source);
  if (facts) {
    fs.mkdirSync(path.join(dir, '.treaty', 'facts'));
    fs.writeFileSync(path.join(dir, '.treaty/facts/uzb.yaml'), facts);
  }
  fs.writeFileSync(path.join(dir, 'report.md'), SOURCE_REPORT);
  const uri = (name: string) => pathToFileURL(path.join(dir, name)).toString();
  return { dir, sourceUri: uri(SOURCE_PATH), reportUri: uri('report.md'), write: (text: string) => fs.writeFileSync(path.join(dir, SOURCE_PATH), text) };
}

const lineOf = (n: number) => SOURCE_REPORT.split('\n')[n]!;
const codes = (ds: any[]) => ds.map((d) => [d.code, d.range.start.line]);
// With the source alone, its paragraph past the end is unknown and its statistic, extracted as a fact, contradicts the
// report's figure (421 for 412).
const PAST_END: [string, number][] = [['unknown-paragraph', REPORT_LINES.pastEnd], ['figure-mismatch', REPORT_LINES.figure]];

describe('language server: workspace sources (.treaty/sources)', function () {
  this.timeout(30000);
  let c: LspClient | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  });

  it('knows a source without anchors: completes its paragraphs, reports past its end, hovers and opens the cited paragraph', async () => {
    const ws = workspace();
    c = new LspClient();
    await c.initialize({ rootPath: ws.dir, initializationOptions: { trusted: true } });
    const registration = await c.waitFor('client/registerCapability', (p) => p.registrations.some((r: any) => r.method === 'workspace/didChangeWatchedFiles'));
    assert.deepEqual(registration.registrations.find((r: any) => r.method === 'workspace/didChangeWatchedFiles').registerOptions.watchers, [{ globPattern: '**/.treaty/facts/*.{yaml,yml}' }, { globPattern: '**/.treaty/sources/*.md' }]);
    const mark = c.mark();
    c.open(ws.reportUri, SOURCE_REPORT);
    const ds = await c.diagnostics(ws.reportUri, mark, (x) => x.length > 0);
    assert.deepEqual(codes(ds), PAST_END, 'para. 4 (b) is known; para. 9 is past the last paragraph');
    assert.equal(ds[0].message, 'CAT/C/UZB/CO/6 has no paragraph 9. Its paragraphs run from 1 to 5.');
    assert.ok(!c.received.some((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === ws.sourceUri && m.params.diagnostics.length), 'the source has no problem');

    // Completion of its paragraph numbers, each with its text.
    const typed = 'See CAT/C/UZB/CO/6, para. ';
    c.change(ws.reportUri, 2, `${SOURCE_REPORT}${typed}`);
    const end = { line: SOURCE_REPORT.split('\n').length - 1, character: typed.length };
    const items = await c.request('textDocument/completion', { textDocument: { uri: ws.reportUri }, position: end });
    const list = Array.isArray(items) ? items : items.items;
    assert.deepEqual(list.map((i: any) => i.label).sort(), ['1', '2', '3', '4', '5']);
    const three = list.find((i: any) => i.label === '3');
    assert.match(three.documentation.value, /412 complaints of torture were registered in 2023/);
    assert.equal(three.detail, 'Fundamental legal safeguards', 'a paragraph\'s subject is its heading');
    // … and of the lettered subparagraphs under 4.
    const typedSub = 'See CAT/C/UZB/CO/6, para. 4 (';
    c.change(ws.reportUri, 3, `${SOURCE_REPORT}${typedSub}`);
    const subs = await c.request('textDocument/completion', { textDocument: { uri: ws.reportUri }, position: { line: end.line, character: typedSub.length } });
    const subList = Array.isArray(subs) ? subs : subs.items;
    assert.deepEqual(subList.map((i: any) => i.label), ['4 (a)', '4 (b)', '4 (c)']);
    assert.match(subList[1].documentation.value, /Record every detention in a central register/);
    c.change(ws.reportUri, 4, SOURCE_REPORT);

    // Hover on the citation of 4 (b): its text.
    const cited = { line: REPORT_LINES.cited, character: lineOf(REPORT_LINES.cited).indexOf('4 (b)') + 1 };
    const hover = await c.request('textDocument/hover', { textDocument: { uri: ws.reportUri }, position: cited });
    assert.match(hover.contents.value, /\*\*CAT\/C\/UZB\/CO\/6\*\* — Concluding observations on the sixth periodic report of Uzbekistan/);
    assert.match(hover.contents.value, /\*\*para\. 4 \(b\)\*\*/);
    assert.match(hover.contents.value, /> \(b\) Record every detention in a central register;/);

    // Definition: the workspace file, at that paragraph.
    const def = await c.request('textDocument/definition', { textDocument: { uri: ws.reportUri }, position: cited });
    assert.deepEqual(def, [{ uri: ws.sourceUri, range: { start: { line: SOURCE_LINES['4(b)'], character: 0 }, end: { line: SOURCE_LINES['4(b)']! + 1, character: 0 } } }]);
    // The symbol links to the workspace file too.
    const links = await c.request('textDocument/documentLink', { textDocument: { uri: ws.reportUri } });
    assert.ok(links.some((l: any) => l.target === ws.sourceUri), JSON.stringify(links));
  });

  it('lets workspace facts quote the source: a contradicted figure names the fact, and opens the source paragraph', async () => {
    const ws = workspace(SOURCE, SOURCE_FACTS);
    c = new LspClient();
    await c.initialize({ rootPath: ws.dir, initializationOptions: { trusted: true } });
    const mark = c.mark();
    c.open(ws.reportUri, SOURCE_REPORT);
    const ds = await c.diagnostics(ws.reportUri, mark, (x) => x.length > 1);
    assert.deepEqual(codes(ds).sort(), [...PAST_END].sort());
    const mismatch = ds.find((d) => d.code === 'figure-mismatch');
    assert.deepEqual(mismatch.data.factIds, [SOURCE_FACT_ID]);
    assert.deepEqual(mismatch.relatedInformation?.map((r: any) => [r.location.uri, r.location.range.start.line]), [[ws.sourceUri, SOURCE_LINES['3']]]);
    const def = await c.request('textDocument/definition', { textDocument: { uri: ws.reportUri }, position: mismatch.range.start });
    assert.deepEqual(def.map((l: any) => [l.uri, l.range.start.line]), [[ws.sourceUri, SOURCE_LINES['3']]]);
  });

  for (const broken of BROKEN_SOURCES) {
    it(`reports ${broken.name} in the source itself, still checks reports, and reads the fixed file again`, async () => {
      const ws = workspace(broken.text);
      c = new LspClient();
      let mark = c.mark();
      await c.initialize({ rootPath: ws.dir, initializationOptions: { trusted: true } });
      c.open(ws.reportUri, SOURCE_REPORT);
      c.open('file:///bundled.md', `${MISMATCH}\n`);
      const ds = await c.diagnostics(ws.sourceUri, mark, (d) => d.length > 0);
      const d = ds.find((x) => x.range.start.line === broken.line - 1 && x.range.start.character === broken.column - 1);
      assert.ok(d, `a diagnostic at ${broken.line}:${broken.column} among ${JSON.stringify(ds)}`);
      assert.deepEqual([d.code, d.source, d.severity], ['source-file', 'treaty', 1]);
      assert.match(d.message, broken.message);
      // The report is checked all the same: without the source, its symbol is unknown.
      assert.deepEqual((await c.diagnostics(ws.reportUri, mark, (x) => x.length > 0)).map((x) => x.code), ['unknown-document', 'unknown-document']);
      assert.deepEqual((await c.diagnostics('file:///bundled.md', mark)).map((x) => x.code), ['figure-mismatch'], 'bundled facts still work');

      mark = c.mark();
      ws.write(SOURCE);
      c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.sourceUri, type: CHANGED }] });
      assert.deepEqual(await c.diagnostics(ws.sourceUri, mark), []);
      assert.deepEqual(codes(await c.diagnostics(ws.reportUri, mark)), PAST_END);
    });
  }

  it('reads a source open in an editor as it is typed (not checked as a report), and the file on disk once it is closed', async () => {
    const ws = workspace();
    c = new LspClient();
    await c.initialize({ rootPath: ws.dir, initializationOptions: { trusted: true } });
    let mark = c.mark();
    c.open(ws.reportUri, SOURCE_REPORT);
    assert.deepEqual(codes(await c.diagnostics(ws.reportUri, mark, (x) => x.length > 0)), PAST_END);
    c.open(ws.sourceUri, SOURCE);
    mark = c.mark();
    c.change(ws.sourceUri, 2, `${SOURCE.replace('\n[^1]:', '\n9. A paragraph added in the editor.\n\n[^1]:')}`);
    assert.deepEqual(codes(await c.diagnostics(ws.reportUri, mark)), [['figure-mismatch', REPORT_LINES.figure]], 'para. 9 now exists (the extracted fact still contradicts 421)');
    assert.deepEqual(await c.diagnostics(ws.sourceUri, mark), [], 'the source is not checked as a report');
    mark = c.mark();
    c.change(ws.sourceUri, 3, BROKEN_SOURCES[0]!.text);
    assert.equal((await c.diagnostics(ws.sourceUri, mark, (x) => x.length > 0))[0].code, 'source-file');
    assert.deepEqual((await c.diagnostics(ws.reportUri, mark, (x) => x.length > 0)).map((x) => x.code), ['unknown-document', 'unknown-document']);
    mark = c.mark();
    c.notify('textDocument/didClose', { textDocument: { uri: ws.sourceUri } });
    assert.deepEqual(await c.diagnostics(ws.sourceUri, mark), []);
    assert.deepEqual(codes(await c.diagnostics(ws.reportUri, mark)), PAST_END, 'back to the file on disk');
    assert.equal(fs.readFileSync(path.join(ws.dir, SOURCE_PATH), 'utf8'), SOURCE, 'nothing was written to disk');
  });

  it('keeps the facts it extracts in .treaty/cache (ignored by git), and a new server reads them back instead of extracting', async () => {
    const ws = workspace();
    const cacheDir = path.join(ws.dir, '.treaty', 'cache');
    const start = async () => {
      c = new LspClient();
      await c.initialize({ rootPath: ws.dir, initializationOptions: { trusted: true } });
      const mark = c.mark();
      c.open(ws.reportUri, SOURCE_REPORT);
      assert.deepEqual(codes(await c.diagnostics(ws.reportUri, mark, (x) => x.length > 0)), PAST_END);
      return (await c.waitFor('window/logMessage', (p) => /^Workspace sources:/.test(p.message))).message as string;
    };
    assert.equal(await start(), 'Workspace sources: facts extracted from 1, read from .treaty/cache for 0.');
    assert.deepEqual(fs.readdirSync(cacheDir).filter((n) => n.endsWith('.json')).length, 3, 'the source\'s parse, its facts and the links of the fact base');
    assert.match(fs.readFileSync(path.join(cacheDir, '.gitignore'), 'utf8'), /^\*$/m);
    await c!.close();
    assert.equal(await start(), 'Workspace sources: facts extracted from 0, read from .treaty/cache for 1.', 'the second server reads the cache');
    // Typed in an editor, the source is read again (once the typing pauses): the facts are those of its last version.
    c!.open(ws.sourceUri, SOURCE);
    const mark = c!.mark();
    for (let v = 2; v <= 6; v++) c!.change(ws.sourceUri, v, SOURCE.replace('412 complaints', `${415 + v} complaints`));
    const ds = await c!.diagnostics(ws.reportUri, mark, (x) => !x.some((d) => d.code === 'figure-mismatch'));
    assert.deepEqual(codes(ds), [['unknown-paragraph', REPORT_LINES.pastEnd]], 'the source, as last typed, says 421 as the report does');
  });

  it('reports a source it cannot read in place (a folder named like a source) and reads the others', async () => {
    const ws = workspace();
    fs.mkdirSync(path.join(ws.dir, '.treaty/sources/folder.md'));
    const folderUri = pathToFileURL(path.join(ws.dir, '.treaty/sources/folder.md')).toString();
    c = new LspClient();
    const mark = c.mark();
    await c.initialize({ rootPath: ws.dir, initializationOptions: { trusted: true } });
    c.open(ws.reportUri, SOURCE_REPORT);
    const ds = await c.diagnostics(folderUri, mark, (x) => x.length > 0);
    assert.deepEqual(ds.map((d) => [d.code, d.range.start.line, d.severity]), [['source-file', 0, 1]]);
    assert.match(ds[0].message, /^cannot read the file: EISDIR/);
    assert.deepEqual(codes(await c.diagnostics(ws.reportUri, mark, (x) => x.length > 0)), PAST_END);
  });

  it('in an untrusted workspace reads no source, broken or not', async () => {
    const ws = workspace(BROKEN_SOURCES[0]!.text);
    c = new LspClient();
    await c.initialize({ rootPath: ws.dir, initializationOptions: { trusted: false } });
    const mark = c.mark();
    c.open(ws.reportUri, SOURCE_REPORT);
    assert.deepEqual((await c.diagnostics(ws.reportUri, mark, (x) => x.length > 0)).map((x) => x.code), ['unknown-document', 'unknown-document']);
    ws.write(SOURCE);
    c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.sourceUri, type: CHANGED }] });
    const again = c.mark();
    c.change(ws.reportUri, 2, `${SOURCE_REPORT}\n`);
    assert.deepEqual((await c.waitFor('textDocument/publishDiagnostics', (p) => p.uri === ws.reportUri && p.version === 2, again)).diagnostics.map((x: any) => x.code), ['unknown-document', 'unknown-document']);
    assert.ok(!c.received.some((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === ws.sourceUri), 'no diagnostics for the source');
    assert.ok(!fs.existsSync(path.join(ws.dir, '.treaty', 'cache')), 'nothing written to an untrusted workspace');
  });

  it('honours treatyReport.bundledFacts: off, the bundled facts and catalogue are gone and the workspace source stays', async () => {
    const ws = workspace();
    c = new LspClient();
    await c.initialize({ rootPath: ws.dir, initializationOptions: { trusted: true } });
    const kaz = 'file:///kaz.md';
    const kazText = `${MISMATCH.replace('(377 in 2022 and 322 in 2023)', 'in 2023 (322)')}\n\nSee CAT/C/KAZ/Q/4, para. 6 (b).\n`;
    let mark = c.mark();
    c.open(kaz, kazText);
    c.open(ws.reportUri, SOURCE_REPORT);
    assert.deepEqual((await c.diagnostics(kaz, mark, (x) => x.length > 0)).map((d) => d.code), ['figure-mismatch']);
    assert.deepEqual(codes(await c.diagnostics(ws.reportUri, mark, (x) => x.length > 0)), PAST_END);
    mark = c.mark();
    c.settings = { bundledFacts: false };
    c.notify('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual((await c.diagnostics(kaz, mark, (x) => x.length > 0 && x[0].code !== 'figure-mismatch')).map((d) => d.code), ['unknown-document']);
    assert.deepEqual(codes(await c.diagnostics(ws.reportUri, mark)), PAST_END, 'the workspace source is still known');
    mark = c.mark();
    c.settings = { bundledFacts: true };
    c.notify('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual((await c.diagnostics(kaz, mark, (x) => x.length > 0 && x[0].code === 'figure-mismatch')).map((d) => d.code), ['figure-mismatch']);
  });
});
