/**
 * The facts extracted from workspace sources, kept so that a source is read once per content version (issue #17):
 * in memory for the life of the cache (the language server keeps one for its life, the CLI one per run), and on disk
 * under the workspace's `.treaty/cache/`, so that the next start (a new server, the next CLI run) reads them back
 * instead of extracting again. Plain Node: no editor, no protocol; the server and the CLI share it.
 *
 * A cache file is named by its key, a hash of everything the facts depend on: the source's content (its meta,
 * paragraphs and footnotes, not where the file lies), the wording lists, EXTRACTOR_VERSION and a fingerprint of the
 * engine's code. So a file is never stale: another content, other lists or other code look for another file. A file
 * that cannot be read, is not JSON or is not what this format says is ignored and written again; nothing about the
 * cache is ever fatal: at worst a source is extracted as if there were no cache.
 */
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { threadId } from 'node:worker_threads';
import { rememberStems, stemsOfFact } from '../facts/compiledData';
import { contentStems } from '../facts/words';
import { deserializeSource, serializeSource, type SerializedSource } from '../facts/loadData';
import type { DataProblem, Fact, SourceDocument, SourceParagraph } from '../facts/types';
import { WordingIndex, type Wording } from '../facts/wording';
import { EXTRACTOR_VERSION, extractFacts, keepParsed, laidOut, markExtracted, rememberContentHash, sourceContentHash, type ExtractedFact, type ParsedSources } from './extractFacts';
import { parseWorkspaceSource, readWorkspaceSource, type ReadSource, type SourceCitation } from './workspaceSources';
import { extractDated, type ExtractedAct } from './extractActs';
import type { ExtractedEvent } from './extractEvents';
import type { SameMeasureRelation } from './factLinks';
import { keep } from '../facts/remember';
import { extractInWorkers, type ExportedSource, type ExtractionJob } from './parallelExtraction';

/**
 * The layout of a cache file; another layout is ignored (and replaced). 2: a source's dated acts kept with its facts.
 * 3: ASCII only; a parse's paragraphs as places in the source's text; facts and acts as numbers into tables of the
 * values and stems they share. 4: the acts' stems too (the fact base stemmed the words of a hundred sources' acts
 * again at every start).
 */
export const CACHE_FORMAT = 4;
/** Where a workspace folder keeps its cache. */
export const CACHE_FOLDER = path.join('.treaty', 'cache');
/** Written beside the cache files: the folder ignores itself in git, whatever the workspace's own .gitignore says. */
const GITIGNORE = '# Facts extracted from .treaty/sources, cached by treaty-check; safe to delete.\n*\n';

/**
 * What a cache file of a source's facts holds. Facts of one source repeat most of their values (the asserter, the
 * date, the source, units, terms and the sentence several figures are read from): each distinct value is written
 * once in `values`, each distinct list of keys once in `shapes`, and each fact or act as its shape's number followed
 * by the number of each of its values. Reading back 10,000 facts of a hundred sources as whole objects was a third
 * of a start from the cache.
 */
export interface CacheFile {
  format: number;
  key: string;
  /** The source's id and file, for a reader of the folder; the key alone decides. */
  source: string;
  file: string;
  values: unknown[];
  shapes: string[][];
  facts: number[][];
  /** The source's dated acts and events (reading them again parsed the whole source: most of a start from the cache). */
  acts: number[][];
  /** Each fact's stems, as the fact base indexes them (so that loading does not tokenize them again). */
  stems: PackedStems;
}

/**
 * The stems of a source's facts and acts: each distinct stem and phrase once, each fact and act as [unit stem or -1,
 * measure phrase, term phrases].
 */
interface PackedStems {
  stems: string[];
  phrases: number[][];
  facts: [number, number, number[]][];
  acts: [number, number, number[]][];
}

/** What is read from one source: its statistics and its dated acts and events, from one parse of it. */
interface SourceFacts {
  facts: ExtractedFact[];
  acts: (ExtractedAct | ExtractedEvent)[];
}

/** What a source file's parse is kept as: the document (none when the file has errors) and the problems found. */
export interface ParseFile {
  format: number;
  key: string;
  document?: PackedSource;
  problems: DataProblem[];
  /** The documents the source cites (sourceCitations). */
  citations?: SourceCitation[];
}

/** A place in the text of a source file: [start, end). */
type Span = [number, number];
/**
 * A serialized source whose paragraphs' text and headings and whose footnotes are, where they are a stretch of the
 * file's text as they are in the file (nearly always), that stretch's place in it: the parse file does not hold the
 * source's text a second time, and the strings read back share the text's memory.
 */
