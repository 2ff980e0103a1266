/**
 * `npm run bench`: how fast checking is as reports and the catalogue grow. Not a test: it prints a table and writes
 * the numbers to bench/results/latest.json and a timestamped copy, so that runs can be compared.
 *
 * Options: --out FILE (write the JSON there instead), --quick (10 and 50 pages, ×1 and ×100, 200 edits, the report
 * shapes at about 50 pages only), --no-lsp (engine only, no spawned server), --shapes-only (the report shapes alone),
 * --scale-only (the workspace of 100 sources alone), --catalogue NAME (one row of the catalogue table alone, e.g.
 * `--catalogue x100`).
 */
import { execFileSync } from 'node:child_process';
import { build, type Plugin } from 'esbuild';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serializeCompiledData } from '../server/src/facts/compiledData';
import { cached, compiledData, copiesFor, GENERATED, generateReport, PAGE_BYTES, ROOT, scaleData, scaledSources, SEED, shapes } from './generate';
import { driveServer, type LspRun } from './lsp';
import { IDLE_MS } from '../server/src/lsp/idleCollection';
import type { Summary } from './stats';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const withLsp = !args.includes('--no-lsp');
const shapesOnly = args.includes('--shapes-only');
const scaleOnly = args.includes('--scale-only');
const catalogueArg = args.indexOf('--catalogue');
/** One catalogue row alone ("x100" for ×100). */
const catalogueOnly = catalogueArg >= 0 ? args[catalogueArg + 1]!.replace(/^x/, '×') : undefined;
/** Which part runs alone, if one does: its results go to bench/results/<part>-latest.json. */
const part = shapesOnly ? 'shapes' : scaleOnly ? 'scale' : catalogueOnly ? 'catalogue' : undefined;
const outArg = args.indexOf('--out');
const outFile = outArg >= 0 ? path.resolve(args[outArg + 1]!) : undefined;

const PAGES = quick ? [10, 50] : [10, 50, 200];
const CATALOGUE_REPORT_PAGES = 50;
const RECOMMENDATIONS = 270_000;
const EDITS = quick ? 200 : 1000;
/** The workspace of the scale benchmark: this many sources in .treaty/sources (issue #17). */
const SCALE_SOURCES = 100;
const SCALE_EDITS = 200;

