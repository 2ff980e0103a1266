import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FactBase, relationMembers } from './factBase';
import { readCompiledData } from './compiledData';
import { checkConsistency, deserializeSource, readFactFile, type FactBaseData } from './loadData';
import type { DataProblem } from './types';
import { addWorkspaceSources, type WorkspaceSourceFile } from '../sources/workspaceSources';
import { breakdownRelations, FactExtractor, isExtracted, knownContentHash, type ExtractedFact, type ParsedSources } from '../sources/extractFacts';
import type { SourceFactReader } from '../sources/extractionCache';
import { NO_WORDING, WordingIndex } from './wording';
import { linkFacts } from '../sources/factLinks';

export type { WorkspaceSourceFile };

/**
 * Where the bundled data lives: next to the bundle (server/out/data.json, written by the build),
 * else the data folder itself (when running from source).
 */
export function dataRoot(): string {
  return path.resolve(__dirname, '..', 'data');
}

let cached: FactBaseData | undefined;

/**
 * `TREATY_DATA_FILE` names another compiled fact base (same format as server/out/data.json) to use instead of the
 * bundled one, for benchmarks and for deployments with a larger catalogue. It is read from the environment of the
 * process only, never from settings, so a workspace (trusted or not) cannot point the server at a file.
 */
export const DATA_FILE_VARIABLE = 'TREATY_DATA_FILE';

export function loadBundledData(): FactBaseData {
  if (cached) return cached;
  const override = process.env[DATA_FILE_VARIABLE];
  if (override) {
    cached = readCompiledData(path.resolve(override));
    return cached;
  }
  const compiled = path.join(__dirname, 'data.json');
  if (fs.existsSync(compiled)) {
    cached = readCompiledData(compiled);
    return cached;
  }
  // Running from source (tests, scripts): read and validate the data folder.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { loadDataDirectory } = require('./loadData') as typeof import('./loadData');
  const dir = [path.resolve(__dirname, '..', '..', 'data'), path.resolve(__dirname, '..', 'data')].find((d) => fs.existsSync(path.join(d, 'sources')))!;
  const { data, problems } = loadDataDirectory(dir);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new Error(`bundled data is broken:\n${errors.map((p) => `${p.file}:${p.line}:${p.column} ${p.path}: ${p.message}`).join('\n')}`);
  cached = data;
  return cached;
}

/** The bundled source file of a source id, for go-to-definition. */
export function bundledSourcePath(sourceId: string): string | undefined {
  for (const dir of [path.resolve(__dirname, '..', 'data', 'sources'), path.resolve(__dirname, '..', '..', 'data', 'sources')]) {
    const p = path.join(dir, `${sourceId}.md`);
    if (fs.existsSync(p)) return p;
  }
  return undefined;
}

export interface WorkspaceFactsFile {
  file: string;
  text: string;
}

export interface FactBaseOptions {
  /** The workspace's own sources (`.treaty/sources/*.md`, `--sources`). */
  sources?: WorkspaceSourceFile[];
  /** False: leave out the bundled facts, sources and catalogue (setting treatyReport.bundledFacts, `--no-bundled`). */
  bundled?: boolean;
  /**
   * Reads the statistics of the workspace sources into facts, once per source content: an ExtractionCache (the server
   * keeps one for its life, the CLI one per run; both also keep the facts on disk under `.treaty/cache`). Without it,
   * a new FactExtractor is made for this call.
   */
  extractor?: SourceFactReader;
}

/**
 * The bundled data without what it knows of the bundled documents (facts, relations, sources, catalogue): what is
 * left are the vocabulary's synonyms and the wording lists, which are about English, not about a country.
 */
function withoutBundledDocuments(data: FactBaseData): FactBaseData {
  return { ...data, sources: [], facts: [], relations: [], documents: [] };
}

/**
 * Every statistic of each workspace source as a fact, quoted from it with its paragraph, author and date (issue #17).
 * A curated fact (bundled, or a workspace facts file, which is merged after this) with the same id wins.
 */
function withExtractedFacts(data: FactBaseData, base: FactBaseData, extractor: SourceFactReader | undefined, parsed: ParsedSources): FactBaseData {
  const known = new Set(base.sources.map((s) => s.meta.id));
  const workspace = data.sources.filter((s) => !known.has(s.meta.id) || !base.sources.includes(s));
  if (!workspace.length) return data;
  const reader = extractor ?? new FactExtractor(new WordingIndex(data.wording ?? NO_WORDING));
  const curated = new Set(data.facts.map((f) => f.id));
  const statistics: ExtractedFact[] = [];
  const extracted = workspace.flatMap((s) => {
    const doc = deserializeSource(s);
    const own = reader.extract(doc, parsed).filter((f) => !curated.has(f.id));
    statistics.push(...own);
    return [...own, ...reader.extractActs(doc).filter((f) => !curated.has(f.id))];
  });
  // The breakdowns read with the facts, among those kept (a curated fact of the same id is the reviewer's).
  const kept = new Set(statistics.map((f) => f.id));
  const relations = breakdownRelations(statistics).filter((r) => r.kind === 'total-parts' && kept.has(r.total));
  return extracted.length ? { ...data, facts: [...data.facts, ...extracted], relations: [...data.relations, ...relations] } : data;
}

/**
 * The bundled facts plus a workspace's own sources (`.treaty/sources/*.md`) and facts (`.treaty/facts/*.yaml`). A
 * broken workspace file is reported in place and left out; the bundled data and the other files always load.
 */