type PackedSource = Omit<SerializedSource, 'paragraphs' | 'footnotes'> & {
  paragraphs: (Omit<SourceParagraph, 'text' | 'heading'> & { text: string | Span; heading: string | Span })[];
  footnotes: [string, string | Span][];
};

/** The links between the facts of one fact base, as kept in a cache file. */
interface LinksFile {
  format: number;
  key: string;
  relations: SameMeasureRelation[];
}

function isSameMeasureRelation(x: unknown): x is SameMeasureRelation {
  const r = x as SameMeasureRelation;
  return typeof r === 'object' && r !== null && r.kind === 'same-measure' && typeof r.id === 'string' && Array.isArray(r.facts) && r.facts.every((f) => typeof f === 'string') && (r.status === 'update' || r.status === 'dispute');
}

/** Reads a source's facts: a FactExtractor, or an ExtractionCache (what buildFactBase takes). */
export interface SourceFactReader {
  /** `parsed`: where to leave the source's parsed pieces when it is read now, for linking (ParsedSources). */
  extract(doc: SourceDocument, parsed?: ParsedSources): ExtractedFact[];
  /** The source's dated acts ("Order No. 46 of 27 January 2023") and events ("appointed on 29 December 2022"). */
  extractActs(doc: SourceDocument): (ExtractedAct | ExtractedEvent)[];
  /** Reads a source file (readWorkspaceSource), when the reader keeps parses too. */
  readSource?(file: string, text: string): ReadSource;
  /**
   * The links between sources' facts for one fact base (`key` says what they were computed from), kept like the facts
   * when the reader keeps them: `compute` runs only when they are not. `file`: a workspace source, whose cache folder
   * holds them.
   */
  links?(key: string, file: string, compute: () => SameMeasureRelation[]): SameMeasureRelation[];
  /**
   * Told of every source file before they are read, when the reader can read several at once (ExtractionCache: in
   * worker threads); what it cannot do ahead is read one by one as before.
   */
  prepare?(files: readonly { file: string; text: string }[]): void;
}

export interface ExtractionCacheOptions {
  /**
   * The folder whose cache files a source's facts are kept in (`<workspace>/.treaty/cache`), or undefined to keep
   * them in memory only (an untrusted workspace, `--no-cache`).
   */
  directoryFor?: (sourceFile: string) => string | undefined;
  /** Told when a cache file cannot be written or read (the cache goes on without it). */
  onProblem?: (message: string) => void;
  /** How many sources' facts are kept in memory (the oldest is dropped first). */
  maxInMemory?: number;
  /** How many cache files a folder keeps (the least recently used are removed first). */
  maxFiles?: number;
  /**
   * How many threads prepare reads sources in (./parallelExtraction), this one included: 0 or 1 reads them one by one
   * in this thread. By default the environment variable TREATY_EXTRACTION_WORKERS, else see defaultWorkers.
   */
  workers?: number;
  /** The engine's code fingerprint that keys the cache (a worker thread is told its parent's: their bundles differ). */
  fingerprint?: string;
  /** For tests: another worker script, and how long a worker may give no result before its sources are read here. */
  workerScript?: string;
  workerStallMs?: number;
}

/**
 * The cache folder of a source that lies in a workspace's `.treaty/sources/`: the `.treaty/cache/` beside it. Sources
 * elsewhere (the CLI's `--sources some/folder`) have none.
 */
export function cacheDirectoryOf(sourceFile: string): string | undefined {
  const dir = path.dirname(path.resolve(sourceFile));
  return path.basename(dir) === 'sources' && path.basename(path.dirname(dir)) === '.treaty' ? path.join(path.dirname(dir), 'cache') : undefined;
}

export class ExtractionCache implements SourceFactReader {
  /** Sources actually read by extractFacts (for tests and logs). */
  extractions = 0;
  /** Sources whose facts came from a cache file. */
  diskHits = 0;
  /** Source files whose parse came from a cache file. */
  parseHits = 0;
  /** Fact bases whose links came from a cache file. */
  linkHits = 0;
  /** Cache files written. */
  writes = 0;
  /**
   * Sources read ahead in worker threads (prepare; those read ahead in this thread are not counted), and those a worker
   * gave no result for or one that was not used (read again here when they are asked for).
   */
  workerReads = 0;
  workerFailures = 0;
  private readonly memory = new Map<string, SourceFacts>();
  /** What worker threads read ahead (prepare), by key: counted as extracted when used. */
  private readonly prepared = new Map<string, SourceFacts>();
  /** The links of the last fact bases, by what they were computed from. */
  private readonly linkSets = new Map<string, SameMeasureRelation[]>();
  private readonly parses = new Map<string, ReadSource>();
  private readonly sourceKeys = new Map<string, { text: string; key: string }>();
  /** What extraction reads with: made when a source is first extracted (compiling it was 30 ms of a start from the cache, which extracts none). */
  private wordingIndex?: WordingIndex;
  /** What every key of this cache shares: format, extractor version, engine code and wording lists. */
  private readonly keyPrefix: string;
  private readonly knownFolders = new Set<string>();

