import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CHECK_ENDED, CHECK_HELD, CLOSE_GATE, GATE_VARIABLE, OPEN_GATE, type CheckEndedParams, type CloseGateParams } from '../../server/src/lsp/checkGate';
import { LspClient } from '../support/lspClient';

/**
 * Cancellation (issue #10): the server checks a document in steps between turns of its event loop, so a
 * $/cancelRequest is heard while the check runs. A cancelled request is answered at once (RequestCancelled), the
 * check stops when no request waits for it any more, and the next request is answered without waiting for leftover
 * work. The report is the five bundled sources in one document.
 *
 * None of this depends on how fast the machine is (issue 18): the server runs with its test gate (checkGate.ts),
 * which holds a check at a known step of the engine's step generator, a fifth of the way through its steps. While it
 * is held the check cannot finish, so a request cancelled then is surely cancelled in the middle of the check, and
 * an answer that comes while it is held did not wait for it. The server tells when and how each check ended.
 */
const SOURCES = path.join(__dirname, '..', '..', 'server', 'data', 'sources');
const BIG = fs.readdirSync(SOURCES).sort().map((f) => fs.readFileSync(path.join(SOURCES, f), 'utf8').replace(/^---[\s\S]*?\n---\n/, '')).join('\n\n');
const REQUEST_CANCELLED = -32800;
const SERVER_CANCELLED = -32802;

