/**
 * What a first load of a workspace's sources gives, as text that two versions of the code can be diffed on (issue
 * #17: a change that only makes a first load cheaper must leave it byte for byte the same):
 *
 *   npx tsx scripts/dump-first-load.ts <workspace folder> <out file> [--no-bundled]
 *
 * The workspace's `.treaty/cache` is removed first (the load extracts every source of `.treaty/sources` and links
 * their facts, as the server's first start does, and writes the cache anew). Written: every fact of the fact base with
 * its index fields (one JSON object a line, keys sorted, lines sorted), its relations in their order (the links are
 * computed in a fixed order, which the figure check reports from), and every cache file without its key (which names
 * the engine's code, so differs between versions), sorted. Use a copy of the workspace: its cache is rewritten.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildFactBase, loadBundledData } from '../server/src/facts/bundled';
import { NO_WORDING } from '../server/src/facts/wording';
import { CACHE_FOLDER, cacheDirectoryOf, ExtractionCache } from '../server/src/sources/extractionCache';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const [workspace, out] = args;
if (!workspace || !out) {
  console.error('usage: dump-first-load.ts <workspace folder> <out file> [--no-bundled]');
  process.exit(2);
}
fs.rmSync(path.join(workspace, CACHE_FOLDER), { recursive: true, force: true });
const dir = path.join(workspace, '.treaty', 'sources');
const files = fs
  .readdirSync(dir)
  .filter((n) => n.endsWith('.md'))
  .sort()
  .map((n) => ({ file: path.join(dir, n), text: fs.readFileSync(path.join(dir, n), 'utf8') }));
const extractor = new ExtractionCache(loadBundledData().wording ?? NO_WORDING, { directoryFor: cacheDirectoryOf });
const started = performance.now();
const { facts } = buildFactBase([], { sources: files, extractor, ...(process.argv.includes('--no-bundled') ? { bundled: false } : {}) });
console.log(`${files.length} sources: ${facts.facts.size} facts, ${facts.relations.length} relations in ${Math.round(performance.now() - started)} ms`);

/** A value as JSON with its objects' keys sorted (sets and maps as arrays of their entries). */
function sorted(v: unknown): unknown {
  if (v instanceof Set) return [...v].map(sorted);
  if (v instanceof Map) return [...v].map(sorted);
  if (Array.isArray(v)) return v.map(sorted);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted((v as Record<string, unknown>)[k])]));
  return v;
}

const factLines = [...facts.facts.values()].map((f) => JSON.stringify(sorted(f))).sort();
const relationLines = facts.relations.map((r) => JSON.stringify(sorted(r)));
const cacheDir = path.join(workspace, CACHE_FOLDER);
const cacheLines = fs
  .readdirSync(cacheDir, { recursive: true })
  .map(String)
  .filter((n) => fs.statSync(path.join(cacheDir, n)).isFile())
  .map((n) => {
    // (Cache files are ASCII JSON; anything else is written as it is.)
    const text = fs.readFileSync(path.join(cacheDir, n), 'latin1');
    try {
      const body = JSON.parse(text) as Record<string, unknown>;
      delete body.key;
      return JSON.stringify(sorted(body));
    } catch {
      return `not JSON: ${text}`;
    }
  })
  .sort();
fs.writeFileSync(out, [`facts ${factLines.length}`, ...factLines, `relations ${relationLines.length}`, ...relationLines, `cache files ${cacheLines.length}`, ...cacheLines].join('\n') + '\n');