  constructor(private readonly lists: Wording, private readonly options: ExtractionCacheOptions = {}) {
    const hash = createHash('sha256').update(JSON.stringify(lists)).digest('hex');
    this.keyPrefix = `${CACHE_FORMAT}\u0000${EXTRACTOR_VERSION}\u0000${options.fingerprint ?? codeFingerprint()}\u0000${hash}\u0000`;
  }

  private wording(): WordingIndex {
    return (this.wordingIndex ??= new WordingIndex(this.lists));
  }

  /** The key of a source's facts: a new content, new code or new wording lists make a new key. */
  keyOf(doc: SourceDocument): string {
    return createHash('sha256').update(this.keyPrefix).update(sourceContentHash(doc)).digest('hex');
  }

  extract(doc: SourceDocument, parsed?: ParsedSources): ExtractedFact[] {
    return this.read_(doc, parsed).facts;
  }

  extractActs(doc: SourceDocument): (ExtractedAct | ExtractedEvent)[] {
    return this.read_(doc).acts;
  }

  /** A source's statistics and dated acts and events: from memory, else its cache file, else read from one parse of it and kept. */
  private read_(doc: SourceDocument, parsed?: ParsedSources): SourceFacts {
    const key = this.keyOf(doc);
    let read = this.memory.get(key);
    if (read) return read;
    read = this.prepared.get(key);
    if (read) {
      this.prepared.delete(key);
      this.extractions++;
      return keep(this.memory, key, read, this.options.maxInMemory ?? 256);
    }
    const dir = this.options.directoryFor?.(doc.file);
    read = dir ? this.readFacts(dir, key) : undefined;
    if (read) this.diskHits++;
    else {
      read = this.extractNow(doc, key, dir, parsed);
      this.extractions++;
    }
    return keep(this.memory, key, read, this.options.maxInMemory ?? 256);
  }

  /**
   * A source file read as readWorkspaceSource reads it, once per content: from memory, else from its parse kept in
   * the cache folder (parsing a hundred sources' Markdown and front matter again took longer than reading their facts
   * back), else parsed and kept. The key is the file's name (a source's id defaults to it) and text.
   */
  readSource(file: string, text: string): ReadSource {
    const dir = this.options.directoryFor?.(file);
    const key = this.sourceKeyOf(file, text);
    let result = this.parses.get(key);
    if (result) return result;
    if (!dir) return readWorkspaceSource(file, text);
    const kept = this.read<ParseFile>(dir, key, (x) => isParseFile(x, text.length));
    if (kept) {
      this.parseHits++;
      result = parseFromFile(kept, file, text);
    } else {
      // Kept as the cache file holds it, read back: the paragraphs are then stretches of the file's text, not copies
      // of it and of the Markdown they were read from (a first load of 100 sources kept both, 10 MB more than a start
      // from the cache), and the parse is not kept a second time by readWorkspaceSource.
      result = parseFromFile(JSON.parse(this.write(dir, key, parseFileOf(key, parseWorkspaceSource(file, text), text))) as ParseFile, file, text);
    }
    // The document is all read from this text (and file name, under this code): its key stands for its content.
    if (result.document) rememberContentHash(result.document, key);
    return keep(this.parses, key, result, this.options.maxInMemory ?? 256);
  }

  /** The key of a source file's parse: its name (a source's id defaults to it) and text. */
  private sourceKeyOf(file: string, text: string): string {
    // Asked twice per file and load (prepare, then readSource): the last key of each file is kept with its text.
    const last = this.sourceKeys.get(file);
    if (last?.text === text) return last.key;
    const key = createHash('sha256').update(this.keyPrefix).update(`source\u0000${path.basename(file)}\u0000`).update(text).digest('hex');
    return keep(this.sourceKeys, file, { text, key }, this.options.maxInMemory ?? 256).key;
  }

  /** The key of the facts of the document parsed from a source file of this parse key (keyOf, once rememberContentHash has run). */
  private factsKeyOf(sourceKey: string): string {
    return createHash('sha256').update(this.keyPrefix).update(`read\u0000${sourceKey}`).digest('hex');
  }

