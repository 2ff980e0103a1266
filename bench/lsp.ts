/**
 * The spawned language server (`node server/out/server.js --stdio`) driven over LSP, as an editor would: start-up and
 * fact-base load, resident memory after load and after 1,000 edits, and request latencies through the protocol.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CompletionRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { prng } from './generate';
import { IDLE_MS } from '../server/src/lsp/idleCollection';
import { summarize, type Summary } from './stats';

const SERVER = path.resolve(__dirname, '..', 'server', 'out', 'server.js');

/** Resident set size of a process in MB (Linux /proc; elsewhere `ps`). */
export function rssOf(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)![1]) / 1024;
  } catch {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const out = (require('node:child_process') as typeof import('node:child_process')).execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' });
    return Number(out.trim()) / 1024;
  }
}

/** CPU time a process has used, in ms (Linux /proc; undefined elsewhere): on a busy machine a steadier measure than wall time. */
export function cpuOf(pid: number): number | undefined {
  try {
    // Fields 14 and 15 (utime, stime) after the command name, which is in parentheses and may hold spaces.
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

export interface LspRun {
  startMs: number;
  loadMs: number;
  /** CPU time of the server up to its ready message (start-up and load). */
  loadCpuMs?: number;
  rssAfterLoadMB: number;
  firstCheckMs: number;
  rssAfterFirstCheckMB: number;
  edits: number;
  recheck: Summary;
  completion: Summary;
  hover: Summary;
  /** Right after the last edit (200 ms). */
  rssAfterEditsMB: number;
  /** Once the server has been at rest long enough to give memory back (see idleCollection.ts). */
  rssAtRestMB: number;
  /** What the server logged (window/logMessage), in order. */
  log: string[];
}

export interface DriveOptions {
  /** A (trusted) workspace folder: its .treaty/sources and .treaty/facts are loaded at start. */
  rootPath?: string;
  /** Another build of the server (to compare two builds); default server/out/server.js. */
  server?: string;
}

/**
 * Starts the server on `dataFile`, opens `text`, types `edits` one-character edits (inserting and deleting letters
 * across the document), pulling diagnostics after each, with completion and hover requests in between.
 */
export async function driveServer(dataFile: string, text: string, edits = 1000, nodeArgs: string[] = [], options: DriveOptions = {}): Promise<LspRun> {
  const t0 = performance.now();
  const proc = spawn(process.execPath, [...nodeArgs, options.server ?? SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, TREATY_DATA_FILE: dataFile } });
  const connection = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  connection.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => ({})));
  let ready: (() => void) | undefined;
  const readyMessage = new Promise<void>((resolve) => (ready = resolve));
  const log: string[] = [];
  connection.onNotification(LogMessageNotification.type, (p) => {
    log.push(p.message);
    if (/ready/.test(p.message)) ready?.();
  });
  connection.listen();
  try {
    const root = options.rootPath ? pathToFileURL(options.rootPath).toString() : null;
    await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: root, workspaceFolders: root ? [{ uri: root, name: 'workspace' }] : null, initializationOptions: { trusted: true }, capabilities: { textDocument: { diagnostic: {} }, workspace: { configuration: true } } });
    const startMs = performance.now() - t0;
    const t1 = performance.now();
    await connection.sendNotification(InitializedNotification.type, {});
    await readyMessage;
    const loadMs = performance.now() - t1;
    const loadCpuMs = cpuOf(proc.pid!);
    await new Promise((r) => setTimeout(r, 200));
    const rssAfterLoadMB = rssOf(proc.pid!);

    const uri = 'file:///bench/report.md';
    let version = 1;
    let current = text;
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version, text } });
    const t2 = performance.now();
    await connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    const firstCheckMs = performance.now() - t2;
    const rssAfterFirstCheckMB = rssOf(proc.pid!);

    const rand = prng(1000);
    const lineStarts = [0];
    for (let i = current.indexOf('\n'); i >= 0; i = current.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    const position = (offset: number) => {
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo, character: offset - lineStarts[lo]! };
    };
    const recheck: number[] = [];
    const completion: number[] = [];
    const hover: number[] = [];
    let inserted = -1;
    for (let i = 0; i < edits; i++) {
      // Type a letter somewhere in the document, then take it back: the line starts stay valid.
      let change;
      if (inserted < 0) {
        let at = Math.floor(rand() * current.length);
        while (at < current.length && !/[a-z]/.test(current[at]!)) at++;
        if (at >= current.length) at = current.length - 1;
        change = { range: { start: position(at), end: position(at) }, text: 'e' };
        current = current.slice(0, at) + 'e' + current.slice(at);
        inserted = at;
      } else {
        const p = position(inserted);
        change = { range: { start: p, end: { line: p.line, character: p.character + 1 } }, text: '' };
        current = current.slice(0, inserted) + current.slice(inserted + 1);
        inserted = -1;
      }
      version++;
      await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
      const t = performance.now();
      await connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
      recheck.push(performance.now() - t);
      if (i % 5 === 0) {
        const at = position(Math.floor(rand() * current.length));
        let t3 = performance.now();
        await connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: at });
        completion.push(performance.now() - t3);
        t3 = performance.now();
        await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: at });
        hover.push(performance.now() - t3);
      }
    }
    await new Promise((r) => setTimeout(r, 200));
    const rssAfterEditsMB = rssOf(proc.pid!);
    // At rest: the server collects once the user pauses (server/src/lsp/idleCollection.ts), twice, IDLE_MS apart; the
    // pages it frees go back to the system shortly after.
    await new Promise((r) => setTimeout(r, 2 * IDLE_MS + 1500));
    const rssAtRestMB = rssOf(proc.pid!);
    return { startMs, loadMs, loadCpuMs, rssAfterLoadMB, firstCheckMs, rssAfterFirstCheckMB, edits, recheck: summarize(recheck), completion: summarize(completion), hover: summarize(hover), rssAfterEditsMB, rssAtRestMB, log };
  } finally {
    connection.dispose();
    proc.kill();
  }
}
