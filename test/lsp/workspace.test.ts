// The spawned server (server/out/server.js --stdio) with a real workspace folder on disk: workspace facts
// (.treaty/facts/*.yaml) used, validated in place, reloaded on change; workspace trust; suppression
// comments and the code action that inserts one.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from '../support/lspClient';
import { MISMATCH, SUPPRESSION_EXPECTED, SUPPRESSION_REPORT } from '../support/reports';
import { BROKEN_FACTS, TEAM_FACT_ID, TEAM_FACTS, TEAM_REPORT, TEAM_REPORT_FIGURE } from '../support/workspaceFacts';

const FACTS = '.treaty/facts/team.yaml';
const CHANGED = 2;
const CREATED = 1;
const DELETED = 3;

/** A workspace folder on disk with the team's facts file and a report. */
function workspace(facts: string | undefined = TEAM_FACTS) {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-ws-')));
  fs.mkdirSync(path.join(dir, '.treaty', 'facts'), { recursive: true });
  if (facts !== undefined) fs.writeFileSync(path.join(dir, FACTS), facts);
  fs.writeFileSync(path.join(dir, 'report.md'), TEAM_REPORT);
  const uri = (name: string) => pathToFileURL(path.join(dir, name)).toString();
  return { dir, uri, factsUri: uri(FACTS), reportUri: uri('report.md'), write: (text: string) => fs.writeFileSync(path.join(dir, FACTS), text) };
}

/** The team's fact contradicts the report's "48": one figure-mismatch naming it, exactly on the figure. */
function isTeamMismatch(ds: any[]): boolean {
  return ds.length === 1 && ds[0].code === 'figure-mismatch' && ds[0].data.factIds[0] === TEAM_FACT_ID && ds[0].range.start.line === TEAM_REPORT_FIGURE.line && ds[0].range.start.character === TEAM_REPORT_FIGURE.character;
}