export function buildFactBase(workspaceFiles: WorkspaceFactsFile[] = [], options: FactBaseOptions = {}): { facts: FactBase; problems: DataProblem[] } {
  const loaded = loadBundledData();
  const base = options.bundled === false ? withoutBundledDocuments(loaded) : loaded;
  const reader = options.extractor;
  const read = reader?.readSource ? (file: string, text: string) => reader.readSource!(file, text) : undefined;
  // Sources not yet read are read ahead all at once where the reader can (worker threads), then one by one below.
  if (options.sources?.length) reader?.prepare?.(options.sources);
  const added = options.sources?.length ? addWorkspaceSources(base, options.sources, read) : { data: base, problems: [] };
  // The pieces of the sources parsed to extract their facts, for linking to read the facts back from (this call only).
  const parsed: ParsedSources = new Map();
  const withSources = { data: withExtractedFacts(added.data, base, options.extractor, parsed), problems: added.problems };
  const bundled = withSources.data;
  if (!workspaceFiles.length) return { facts: withLinks(bundled, options.extractor, parsed), problems: withSources.problems };
  const problems: DataProblem[] = [...withSources.problems];
  const extraFacts: FactBaseData['facts'] = [];
  const extraRelations: FactBaseData['relations'] = [];
  const extraSynonyms: NonNullable<FactBaseData['synonyms']> = [];
  for (const wf of workspaceFiles) {
    const fileProblems: DataProblem[] = [];
    const r = readFactFile(wf.file, wf.text, 'workspace', fileProblems);
    const merged: FactBaseData = { ...bundled, facts: [...bundled.facts.filter((f) => !r.facts.some((w) => w.id === f.id)), ...extraFacts, ...r.facts], relations: [...bundled.relations, ...extraRelations, ...r.relations] };
    // Only this file's own problems count against it: bundled data was checked at build.
    const own = checkConsistency(merged).filter((p) => p.file === wf.file);
    fileProblems.push(...own);
    problems.push(...fileProblems);
    if (fileProblems.some((p) => p.severity === 'error')) continue;
    extraFacts.push(...r.facts);
    extraRelations.push(...r.relations);
    extraSynonyms.push(...r.synonyms);
  }
  const overridden = new Set(extraFacts.map((f) => f.id));
  // A curated fact of a statistic (same source, paragraph and value) takes the place of the one extraction made.
  const curatedStatistic = new Set(extraFacts.map((f) => `${f.source}\u0001${f.paragraph}\u0001${f.value}`));
  const kept = bundled.facts.filter((f) => !overridden.has(f.id) && !(isExtracted(f) && curatedStatistic.has(`${f.source}\u0001${f.paragraph}\u0001${f.value}`)));
  // (A breakdown read from a source goes with the extracted facts a curated one replaced.)
  const present = new Set([...kept, ...extraFacts].map((f) => f.id));
  const relations = bundled.relations.filter((r) => relationMembers(r).every((id) => present.has(id)));
  const data: FactBaseData = { ...bundled, facts: [...kept, ...extraFacts], relations: [...relations, ...extraRelations], synonyms: [...(bundled.synonyms ?? []), ...extraSynonyms] };
  return { facts: withLinks(data, options.extractor, parsed), problems };
}

/**
 * The fact base, with the facts read from workspace sources linked to those other sources state for the same measure
 * (updates and disputes, ../sources/factLinks): what the curated base records by hand in its relations.
 */
function withLinks(data: FactBaseData, reader: SourceFactReader | undefined, parsed: ParsedSources): FactBase {
  const facts = new FactBase(data);
  const extracted = new Set(data.facts.filter(isExtracted).map((f) => f.id));
  if (!extracted.size) return facts;
  const workspaceFile = data.sources.find((s) => s.origin === 'workspace')?.file;
  // Linking reads every linked fact back from its source: kept, where the reader keeps things, by what it read.
  const links = reader?.links && workspaceFile ? reader.links(linkInputs(data), workspaceFile, () => linkFacts(facts, extracted, parsed)) : linkFacts(facts, extracted, parsed);
  facts.addRelations(links);
  return facts;
}

/**
 * What the links of a fact base are computed from: its facts, its own relations and synonyms, and its sources' text
 * (what a fact's sentence is read back from). A fact extraction made is named by its id alone: it is what its
 * source's text gives, and the key of the links also holds the extraction's code and wording lists
 * (ExtractionCache.links). The JSON of the whole fact base, hashed, was a fifth of a start from the cache. A source
 * whose file's text was hashed when it was read is named by that hash (knownContentHash).
 */
function linkInputs(data: FactBaseData): string {
  const h = createHash('sha256');
  h.update(data.facts.map((f) => (isExtracted(f) ? `x\u0000${f.id}` : JSON.stringify(f))).join('\u0001'));
  h.update(`\u0002${JSON.stringify(data.relations)}\u0002${JSON.stringify(data.synonyms ?? [])}`);
  for (const s of data.sources) {
    // A source read whole from a file whose text was hashed (ExtractionCache.readSource): that hash stands for it.
    const known = knownContentHash(s.meta, s.paragraphs, s.footnotes);
    if (known) {
      h.update(`\u0002${known}\u0000${s.origin ?? ''}`);
      continue;
    }
    const paragraphs = s.paragraphs.map((p) => `${p.address}\u0000${p.heading}\u0000${p.text}\u0000${p.footnotes.join('\u0000')}`).join('\u0001');
    const footnotes = s.footnotes.map(([id, text]) => `${id}\u0000${text}`).join('\u0001');
    h.update(`\u0002${JSON.stringify(s.meta)}\u0000${s.origin ?? ''}\u0002${paragraphs}\u0002${footnotes}`);
  }
  return h.digest('hex');
}
