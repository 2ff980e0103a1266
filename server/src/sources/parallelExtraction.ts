/**
 * Reading workspace sources in worker threads (issue #17): a first start on a workspace of a hundred sources spent
 * most of its time parsing and extracting them one after another, each on its own, while the other cores idled.
 * The fact base is built synchronously (the server, the CLI and the tests all call buildFactBase), so this thread
 * waits for the workers without returning to its event loop: Atomics.wait on a shared counter the workers raise, and
 * their results taken from their ports with receiveMessageOnPort. Plain Node: no editor, no protocol.
 *
 * A worker takes the next source from a shared counter, so a large source does not hold up a fixed share of the
 * others. Nothing here is ever an error: a worker that cannot start, throws or stalls leaves its sources without a
 * result, and the caller (ExtractionCache.prepare) reads those itself.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Wording } from '../facts/wording';
import type { CacheFile, ParseFile } from './extractionCache';

/** A source file to read: its name and text, and the cache folder its files are written to (none: memory only). */
export interface ExtractionJob {
  file: string;
  text: string;
  dir: string | undefined;
}

/** What a worker read from a source file, as the cache files hold it: its parse, and its facts and acts (no facts: a broken file). */
export interface ExportedSource {
  parse: ParseFile;
  facts?: CacheFile;
}

/** What every worker is told: the jobs, where it takes the next from, and what the cache keys of its parent hold. */
export interface WorkerData {
  jobs: ExtractionJob[];
  /** [0]: the next job to take; [1]: how many results were posted. */
  counters: Int32Array;
  port: MessagePort;
  wording: Wording;
  fingerprint: string;
}

/** A worker's message: the result of job `i`, or why it has none. */
export type WorkerMessage = { i: number; result: ExportedSource } | { i: number; error: string };

/** The slot of WorkerData.counters the workers raise after each result (what the parent waits on). */
export const POSTED = 1;
export const NEXT = 0;

/**
 * How long the parent waits for the next result before it gives up on the sources not yet read (they are then read
 * in the parent): far beyond what one source takes (a tenth of a second for the bundled ones), so that only a
 * worker that died or hangs is given up on.
 */
const STALL_MS = 20_000;

export interface WorkerOptions {
  /** Told when a worker cannot start, fails or stalls (its sources are read in the parent). */
  onProblem?: (message: string) => void;
  /** Another worker script (tests), instead of extractWorker. */
  script?: string;
  /** Another STALL_MS (tests). */
  stallMs?: number;
}

/** How a worker thread is started: the bundle beside this one (server/out), else, run from source, the TypeScript file through tsx. */
function workerEntry(): { file: string; code?: undefined } | { code: string; file?: undefined } | undefined {
  if (/\.ts$/.test(__filename)) {
    try {
      const tsx = require.resolve('tsx/cjs');
      return { code: `require(${JSON.stringify(tsx)}); require(${JSON.stringify(path.join(__dirname, 'extractWorker.ts'))});` };
    } catch {
      return undefined;
    }
  }
  // server/out/extractWorker.js beside server.js and cli.js; the benchmark's bundle lies one folder below.
  for (const dir of [__dirname, path.dirname(__dirname)]) {
    const file = path.join(dir, 'extractWorker.js');
    if (fs.existsSync(file)) return { file };
  }
  return undefined;
}

/**
 * Reads the jobs in `workers` worker threads and in this one (`here`, given a job's index, reads it here: this thread
 * would otherwise only wait), and gives the result of each job a worker read, by index (undefined for those read
 * here, or where a worker gave none). Blocks until every job is read, or no worker result came for STALL_MS.
 */
export function extractInWorkers(jobs: ExtractionJob[], keys: { wording: Wording; fingerprint: string }, workers: number, here: (i: number) => void, options: WorkerOptions = {}): (ExportedSource | undefined)[] {
  const { onProblem, stallMs = STALL_MS } = options;
  const entry = options.script !== undefined ? { file: options.script } : workerEntry();
  const results: (ExportedSource | undefined)[] = new Array(jobs.length).fill(undefined);
  if (!jobs.length) return results;
  const counters = new Int32Array(new SharedArrayBuffer(8));
  const started: { worker: Worker; port: MessagePort }[] = [];
  let received = 0;
  let readHere = 0;
  /** The jobs a worker gave a result or an error for (a message for any other job is not counted). */
  const answered = new Uint8Array(jobs.length);
  const errors: string[] = [];
  const drain = () => {
    for (const { port } of started) {
      for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
        const msg = m.message as WorkerMessage;
        if (!Number.isInteger(msg?.i) || msg.i < 0 || msg.i >= jobs.length || answered[msg.i]) continue;
        answered[msg.i] = 1;
        received++;
        if ('result' in msg) results[msg.i] = msg.result;
        else errors.push(`${jobs[msg.i]?.file ?? msg.i}: ${msg.error}`);
      }
    }
  };
  try {
    for (let w = 0; entry && w < workers; w++) {
      const { port1, port2 } = new MessageChannel();
      const workerData: WorkerData = { jobs, counters, port: port2, wording: keys.wording, fingerprint: keys.fingerprint };
      // Its output is not this process's: the server's stdout is the protocol's channel.
      const init = { workerData, transferList: [port2], stdout: true, stderr: true };
      const worker = entry.file !== undefined ? new Worker(entry.file, init) : new Worker(entry.code, { ...init, eval: true });
      // Its events come when this thread is back in its loop, after the wait: only so that none is unhandled.
      worker.on('error', () => undefined);
      started.push({ worker, port: port1 });
    }
  } catch (e) {
    onProblem?.(`cannot start worker threads to read sources: ${(e as Error).message}`);
  }
  // This thread takes jobs from the same counter as the workers while any are left.
  for (let i = Atomics.add(counters, NEXT, 1); i < jobs.length; i = Atomics.add(counters, NEXT, 1)) {
    here(i);
    readHere++;
  }
  for (;;) {
    const posted = Atomics.load(counters, POSTED);
    drain();
    if (received + readHere >= jobs.length) break;
    if (Atomics.wait(counters, POSTED, posted, stallMs) === 'timed-out' && Atomics.load(counters, POSTED) === posted) {
      onProblem?.(`worker threads read ${received} of ${jobs.length - readHere} sources, then none for ${stallMs / 1000} s: the others are read here`);
      break;
    }
  }
  for (const { worker, port } of started) {
    port.close();
    void worker.terminate();
  }
  if (errors.length) onProblem?.(`worker threads could not read ${errors.length} source(s), read here instead: ${errors.join('; ')}`);
  return results;
}