describe('language server: workspace facts, trust and suppression', function () {
  this.timeout(30000);
  let c: LspClient | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  });

  it('uses a trusted workspace\'s .treaty/facts, registers a watcher for them, and re-checks open reports when they change', async () => {
    const ws = workspace();
    c = new LspClient();
    await c.initialize({ rootPath: ws.dir, initializationOptions: { trusted: true } });
    const registration = await c.waitFor('client/registerCapability', (p) => p.registrations.some((r: any) => r.method === 'workspace/didChangeWatchedFiles'));
    assert.deepEqual(registration.registrations.find((r: any) => r.method === 'workspace/didChangeWatchedFiles').registerOptions, { watchers: [{ globPattern: '**/.treaty/facts/*.{yaml,yml}' }, { globPattern: '**/.treaty/sources/*.md' }] });

    let mark = c.mark();
    c.open(ws.reportUri, TEAM_REPORT);
    c.open('file:///bundled.md', `${MISMATCH}\n`);
    const first = await c.diagnostics(ws.reportUri, mark, (ds) => ds.length > 0);
    assert.ok(isTeamMismatch(first), JSON.stringify(first));
    assert.match(first[0].message, /^48 does not match the source: hours within which a chosen defence lawyer must appear .* is 24 according to Government of Kazakhstan/);

    // The file changes on disk (the client's watcher reports it): the open reports are checked again.
    mark = c.mark();
    ws.write(TEAM_FACTS.replace('value: 24', 'value: 48').replace('value_text: "24"', 'value_text: "48"'));
    c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.factsUri, type: CHANGED }] });
    // value_text "48" is not in the quote: the file is now broken, so the team's fact is gone.
    const factsDiagnostics = await c.diagnostics(ws.factsUri, mark, (ds) => ds.length > 0);
    assert.deepEqual(factsDiagnostics.map((d) => [d.code, d.source, d.severity]), [['facts-file', 'treaty', 1]]);
    assert.match(factsDiagnostics[0].message, /value_text "48" does not occur in the quote/);
    assert.deepEqual(await c.diagnostics(ws.reportUri, mark), []);
    // Bundled facts keep working while the workspace file is broken.
    mark = c.mark();
    c.change('file:///bundled.md', 2, `${MISMATCH}\n\n`);
    assert.deepEqual((await c.diagnostics('file:///bundled.md', mark)).map((d) => d.code), ['figure-mismatch']);

    // Deleted: nothing left to report in it, and the report stays clean.
    mark = c.mark();
    fs.rmSync(path.join(ws.dir, FACTS));
    c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.factsUri, type: DELETED }] });
    assert.deepEqual(await c.diagnostics(ws.factsUri, mark), []);
    assert.deepEqual(await c.diagnostics(ws.reportUri, mark), []);

    // Created again: the team's fact is back.
    mark = c.mark();
    ws.write(TEAM_FACTS);
    c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.factsUri, type: CREATED }] });
    assert.ok(isTeamMismatch(await c.diagnostics(ws.reportUri, mark)));
  });

  for (const broken of BROKEN_FACTS) {
    it(`reports ${broken.name} in the facts file itself, keeps the bundled facts, and clears the report once fixed`, async () => {
      const ws = workspace(broken.text);
      c = new LspClient();
      let mark = c.mark();
      await c.initialize({ rootPath: ws.dir, initializationOptions: { trusted: true } });
      c.open(ws.reportUri, TEAM_REPORT);
      c.open('file:///bundled.md', `${MISMATCH}\n`);
      const ds = await c.diagnostics(ws.factsUri, mark, (d) => d.length > 0);
      const d = ds.find((x) => x.range.start.line === broken.line - 1 && x.range.start.character === broken.column - 1);
      assert.ok(d, `a diagnostic at ${broken.line}:${broken.column} among ${JSON.stringify(ds)}`);
      assert.equal(d.code, 'facts-file');
      assert.equal(d.severity, 1);
      assert.equal(d.range.end.line, broken.line - 1);
      assert.equal(d.range.end.character, broken.text.split('\n')[broken.line - 1]!.length, 'to the end of the line');
      assert.ok(d.message.startsWith(broken.path ? `${broken.path}: ` : 'YAML: '), d.message);
      assert.match(d.message.slice(broken.path ? broken.path.length + 2 : 0), broken.message);
      assert.deepEqual(await c.diagnostics(ws.reportUri, mark), [], 'the broken file is left out');
      assert.deepEqual((await c.diagnostics('file:///bundled.md', mark)).map((x) => x.code), ['figure-mismatch'], 'bundled facts still work');

      // Fixed on disk: the report in the facts file clears and the open report is checked again.
      mark = c.mark();
      ws.write(TEAM_FACTS);
      c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.factsUri, type: CHANGED }] });
      assert.deepEqual(await c.diagnostics(ws.factsUri, mark), []);
      assert.ok(isTeamMismatch(await c.diagnostics(ws.reportUri, mark)));
    });
  }

  it('validates a facts file open in the editor as it is typed, before it is saved', async () => {
    const ws = workspace();
    c = new LspClient();
    await c.initialize({ rootPath: ws.dir, initializationOptions: { trusted: true } });
    let mark = c.mark();
    c.open(ws.reportUri, TEAM_REPORT);
    assert.ok(isTeamMismatch(await c.diagnostics(ws.reportUri, mark, (ds) => ds.length > 0)));
    c.open(ws.factsUri, TEAM_FACTS, 'yaml');
    mark = c.mark();
    const quote = BROKEN_FACTS.find((b) => b.path.endsWith('.quote'))!;
    c.change(ws.factsUri, 2, quote.text);
    const ds = await c.diagnostics(ws.factsUri, mark, (d) => d.length > 0);
    assert.deepEqual(ds.map((d) => [d.range.start.line + 1, d.range.start.character + 1, d.message.split(':')[0]]), [[quote.line, quote.column, quote.path]]);
    assert.deepEqual(await c.diagnostics(ws.reportUri, mark), []);
    mark = c.mark();
    c.change(ws.factsUri, 3, TEAM_FACTS);
    assert.deepEqual(await c.diagnostics(ws.factsUri, mark), []);
    assert.ok(isTeamMismatch(await c.diagnostics(ws.reportUri, mark)));
    assert.equal(fs.readFileSync(path.join(ws.dir, FACTS), 'utf8'), TEAM_FACTS, 'nothing was written to disk');
  });

  it('asks a pull-diagnostics client to refresh when the facts change, and answers with the new state', async () => {
    const ws = workspace();
    c = new LspClient();
    await c.initialize({ rootPath: ws.dir, initializationOptions: { trusted: true }, pull: true });
    c.open(ws.reportUri, TEAM_REPORT);
    const pull = async () => (await c!.request('textDocument/diagnostic', { textDocument: { uri: ws.reportUri } })).items;
    assert.ok(isTeamMismatch(await pull()));
    const mark = c.mark();
    ws.write(BROKEN_FACTS[0]!.text);
    c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.factsUri, type: CHANGED }] });
    await c.waitFor('workspace/diagnostic/refresh', () => true, mark);
    assert.deepEqual(await pull(), []);
    assert.ok((await c.diagnostics(ws.factsUri, mark)).length > 0, 'facts-file problems are pushed');
  });

  it('in an untrusted workspace (initializationOptions.trusted = false) reads no workspace facts, broken or not', async () => {
    const ws = workspace();
    for (const trusted of [false, true]) {
      c = new LspClient();
      await c.initialize({ rootPath: ws.dir, initializationOptions: { trusted } });
      const mark = c.mark();
      c.open(ws.reportUri, TEAM_REPORT);
      c.open('file:///bundled.md', `${MISMATCH}\n`);
      const ds = await c.diagnostics(ws.reportUri, mark);
      if (trusted) assert.ok(isTeamMismatch(ds), JSON.stringify(ds));
      else assert.deepEqual(ds, [], 'the team\'s fact is not used');
      assert.deepEqual((await c.diagnostics('file:///bundled.md', mark)).map((d) => d.code), ['figure-mismatch'], 'bundled facts are');
      if (!trusted) {
        // A broken facts file is not even read: no report in it, even after a change event.
        const again = c.mark();
        ws.write(BROKEN_FACTS[0]!.text);
        c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.factsUri, type: CHANGED }] });
        c.change(ws.reportUri, 2, `${TEAM_REPORT}\n`);
        assert.deepEqual((await c.waitFor('textDocument/publishDiagnostics', (p) => p.uri === ws.reportUri && p.version === 2, again)).diagnostics, []);
        assert.ok(!c.received.some((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === ws.factsUri), 'no diagnostics for the facts file');
        ws.write(TEAM_FACTS);
      }
      await c.close();
      c = undefined;
    }
  });

  it('honours treatyReport.workspaceFacts: off leaves the team\'s facts out, switching it on re-checks', async () => {
    const ws = workspace();
    c = new LspClient();
    c.settings = { workspaceFacts: false };
    await c.initialize({ rootPath: ws.dir, initializationOptions: { trusted: true, settings: { workspaceFacts: false } } });
    let mark = c.mark();
    c.open(ws.reportUri, TEAM_REPORT);
    assert.deepEqual(await c.diagnostics(ws.reportUri, mark), []);
    mark = c.mark();
    c.settings = { workspaceFacts: true };
    c.notify('workspace/didChangeConfiguration', { settings: null });
    assert.ok(isTeamMismatch(await c.diagnostics(ws.reportUri, mark, (ds) => ds.length > 0)));
  });

  it('falls back to initializationOptions.settings when the client has no treatyReport section (answers null)', async () => {
    c = new LspClient();
    c.settings = null;
    await c.initialize({ initializationOptions: { settings: { reportUnverified: true } } });
    const mark = c.mark();
    c.open('file:///stats.md', 'The ministry hired 57 new psychologists in 2023.\n');
    assert.deepEqual((await c.diagnostics('file:///stats.md', mark)).map((d) => d.code), ['figure-unverified']);
    assert.ok(c.received.some((m) => m.method === 'workspace/configuration'), 'the server did ask');
  });

  it('honours suppression comments exactly as the CLI does', async () => {
    c = new LspClient();
    await c.initialize({});
    const mark = c.mark();
    c.open('file:///suppressed.md', SUPPRESSION_REPORT);
    const ds = await c.diagnostics('file:///suppressed.md', mark, (x) => x.length > 0);
    assert.deepEqual(ds.map((d) => [d.range.start.line + 1, d.code]), SUPPRESSION_EXPECTED);
  });

  it('offers a code action that inserts <!-- treaty-disable-next-line code -->; applied, the diagnostic is gone on the re-check', async () => {
    c = new LspClient();
    await c.initialize({});
    const uri = 'file:///draft.md';
    const text = `# Follow-up\n\n${MISMATCH}\n\nSee CAT/C/KAZ/CO/9.\n`;
    let mark = c.mark();
    c.open(uri, text);
    const ds = await c.diagnostics(uri, mark, (x) => x.length === 2);
    const mismatch = ds.find((d) => d.code === 'figure-mismatch')!;
    const actions = await c.request('textDocument/codeAction', { textDocument: { uri }, range: mismatch.range, context: { diagnostics: [mismatch] } });
    const disable = actions.find((a: any) => a.title === 'Disable figure-mismatch for the next line');
    assert.ok(disable, JSON.stringify(actions.map((a: any) => a.title)));
    assert.equal(disable.kind, 'quickfix');
    assert.deepEqual(disable.diagnostics, [mismatch]);
    assert.deepEqual(disable.edit.changes[uri], [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, newText: '<!-- treaty-disable-next-line figure-mismatch -->\n' }]);

    const edited = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), disable.edit.changes[uri]);
    mark = c.mark();
    c.change(uri, 2, edited);
    const after = await c.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 2, mark);
    assert.deepEqual(after.diagnostics.map((d: any) => [d.code, d.range.start.line]), [['unknown-document', 5]], 'only the other finding is left, one line lower');
  });
});