  /**
   * Reads ahead, in worker threads, the sources that are neither in memory nor in the cache folder (a first start, a
   * workspace whose sources all changed): parsed and extracted there as readSource and extract would here, written to
   * the cache folder there, and handed back as the cache files hold them, which are read back here as from the cache
   * folder. Blocks until the workers are done (the fact base is built synchronously). A source a worker could not
   * read, or whose result is not what this cache would read from a file, is read here as before: never lost.
   */
  prepare(files: readonly { file: string; text: string }[]): void {
    const threads = this.options.workers ?? defaultWorkers();
    if (threads < 2 || files.length < MIN_PARALLEL_SOURCES) return;
    const jobs: ExtractionJob[] = [];
    const keys: string[] = [];
    for (const { file, text } of files) {
      const key = this.sourceKeyOf(file, text);
      if (this.parses.has(key)) continue;
      const dir = this.options.directoryFor?.(file);
      if (dir && fs.existsSync(ExtractionCache.fileOf(dir, key)) && fs.existsSync(ExtractionCache.fileOf(dir, this.factsKeyOf(key)))) continue;
      jobs.push({ file, text, dir });
      keys.push(key);
    }
    // Beyond what memory keeps, the first would be dropped before they are used.
    if (jobs.length < MIN_PARALLEL_SOURCES || jobs.length > (this.options.maxInMemory ?? 256)) return;
    // This thread reads sources too: one worker fewer than the threads.
    const workers = Math.min(threads - 1, Math.ceil(jobs.length / MIN_SOURCES_PER_WORKER) - 1);
    const readHere = new Set<number>();
    const here = (i: number) => {
      readHere.add(i);
      const { document } = this.readSource(jobs[i]!.file, jobs[i]!.text);
      // As buildFactBase hands a source to extract: its serialized form, read back.
      if (document) this.readAhead(deserializeSource(serializeSource(document)));
    };
    const { workerScript: script, workerStallMs: stallMs } = this.options;
    const results = extractInWorkers(jobs, { wording: this.lists, fingerprint: this.options.fingerprint ?? codeFingerprint() }, workers, here, { onProblem: (m) => this.options.onProblem?.(m), ...(script !== undefined ? { script } : {}), ...(stallMs !== undefined ? { stallMs } : {}) });
    jobs.forEach((job, i) => {
      const r = results[i];
      if (readHere.has(i)) return;
      if (r && this.adopt(job, keys[i]!, r)) this.workerReads++;
      else this.workerFailures++;
    });
  }

  /** Reads a source's facts and acts now, for read_ to count and keep when buildFactBase asks for them. */
  private readAhead(doc: SourceDocument): void {
    const key = this.keyOf(doc);
    if (this.memory.has(key) || this.prepared.has(key)) return;
    const dir = this.options.directoryFor?.(doc.file);
    this.prepared.set(key, this.extractNow(doc, key, dir));
  }

  /**
   * A source's statistics and dated acts and events, read from one parse of it, written to its cache file, and kept as
   * that file holds them, read back (cache folder or not): each value the facts repeat (a sentence several figures
   * are read from, the asserter, the source) one string, not a copy per fact or a stretch of the Markdown that keeps
   * the whole of it alive, so a first load keeps what a start from the cache keeps (for 100 sources, 14 MB less).
   */
  private extractNow(doc: SourceDocument, key: string, dir: string | undefined, parsed?: ParsedSources): SourceFacts {
    const source = laidOut(doc);
    keepParsed(parsed, doc, source);
    const facts = extractFacts(doc, this.wording(), source);
    const acts = extractDated(doc, this.wording(), source);
    const body: CacheFile = { format: CACHE_FORMAT, key, source: doc.meta.id, file: doc.file, ...packFacts(facts, acts) };
    const json = dir ? this.write(dir, key, body) : asciiJson(body);
    return unpackFacts(JSON.parse(json) as CacheFile) ?? { facts, acts };
  }

  /** Keeps in memory what a worker read from a source file, when it is what this cache would read from its cache files. */
  private adopt({ file, text }: ExtractionJob, key: string, r: ExportedSource): boolean {
    if (typeof r !== 'object' || r === null || !isCacheBody(r.parse, key) || !isParseFile(r.parse, text.length)) return false;
    const result = parseFromFile(r.parse, file, text);
    if (result.document) {
      rememberContentHash(result.document, key);
      const factsKey = this.keyOf(result.document);
      const read = isCacheBody(r.facts, factsKey) ? unpackFacts(r.facts) : undefined;
      if (!read) return false;
      this.prepared.set(factsKey, read);
    }
    keep(this.parses, key, result, this.options.maxInMemory ?? 256);
    return true;
  }

