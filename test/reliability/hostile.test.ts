import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { HostileJob, HostileTiming } from './hostileWorker';
import { HOSTILE } from './hostileInputs';

/**
 * Hostile inputs (issue #10), each about 100 KB, with a time bound per check.
 *
 * "Speed is measured by benchmarks, never by timed tests" is a project rule; this issue asks for a time bound on
 * hostile input, so the bound here is a hang guard, made robust against a busy machine:
 * - time is the CPU time of the checking process (a run after one warm-up run, itself bounded at five times the
 *   bound), not wall time, so other processes holding the cores do not count;
 * - the bound is BOUND_UNITS units of this machine on top of 1.5 × the time remark alone takes to parse the same
 *   input, measured alongside. A unit is the time remark takes to parse 100 KB of ordinary prose, measured in the
 *   same worker (about 100 ms where this was written, so the bound is the 200 ms it was in ms before issue 18): on a
 *   faster or slower machine every bound scales with it. remark is the floor no checker built on it can go below, and on some shapes it is slow by itself
 *   (100 KB of "[1,234](" takes it seconds here); the chunked parse may cost up to half as much again (it parses
 *   pieces with their definitions). What the bound catches is super-linear work of our own: before issue #10, 100 KB
 *   of "1 1 1 …" took minutes, 20 KB of spaces between two figures 70 s, ">>>…" overflowed the stack.
 * Each input runs in a worker thread: one that hangs is stopped after HANG_MS and named, instead of blocking the run.
 * The 10 MB single line is checked on its own, with the bound scaled linearly (100 × the bound); footnotes by the
 * growth of the time with their number (see there).
 */
const SIZE = 100_000;
const RUNS = 1;
const BOUND_UNITS = 2;
/** The bound in ms for one timing, from the unit its worker measured. */
const boundMs = (t: HostileTiming) => BOUND_UNITS * t.unitMs;
const PARSE_FACTOR = 1.5;
/** Over the bound; the first run (cold caches, JIT warming up) gets five times the bound, a hang guard of its own. */
const isSlow = (t: HostileTiming) => !(t.checkMs <= boundMs(t) + PARSE_FACTOR * t.parseMs) || !(t.firstMs <= 5 * (boundMs(t) + PARSE_FACTOR * t.parseMs));
const HANG_MS = 60_000;
const FOOTNOTES = Number(process.env.TREATY_HOSTILE_FOOTNOTES ?? 2_000);

const TSX_API = require.resolve('tsx/cjs/api');
const WORKER = path.join(__dirname, 'hostileWorker.ts');

