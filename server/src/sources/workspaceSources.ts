/**
 * Workspace sources: documents a team adds in `.treaty/sources/*.md` (CLI: `--sources`), read like the bundled
 * sources and merged into the fact base, so that their symbols and paragraphs are known, cited, completed and quoted
 * by workspace facts. No LSP here: the server and the CLI hand in file names and texts.
 */
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { parseYaml, validateAgainst, type PositionedYaml } from '../facts/dataFile';
import { keep } from '../facts/remember';
import { findCitations } from '../parse/citations';
import { normaliseSymbol } from '../facts/factBase';
import { serializeSource, type FactBaseData, type SerializedSource } from '../facts/loadData';
import { parseSourceDocument } from '../facts/sourceDocument';
import type { CatalogueDocument, DataProblem, SourceDocument, SourceMeta } from '../facts/types';

export interface WorkspaceSourceFile {
  file: string;
  text: string;
}

export interface ReadSource {
  /** The source, when the file has no error (warnings leave it in). */
  document?: SourceDocument;
  problems: DataProblem[];
  /** The document's citations of other documents (sourceCitations), found once per parse and kept with it. */
  citations?: SourceCitation[];
}

/** A document a source cites: its symbol, and where the source cites it (" (title)", ", paragraph 12", ", footnote 3"). */
export type SourceCitation = [symbol: string, where: string];

/** The last parse of each file, by the hash of its text: a source is parsed once per content version. */
const parsed = new Map<string, { hash: string; result: ReadSource }>();
/** How many files' parses are kept (the oldest is dropped first). */
const MAX_CACHED = 1000;

/** Reads one workspace source, or gives the parse of the same text read before. */
export function readWorkspaceSource(file: string, text: string): ReadSource {
  const hash = createHash('sha256').update(text).digest('hex');
  const hit = parsed.get(file);
  if (hit?.hash === hash) return hit.result;
  return keep(parsed, file, { hash, result: parseWorkspaceSource(file, text) }, MAX_CACHED).result;
}

let parses = 0;
/** How many parses `readWorkspaceSource` has made (for tests of the cache). */
export const sourceParseCount = (): number => parses;

/** Parses one workspace source (readWorkspaceSource without its memory of the last parse of each file). */
export function parseWorkspaceSource(file: string, raw: string): ReadSource {
  parses++;
  const text = raw.replace(/^\uFEFF/, '');
  const problems: DataProblem[] = [];
  // The front matter parsed once, as a data file's YAML is (no tags resolved, keys unique, aliases bounded), its
  // problems reported after those of the document.
  const yamlProblems: DataProblem[] = [];
  const front: { yaml?: PositionedYaml } = {};
  const r = parseSourceDocument(file, text, { numbering: true, undefinedFootnote: 'warning', readFrontMatter: (yaml) => (front.yaml = parseYaml(file, yaml, yamlProblems, 1)).data });
  problems.push(...r.problems);
  const { yaml } = front;
  if (!r.document || !yaml) return { problems };
  problems.push(...yamlProblems);
  if (yaml.data === undefined || !validateAgainst('workspace-source-meta', file, yaml, problems)) return { problems };
  const given = yaml.data as Partial<SourceMeta> & { title: string };
  if (!r.document.order.length) {
    problems.push({ file, line: text.split(/\r?\n/).indexOf('---', 1) + 2, column: 1, path: '', message: 'no addressable paragraph: number the paragraphs as the document does ("1.", "2." … at the start of a paragraph, "(a)" under a number), or put an anchor <a id="ADDRESS"></a> before each', severity: 'error' });
  }
  if (problems.some((p) => p.severity === 'error')) return { problems };
  const meta: SourceMeta = {
    ...given,
    id: given.id ?? idFromFile(file),
    title: given.title,
    date: given.date ?? '',
    // Messages name a source by its symbol, else its short title, else its title and date.
    ...(given.symbol || given.short_title || given.date ? {} : { short_title: given.title }),
  };
  const document: SourceDocument = { ...r.document, meta, origin: 'workspace' };
  return { document, problems, citations: sourceCitations(serializeSource(document)) };
}