  /**
   * What a worker thread does with one source file (./extractWorker): reads it as readSource and extract would (no
   * cache file is read: the parent found none), writes the cache files, and gives what they hold.
   */
  exportSource(file: string, text: string, dir: string | undefined): ExportedSource {
    const key = this.sourceKeyOf(file, text);
    const result = readWorkspaceSource(file, text);
    const parse = parseFileOf(key, result, text);
    if (dir) this.write(dir, key, parse);
    if (!result.document) return { parse };
    rememberContentHash(result.document, key);
    // As buildFactBase hands a source to extract: its serialized form, read back.
    const doc = deserializeSource(serializeSource(result.document));
    const source = laidOut(doc);
    const read = { facts: extractFacts(doc, this.wording(), source), acts: extractDated(doc, this.wording(), source) };
    this.extractions++;
    const factsKey = this.keyOf(doc);
    const facts: CacheFile = { format: CACHE_FORMAT, key: factsKey, source: doc.meta.id, file: doc.file, ...packFacts(read.facts, read.acts) };
    if (dir) this.write(dir, factsKey, facts);
    return { parse, facts };
  }

  links(inputs: string, file: string, compute: () => SameMeasureRelation[]): SameMeasureRelation[] {
    const key = createHash('sha256').update(this.keyPrefix).update('links\u0000').update(inputs).digest('hex');
    let links = this.linkSets.get(key);
    if (links) return links;
    const dir = this.options.directoryFor?.(file);
    links = dir ? this.read<LinksFile>(dir, key, (x) => Array.isArray(x.relations) && x.relations.every(isSameMeasureRelation))?.relations : undefined;
    if (links) this.linkHits++;
    else {
      links = compute();
      if (dir) this.write(dir, key, { format: CACHE_FORMAT, key, relations: links });
    }
    return keep(this.linkSets, key, links, 4);
  }

  /** The cache file of a key, in a folder. */
  static fileOf(dir: string, key: string): string {
    return path.join(dir, `${key}.json`);
  }

  private readFacts(dir: string, key: string): SourceFacts | undefined {
    let read: SourceFacts | undefined;
    this.read<CacheFile>(dir, key, (x) => (read = unpackFacts(x)) !== undefined);
    return read;
  }

  /** A cache file's content, when it is one of this format and key and passes `valid`; else undefined (and told why). */
  private read<T extends { format: number; key: string }>(dir: string, key: string, valid: (x: T) => boolean): T | undefined {
    const file = ExtractionCache.fileOf(dir, key);
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      return undefined; // not cached yet
    }
    let cached: T;
    try {
      // Written in ASCII (asciiJson): decoded as Latin-1, at once and into one-byte strings.
      if (!isAscii(bytes)) throw new Error('not ASCII');
      cached = JSON.parse(bytes.toString('latin1')) as T;
    } catch {
      this.options.onProblem?.(`ignored the extraction cache file ${file}: not JSON (it is written again)`);
      return undefined;
    }
    if (!isCacheBody(cached, key) || !valid(cached)) {
      this.options.onProblem?.(`ignored the extraction cache file ${file}: not a cache file of this version (it is written again)`);
      return undefined;
    }
    // Used now: pruning removes the files used least recently.
    try {
      const now = new Date();
      fs.utimesSync(file, now, now);
    } catch {
      // a read-only folder: the file is still good
    }
    return cached;
  }

  /** Writes a cache file; gives its JSON (written or not). */
  private write(dir: string, key: string, body: CacheFile | ParseFile | LinksFile): string {
    const file = ExtractionCache.fileOf(dir, key);
    const tmp = `${file}.${process.pid}.${threadId}.${this.writes}.tmp`;
    const json = asciiJson(body);
    try {
      this.prepareFolder(dir);
      // Written whole, then renamed: a reader (another server, a CLI run) sees the old file or the new one, never half.
      fs.writeFileSync(tmp, `${json}\n`);
      fs.renameSync(tmp, file);
      this.writes++;
      this.prune(dir);
    } catch (e) {
      try {
        fs.rmSync(tmp, { force: true });
      } catch {
        // nothing was written
      }
      this.options.onProblem?.(`cannot write the extraction cache file ${file}: ${(e as Error).message}`);
    }
    return json;
  }

  /** The folder and its .gitignore, once per folder and cache. */
  private prepareFolder(dir: string): void {
    if (this.knownFolders.has(dir)) return;
    fs.mkdirSync(dir, { recursive: true });
    const ignore = path.join(dir, '.gitignore');
    if (!fs.existsSync(ignore)) fs.writeFileSync(ignore, GITIGNORE);
    this.knownFolders.add(dir);
  }

  /** Removes the cache files used least recently while the folder holds more than maxFiles (old contents of edited sources). */
  private prune(dir: string): void {
    const max = this.options.maxFiles ?? 1000;
    const names = fs.readdirSync(dir).filter((n) => /^[0-9a-f]{64}\.json$/.test(n));
    if (names.length <= max) return;
    const used = names.map((n) => ({ n, t: fs.statSync(path.join(dir, n), { throwIfNoEntry: false })?.mtimeMs ?? 0 })).sort((a, b) => a.t - b.t || (a.n < b.n ? -1 : 1));
    for (const { n } of used.slice(0, names.length - max)) fs.rmSync(path.join(dir, n), { force: true });
  }
}

