/**
 * One group of measurements, run in a fresh process by bench/run.ts (so that each starts with a cold fact base and
 * a clean heap) and printed as JSON on stdout.
 *
 *   node --expose-gc --import=tsx bench/measure.ts documents <report.md>...
 *   node --expose-gc --import=tsx bench/measure.ts shapes <report.md>...     (floor: remark-parse with remark-gfm)
 *   node --expose-gc --import=tsx bench/measure.ts catalogue <data.json> <report.md>
 *   node --expose-gc --import=tsx bench/measure.ts sources cold|cached <workspace folder> <report.md>
 * `npm run bench` runs it bundled by esbuild as the server is (server/out/bench/measure.cjs), so that it measures the
 * code users run.
 */
import * as fs from 'node:fs';
import * as inspector from 'node:inspector';
import * as path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { checkReport, type CheckResult } from '../server/src/checks/checkReport';
import { buildFactBase, DATA_FILE_VARIABLE, loadBundledData } from '../server/src/facts/bundled';
import { NO_WORDING } from '../server/src/facts/wording';
import { CACHE_FOLDER, cacheDirectoryOf, ExtractionCache } from '../server/src/sources/extractionCache';
import { completionsAt } from '../server/src/features/completion';
import { hoverAt } from '../server/src/features/hover';
import { prng, ROOT } from './generate';
import { collect, repeat, summarize, timed } from './stats';

const floorParser = unified().use(remarkParse);
/** The floor of the report shapes (footnotes, tables, lists): remark-parse with remark-gfm, which they need. */
const gfmFloorParser = unified().use(remarkParse).use(remarkGfm);

/**
 * One keystroke near the middle of the document, at a varied letter each time, then its undo, 40 times: every re-check
 * starts from the result of the version before, as the server does. The times of the 80 re-checks.
 */
function recheckTimes(text: string, facts: ReturnType<typeof buildFactBase>['facts'], first: CheckResult): number[] {
  const rand = prng(42);
  let previous = first;
  const times: number[] = [];
  for (let i = 0; i < 40; i++) {
    const at = letterNear(text, Math.floor(text.length / 2 + (rand() - 0.5) * text.length * 0.1));
    for (const next of [text.slice(0, at) + 'e' + text.slice(at), text]) {
      collect();
      const { ms, value } = timed(() => checkReport(next, facts, {}, previous));
      times.push(ms);
      previous = value;
    }
  }
  return times;
}

/** Where a one-character edit goes: a letter of prose near `around`. */
export function letterNear(text: string, around: number): number {
  for (let i = around; i < text.length; i++) if (/[a-z]/.test(text[i]!) && /[a-z]/.test(text[i - 1] ?? '') && text[i - 1] !== '\n') return i;
  return around;
}

/** Where a full check spends its time, by stage, from the CPU profiler (self time of the functions of each file). */
function profileByStage(run: () => void): Record<string, number> {
  type Profile = { nodes: { id: number; callFrame: { url: string; functionName: string; lineNumber: number } }[]; samples: number[]; timeDeltas: number[] };
  const session = new inspector.Session();
  session.connect();
  // An in-process session answers synchronously: each callback has run when post() returns.
  let profile: Profile | undefined;
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 200 });
  session.post('Profiler.start');
  run();
  session.post('Profiler.stop', (err, result) => {
    if (!err) profile = (result as { profile: Profile }).profile;
  });
  session.disconnect();
  if (!profile) return {};
  const stage = (url: string, fn: string): string => {
    if (fn === '(garbage collector)') return 'garbage collection';
    if (/micromark|mdast|remark|unified|unist|vfile|decode-named|character-entities|parse\/chunks|parse\/reportModel/.test(url)) return 'Markdown → report model';
    if (/parse\/figures/.test(url)) return 'finding figures';
    if (/parse\/citations|checks\/citationCheck/.test(url)) return 'citations';
    if (/checks\/figureCheck|checks\/figureContext|facts\/factBase/.test(url)) return 'judging figures (figureCheck, figureContext)';
    if (/facts\/words/.test(url)) return 'words and stems';
    if (/checks\/arithmetic/.test(url)) return 'arithmetic';
    if (/checks\/dateCheck/.test(url)) return 'dates';
    if (/checks\/(checkReport|blockChecks|suppression)/.test(url)) return 'orchestration';
    return 'other (regular expressions, builtins)';
  };
  const byId = new Map(profile!.nodes.map((n) => [n.id, n]));
  const out: Record<string, number> = {};
  profile!.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    const k = stage(moduleOf(n.callFrame.url, n.callFrame.lineNumber), n.callFrame.functionName);
    out[k] = (out[k] ?? 0) + profile!.timeDeltas[i]! / 1000;
  });
  return out;
}

/**
 * The source module of a profiled function: its file when run from source, or in a bundle (what `npm run bench` runs,
 * as the server is bundled) the module whose `// path` comment esbuild wrote last before the line.
 */