/** "Our CO (2024).md" → "our-co-2024". */
export function idFromFile(file: string): string {
  return path.basename(file).replace(/\.(md|markdown)$/i, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'source';
}

/** The catalogue's kind of document, read from its symbol: CAT/C/KAZ/CO/4, CAT/C/KAZ/Q/4, CAT/C/KAZ/4 … */
export function kindFromSymbol(symbol: string): string {
  const s = normaliseSymbol(symbol);
  if (/\/CO\/\d/.test(s)) return 'concluding-observations';
  if (/\/(Q|LOI|QPR)\/\d/.test(s)) return 'list-of-issues';
  if (/\/RQ\/\d/.test(s)) return 'state-reply';
  if (/^[A-Z]+(\/[A-Z]+)?\/C\/[A-Z]{3}\/\d+$/.test(s)) return 'periodic-report';
  return 'other';
}

/**
 * The documents the workspace sources cite that the catalogue does not hold ("CAT/C/KAZ/CO/4, para. 28" in a State
 * reply, "A/HRC/43/46/Add.1, para. 40" in a footnote, the symbol a source responds to): a document a source cites
 * exists, so a draft citing it is not citing an unknown document. Nothing is known of its paragraphs, so none is
 * reported missing. Each is catalogued once, with the first source and paragraph that cites it.
 */
export function citedDocuments(sources: SerializedSource[], catalogue: CatalogueDocument[], citationsOf: (source: SerializedSource) => SourceCitation[] = sourceCitations): CatalogueDocument[] {
  const known = new Set(catalogue.flatMap((d) => [d.symbol, ...(d.corrigenda ?? [])].map(normaliseSymbol)));
  const out: CatalogueDocument[] = [];
  for (const s of sources) {
    for (const [symbol, where] of citationsOf(s)) {
      const key = normaliseSymbol(symbol);
      if (known.has(key)) continue;
      known.add(key);
      out.push({ symbol, kind: kindFromSymbol(symbol), title: symbol, body: '', source: null, note: `cited in ${s.meta.id}${where}; not a workspace source` });
    }
  }
  return out;
}

/**
 * The documents a source cites, in the order of the source (the symbols it responds to, its title, paragraphs and
 * footnotes), as often as it cites them. Found when the source is parsed and kept with the parse: searching a hundred
 * sources' paragraphs again took a tenth of a start from the cache.
 */
export function sourceCitations(s: SerializedSource): SourceCitation[] {
  const out: SourceCitation[] = [];
  for (const symbol of s.meta.responds_to ?? []) if (symbol.includes('/')) out.push([symbol, ' (responds_to)']);
  const texts: [string, string][] = [[s.meta.title, ' (title)'], ...s.paragraphs.map((p) => [p.text, `, paragraph ${p.address}`] as [string, string]), ...s.footnotes.map(([id, text]) => [text, `, footnote ${id}`] as [string, string])];
  for (const [text, where] of texts) for (const c of findCitations(text)) if (c.symbol) out.push([c.symbol, where]);
  return out;
}

/** 1-based line of a front matter key (`id:`, `symbol:`), else 1. */
function lineOfKey(text: string, key: string): number {
  const i = text.split(/\r?\n/).findIndex((l, n) => n > 0 && l.startsWith(`${key}:`));
  return i < 0 ? 1 : i + 1;
}

/**
 * The fact base data with the workspace sources added: each source's paragraphs, and its symbol in the catalogue
 * (a catalogued symbol gets the source's text; a new one is catalogued). A workspace source with the id of a bundled
 * one replaces it. A broken file, or one that repeats another workspace source's id or symbol, is reported in place
 * and left out; the others load. `read` reads a file (an ExtractionCache's readSource keeps parses across starts).
 */
export function addWorkspaceSources(base: FactBaseData, files: WorkspaceSourceFile[], read: (file: string, text: string) => ReadSource = readWorkspaceSource): { data: FactBaseData; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const added: SerializedSource[] = [];
  const citations = new Map<SerializedSource, SourceCitation[]>();
  const byId = new Map<string, string>();
  const bySymbol = new Map<string, string>();
  for (const f of files) {
    const r = read(f.file, f.text);
    problems.push(...r.problems);
    const doc = r.document;
    if (!doc) continue;
    const id = doc.meta.id;
    const symbol = doc.meta.symbol ? normaliseSymbol(doc.meta.symbol) : undefined;
    if (byId.has(id)) {
      problems.push({ file: f.file, line: lineOfKey(f.text, 'id'), column: 1, path: 'id', message: `source id "${id}" is already used by ${byId.get(id)}: give this source another id`, severity: 'error' });
      continue;
    }
    if (symbol && bySymbol.has(symbol)) {
      problems.push({ file: f.file, line: lineOfKey(f.text, 'symbol'), column: 1, path: 'symbol', message: `symbol ${doc.meta.symbol} is already the symbol of ${bySymbol.get(symbol)}`, severity: 'error' });
      continue;
    }
    byId.set(id, f.file);
    if (symbol) bySymbol.set(symbol, f.file);
    const serialized = serializeSource(doc);
    added.push(serialized);
    if (r.citations) citations.set(serialized, r.citations);
  }
  if (!added.length) return { data: base, problems };

  const documents = [...base.documents];
  for (const s of added) {
    if (!s.meta.symbol) continue;
    const symbol = normaliseSymbol(s.meta.symbol);
    const at = documents.findIndex((d) => normaliseSymbol(d.symbol) === symbol || (d.corrigenda ?? []).some((c) => normaliseSymbol(c) === symbol));
    if (at >= 0) {
      // Catalogued already (with subjects, aliases …): the catalogue entry now reads its text from this source.
      documents[at] = { ...documents[at]!, source: s.meta.id };
      continue;
    }
    const entry: CatalogueDocument = {
      symbol: s.meta.symbol,
      kind: s.meta.kind ?? kindFromSymbol(s.meta.symbol),
      title: s.meta.title,
      body: s.meta.issuing_body ?? s.meta.author ?? '',
      source: s.meta.id,
    };
    if (s.meta.date) entry.date = s.meta.date;
    if (s.meta.aliases?.length) entry.aliases = s.meta.aliases;
    documents.push(entry);
  }
  documents.push(...citedDocuments(added, documents, (s) => citations.get(s) ?? sourceCitations(s)));
  const replaced = new Set(added.map((s) => s.meta.id));
  const sources = [...base.sources.filter((s) => !replaced.has(s.meta.id)), ...added];
  return { data: { ...base, sources, documents }, problems };
}