/** Fewer sources than this are read one by one: starting a worker thread costs about as much as reading a few. */
const MIN_PARALLEL_SOURCES = 8;
/** A worker thread for every this many sources read ahead, up to the number of workers. */
const MIN_SOURCES_PER_WORKER = 4;

/**
 * How many threads prepare reads sources in (this one and its workers): TREATY_EXTRACTION_WORKERS, else, on a machine
 * of three cores or more, as many as it has (at most 4). On two cores, none: a load one source after another keeps
 * the second core half busy already (V8's garbage collection and compilation: 14 s of CPU in 9 s), and a worker
 * there gained nothing measurable (on a shared machine) while costing 1.5–2 s more CPU (a second heap to warm up).
 */
function defaultWorkers(): number {
  const given = Number.parseInt(process.env.TREATY_EXTRACTION_WORKERS ?? '', 10);
  if (Number.isInteger(given) && given >= 0) return given;
  const cores = os.availableParallelism();
  return cores >= 3 ? Math.min(4, cores) : 0;
}

/** Whether a value read from a cache file (or handed back by a worker) is a cache file of this format and key. */
function isCacheBody(x: unknown, key: string): x is { format: number; key: string } {
  return typeof x === 'object' && x !== null && (x as { format?: unknown }).format === CACHE_FORMAT && (x as { key?: unknown }).key === key;
}

/** Whether a parse file's body is one of a source file of `length` characters. */
function isParseFile(x: ParseFile, length: number): boolean {
  return Array.isArray(x.problems) && (x.document === undefined || isPackedSource(x.document, length)) && (x.citations === undefined || (Array.isArray(x.citations) && x.citations.every((c) => isStrings(c) && c.length === 2)));
}

/** A source file's parse as a cache file holds it. */
function parseFileOf(key: string, result: ReadSource, text: string): ParseFile {
  return { format: CACHE_FORMAT, key, problems: result.problems, ...(result.document ? { document: packSource(serializeSource(result.document), text) } : {}), ...(result.citations ? { citations: result.citations } : {}) };
}

/** A parse read back from a cache file, for the file as it lies now (it may lie elsewhere than where it was parsed). */
function parseFromFile(kept: ParseFile, file: string, text: string): ReadSource {
  return { problems: kept.problems.map((p) => ({ ...p, file })), ...(kept.document ? { document: deserializeSource({ ...unpackSource(kept.document, text), file }) } : {}), ...(kept.citations ? { citations: kept.citations } : {}) };
}