const bundleModules = new Map<string, { lines: number[]; paths: string[] }>();
function moduleOf(url: string, line: number): string {
  if (!url.endsWith('.cjs')) return url;
  let index = bundleModules.get(url);
  if (!index) {
    index = { lines: [], paths: [] };
    try {
      const text = fs.readFileSync(new URL(url), 'utf8').split('\n');
      text.forEach((l, i) => {
        const m = /^\/\/ ((?:server|bench|node_modules)\/\S+)$/.exec(l);
        if (m) {
          index!.lines.push(i);
          index!.paths.push(m[1]!);
        }
      });
    } catch {
      // not a file URL: no modules known
    }
    bundleModules.set(url, index);
  }
  let lo = 0;
  let hi = index.lines.length - 1;
  let found = url;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (index.lines[mid]! <= line) {
      found = index.paths[mid]!;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * One document: the floor parser alone, a full check, and re-checks after one-letter edits near the middle; with
 * `profile`, where a full check spends its time.
 */
function measureDocument(file: string, facts: ReturnType<typeof buildFactBase>['facts'], floorParser: { parse: (text: string) => unknown }, profile: boolean) {
  const text = fs.readFileSync(file, 'utf8');
  // Large inputs take seconds a run: fewer runs and warm-ups there.
  const runs = text.length > 600_000 ? 3 : text.length > 300_000 ? 5 : 7;
  const warmup = text.length > 600_000 ? 1 : 3;
  const floor = repeat(runs, () => floorParser.parse(text), warmup);
  const full = repeat(runs, () => checkReport(text, facts), warmup);
  const recheck = recheckTimes(text, facts, checkReport(text, facts));
  const stages = profile ? profileByStage(() => checkReport(text, facts)) : undefined;
  const r = checkReport(text, facts);
  const codes: Record<string, number> = {};
  for (const f of r.findings) codes[f.code] = (codes[f.code] ?? 0) + 1;
  return { file, bytes: Buffer.byteLength(text), blocks: r.model.blocks.length, figures: r.figures.length, findings: r.findings.length, codes, floor: summarize(floor), full: summarize(full), recheck: summarize(recheck), stages };
}

function documents(files: string[]) {
  const { facts } = buildFactBase([]);
  return files.map((file) => measureDocument(file, facts, floorParser, true));
}

/** Report shapes (footnotes, tables, lists), each against remark-parse with remark-gfm alone on the same text. */
function shapes(files: string[]) {
  const { facts } = buildFactBase([]);
  return files.map((file) => measureDocument(file, facts, gfmFloorParser, true));
}

/** Positions for completion requests: in symbols after a "/", after "para. ", at the end of words, anywhere. */
function completionPositions(result: CheckResult, n: number): { offset: number; kind: string }[] {
  const text = result.model.text;
  const rand = prng(500);
  const symbols = result.citations.filter((c) => c.symbol && /\//.test(c.symbol));
  const paragraphs = result.citations.flatMap((c) => c.paragraphs.map((p) => p.start));
  const words = [...text.matchAll(/\b[A-Za-z]{5,}\b/g)].map((m) => m.index! + m[0].length);
  const out: { offset: number; kind: string }[] = [];
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.4 && symbols.length) {
      const c = symbols[Math.floor(rand() * symbols.length)]!;
      const at = text.indexOf(c.symbol!, c.start);
      const slashes = [...c.symbol!.matchAll(/\//g)].map((m) => m.index! + 1);
      out.push({ offset: (at >= 0 ? at : c.start) + slashes[Math.floor(rand() * slashes.length)]!, kind: 'symbol' });
    } else if (r < 0.6 && paragraphs.length) out.push({ offset: paragraphs[Math.floor(rand() * paragraphs.length)]!, kind: 'paragraph' });
    else if (r < 0.8 && words.length) out.push({ offset: words[Math.floor(rand() * words.length)]!, kind: 'figure' });
    else out.push({ offset: Math.floor(rand() * text.length), kind: 'anywhere' });
  }
  return out;
}

function hoverPositions(result: CheckResult, n: number): number[] {
  const rand = prng(600);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.5 && result.figures.length) {
      const f = result.figures[Math.floor(rand() * result.figures.length)]!;
      out.push(f.start + Math.floor(rand() * (f.end - f.start)));
    } else if (r < 0.8 && result.citations.length) {
      const c = result.citations[Math.floor(rand() * result.citations.length)]!;
      out.push(c.start + Math.floor(rand() * (c.end - c.start)));
    } else out.push(Math.floor(rand() * result.model.text.length));
  }
  return out;
}

function catalogue(dataFile: string, reportFile: string) {
  // The same code the server runs at start: the compiled data named by TREATY_DATA_FILE, then the fact base.
  process.env[DATA_FILE_VARIABLE] = dataFile;
  collect();
  const before = process.memoryUsage();
  const load = timed(() => buildFactBase([]).facts);
  const facts = load.value;
  collect();
  const after = process.memoryUsage();
  const text = fs.readFileSync(reportFile, 'utf8');
  // A large fact base makes a full check slow (every fact sharing a word with a sentence is scored): once is enough.
  const first = timed(() => checkReport(text, facts));
  const full = facts.facts.size > 10_000 ? [first.ms] : repeat(3, () => checkReport(text, facts), 0);
  const result = first.value;
  const completion: number[] = [];
  const byKind: Record<string, number[]> = {};
  let items = 0;
  const positions = completionPositions(result, 500);
  for (const { offset } of positions.slice(0, 20)) completionsAt(result, facts, offset); // warm up
  for (const { offset, kind } of positions) {
    const { ms, value } = timed(() => completionsAt(result, facts, offset));
    completion.push(ms);
    (byKind[kind] ??= []).push(ms);
    items += value.length;
  }
  const hover: number[] = [];
  const hovers = hoverPositions(result, 500);
  for (const offset of hovers.slice(0, 20)) hoverAt(result, facts, offset);
  for (const offset of hovers) hover.push(timed(() => hoverAt(result, facts, offset)).ms);
  const documents = facts.uniqueDocuments();
  return {
    dataFile,
    documents: documents.length,
    facts: facts.facts.size,
    loadMs: load.ms,
    heapAfterLoadMB: (after.heapUsed - before.heapUsed) / 2 ** 20,
    rssAfterLoadMB: after.rss / 2 ** 20,
    full: summarize(full),
    completion: summarize(completion),
    completionByKind: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, summarize(v)])),
    completionItemsMean: items / positions.length,
    hover: summarize(hover),
  };
}

