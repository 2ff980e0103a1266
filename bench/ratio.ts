/**
 * A focused measurement of issue #9's target, quicker and steadier than `npm run bench`: in one process, the full
 * check of the generated reports against remark-parse alone, in CPU time as well as wall time (a shared machine
 * slows both alike, so their ratio holds better than either time).
 *
 *   node --expose-gc --import=tsx bench/ratio.ts [pages...]              (default: 10 50 200)
 *   node --single-threaded --expose-gc --import=tsx bench/ratio.ts …     (no GC or compiler threads: CPU time is the
 *                                                                          main thread's work only)
 *
 * RUNS=n sets the runs per document (default 5). The reports are the benchmark's (same generator, same seeds).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { checkReport } from '../server/src/checks/checkReport';
import { buildFactBase } from '../server/src/facts/bundled';
import { compiledData, generateReport } from './generate';
import { collect } from './stats';

interface Sample {
  cpu: number;
  wall: number;
}

/** CPU time (user + system, all threads of the process) and wall time of one call, in milliseconds. */
function sample(f: () => unknown): Sample {
  collect();
  const cpu = process.cpuUsage();
  const wall = performance.now();
  f();
  const used = process.cpuUsage(cpu);
  return { cpu: (used.user + used.system) / 1000, wall: performance.now() - wall };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const pages = process.argv.slice(2).map(Number).filter((n) => n > 0);
const runs = Number(process.env.RUNS ?? 5);
const { facts } = buildFactBase([]);
const parser = unified().use(remarkParse);
const base = compiledData();
for (const p of pages.length ? pages : [10, 50, 200]) {
  const text = generateReport(p, base);
  // Warm both up, so that neither pays for compiling its code in the runs that count.
  for (let i = 0; i < 3; i++) {
    parser.parse(text);
    checkReport(text, facts);
  }
  const parse: Sample[] = [];
  const check: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    parse.push(sample(() => parser.parse(text)));
    check.push(sample(() => checkReport(text, facts)));
  }
  const cpu = { parse: median(parse.map((s) => s.cpu)), check: median(check.map((s) => s.cpu)) };
  const wall = { parse: median(parse.map((s) => s.wall)), check: median(check.map((s) => s.wall)) };
  console.log(`${p} pages: remark-parse ${cpu.parse.toFixed(0)} ms CPU (${wall.parse.toFixed(0)} ms wall), full check ${cpu.check.toFixed(0)} ms CPU (${wall.check.toFixed(0)} ms wall): ${(cpu.check / cpu.parse).toFixed(2)}× in CPU time, ${(wall.check / wall.parse).toFixed(2)}× in wall time`);
}