describe('reliability: cancelled requests', function () {
  this.timeout(120_000);
  let server: LspClient;
  /** Steps of the whole check of the big report, and the step the tests hold it at. */
  let allSteps = 0;
  let holdAt = 0;

  before(async () => {
    server = new LspClient({ timeoutMs: 60_000, env: { [GATE_VARIABLE]: '1' } });
    await server.initialize({ pull: true, workspaceFeatures: false });
    // The whole check, uncancelled, on a copy under another name (so nothing is cached for the tests): its steps.
    const from = server.mark();
    server.open('file:///steps.md', `${BIG}\n\nSteps.`);
    await server.request('textDocument/diagnostic', { textDocument: { uri: 'file:///steps.md' } });
    const ended = await endOf('file:///steps.md', from);
    assert.equal(ended.outcome, 'finished');
    allSteps = ended.steps;
    holdAt = Math.floor(allSteps / 5);
    server.notify('textDocument/didClose', { textDocument: { uri: 'file:///steps.md' } });
  });
  after(async () => {
    await server.close();
    server.kill();
  });
  afterEach(() => server.notify(OPEN_GATE, null));

  let n = 0;
  const openBig = () => {
    const uri = `file:///big-${++n}.md`;
    server.open(uri, `${BIG}\n\nCopy ${n}.`);
    return uri;
  };
  const closeGate = () => server.notify(CLOSE_GATE, { atStep: holdAt } satisfies CloseGateParams);
  const held = (uri: string, from: number) => server.waitFor(CHECK_HELD, (p) => p.uri === uri, from);
  const endOf = (uri: string, from: number): Promise<CheckEndedParams> => server.waitFor(CHECK_ENDED, (p) => p.uri === uri, from);
  const heard = (method: string, uri: string, from: number) => server.received.slice(from).some((m) => m.method === method && m.params.uri === uri);

  it('the check has steps enough to be held in its middle', () => {
    assert.ok(holdAt >= 2 && holdAt < allSteps, `${allSteps} steps`);
  });

  it('a pull of diagnostics cancelled while the check runs is answered at once, and the check stops', async () => {
    closeGate();
    const from = server.mark();
    const uri = openBig();
    const { id, reply } = server.start('textDocument/diagnostic', { textDocument: { uri } });
    await held(uri, from);
    server.cancel(id);
    // Answered while the check is held: the answer did not wait for the check.
    const answer = await reply;
    assert.equal(answer.error?.code, REQUEST_CANCELLED, JSON.stringify(answer).slice(0, 200));
    assert.ok(!heard(CHECK_ENDED, uri, from), 'the check ended before the gate opened');
    // No request waits for the check any more: once let go, it stops at once instead of running to its end.
    server.notify(OPEN_GATE, null);
    const ended = await endOf(uri, from);
    assert.deepEqual([ended.outcome, ended.steps], ['stopped', holdAt]);
    assert.equal((await server.memory()).checksRunning, 0);
  });

  it('a request cancelled before it starts is answered RequestCancelled at once', async () => {
    closeGate();
    const from = server.mark();
    const uri = openBig();
    const { id, reply } = server.start('textDocument/hover', { textDocument: { uri }, position: { line: 10, character: 5 } });
    server.cancel(id);
    const answer = await reply;
    assert.equal(answer.error?.code, REQUEST_CANCELLED, JSON.stringify(answer));
    // Either no check was started for it, or it was (and held at the gate before the answer was sent): that one stops.
    assert.ok(!heard(CHECK_ENDED, uri, from), 'a check ran to its end for a cancelled request');
    if (heard(CHECK_HELD, uri, from)) {
      server.notify(OPEN_GATE, null);
      assert.equal((await endOf(uri, from)).outcome, 'stopped');
    }
    assert.equal((await server.memory()).checksRunning, 0);
  });

  it('fix-all code actions cancelled while the check runs are answered at once', async () => {
    closeGate();
    const from = server.mark();
    const uri = openBig();
    const lines = BIG.split('\n').length;
    const { id, reply } = server.start('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } });
    await held(uri, from);
    server.cancel(id);
    const answer = await reply;
    assert.equal(answer.error?.code, REQUEST_CANCELLED, JSON.stringify(answer).slice(0, 200));
    server.notify(OPEN_GATE, null);
    assert.equal((await endOf(uri, from)).outcome, 'stopped');
    assert.equal((await server.memory()).checksRunning, 0);
  });

  it('cancelling one of two requests on the same check leaves the other its answer', async () => {
    closeGate();
    const from = server.mark();
    const uri = openBig();
    const first = server.start('textDocument/diagnostic', { textDocument: { uri } });
    const second = server.start('textDocument/documentSymbol', { textDocument: { uri } });
    await held(uri, from);
    server.cancel(first.id);
    const a = await first.reply;
    assert.equal(a.error?.code, REQUEST_CANCELLED, JSON.stringify(a).slice(0, 200));
    server.notify(OPEN_GATE, null);
    const b = await second.reply;
    assert.equal(b.error, undefined, JSON.stringify(b.error));
    assert.ok(Array.isArray(b.result) && b.result.length > 0, 'the outline of the big report is empty');
    // One check, run to its end for the other request.
    const ended = await endOf(uri, from);
    assert.deepEqual([ended.outcome, ended.steps], ['finished', allSteps]);
    // The check was kept: a new pull is answered from it, without a check of its own.
    const again = server.mark();
    const report = await server.request('textDocument/diagnostic', { textDocument: { uri } });
    assert.ok(report.items.length > 0);
    assert.ok(!heard(CHECK_ENDED, uri, again), 'the new pull checked the report again');
  });

  it('an edit while the check runs stops it; the next pull checks the new version', async () => {
    closeGate();
    const from = server.mark();
    const uri = openBig();
    const { reply } = server.start('textDocument/diagnostic', { textDocument: { uri } });
    await held(uri, from);
    server.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'See CAT/C/KAZ/CO/9.\n\n' }] });
    server.notify(OPEN_GATE, null);
    // Overtaken by the edit: "server cancelled, ask again".
    const answer = await reply;
    assert.equal(answer.error?.code, SERVER_CANCELLED, JSON.stringify(answer).slice(0, 200));
    assert.deepEqual(await endOf(uri, from), { uri, version: 1, steps: holdAt, outcome: 'stopped' });
    const report = await server.request('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(report.items[0].code, 'unknown-document');
    assert.equal((await server.memory()).checksRunning, 0);
  });
});
