// Reading workspace sources in worker threads (server/src/sources/parallelExtraction.ts, ExtractionCache.prepare): a
// workspace read in worker threads gives the same fact base, cache files and counts as one read source by source, and
// a worker that fails, stalls or hands back something else loses no source: it is read in the parent.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildFactBase, loadBundledData } from '../../server/src/facts/bundled';
import { NO_WORDING } from '../../server/src/facts/wording';
import { cacheDirectoryOf, codeFingerprint, ExtractionCache, type ExtractionCacheOptions } from '../../server/src/sources/extractionCache';
import { extractInWorkers, type ExtractionJob } from '../../server/src/sources/parallelExtraction';
import { LspClient } from '../support/lspClient';

const wording = loadBundledData().wording ?? NO_WORDING;
const dataDir = path.join(__dirname, '..', '..', 'server', 'data', 'sources');
const bundled = fs.readdirSync(dataDir).filter((f) => f.endsWith('.md')).sort().map((f) => ({ name: f, text: fs.readFileSync(path.join(dataDir, f), 'utf8') }));

/** A workspace of ten sources: the five bundled ones twice, under other ids and no symbol (so that they are all extracted). */
function workspace(): { ws: string; sources: { file: string; text: string }[] } {
  const ws = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-parallel-')));
  fs.mkdirSync(path.join(ws, '.treaty', 'sources'), { recursive: true });
  const sources = ['a', 'b'].flatMap((copy) => bundled.map((s) => ({ file: path.join(ws, '.treaty', 'sources', `${copy}-${s.name}`), text: s.text.replace(/^id: (.+)$/m, `id: ${copy}-$1`).replace(/^symbol: .+$/m, 'symbol: null') })));
  return { ws, sources };
}

const cacheDir = (ws: string) => path.join(ws, '.treaty', 'cache');
/** The cache files of a workspace, name → content (where the workspace lies written as <ws>). */
const cacheFiles = (ws: string) => new Map(fs.readdirSync(cacheDir(ws)).filter((n) => n.endsWith('.json')).sort().map((n) => [n, fs.readFileSync(path.join(cacheDir(ws), n), 'utf8').split(ws).join('<ws>')]));

/** Everything a fact base built from the sources holds, as plain data (the file names made relative to the workspace). */
function load(ws: string, sources: { file: string; text: string }[], options: ExtractionCacheOptions) {
  const cache = new ExtractionCache(wording, { directoryFor: cacheDirectoryOf, ...options });
  const { facts, problems } = buildFactBase([], { sources, extractor: cache });
  const plain = JSON.parse(JSON.stringify({ facts: [...facts.facts.values()], relations: facts.relations, sources: [...facts.sources.values()].map((s) => ({ ...s, paragraphs: [...s.paragraphs], footnotes: [...s.footnotes] })), documents: facts.uniqueDocuments(), problems }).split(ws).join('<ws>'));
  return { cache, plain };
}

/** Waits (blocking this thread, as the parent does) until the folder holds `count` cache files: a worker has read a source. */
function waitForFiles(dir: string, count: number): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let waited = 0; waited < 120_000 && (!fs.existsSync(dir) || fs.readdirSync(dir).filter((n) => n.endsWith('.json')).length < count); waited += 50) Atomics.wait(pause, 0, 0, 50);
}