/**
 * A workspace's own sources at scale (issue #17), as the server loads them at start: the bundled data, every
 * `.treaty/sources/*.md` read and parsed, its facts extracted (`cold`: the cache folder removed first) or read back
 * from `.treaty/cache` (`cached`, a new process after a cold one), and the fact base built. Then, with those facts, a
 * full check of the report and re-checks after one-letter edits near its middle.
 */
function sources(phase: string, workspace: string, reportFile: string) {
  // The bundled data as the server reads it: compiled (this bundle lies in server/out/bench, not beside data.json).
  process.env[DATA_FILE_VARIABLE] ??= path.join(ROOT, 'server', 'out', 'data.json');
  const cacheDir = path.join(workspace, CACHE_FOLDER);
  if (phase === 'cold') fs.rmSync(cacheDir, { recursive: true, force: true });
  const dir = path.join(workspace, '.treaty', 'sources');
  collect();
  const cpuBefore = process.cpuUsage();
  const load = timed(() => {
    const files = fs.readdirSync(dir).filter((n) => n.endsWith('.md')).sort().map((n) => ({ file: path.join(dir, n), text: fs.readFileSync(path.join(dir, n), 'utf8') }));
    const extractor = new ExtractionCache(loadBundledData().wording ?? NO_WORDING, { directoryFor: cacheDirectoryOf });
    const built = buildFactBase([], { sources: files, extractor });
    return { files, extractor, ...built };
  });
  const cpu = process.cpuUsage(cpuBefore);
  const { files, extractor, facts, problems } = load.value;
  collect();
  const memory = process.memoryUsage();
  const text = fs.readFileSync(reportFile, 'utf8');
  const full = timed(() => checkReport(text, facts));
  const recheck = recheckTimes(text, facts, full.value);
  const cacheBytes = fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir).reduce((n, f) => n + fs.statSync(path.join(cacheDir, f)).size, 0) : 0;
  return {
    phase,
    sources: files.length,
    problems: problems.length,
    facts: facts.facts.size,
    extractedFacts: [...facts.facts.values()].filter((f) => f.origin === 'workspace').length,
    extractions: extractor.extractions,
    workerReads: extractor.workerReads,
    cacheReads: extractor.diskHits,
    cacheMB: cacheBytes / 2 ** 20,
    loadMs: load.ms,
    loadCpuMs: (cpu.user + cpu.system) / 1000,
    heapAfterLoadMB: memory.heapUsed / 2 ** 20,
    rssAfterLoadMB: memory.rss / 2 ** 20,
    fullMs: full.ms,
    recheck: summarize(recheck),
  };
}

const [mode, ...args] = process.argv.slice(2);
const out = mode === 'documents' ? documents(args) : mode === 'shapes' ? shapes(args) : mode === 'catalogue' ? catalogue(args[0]!, args[1]!) : mode === 'sources' ? sources(args[0]!, args[1]!, args[2]!) : undefined;
if (!out) {
  console.error('usage: measure.ts documents <report.md>... | shapes <report.md>... | catalogue <data.json> <report.md> | sources cold|cached <workspace> <report.md>');
  process.exit(2);
}
process.stdout.write(JSON.stringify(out));