const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');
/** JSON with every character outside ASCII written as a `\\u` escape (what `read` decodes as Latin-1). */
function asciiJson(body: unknown): string {
  return JSON.stringify(body).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A string of a source, as the place where the file's text holds it from `from` on (else anywhere), or itself. */
function spanOf(s: string, text: string, from = 0): string | Span {
  if (s.length < 16) return s;
  let at = text.indexOf(s, from);
  if (at < 0 && from > 0) at = text.indexOf(s);
  return at < 0 ? s : [at, at + s.length];
}

function packSource(s: SerializedSource, text: string): PackedSource {
  let from = 0;
  // Where each heading is, looked for once: the paragraphs under a heading share it, and each search runs from the start.
  const headings = new Map<string, string | Span>();
  const headingSpan = (heading: string) => {
    let span = headings.get(heading);
    if (span === undefined) headings.set(heading, (span = spanOf(heading, text)));
    return typeof span === 'string' ? span : ([span[0], span[1]] as Span);
  };
  const paragraphs = s.paragraphs.map((p) => {
    const packed = spanOf(p.text, text, from);
    if (typeof packed !== 'string') from = packed[1];
    return { ...p, text: packed, heading: headingSpan(p.heading) };
  });
  return { ...s, paragraphs, footnotes: s.footnotes.map(([id, body]) => [id, spanOf(body, text)]) };
}

function unpackSource(s: PackedSource, text: string): SerializedSource {
  const at = (x: string | Span) => (typeof x === 'string' ? x : text.slice(x[0], x[1]));
  return { ...s, paragraphs: s.paragraphs.map((p) => ({ ...p, text: at(p.text), heading: at(p.heading) })), footnotes: s.footnotes.map(([id, body]) => [id, at(body)]) };
}

/** Whether a value read from a cache file is a string, or a place in a text of `length` characters. */
const isTextIn = (x: unknown, length: number): x is string | Span => typeof x === 'string' || (Array.isArray(x) && x.length === 2 && Number.isInteger(x[0]) && Number.isInteger(x[1]) && 0 <= x[0] && x[0] <= x[1] && x[1] <= length);

/** Whether a value read from a cache file is a packed source document, its places within a text of `length` characters. */
function isPackedSource(d: unknown, length: number): d is PackedSource {
  const x = d as Partial<PackedSource> | null;
  return !!x && typeof x === 'object' && typeof x.meta?.id === 'string' && Array.isArray(x.paragraphs) && x.paragraphs.every((p) => typeof p?.address === 'string' && isTextIn(p.text, length) && isTextIn(p.heading, length)) && Array.isArray(x.footnotes) && x.footnotes.every((f) => Array.isArray(f) && typeof f[0] === 'string' && isTextIn(f[1], length));
}

/** A source's facts and acts as a cache file holds them (CacheFile): each distinct value, key list, stem and phrase once. */
function packFacts(facts: ExtractedFact[], acts: (ExtractedAct | ExtractedEvent)[]): Pick<CacheFile, 'values' | 'shapes' | 'facts' | 'acts' | 'stems'> {
  const values = table<unknown>();
  const shapes = table<string[]>();
  const pack = (x: object) => {
    const keys = Object.keys(x).filter((k) => (x as Record<string, unknown>)[k] !== undefined);
    return [shapes.numberOf(keys), ...keys.map((k) => values.numberOf((x as Record<string, unknown>)[k]))];
  };
  const stems = table<string>();
  const phrases = table<number[]>();
  const phrase = (words: string[]) => phrases.numberOf(words.map((w) => stems.numberOf(w)));
  // The facts of a source share most of their words: each phrase is read once. The stems are kept with the fact, so
  // that the fact base built from these facts does not read them again.
  const read = new Map<string, string[]>();
  const stemsOf = (p: string) => {
    let found = read.get(p);
    if (!found) read.set(p, (found = contentStems(p)));
    return found;
  };
  const stemsOfRow = (f: ExtractedFact | ExtractedAct | ExtractedEvent): [number, number, number[]] => {
    const s = stemsOfFact(f, stemsOf);
    rememberStems(f, s);
    return [s.unitStem === undefined ? -1 : stems.numberOf(s.unitStem), phrase(s.measureStems), s.termStems.map(phrase)];
  };
  const factStems = facts.map(stemsOfRow);
  const actStems = acts.map(stemsOfRow);
  return { values: values.list, shapes: shapes.list, facts: facts.map(pack), acts: acts.map(pack), stems: { stems: stems.list, phrases: phrases.list, facts: factStems, acts: actStems } };
}

/**
 * A list of distinct values, each numbered by where it is in the list: values with the same JSON are one. A string
 * or a finite number is looked up as itself (its JSON is as unique; writing each as JSON to look it up was most of
 * packing), anything else by its JSON.
 */
function table<T>(): { list: T[]; numberOf: (x: T) => number } {
  const list: T[] = [];
  const primitives = new Map<string | number, number>();
  const others = new Map<string, number>();
  return {
    list,
    numberOf(x: T): number {
      const primitive = typeof x === 'string' || (typeof x === 'number' && Number.isFinite(x));
      const key = primitive ? (x as string | number) : JSON.stringify(x);
      const numbers = primitive ? primitives : others;
      let n = (numbers as Map<string | number, number>).get(key);
      if (n === undefined) (numbers as Map<string | number, number>).set(key, (n = list.push(x) - 1));
      return n;
    },
  };
}

/**
 * A cache file's facts and acts as objects again (marked as extracted, with their stems), or undefined when the file
 * is not what packFacts writes. Values repeated in the file are one instance in memory (facts are never changed).
 */
function unpackFacts(x: CacheFile): SourceFacts | undefined {
  const { values, shapes, stems } = x;
  if (!Array.isArray(values) || !Array.isArray(shapes) || !shapes.every(isStrings) || !Array.isArray(x.facts) || !Array.isArray(x.acts)) return undefined;
  if (!stems || typeof stems !== 'object' || !isStrings(stems.stems) || !Array.isArray(stems.phrases) || !Array.isArray(stems.facts) || stems.facts.length !== x.facts.length || !Array.isArray(stems.acts) || stems.acts.length !== x.acts.length) return undefined;
  const numbers = (row: unknown, below: number): row is number[] => Array.isArray(row) && row.every((n) => Number.isInteger(n) && n >= 0 && n < below);
  if (!stems.phrases.every((p) => numbers(p, stems.stems.length))) return undefined;
  const phrases = stems.phrases.map((p) => p.map((n) => stems.stems[n]!));
  const unpack = (row: unknown): Record<string, unknown> | undefined => {
    if (!numbers(row, values.length) || !row.length || row[0]! >= shapes.length) return undefined;
    const keys = shapes[row[0]!]!;
    if (row.length !== keys.length + 1) return undefined;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) out[keys[i]!] = values[row[i + 1]!];
    return out;
  };
  /** Gives a fact or act its stems as packed (false when they are not what packFacts writes). */
  const withStems = (f: Fact, s: unknown): boolean => {
    if (!Array.isArray(s) || s.length !== 3 || !Number.isInteger(s[0]) || s[0] < -1 || s[0] >= stems.stems.length || !numbers([s[1]], phrases.length) || !numbers(s[2], phrases.length)) return false;
    const measureStems = phrases[s[1]]!;
    const termStems = s[2].map((n) => phrases[n]!);
    // (An object literal of its own for each case: a spread into one was a tenth of reading the facts back.)
    rememberStems(f, s[0] >= 0 ? { unitStem: stems.stems[s[0]]!, measureStems, termStems } : { measureStems, termStems });
    return true;
  };
  const facts: ExtractedFact[] = [];
  for (let i = 0; i < x.facts.length; i++) {
    const f = unpack(x.facts[i]);
    if (!isExtractedFact(f) || !withStems(f, stems.facts[i])) return undefined;
    markExtracted(f);
    facts.push(f);
  }
  const acts: (ExtractedAct | ExtractedEvent)[] = [];
  for (let i = 0; i < x.acts.length; i++) {
    const a = unpack(x.acts[i]);
    if (!isExtractedAct(a) || !withStems(a, stems.acts[i])) return undefined;
    acts.push(a);
  }
  return { facts, acts };
}

