import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LspClient } from '../support/lspClient';

/**
 * Cancellation (issue #10): the server checks a document in slices between turns of its event loop, so a
 * $/cancelRequest is heard while the check runs. A cancelled request is answered at once (RequestCancelled, or its
 * result if it was done), the check stops when no request waits for it any more, and the next request is answered
 * without waiting for leftover work. The report is the five bundled sources in one document: a check of several
 * seconds.
 */
const SOURCES = path.join(__dirname, '..', '..', 'server', 'data', 'sources');
const BIG = fs.readdirSync(SOURCES).sort().map((f) => fs.readFileSync(path.join(SOURCES, f), 'utf8').replace(/^---[\s\S]*?\n---\n/, '')).join('\n\n');
const REQUEST_CANCELLED = -32800;
/**
 * Prompt: within a third of the time the whole check takes on this machine, measured first (a check runs in slices
 * of 15 ms, building the report model included: every source paragraph has an HTML anchor, so remark parses all of
 * this document).
 */
let PROMPT_MS = 1500;

const elapsed = (since: number) => performance.now() - since;

describe('reliability: cancelled requests', function () {
  this.timeout(120_000);
  let server: LspClient;
  let uncancelledMs = 0;

  before(async () => {
    server = new LspClient({ timeoutMs: 30_000 });
    await server.initialize({ pull: true, workspaceFeatures: false });
    // How long the whole check takes here, on a copy under another name (so nothing is cached for the tests).
    server.notify('textDocument/didOpen', { textDocument: { uri: 'file:///timing.md', languageId: 'markdown', version: 1, text: `${BIG}\n\nTiming.` } });
    const t = performance.now();
    await server.request('textDocument/diagnostic', { textDocument: { uri: 'file:///timing.md' } });
    uncancelledMs = elapsed(t);
    PROMPT_MS = uncancelledMs / 3;
    server.notify('textDocument/didClose', { textDocument: { uri: 'file:///timing.md' } });
  });
  after(async () => {
    await server.close();
    server.kill();
  });

  let n = 0;
  const openBig = () => {
    const uri = `file:///big-${++n}.md`;
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: `${BIG}\n\nCopy ${n}.` } });
    return uri;
  };
  const memory = () => server.memory();

  it('the whole check takes long enough for the tests to mean something', () => {
    assert.ok(uncancelledMs > 900, `the check took ${uncancelledMs.toFixed(0)} ms`);
  });

  it('a pull of diagnostics cancelled while the check runs is answered at once, and the check stops', async () => {
    const uri = openBig();
    const { id, reply } = server.start('textDocument/diagnostic', { textDocument: { uri } });
    await new Promise((r) => setTimeout(r, uncancelledMs / 5));
    const cancelledAt = performance.now();
    server.cancel(id);
    const answer = await reply;
    assert.ok(elapsed(cancelledAt) < PROMPT_MS, `answered ${elapsed(cancelledAt).toFixed(0)} ms after the cancellation`);
    // Cancelled in the middle of the check (the check of this copy cannot have finished in a fifth of its time).
    assert.equal(answer.error?.code, REQUEST_CANCELLED, JSON.stringify(answer).slice(0, 200));
    // No work left running: the next request is answered at once, and no check is under way.
    const t = performance.now();
    const m = await memory();
    assert.ok(elapsed(t) < PROMPT_MS, `the next request waited ${elapsed(t).toFixed(0)} ms`);
    assert.equal(m.checksRunning, 0);
  });

  it('a request cancelled before it starts is answered RequestCancelled at once', async () => {
    const uri = openBig();
    const t = performance.now();
    const { id, reply } = server.start('textDocument/hover', { textDocument: { uri }, position: { line: 10, character: 5 } });
    server.cancel(id);
    const answer = await reply;
    assert.ok(elapsed(t) < PROMPT_MS, `answered after ${elapsed(t).toFixed(0)} ms`);
    assert.equal(answer.error?.code, REQUEST_CANCELLED, JSON.stringify(answer));
    assert.equal((await memory()).checksRunning, 0);
  });

  it('fix-all code actions cancelled while the check runs are answered at once', async () => {
    const uri = openBig();
    const lines = BIG.split('\n').length;
    const { id, reply } = server.start('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } });
    await new Promise((r) => setTimeout(r, uncancelledMs / 5));
    const cancelledAt = performance.now();
    server.cancel(id);
    const answer = await reply;
    assert.ok(elapsed(cancelledAt) < PROMPT_MS, `answered ${elapsed(cancelledAt).toFixed(0)} ms after the cancellation`);
    assert.ok(answer.error?.code === REQUEST_CANCELLED || answer.result, JSON.stringify(answer));
    assert.equal((await memory()).checksRunning, 0);
  });

  it('cancelling one of two requests on the same check leaves the other its answer', async () => {
    const uri = openBig();
    const first = server.start('textDocument/diagnostic', { textDocument: { uri } });
    const second = server.start('textDocument/documentSymbol', { textDocument: { uri } });
    await new Promise((r) => setTimeout(r, uncancelledMs / 5));
    server.cancel(first.id);
    const [a, b] = await Promise.all([first.reply, second.reply]);
    assert.ok(a.error?.code === REQUEST_CANCELLED || a.result, JSON.stringify(a));
    assert.equal(b.error, undefined, JSON.stringify(b.error));
    assert.ok(Array.isArray(b.result) && b.result.length > 0, 'the outline of the big report is empty');
    // The check finished for the other request: a new pull is answered from it at once.
    const t = performance.now();
    const report = await server.request('textDocument/diagnostic', { textDocument: { uri } });
    assert.ok(elapsed(t) < PROMPT_MS, `the check was not kept: ${elapsed(t).toFixed(0)} ms`);
    assert.ok(report.items.length > 0);
  });

  it('an edit while the check runs stops it; the next pull checks the new version', async () => {
    const uri = openBig();
    const { reply } = server.start('textDocument/diagnostic', { textDocument: { uri } });
    await new Promise((r) => setTimeout(r, uncancelledMs / 5));
    server.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'See CAT/C/KAZ/CO/9.\n\n' }] });
    const answer = await reply;
    // Overtaken by the edit: "server cancelled, ask again" (-32802), or its result if it was done.
    assert.ok(answer.error?.code === -32802 || answer.result, JSON.stringify(answer));
    const report = await server.request('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(report.items[0].code, 'unknown-document');
    assert.equal((await memory()).checksRunning, 0);
  });
});