/** Runs the jobs in a worker (restarted after a hang), resolving with one timing per job. */
async function timeJobs(jobs: HostileJob[]): Promise<HostileTiming[]> {
  const out: HostileTiming[] = [];
  let rest = jobs;
  while (rest.length) {
    const batch = rest;
    const done = await new Promise<HostileTiming[]>((resolve, reject) => {
      const got: HostileTiming[] = [];
      // The worker loads TypeScript through tsx, as the tests do.
      const worker = new Worker(`require(${JSON.stringify(TSX_API)}).require(${JSON.stringify(WORKER)}, ${JSON.stringify(__filename)})`, { eval: true, workerData: { jobs: batch } });
      let timer: NodeJS.Timeout | undefined;
      worker.on('message', (m: { running?: string; timing?: HostileTiming; done?: boolean }) => {
        clearTimeout(timer);
        if (m.timing) got.push(m.timing);
        if (m.done) {
          void worker.terminate();
          resolve(got);
        } else if (m.running !== undefined) {
          const name = m.running;
          timer = setTimeout(() => {
            void worker.terminate();
            resolve([...got, { name, length: 0, firstMs: Infinity, checkMs: Infinity, parseMs: 0, findings: 0, problems: [], error: `did not finish within ${HANG_MS / 1000} s`, unitMs: 0 }]);
          }, HANG_MS);
        }
      });
      worker.on('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
    });
    out.push(...done);
    rest = rest.slice(done.length);
  }
  return out;
}

const table = (ts: HostileTiming[]) => ts.map((t) => `${t.name.padEnd(62)} ${String(t.length).padStart(9)} chars  first ${t.firstMs.toFixed(0).padStart(6)} ms  check ${t.checkMs.toFixed(0).padStart(6)} ms  remark ${t.parseMs.toFixed(0).padStart(6)} ms  unit ${t.unitMs.toFixed(0).padStart(4)} ms`).join('\n');

describe('reliability: hostile inputs are checked in bounded time', function () {
  this.timeout(20 * 60_000);
  let timings: HostileTiming[] = [];

  before(async () => {
    timings = await timeJobs(Object.keys(HOSTILE).map((name) => ({ name, size: SIZE, runs: RUNS })));
    // One measurement of a second is now and then slowed by whatever else the machine runs (a fresh clone's test at
    // load 4 once measured "[a](b" at 4.1 s against remark's 2.3 s, and at 1.2 × remark on every run after): an input
    // over the bound is timed again, up to twice, and keeps its best measurement. A real slowdown stays over it.
    for (let round = 0; round < 2; round++) {
      const over = timings.filter(isSlow);
      if (!over.length) break;
      const again = await timeJobs(over.map((t) => ({ name: t.name, size: SIZE, runs: RUNS })));
      timings = timings.map((t) => {
        const a = again.find((x) => x.name === t.name);
        return a && !a.error && a.checkMs - PARSE_FACTOR * a.parseMs < t.checkMs - PARSE_FACTOR * t.parseMs ? a : t;
      });
    }
    if (process.env.TREATY_HOSTILE_REPORT) console.log(table(timings));
  });

  it(`checks ${Object.keys(HOSTILE).length} kinds of 100 KB hostile input without an exception, with findings on exact ranges`, () => {
    const failures = timings.filter((t) => t.error || t.problems.length).map((t) => `${t.name}: ${t.error ?? t.problems.join('; ')}`);
    assert.deepEqual(failures, []);
  });

  it(`checks each within ${BOUND_UNITS} units of CPU time beyond ${PARSE_FACTOR} × what remark takes to parse it`, () => {
    const slow = timings.filter(isSlow);
    assert.deepEqual(slow.map((t) => `${t.name}: ${t.checkMs.toFixed(0)} ms, first run ${t.firstMs.toFixed(0)} ms (remark ${t.parseMs.toFixed(0)} ms)`), [], `\n${table(timings)}`);
  });

  it(`checks footnotes in time linear in their number (${FOOTNOTES.toLocaleString('en')} against ${(FOOTNOTES / 10).toLocaleString('en')})`, async () => {
    // Each footnote is a paragraph and a definition: two pieces for the chunked parse, each a remark parse with its
    // fixed cost (about a millisecond here), so 50,000 take about a minute; CI checks the growth from 200 to 2,000
    // (it was quadratic: 2,000 took 7 s, 8,000 77 s). TREATY_HOSTILE_FOOTNOTES=50000 runs the full count.
    const [small, large] = await timeJobs([
      { name: 'footnotes', size: FOOTNOTES / 10, runs: 1, parse: false },
      { name: 'footnotes', size: FOOTNOTES, runs: 1, warmUp: false, parse: false },
    ]);
    for (const t of [small!, large!]) assert.deepEqual([t.error, t.problems], [undefined, []], `${t.length} characters`);
    assert.ok(large!.checkMs <= 20 * Math.max(small!.checkMs, boundMs(large!)), `${FOOTNOTES} footnotes: ${large!.checkMs.toFixed(0)} ms; a tenth of them: ${small!.checkMs.toFixed(0)} ms; a unit ${large!.unitMs.toFixed(0)} ms`);
  });

  it('checks a 10 MB single line of prose and of digit runs within 100 × the bound (linear scaling)', async () => {
    const [prose, digits] = await timeJobs([
      { name: 'many sentences with figures', size: 10_000_000, runs: 1, warmUp: false, parse: false },
      { name: 'digits with comma separators "1,1,1,…"', size: 10_000_000, runs: 1, warmUp: false, parse: false },
    ]);
    for (const t of [prose!, digits!]) {
      assert.equal(t.error, undefined, `${t.name}: ${t.error}`);
      assert.ok(t.checkMs <= 100 * boundMs(t), `${t.name} (10 MB): ${t.checkMs.toFixed(0)} ms; a unit ${t.unitMs.toFixed(0)} ms`);
    }
  });
});