/** Whether a value read from a cache file has the fields every extracted fact has. */
function isExtractedFact(f: unknown): f is ExtractedFact {
  const x = f as Partial<ExtractedFact> | null;
  return !!x && typeof x === 'object' && typeof x.id === 'string' && x.type === 'statistic' && typeof x.measure === 'string' && typeof x.value === 'number' && typeof x.value_text === 'string' && typeof x.unit === 'string' && Array.isArray(x.terms) && typeof x.quote === 'string' && typeof x.paragraph === 'string' && typeof x.source === 'string' && typeof x.asserted_on === 'string' && typeof x.asserted_by?.name === 'string' && x.origin === 'workspace';
}

/** Whether a value read from a cache file has the fields every extracted dated act (or dated event) has. */
function isExtractedAct(f: unknown): f is ExtractedAct | ExtractedEvent {
  const x = f as Partial<ExtractedAct> | Partial<ExtractedEvent> | null;
  if (!x || typeof x !== 'object') return false;
  const kind = x.type === 'dated-act' ? typeof x.act?.kind === 'string' && typeof x.act.number === 'string' : x.type === 'event';
  return kind && typeof x.id === 'string' && typeof x.measure === 'string' && typeof x.date === 'string' && typeof x.date_text === 'string' && isStrings(x.terms) && typeof x.quote === 'string' && typeof x.paragraph === 'string' && typeof x.source === 'string' && typeof x.asserted_on === 'string' && typeof x.asserted_by?.name === 'string' && x.origin === 'workspace';
}

/** Set by the build (scripts/build.mjs): a hash of the engine's source files, the same for the server and the CLI. */
declare const __TREATY_CODE_FINGERPRINT__: string | undefined;

let fingerprint: string | undefined;
/**
 * A fingerprint of the code that extracts: the build's hash of server/src; in a bundle built otherwise (the
 * benchmark's), a hash of the bundle; from source (tests, scripts), a hash of the source files under server/src.
 */
export function codeFingerprint(): string {
  if (fingerprint) return fingerprint;
  if (typeof __TREATY_CODE_FINGERPRINT__ === 'string') return (fingerprint = __TREATY_CODE_FINGERPRINT__);
  const h = createHash('sha256');
  if (/\.[cm]?js$/.test(__filename)) h.update(fs.readFileSync(__filename));
  else for (const f of sourceFiles(path.resolve(__dirname, '..'))) h.update(`${path.relative(__dirname, f)}\u0000`).update(fs.readFileSync(f));
  return (fingerprint = h.digest('hex').slice(0, 16));
}

/** The .ts files below a folder, in a fixed order. */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(p));
    else if (e.name.endsWith('.ts')) out.push(p);
  }
  return out;
}
