// The extraction cache (server/src/sources/extractionCache.ts): a workspace source's facts are extracted once per
// content version, kept in memory and in .treaty/cache/ (which ignores itself in git), read back by a new cache (a
// new process) as the same facts a fresh extraction gives, and a broken cache file is ignored and written again.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildFactBase, loadBundledData } from '../../server/src/facts/bundled';
import { compiledStemsOf, stemsOfFact } from '../../server/src/facts/compiledData';
import { NO_WORDING, WordingIndex } from '../../server/src/facts/wording';
import { extractFacts, isExtracted, sourceContentHash } from '../../server/src/sources/extractFacts';
import { CACHE_FORMAT, cacheDirectoryOf, ExtractionCache } from '../../server/src/sources/extractionCache';
import { readWorkspaceSource } from '../../server/src/sources/workspaceSources';
import { deserializeSource, serializeSource } from '../../server/src/facts/loadData';
import { extractDated } from '../../server/src/sources/extractActs';
import { SOURCE, SOURCE_FILE } from '../support/workspaceSources';

const wording = loadBundledData().wording ?? NO_WORDING;
const dataDir = path.join(__dirname, '..', '..', 'server', 'data', 'sources');
/** The five bundled sources as a workspace's own, under other ids (so that they are extracted, not replaced). */
const bundledCopies = (dir: string) => fs.readdirSync(dataDir).filter((f) => f.endsWith('.md')).sort().map((f) => ({ file: path.join(dir, '.treaty', 'sources', `own-${f}`), text: fs.readFileSync(path.join(dataDir, f), 'utf8').replace(/^id: (.+)$/m, 'id: own-$1').replace(/^symbol: .+$/m, 'symbol: null') }));

function workspace(): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-cache-')));
  fs.mkdirSync(path.join(dir, '.treaty', 'sources'), { recursive: true });
  return dir;
}
const documentOf = (file: string, text: string) => readWorkspaceSource(file, text).document!;
const cacheFiles = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.endsWith('.json')).sort() : []);
/** The facts of a fact base that extraction made, as plain data. */
const extractedOf = (facts: ReturnType<typeof buildFactBase>['facts']) => [...facts.facts.values()].filter((f) => f.origin === 'workspace').map((f) => ({ id: f.id, value: f.value, measure: f.measure, terms: f.terms, quote: f.quote, paragraph: f.paragraph, termStems: f.termStems }));