describe('reading sources in worker threads', function () {
  // Run from source, a worker compiles the engine with tsx first.
  this.timeout(240_000);

  it('gives the same facts, links, documents, problems and cache files as reading the sources one by one', () => {
    const serial = workspace();
    const one = load(serial.ws, serial.sources, { workers: 0 });
    assert.equal(one.cache.extractions, 10);
    assert.equal(one.cache.workerReads, 0);
    const parallel = workspace();
    // The same files under another folder: the same parses, facts and keys.
    const sources = parallel.sources.map((s, i) => ({ ...s, text: serial.sources[i]!.text }));
    const many = load(parallel.ws, sources, { workers: 2 });
    assert.deepEqual(many.plain, one.plain);
    assert.equal(many.cache.extractions, 10, 'every source counted as extracted once');
    assert.equal(many.cache.workerFailures, 0);
    assert.deepEqual(cacheFiles(parallel.ws), cacheFiles(serial.ws), 'the same cache files, whichever thread wrote them');
    // A new start reads them all back.
    const again = load(parallel.ws, sources, { workers: 2 });
    assert.equal(again.cache.extractions, 0);
    assert.equal(again.cache.diskHits, 10);
    assert.deepEqual(again.plain, one.plain);
  });

  it('hands back what the parent would read from the cache files the worker wrote', () => {
    const { ws, sources } = workspace();
    const jobs: ExtractionJob[] = sources.map((s) => ({ ...s, dir: cacheDir(ws) }));
    const readHere: number[] = [];
    // This thread takes the first job and waits there until the worker has read one: the worker surely reads some.
    const results = extractInWorkers(jobs, { wording, fingerprint: codeFingerprint() }, 1, (i) => {
      if (!readHere.length) waitForFiles(cacheDir(ws), 2);
      readHere.push(i);
    });
    const byWorker = results.flatMap((r, i) => (r ? [i] : []));
    assert.ok(byWorker.length > 0, 'the worker read sources');
    assert.deepEqual([...byWorker, ...readHere].sort((a, b) => a - b), jobs.map((_, i) => i), 'each source read once, here or there');
    const here = new ExtractionCache(wording, { workers: 0 });
    for (const i of byWorker) {
      const exported = here.exportSource(jobs[i]!.file, jobs[i]!.text, undefined);
      assert.deepEqual(results[i], exported, jobs[i]!.file);
      const onDisk = cacheFiles(ws);
      for (const body of [exported.parse, exported.facts!]) assert.deepEqual(JSON.parse(onDisk.get(`${body.key}.json`)!), JSON.parse(JSON.stringify(body).split(ws).join('<ws>')), 'written to the cache folder too');
    }
  });

  it('reads here every source a worker did not: a worker that fails to start, one that stalls, one that hands back something else', () => {
    const serial = workspace();
    const expected = load(serial.ws, serial.sources, { workers: 0 }).plain;
    const scripts = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-worker-'));
    const broken = path.join(scripts, 'broken.js');
    fs.writeFileSync(broken, "throw new Error('cannot start');\n");
    // Takes a job and hands back a parse of another key; takes another and dies without a word.
    const wrong = path.join(scripts, 'wrong.js');
    fs.writeFileSync(wrong, [
      "const { workerData } = require('node:worker_threads');",
      'const { counters, port } = workerData;',
      'const i = Atomics.add(counters, 0, 1);',
      "port.postMessage({ i, result: { parse: { format: 3, key: 'another', problems: [] } } });",
      'Atomics.add(counters, 1, 1);',
      'Atomics.notify(counters, 1);',
      'Atomics.add(counters, 0, 1);',
      'process.exit(1);',
      '',
    ].join('\n'));
    for (const script of [broken, wrong, path.join(scripts, 'missing.js')]) {
      const { ws, sources } = workspace();
      const problems: string[] = [];
      const r = load(ws, sources.map((s, i) => ({ ...s, text: serial.sources[i]!.text })), { workers: 2, workerScript: script, workerStallMs: 300, onProblem: (m) => problems.push(m) });
      assert.deepEqual(r.plain, expected, path.basename(script));
      assert.equal(r.cache.extractions, 10, `${path.basename(script)}: every source extracted, none lost`);
      assert.equal(r.cache.workerReads, 0);
      // (At most the wrong result and the job the worker took and died with: fewer when this thread took them first.)
      assert.ok(r.cache.workerFailures <= 2, `${r.cache.workerFailures}`);
    }
  });

  it('gives up on a worker that took a source and died once none came for a while, and tells why', () => {
    const { sources } = workspace();
    const scripts = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-worker-'));
    // Takes a job and hands back a wrong result, takes another and dies without a word, having said it took them.
    const wrong = path.join(scripts, 'wrong.js');
    fs.writeFileSync(wrong, [
      "const fs = require('node:fs');",
      "const path = require('node:path');",
      "const { workerData } = require('node:worker_threads');",
      'const { counters, port, jobs } = workerData;',
      'const i = Atomics.add(counters, 0, 1);',
      "port.postMessage({ i, result: { parse: { format: 3, key: 'another', problems: [] } } });",
      'Atomics.add(counters, 1, 1);',
      'Atomics.notify(counters, 1);',
      'Atomics.add(counters, 0, 1);',
      "fs.writeFileSync(path.join(path.dirname(jobs[0].file), 'taken'), '');",
      'process.exit(1);',
      '',
    ].join('\n'));
    const jobs: ExtractionJob[] = sources.map((s) => ({ ...s, dir: undefined }));
    const readHere: number[] = [];
    const problems: string[] = [];
    const taken = path.join(path.dirname(sources[0]!.file), 'taken');
    const pause = new Int32Array(new SharedArrayBuffer(4));
    const results = extractInWorkers(jobs, { wording, fingerprint: codeFingerprint() }, 1, (i) => {
      // This thread's first job waits until the worker has taken its two.
      for (let waited = 0; !readHere.length && !fs.existsSync(taken) && waited < 120_000; waited += 50) Atomics.wait(pause, 0, 0, 50);
      readHere.push(i);
    }, { script: wrong, stallMs: 300, onProblem: (m) => problems.push(m) });
    assert.equal(readHere.length, 8, 'the worker took two jobs');
    assert.deepEqual(results.filter((r) => r !== undefined), [{ parse: { format: 3, key: 'another', problems: [] } }], 'what it handed back, for the caller to judge (ExtractionCache.adopt rejects it)');
    assert.ok(problems.some((m) => /worker threads read 1 of 2 sources, then none for 0.3 s/.test(m)), problems.join('\n'));
  });

  it('lets the built server (server/out/extractWorker.js) read them in a worker thread: the same facts and cache files', async () => {
    const { ws, sources } = workspace();
    for (const s of sources) fs.writeFileSync(s.file, s.text);
    const start = async (workers: string) => {
      fs.rmSync(cacheDir(ws), { recursive: true, force: true });
      const c = new LspClient({ env: { TREATY_EXTRACTION_WORKERS: workers }, timeoutMs: 120_000 });
      try {
        const ready = c.waitFor('window/logMessage', (p) => /^Treaty Report Checker ready/.test(p.message));
        const read = c.waitFor('window/logMessage', (p) => /^Workspace sources:/.test(p.message));
        await c.initialize({ rootPath: ws, initializationOptions: { trusted: true } });
        return { ready: (await ready).message as string, read: (await read).message as string, files: cacheFiles(ws) };
      } finally {
        await c.close();
      }
    };
    const serial = await start('0');
    const parallel = await start('2');
    assert.equal(serial.read, 'Workspace sources: facts extracted from 10, read from .treaty/cache for 0.');
    // (How many the worker read depends on how soon it starts.)
    assert.match(parallel.read, /^Workspace sources: facts extracted from 10(?: \(\d+ in worker threads\))?, read from \.treaty\/cache for 0\.$/);
    assert.deepEqual({ ...parallel, read: '' }, { ...serial, read: '' });
  });
});