function machine() {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /model name\s*:\s*(.+)/.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    // not Linux
  }
  return { cpu, cores: os.cpus().length, memoryGB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` };
}

/**
 * measure.ts bundled by esbuild with the server's build settings: the engine is measured as the server runs it, not
 * as tsx compiles it for the tests (tsx wraps every closure to keep its name, which cost the date check a tenth), and
 * with the schema validators compiled ahead of time as in the server (compiling them with Ajv at first use was about
 * 0.15 s of a load from the cache that the server never spends).
 */
const MEASURE = path.join(ROOT, 'server', 'out', 'bench', 'measure.cjs');
async function bundleMeasure(): Promise<void> {
  const { precompiledValidators } = (await import(pathToFileURL(path.join(ROOT, 'scripts', 'precompiledValidators.mjs')).href)) as { precompiledValidators: Plugin };
  await build({ entryPoints: [path.join(__dirname, 'measure.ts')], outfile: MEASURE, bundle: true, platform: 'node', format: 'cjs', target: 'node20', mainFields: ['module', 'main'], logLevel: 'warning', plugins: [precompiledValidators] });
}

/** Runs one group of measurements in a fresh process (see measure.ts). */
function measure<T>(...rest: string[]): T {
  const out = execFileSync(process.execPath, ['--expose-gc', MEASURE, ...rest], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 2 ** 20, stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out) as T;
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

type DocRowLike = { bytes: number; figures: number; floor: Summary; full: Summary; recheck: Summary; stages?: Record<string, number> };
function documentTable(lines: string[], docRows: DocRowLike[]): void {
  lines.push(`Documents (fact base ×1; times are medians, re-check p50/p95 over 80 one-letter edits near the middle)`, '');
  lines.push('| pages | KB | figures | remark-parse alone | full check | ÷ parse | ms per 100 KB | re-check p50 | re-check p95 | ÷ parse |');
  lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  docRows.forEach((r, i) => {
    lines.push(`| ${PAGES[i]} | ${Math.round(r.bytes / 1024)} | ${r.figures} | ${fmt(r.floor.p50)} ms | ${fmt(r.full.p50)} ms | ${ratio(r.full.p50, r.floor.p50)} | ${fmt((r.full.p50 / r.bytes) * 102400)} | ${fmt(r.recheck.p50)} ms | ${fmt(r.recheck.p95)} ms | ${ratio(r.recheck.p50, r.floor.p50)} |`);
  });
  const largest = docRows[docRows.length - 1]!;
  const spent = Object.entries(largest.stages ?? {}).sort((a, b) => b[1] - a[1]);
  const total = spent.reduce((n, [, ms]) => n + ms, 0);
  if (total) lines.push('', `Where the full check of ${PAGES[PAGES.length - 1]} pages spends its time (CPU profile, self time): ${spent.map(([k, ms]) => `${k} ${Math.round((100 * ms) / total)} %`).join(', ')}.`);
}

type CatalogueRowLike = { name: string; recommendations: number; facts: number; loadMs: number; completion: Summary; hover: Summary; full: Summary; lsp?: LspRun };
function catalogueTable(lines: string[], catRows: CatalogueRowLike[]): void {
  lines.push('', `Catalogue and fact base (${CATALOGUE_REPORT_PAGES}-page report; completion and hover over 500 requests each through the engine functions${withLsp ? `; server: node server/out/server.js --stdio, ${EDITS} edits with diagnostics pulled after each; RSS after edits is 200 ms after the last one, at rest ${((2 * IDLE_MS + 1500) / 1000).toFixed(1)} s after` : ''})`, '');
  const x1 = catRows[0]!;
  lines.push('| catalogue | recommendations | facts | load | ÷ ×1 | completion p50 / p95 | ÷ ×1 (p95) | hover p50 / p95 | ÷ ×1 (p95) | full check |' + (withLsp ? ' server load | RSS after load | RSS after edits / at rest | re-check p50 / p95 (LSP) | completion p95 (LSP) |' : ''));
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |' + (withLsp ? ' ---: | ---: | ---: | ---: | ---: |' : ''));
  for (const r of catRows) {
    const lsp = r.lsp ? ` ${fmt(r.lsp.loadMs)} ms | ${r.lsp.rssAfterLoadMB.toFixed(0)} MB | ${r.lsp.rssAfterEditsMB.toFixed(0)} / ${r.lsp.rssAtRestMB.toFixed(0)} MB | ${fmt(r.lsp.recheck.p50)} / ${fmt(r.lsp.recheck.p95)} ms | ${fmt(r.lsp.completion.p95)} ms |` : '';
    lines.push(`| ${r.name} | ${r.recommendations.toLocaleString('en-GB')} | ${r.facts.toLocaleString('en-GB')} | ${fmt(r.loadMs)} ms | ${ratio(r.loadMs, x1.loadMs)} | ${fmt(r.completion.p50)} / ${fmt(r.completion.p95)} ms | ${ratio(r.completion.p95, x1.completion.p95)} | ${fmt(r.hover.p50)} / ${fmt(r.hover.p95)} ms | ${ratio(r.hover.p95, x1.hover.p95)} | ${fmt(r.full.p50)} ms |${lsp}`);
  }
}

type ScaleEngine = { phase: string; sources: number; problems: number; facts: number; extractedFacts: number; extractions: number; workerReads: number; cacheReads: number; cacheMB: number; loadMs: number; loadCpuMs: number; heapAfterLoadMB: number; rssAfterLoadMB: number; fullMs: number; recheck: Summary };
interface ScaleRun { workspace: string; cold: ScaleEngine; cached: ScaleEngine; lspCold?: LspRun; lspCached?: LspRun }

/**
 * The workspace of 100 sources (issue #17): its first load with extraction (no cache), its load from .treaty/cache in
 * a new process, re-checks of the 50-page report with those facts, and the same through the spawned server.
 */
async function scaleRun(inputs: string, report: string): Promise<ScaleRun> {
  const workspace = path.join(GENERATED, `scale-${SCALE_SOURCES}-${inputs}`);
  const dir = path.join(workspace, '.treaty', 'sources');
  if (!fs.existsSync(dir)) {
    fs.mkdirSync(dir, { recursive: true });
    for (const s of scaledSources(SCALE_SOURCES)) fs.writeFileSync(path.join(dir, s.name), s.text);
  }
  console.log(`Measuring a workspace of ${SCALE_SOURCES} sources: first load and extraction, then from the cache…`);
  const cold = measure<ScaleEngine>('sources', 'cold', workspace, report);
  const cachedRun = measure<ScaleEngine>('sources', 'cached', workspace, report);
  const run: ScaleRun = { workspace, cold, cached: cachedRun };
  if (withLsp) {
    console.log(`Measuring the server on that workspace (first start, then from the cache; ${SCALE_EDITS} edits)…`);
    const text = fs.readFileSync(report, 'utf8');
    fs.rmSync(path.join(workspace, '.treaty', 'cache'), { recursive: true, force: true });
    const dataFile = path.join(ROOT, 'server', 'out', 'data.json');
    run.lspCold = await driveServer(dataFile, text, SCALE_EDITS, [], { rootPath: workspace });
    run.lspCached = await driveServer(dataFile, text, SCALE_EDITS, [], { rootPath: workspace });
  }
  return run;
}

function scaleTable(lines: string[], r: ScaleRun): void {
  lines.push('', `Workspace of ${r.cold.sources} sources (the five bundled ones under other symbols and ids) with the bundled base: ${r.cold.extractedFacts.toLocaleString('en-GB')} extracted facts, ${r.cold.facts.toLocaleString('en-GB')} in all; cache ${r.cold.cacheMB.toFixed(1)} MB. Engine: load = bundled data + sources read and parsed (or their parse read from .treaty/cache) + facts extracted or read from .treaty/cache + fact base built, each in a new process, wall time and (in parentheses) CPU time; re-check p50/p95 over 80 one-letter edits near the middle of the ${CATALOGUE_REPORT_PAGES}-page report.${r.lspCold ? ` Server: node server/out/server.js --stdio on the workspace folder, load up to its ready message (CPU: the server process's, start-up included); ${SCALE_EDITS} edits with diagnostics pulled after each.` : ''}`, '');
  lines.push('| | sources extracted / from the cache | load (CPU) | full check | re-check p50 / p95 | RSS after load |' + (r.lspCold ? ' server load (CPU) | server RSS after load | after edits / at rest | re-check p50 / p95 (LSP) |' : ''));
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: |' + (r.lspCold ? ' ---: | ---: | ---: | ---: |' : ''));
  for (const [name, e, l] of [['first load (no cache)', r.cold, r.lspCold], ['from .treaty/cache', r.cached, r.lspCached]] as const) {
    const lsp = l ? ` ${fmt(l.loadMs)} ms${l.loadCpuMs !== undefined ? ` (${fmt(l.loadCpuMs)} ms)` : ''} | ${l.rssAfterLoadMB.toFixed(0)} MB | ${l.rssAfterEditsMB.toFixed(0)} / ${l.rssAtRestMB.toFixed(0)} MB | ${fmt(l.recheck.p50)} / ${fmt(l.recheck.p95)} ms |` : '';
    lines.push(`| ${name} | ${e.extractions} / ${e.cacheReads} | ${fmt(e.loadMs)} ms (${fmt(e.loadCpuMs)} ms) | ${fmt(e.fullMs)} ms | ${fmt(e.recheck.p50)} / ${fmt(e.recheck.p95)} ms | ${e.rssAfterLoadMB.toFixed(0)} MB |${lsp}`);
  }
}

async function main() {
  await bundleMeasure();
  const started = new Date();
  const load = [os.loadavg()[0]!];
  const base = compiledData();
  const dataFile = path.join(ROOT, 'server', 'out', 'data.json');
  // Inputs are cached by what they are made from: the compiled data and the generator.
  const inputs = createHash('sha256').update(fs.readFileSync(dataFile)).update(fs.readFileSync(path.join(__dirname, 'generate.ts'))).digest('hex').slice(0, 10);
  const reports = new Map(PAGES.concat(CATALOGUE_REPORT_PAGES).map((p) => [p, cached(`report-${p}p-${inputs}.md`, () => generateReport(p, base))]));

  const per = copiesFor(base, RECOMMENDATIONS);
  const allTiers: { name: string; copies: number; factCopies: number }[] = [
    { name: '×1', copies: 1, factCopies: 1 },
    { name: '×100', copies: 100, factCopies: 100 },
    ...(quick && !catalogueOnly ? [] : [{ name: '270k', copies: per, factCopies: 100 }, { name: '270k, facts ×1', copies: per, factCopies: 1 }]),
  ];
  const tiers = part === 'catalogue' ? allTiers.filter((t) => t.name === catalogueOnly) : part ? [] : allTiers;
  if (catalogueOnly && !tiers.length) throw new Error(`no catalogue row "${catalogueOnly}": ${allTiers.map((t) => t.name).join(', ')}`);
  const tierFiles = tiers.map((t) => {
    const scaled = t.copies === 1 && t.factCopies === 1 ? undefined : scaleData(base, t.copies, t.factCopies);
    const file = scaled ? cached(`data-${t.copies}-${t.factCopies}-${inputs}.json`, () => serializeCompiledData(scaled.data)) : dataFile;
    const recs = (scaled?.data ?? base).documents.reduce((n, d) => n + (d.paragraphs?.length ?? 0), 0);
    return { ...t, file, recommendations: recs, facts: (scaled?.data ?? base).facts.length, documents: (scaled?.data ?? base).documents.length, fileMB: fs.statSync(file).size / 2 ** 20 };
  });

  type DocRow = { file: string; bytes: number; blocks: number; figures: number; findings: number; codes: Record<string, number>; floor: Summary; full: Summary; recheck: Summary; stages?: Record<string, number> };
  let docRows: DocRow[] = [];
  if (!part) {
    console.log(`Measuring documents of ${PAGES.join(', ')} pages (fact base ×1)…`);
    docRows = measure<DocRow[]>('documents', ...PAGES.map((p) => reports.get(p)!));
    load.push(os.loadavg()[0]!);
  }

  // Report shapes, each against remark-parse with remark-gfm alone (footnotes and tables need it), and the 50-page
  // prose report measured the same way for comparison.
  const shapeList = part && part !== 'shapes' ? [] : shapes(quick);
  const shapeFiles = part && part !== 'shapes' ? [] : [{ name: 'prose-50p', description: '50 pages of prose (the report above)', file: reports.get(50)! }, ...shapeList.map((s) => ({ name: s.name, description: s.description, file: cached(`shape-${s.name}-${inputs}.md`, () => s.make(base)) }))];
  let shapeRows: (DocRow & { name: string; description: string })[] = [];
  if (shapeFiles.length) {
    console.log(`Measuring report shapes: ${shapeFiles.map((s) => s.name).join(', ')}…`);
    shapeRows = measure<DocRow[]>('shapes', ...shapeFiles.map((s) => s.file)).map((r, i) => ({ ...r, name: shapeFiles[i]!.name, description: shapeFiles[i]!.description }));
    load.push(os.loadavg()[0]!);
  }

  type CatRow = { loadMs: number; heapAfterLoadMB: number; rssAfterLoadMB: number; full: Summary; completion: Summary; completionByKind: Record<string, Summary>; completionItemsMean: number; hover: Summary };
  const catRows: (CatRow & (typeof tierFiles)[number] & { lsp?: LspRun })[] = [];
  for (const t of tierFiles) {
    console.log(`Measuring the catalogue ${t.name} (${t.recommendations.toLocaleString('en-GB')} recommendations, ${t.facts.toLocaleString('en-GB')} facts)…`);
    const row: (typeof catRows)[number] = { ...t, ...measure<CatRow>('catalogue', t.file, reports.get(CATALOGUE_REPORT_PAGES)!) };
    if (withLsp) row.lsp = await driveServer(t.file, fs.readFileSync(reports.get(CATALOGUE_REPORT_PAGES)!, 'utf8'), EDITS);
    catRows.push(row);
    load.push(os.loadavg()[0]!);
  }

  let scale: ScaleRun | undefined;
  if (!part || part === 'scale') {
    scale = await scaleRun(inputs, reports.get(CATALOGUE_REPORT_PAGES)!);
    load.push(os.loadavg()[0]!);
  }

  // The table.
  const lines: string[] = [];
  if (docRows.length) documentTable(lines, docRows);
  if (shapeRows.length) shapesTable(lines, shapeRows);
  if (catRows.length) catalogueTable(lines, catRows);
  if (scale) scaleTable(lines, scale);

  const m = machine();
  lines.push('', `${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node}, ${m.platform}; load average ${load.map((l) => l.toFixed(1)).join(' → ')}; ${started.toISOString()}`);
  const table = lines.join('\n');
  console.log(`\n${table}\n`);

  const result = { date: started.toISOString(), machine: m, loadAverage: load, seed: SEED, pageBytes: PAGE_BYTES, inputs, quick, documents: docRows.map((r, i) => ({ pages: PAGES[i], ...r, file: path.relative(ROOT, r.file) })), shapes: shapeRows.map((r) => ({ ...r, file: path.relative(ROOT, r.file) })), catalogue: catRows.map((r) => ({ ...r, file: path.relative(ROOT, r.file) })), scale: scale && { ...scale, workspace: path.relative(ROOT, scale.workspace) }, table };
  const json = `${JSON.stringify(result, null, 2)}\n`;
  if (outFile) fs.writeFileSync(outFile, json);
  else {
    const dir = path.join(__dirname, 'results');
    fs.mkdirSync(dir, { recursive: true });
    // A run of one part alone does not replace the full run's results.
    fs.writeFileSync(path.join(dir, part ? `${part}-latest.json` : 'latest.json'), json);
    fs.writeFileSync(path.join(dir, `${started.toISOString().replace(/[:.]/g, '-')}${part ? `-${part}` : ''}.json`), json);
  }
  console.log(`Results written to ${outFile ?? `bench/results/${part ? `${part}-latest` : 'latest'}.json`}`);
}

type ShapeRowLike = DocRowLike & { description: string; blocks: number };
function shapesTable(lines: string[], shapeRows: ShapeRowLike[]): void {
  lines.push('', 'Report shapes (fact base ×1; the floor is remark-parse with remark-gfm alone on the same text; times are medians, re-check p50/p95 over 80 one-letter edits near the middle)', '');
  lines.push('| shape | KB | blocks | remark-parse + gfm alone | full check | ÷ parse | ÷ prose (per KB) | re-check p50 | re-check p95 |');
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const prosePerKB = shapeRows[0]!.full.p50 / shapeRows[0]!.bytes;
  for (const r of shapeRows) {
    lines.push(`| ${r.description} | ${Math.round(r.bytes / 1024)} | ${r.blocks.toLocaleString('en-GB')} | ${fmt(r.floor.p50)} ms | ${fmt(r.full.p50)} ms | ${ratio(r.full.p50, r.floor.p50)} | ${ratio(r.full.p50 / r.bytes, prosePerKB)} | ${fmt(r.recheck.p50)} ms | ${fmt(r.recheck.p95)} ms |`);
  }
  for (const r of shapeRows.slice(1)) {
    const spent = Object.entries(r.stages ?? {}).sort((a, b) => b[1] - a[1]);
    const total = spent.reduce((n, [, ms]) => n + ms, 0);
    if (total) lines.push('', `${r.description}: ${spent.slice(0, 4).map(([k, ms]) => `${k} ${Math.round((100 * ms) / total)} %`).join(', ')}.`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