describe('extraction cache', () => {
  it('extracts a source once per content: a second load of the same content reads no source, a changed one is read again', () => {
    const ws = workspace();
    const file = path.join(ws, '.treaty', 'sources', SOURCE_FILE);
    const cache = new ExtractionCache(wording);
    const first = buildFactBase([], { sources: [{ file, text: SOURCE }], extractor: cache });
    assert.equal(cache.extractions, 1);
    const again = buildFactBase([], { sources: [{ file, text: SOURCE }], extractor: cache });
    assert.equal(cache.extractions, 1, 'the same content: no extraction');
    assert.deepEqual(extractedOf(again.facts), extractedOf(first.facts));
    const edited = buildFactBase([], { sources: [{ file, text: SOURCE.replace('412 complaints', '413 complaints') }], extractor: cache });
    assert.equal(cache.extractions, 2, 'a new content is extracted');
    assert.ok([...edited.facts.facts.values()].some((f) => f.origin === 'workspace' && f.value === 413));
    buildFactBase([], { sources: [{ file, text: SOURCE }], extractor: cache });
    assert.equal(cache.extractions, 2, 'the first content is still in memory');
    assert.equal(cache.writes, 0, 'no folder given: nothing written');
  });

  it('keeps the facts in .treaty/cache (with a .gitignore of *), and a new cache reads them back as a fresh extraction gives them', () => {
    const ws = workspace();
    const sources = bundledCopies(ws);
    const dir = path.join(ws, '.treaty', 'cache');
    const cold = new ExtractionCache(wording, { directoryFor: cacheDirectoryOf });
    const fresh = buildFactBase([], { sources, extractor: cold });
    assert.equal(cold.extractions, 5);
    assert.equal(cold.writes, 11, 'each source\'s parse and its facts, and the links between sources');
    assert.equal(cacheFiles(dir).length, 11);
    assert.equal(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).join('\n'), '*');
    const written = JSON.parse(fs.readFileSync(path.join(dir, cacheFiles(dir)[0]!), 'utf8'));
    assert.equal(written.format, CACHE_FORMAT);

    const warm = new ExtractionCache(wording, { directoryFor: cacheDirectoryOf });
    const cached = buildFactBase([], { sources, extractor: warm });
    assert.equal(warm.extractions, 0, 'every source read back from its cache file');
    assert.equal(warm.diskHits, 5);
    assert.equal(warm.parseHits, 5, 'and its parse');
    assert.equal(warm.linkHits, 1, 'and the links, not computed again');
    const linksOf = (r: typeof fresh) => r.facts.relations.filter((x) => x.kind === 'same-measure' && x.id.startsWith('link.'));
    assert.deepEqual(linksOf(cached), linksOf(fresh));
    assert.deepEqual([...cached.facts.sources.values()], [...fresh.facts.sources.values()], 'the same documents');
    assert.deepEqual(cached.facts.uniqueDocuments(), fresh.facts.uniqueDocuments(), 'the same catalogue, with the documents the sources cite');
    assert.deepEqual(cached.problems, fresh.problems);
    assert.ok(extractedOf(cached.facts).length > 300);
    assert.deepEqual(extractedOf(cached.facts), extractedOf(fresh.facts), 'the same facts, indexed the same');
    for (const s of sources) {
      // The document as the cache reads it from its file (its key stands for its content).
      const doc = warm.readSource(s.file, s.text).document!;
      const read = warm.extract(doc);
      assert.deepEqual(read, extractFacts(doc, new WordingIndex(wording)), doc.meta.id);
      assert.ok(read.every(isExtracted), 'facts read back count as extracted (a curated fact of the same statistic replaces them)');
      assert.deepEqual(read.map(compiledStemsOf), read.map((f) => stemsOfFact(f)), 'with the stems the fact base would compute');
      const acts = warm.extractActs(doc);
      assert.deepEqual(acts, extractDated(doc, new WordingIndex(wording)), `${doc.meta.id}: the dated acts and events, kept with the facts`);
      assert.deepEqual(acts.map(compiledStemsOf), acts.map((f) => stemsOfFact(f)), 'with their stems too');
    }
    assert.equal(warm.extractions, 0, 'the acts too are read back, not read from the source');
    assert.ok(sources.some((s) => warm.extractActs(warm.readSource(s.file, s.text).document!).length > 0));
  });

  it('keeps a source file\'s parse, problems included, and names the file as it is read now', () => {
    const ws = workspace();
    const file = path.join(ws, '.treaty', 'sources', 'warned.md');
    const text = '---\ntitle: Title\n---\n\n1. Text with 12 complaints.[^9]\n';
    const first = new ExtractionCache(wording, { directoryFor: cacheDirectoryOf });
    const parsed = first.readSource(file, text);
    assert.equal(parsed.problems.length, 1, 'an undefined footnote is a warning');
    const second = new ExtractionCache(wording, { directoryFor: cacheDirectoryOf });
    assert.deepEqual(second.readSource(file, text), readWorkspaceSource(file, text));
    assert.equal(second.parseHits, 1);
    // The CLI keeps one cache folder for every --sources path: a file of the same name and text elsewhere reads the same parse, under its own name.
    const elsewhere = new ExtractionCache(wording, { directoryFor: () => path.join(ws, '.treaty', 'cache') });
    const moved = elsewhere.readSource('other/warned.md', text);
    assert.equal(elsewhere.parseHits, 1);
    assert.deepEqual(moved, readWorkspaceSource('other/warned.md', text));
    const broken = '---\ntitle: [unclosed\n---\n\n1. Text.\n';
    new ExtractionCache(wording, { directoryFor: cacheDirectoryOf }).readSource(file, broken);
    const again = new ExtractionCache(wording, { directoryFor: cacheDirectoryOf });
    assert.deepEqual(again.readSource(file, broken), readWorkspaceSource(file, broken), 'a broken source\'s problems too');
    assert.equal(again.parseHits, 1);
  });

  it('ignores a corrupt or foreign cache file, extracts again and writes it anew', () => {
    const ws = workspace();
    const file = path.join(ws, '.treaty', 'sources', SOURCE_FILE);
    const doc = documentOf(file, SOURCE);
    const dir = path.join(ws, '.treaty', 'cache');
    const first = new ExtractionCache(wording, { directoryFor: cacheDirectoryOf });
    const facts = first.extract(doc);
    const cacheFile = ExtractionCache.fileOf(dir, first.keyOf(doc));
    const good = fs.readFileSync(cacheFile, 'utf8');
    assert.match(good, /^[\x00-\x7f]*$/, 'written in ASCII');
    // The layout before (format 2: each fact whole), with this key: ignored, as are raw characters outside ASCII.
    const format2 = JSON.stringify({ format: 2, key: first.keyOf(doc), source: doc.meta.id, file: doc.file, facts, stems: [], acts: [] });
    const raw = good.replace(/"values":\["/, '"values":["é');
    for (const broken of ['{"format":1,"key":', '', 'null', format2, raw, JSON.stringify({ ...JSON.parse(good), format: CACHE_FORMAT + 1 }), JSON.stringify({ ...JSON.parse(good), values: [] }), JSON.stringify({ ...JSON.parse(good), stems: { ...JSON.parse(good).stems, facts: [] } }), JSON.stringify({ ...JSON.parse(good), key: 'another' }), JSON.stringify({ ...JSON.parse(good), facts: [{ id: 1 }] }), JSON.stringify({ ...JSON.parse(good), acts: undefined }), JSON.stringify({ ...JSON.parse(good), acts: [{ id: 'x.act1', type: 'dated-act' }] })]) {
      fs.writeFileSync(cacheFile, broken);
      const problems: string[] = [];
      const next = new ExtractionCache(wording, { directoryFor: cacheDirectoryOf, onProblem: (m) => problems.push(m) });
      assert.deepEqual(next.extract(doc), facts, broken);
      assert.equal(next.extractions, 1, `extracted again after ${JSON.stringify(broken.slice(0, 40))}`);
      assert.equal(problems.length, 1);
      assert.match(problems[0]!, /ignored the extraction cache file/);
      assert.deepEqual(JSON.parse(fs.readFileSync(cacheFile, 'utf8')), JSON.parse(good), 'written anew');
    }
    assert.deepEqual(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp')), [], 'no temporary file left');
  });

  it('is never fatal: a cache folder that cannot be written leaves the facts in memory', () => {
    const ws = workspace();
    const file = path.join(ws, '.treaty', 'sources', SOURCE_FILE);
    // A file where the cache folder would be.
    fs.writeFileSync(path.join(ws, '.treaty', 'cache'), 'not a folder');
    const problems: string[] = [];
    const cache = new ExtractionCache(wording, { directoryFor: cacheDirectoryOf, onProblem: (m) => problems.push(m) });
    const facts = cache.extract(documentOf(file, SOURCE));
    assert.ok(facts.length > 0);
    assert.equal(cache.writes, 0);
    assert.match(problems.join('\n'), /cannot write the extraction cache file/);
  });

  it('keys the facts by content, wording lists and code, not by where the file lies', () => {
    const cache = new ExtractionCache(wording);
    const a = documentOf('/one/.treaty/sources/x.md', SOURCE);
    const b = documentOf('/two/.treaty/sources/x.md', SOURCE);
    assert.equal(cache.keyOf(a), cache.keyOf(b), 'the same content in another folder');
    assert.notEqual(cache.keyOf(a), cache.keyOf(documentOf('/one/.treaty/sources/x.md', SOURCE.replace('412', '413'))));
    const otherLists = new ExtractionCache({ ...wording, places: { ...wording.places, words: [...wording.places.words, 'Atlantis'] } });
    assert.notEqual(otherLists.keyOf(a), cache.keyOf(a), 'other wording lists read other facts');
  });

  it('keeps a parse\'s paragraphs as places in the source\'s text, and ignores a parse file whose places lie outside it', () => {
    const ws = workspace();
    const file = path.join(ws, '.treaty', 'sources', SOURCE_FILE);
    const dir = path.join(ws, '.treaty', 'cache');
    new ExtractionCache(wording, { directoryFor: cacheDirectoryOf }).readSource(file, SOURCE);
    const [name] = cacheFiles(dir);
    const written = fs.readFileSync(path.join(dir, name!), 'utf8');
    const parsed = JSON.parse(written) as { document: { paragraphs: { text: unknown }[] } };
    assert.ok(parsed.document.paragraphs.every((p) => Array.isArray(p.text)), 'every paragraph a stretch of the file: its text is not written twice');
    assert.deepEqual(new ExtractionCache(wording, { directoryFor: cacheDirectoryOf }).readSource(file, SOURCE), readWorkspaceSource(file, SOURCE));
    const beyond = JSON.stringify({ ...parsed, document: { ...parsed.document, paragraphs: parsed.document.paragraphs.map((p) => ({ ...p, text: [0, SOURCE.length + 1] })) } });
    fs.writeFileSync(path.join(dir, name!), beyond);
    const problems: string[] = [];
    const next = new ExtractionCache(wording, { directoryFor: cacheDirectoryOf, onProblem: (m) => problems.push(m) });
    assert.deepEqual(next.readSource(file, SOURCE), readWorkspaceSource(file, SOURCE));
    assert.equal(next.parseHits, 0);
    assert.match(problems.join('\n'), /ignored the extraction cache file/);
  });

  it('names a source read from a file by its text\'s hash, for that very document only', () => {
    const ws = workspace();
    const file = path.join(ws, '.treaty', 'sources', SOURCE_FILE);
    const cache = new ExtractionCache(wording, { directoryFor: cacheDirectoryOf });
    const read = cache.readSource(file, SOURCE).document!;
    const copy = deserializeSource(serializeSource(read));
    assert.equal(sourceContentHash(copy), sourceContentHash(read), 'a copy of the document read (the same meta and paragraphs)');
    assert.notEqual(sourceContentHash(read), sourceContentHash(documentOf(path.join(ws, 'apart', SOURCE_FILE), SOURCE)), 'a document parsed apart is hashed from its content');
    // A document of the same meta with another paragraph is another content.
    const [first, ...rest] = serializeSource(read).paragraphs;
    const changed = deserializeSource({ ...serializeSource(read), paragraphs: [{ ...first!, text: first!.text.replace('2100th', '2101st') }, ...rest] });
    assert.equal(sourceContentHash(changed), sourceContentHash(documentOf(file, SOURCE.replace('2100th', '2101st'))));
    const moreFootnotes = deserializeSource({ ...serializeSource(read), footnotes: [...serializeSource(read).footnotes, ['99', 'Another note.']] });
    assert.notEqual(sourceContentHash(moreFootnotes), sourceContentHash(read));
    const edited = cache.readSource(file, SOURCE.replace('412 complaints', '413 complaints')).document!;
    assert.notEqual(cache.keyOf(edited), cache.keyOf(read), 'another text, another key');
  });

  it('has a cache folder only beside .treaty/sources, and keeps the folder to maxFiles, dropping the least recently used', () => {
    assert.equal(cacheDirectoryOf('/ws/.treaty/sources/a.md'), path.resolve('/ws/.treaty/cache'));
    assert.equal(cacheDirectoryOf('/ws/docs/a.md'), undefined);
    const ws = workspace();
    const dir = path.join(ws, '.treaty', 'cache');
    const cache = new ExtractionCache(wording, { directoryFor: cacheDirectoryOf, maxFiles: 3 });
    const file = path.join(ws, '.treaty', 'sources', SOURCE_FILE);
    const versions = [1, 2, 3, 4, 5].map((n) => documentOf(file, SOURCE.replace('412 complaints', `${400 + n} complaints`)));
    versions.forEach((doc, i) => {
      cache.extract(doc);
      // Distinct times of use, one second apart, so that the order does not depend on the clock's resolution.
      const t = new Date(Date.UTC(2026, 0, 1, 0, 0, i));
      fs.utimesSync(ExtractionCache.fileOf(dir, cache.keyOf(doc)), t, t);
    });
    assert.deepEqual(cacheFiles(dir), versions.slice(2).map((d) => `${cache.keyOf(d)}.json`).sort());
  });
});
