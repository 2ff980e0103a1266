/**
 * Runs in a worker thread (see hostile.test.ts): times the engine on one hostile input at a time, so that a hang
 * can be stopped (the main thread terminates the worker) instead of blocking the whole test run.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkReport } from '../../server/src/checks/checkReport';
import { parseWhole } from '../../server/src/parse/chunks';
import { facts } from '../support/helpers';
import { footnotes, HOSTILE, PROSE } from './hostileInputs';
import { resultViolations } from './invariants';

export interface HostileJob {
  name: string;
  size: number;
  /** Timed runs (the median is kept), after one untimed run unless `warmUp` is false. */
  runs: number;
  warmUp?: boolean;
  /** Whether to time remark's own parse of the input too. */
  parse?: boolean;
}
export interface HostileTiming { name: string; length: number; firstMs: number; checkMs: number; parseMs: number; findings: number; problems: string[]; error?: string; unitMs: number }

/** CPU time of this process in ms: unlike wall time, it does not count the time other processes hold the cores. */
function cpuMs(f: () => void): number {
  const before = process.cpuUsage();
  f();
  const d = process.cpuUsage(before);
  return (d.user + d.system) / 1000;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const { jobs } = workerData as { jobs: HostileJob[] };
facts();
checkReport('Warm-up: 709 officials (CAT/C/KAZ/Q/4, para. 3).', facts());
/**
 * This machine's unit (issue 18): the CPU time remark takes to parse 100 KB of ordinary prose in paragraphs, the best
 * of three after a check of it has warmed everything up (about 100 ms where the bounds were set).
 */
const ordinary = Array.from({ length: 100 }, () => PROSE.repeat(3)).join('\n\n');
checkReport(ordinary, facts());
const unitMs = Math.min(...[0, 1, 2].map(() => cpuMs(() => parseWhole(ordinary))));
for (const job of jobs) {
  parentPort!.postMessage({ running: job.name });
  const text = job.name === 'footnotes' ? footnotes(job.size) : HOSTILE[job.name]!(job.size);
  const timing: HostileTiming = { name: job.name, length: text.length, firstMs: 0, checkMs: 0, parseMs: 0, findings: 0, problems: [], unitMs };
  try {
    // The first run is checked (and timed, as a hang guard); then the median of `runs`.
    let result: ReturnType<typeof checkReport> | undefined;
    timing.firstMs = cpuMs(() => (result = checkReport(text, facts())));
    timing.findings = result!.findings.length;
    timing.problems = resultViolations(text, result!).slice(0, 5);
    timing.checkMs = job.warmUp === false ? timing.firstMs : median(Array.from({ length: job.runs }, () => cpuMs(() => checkReport(text, facts()))));
    if (job.parse !== false) timing.parseMs = cpuMs(() => parseWhole(text));
  } catch (e) {
    timing.error = String((e as Error).stack ?? e).split('\n').slice(0, 6).join('\n');
  }
  parentPort!.postMessage({ timing });
}
parentPort!.postMessage({ done: true });
