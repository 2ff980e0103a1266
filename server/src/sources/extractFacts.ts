/**
 * Statistic facts read from a source document (issue #17): every statistic figure of every paragraph becomes a fact
 * in the facts files' shape, with its verbatim sentence as the quote, its paragraph, who asserted it and when. Plain
 * TypeScript: no editor, no protocol. The figures are found and read as the checker reads a draft (findFigures,
 * figurePlace: where a figure stands in the checker's figureContext), so an extracted fact says what the checker would understand the sentence to say.
 */
import { createHash } from 'node:crypto';
import { figurePlace } from '../checks/figureContext';
import { foldSpace } from '../facts/sourceDocument';
import type { AsserterKind, Fact, Relation, SourceDocument, SourceMeta, SourceParagraph } from '../facts/types';
import { totalAgrees } from '../facts/loadData';
import type { WordingIndex } from '../facts/wording';
import { findCitations } from '../parse/citations';
import { findFigures, type Figure } from '../parse/figures';
import { isCountedNoun, isPersonNoun } from './countedNouns';
import { extractDated, type ExtractedAct } from './extractActs';
import type { ExtractedEvent } from './extractEvents';
import { remember } from '../facts/remember';
import { escapeRegExp } from '../facts/words';
import { buildReportModel, keepChunks, type ChunkStore, type ProseBlock, type ReportModel } from '../parse/reportModel';
import { MONTH_PATTERN as MONTHS } from '../facts/dates';

/**
 * An extracted fact: a statistic with the fields the facts schema requires, from a workspace source. `part_of` is the
 * id of the fact its sentence names as its whole ("211,918 persons, of which: … legal advice - 90,133"): what
 * breakdownRelations turns into the `total-parts` relations a curated base records by hand.
 */
export type ExtractedFact = Fact & { type: 'statistic'; value: number; value_text: string; unit: string; origin: 'workspace'; part_of?: string };

/** The units findFigures reads, as the facts files write them. */
const UNIT_NAMES: Record<NonNullable<Figure['unit']>, string> = { 'per-cent': 'per-cent', tenge: 'tenge', usd: 'US dollars', eur: 'EUR', mci: 'MCI', hours: 'hours', days: 'days', months: 'months', years: 'years', times: 'times' };

/** Nouns whose plural does not end in -s, and words in -s that are no nouns: what the counted-noun reader must know. */
const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'police', 'staff', 'personnel', 'youth', 'militia', 'media']);
const NOT_PLURAL_NOUNS = new Set(['this', 'thus', 'was', 'has', 'its', 'his', 'whereas', 'various', 'serious', 'numerous', 'previous', 'always', 'perhaps', 'towards', 'besides', 'afterwards', 'across', 'unless', 'less', 'us', 'as', 'is', 'yes', 'does', 'goes', 'includes', 'remains', 'means', 'nevertheless', 'regardless', 'countless', 'various', 'obvious', 'anonymous', 'tremendous', 'continuous', 'dangerous', 'religious', 'famous', 'gross', 'plus', 'minus', 'bonus', 'status', 'basis', 'analysis', 'crisis', 'thesis', 'emphasis', 'process', 'access', 'success', 'address', 'progress', 'business', 'witness', 'illness', 'gas', 'bus', 'focus', 'consensus', 'census', 'corpus', 'habeas']);
const VERB_AFTER = /^(?:were|was|are|is|have|has|had|been|being|be|will|would|shall|should|can|could|may|might|must|did|do|does)$/;
/** Words that may stand between a figure and its counted noun ("151 dead civilians", "40,000 video surveillance cameras"). */
const MAX_NOUN_DISTANCE = 5;
/** Prepositions and other words after which nothing more of a counted phrase follows. */
const PHRASE_STOP = /^(?:in|on|at|to|for|by|with|from|during|since|until|into|under|over|through|between|among|against|who|which|that|whom|whose|where|when|while|and|or|but|as|than|were|was|are|is|have|has|had|been|be|will|would|could|should|may|might|must|shall|did|do|does|per|each|including|out|according)$/;
const ANTECEDENT = /^\s*(?:\([^()]{0,12}\)\s*)?(?:of|out of|among|from)\s+(?:them|these|those|whom|which)\b/i;

/** The content hash of each document object: extraction, acts and the cache each ask for it. */
const contentHashes = new WeakMap<SourceDocument, string>();

/** A stable key for what an extraction reads: the document's meta and paragraphs (not where the file lies). */
export function sourceContentHash(doc: SourceDocument): string {
  let hash = contentHashes.get(doc);
  if (hash === undefined) contentHashes.set(doc, (hash = knownContentHash(doc.meta, doc.order.map((a) => doc.paragraphs.get(a)!), doc.footnotes) ?? contentHashOf(doc)));
  return hash;
}

/** A document read from a file whose text was hashed: its parts, and that hash. */
interface KnownContent {
  paragraphs: SourceParagraph[];
  footnotes: [string, string][];
  hash: string;
}
/** By the meta object, which a document's copies (serializeSource, deserializeSource) share with it, as they share its paragraphs. */
const knownContents = new WeakMap<SourceMeta, KnownContent>();

/**
 * Says that a document is all read from a text whose hash (with everything else the reading depends on: the file's
 * name, the code) is `hash`: the hash of that text stands for the document's content, and its text is not hashed
 * again (a hundred sources' paragraphs were hashed twice at every start from the cache: for their facts' key and for
 * the links'). A hash that covers less than the document is no content hash: this is for whole reads of a file.
 */
export function rememberContentHash(doc: SourceDocument, hash: string): void {
  knownContents.set(doc.meta, { paragraphs: doc.order.map((a) => doc.paragraphs.get(a)!), footnotes: [...doc.footnotes], hash: `read\u0000${hash}` });
}

/**
 * The hash given by rememberContentHash for a document of this meta, paragraphs and footnotes, when they are the very
 * objects and strings of that document (documents are never changed: the same objects are the same content); else
 * undefined.
 */
export function knownContentHash(meta: SourceMeta, paragraphs: readonly SourceParagraph[], footnotes: Iterable<[string, string]>): string | undefined {
  const known = knownContents.get(meta);
  if (!known || known.paragraphs.length !== paragraphs.length || !paragraphs.every((p, i) => p === known.paragraphs[i])) return undefined;
  let i = 0;
  for (const [id, text] of footnotes) {
    const k = known.footnotes[i++];
    if (!k || k[0] !== id || k[1] !== text) return undefined;
  }
  return i === known.footnotes.length ? known.hash : undefined;
}

function contentHashOf(doc: SourceDocument): string {
  const h = createHash('sha256');
  h.update(JSON.stringify(doc.meta));
  for (const address of doc.order) {
    const p = doc.paragraphs.get(address)!;
    h.update(`\u0000${address}\u0000${p.heading}\u0000${p.text}`);
  }
  for (const [id, text] of doc.footnotes) h.update(`\u0001${id}\u0000${text}`);
  return h.digest('hex');
}

/**
 * Extraction once per source content: the caller keeps one of these (the language server per workspace, the CLI per
 * run) and asks again after every change of the source; only a new content is read again.
 */
export class FactExtractor {
  private readonly cache = new Map<string, ExtractedFact[]>();
  private readonly actCache = new Map<string, (ExtractedAct | ExtractedEvent)[]>();
  /** The last source laid out and parsed: its statistics and its acts are read from the same model. */
  private last?: { hash: string; read: LaidOutSource };
  /** How many sources were actually read (for tests and logs). */
  extractions = 0;

  constructor(private readonly wording: WordingIndex, private readonly maxEntries = 256) {}

  /** `parsed`: where to leave the source's parsed pieces when it is read now (see ParsedSources). */
  extract(doc: SourceDocument, parsed?: ParsedSources): ExtractedFact[] {
    return remember(this.cache, sourceContentHash(doc), this.maxEntries, () => {
      this.extractions++;
      const read = this.laidOut(doc);
      keepParsed(parsed, doc, read);
      return extractFacts(doc, this.wording, read);
    });
  }

  /** The dated acts of a source (extractActs), once per content like its statistics. */
  extractActs(doc: SourceDocument): (ExtractedAct | ExtractedEvent)[] {
    return remember(this.actCache, sourceContentHash(doc), this.maxEntries, () => extractDated(doc, this.wording, this.laidOut(doc)));
  }

  private laidOut(doc: SourceDocument): LaidOutSource {
    const hash = sourceContentHash(doc);
    if (this.last?.hash !== hash) this.last = { hash, read: laidOut(doc) };
    return this.last.read;
  }
}

/** A source laid out as one Markdown document (layout) and read into a report model: what statistics and acts are read from. */
export interface LaidOutSource {
  text: string;
  spans: { address: string; start: number; end: number }[];
  model: ReportModel;
  /** The figures its statistics were read from, once extractFacts has read them (see FoundFigures). */
  figures?: FoundFigures;
}

/**
 * The figures found in each block of a source that states a statistic (findFigures, with the citations the block holds
 * left out), by the block's text, and the wording lists they were read with: linking reads a fact back in its
 * paragraph, whose blocks are those extraction has just read, and takes their figures from here instead of finding
 * them again (a block not here has its figures found then).
 */
export interface FoundFigures {
  wording?: WordingIndex;
  byText: Map<string, Figure[]>;
}

/**
 * A source laid out and parsed, once for both of what is read from it: parsing the Markdown is the larger part of
 * reading a source, and the statistics (extractFacts) and the dated acts (extractActs) read the same model.
 */
export function laidOut(doc: SourceDocument): LaidOutSource {
  const { text, spans } = layout(doc);
  return { text, spans, model: buildReportModel(text), figures: { byText: new Map() } };
}

/**
 * What was parsed of the sources read for one fact base, by source id: the parsed pieces (headings, paragraphs, notes:
 * reportModel's chunks) and the figures of each block. Linking reads facts back paragraph by paragraph
 * (../sources/factLinks), and takes each piece and each block's figures from here instead of parsing and finding them
 * a second time. Kept only while that fact base is built (buildFactBase makes one); a source whose facts come from a
 * cache leaves none, and its paragraphs are parsed when read back.
 */
export type ParsedSources = Map<string, { chunks: ChunkStore; figures?: FoundFigures }>;

/** Leaves a source's parsed pieces in `parsed` (and the figures extractFacts finds in it, when it reads them after). */
export function keepParsed(parsed: ParsedSources | undefined, doc: SourceDocument, read: LaidOutSource): void {
  if (!parsed) return;
  const store: ChunkStore = new Map();
  keepChunks(store, read.model);
  parsed.set(doc.meta.id, { chunks: store, figures: read.figures });
}

/** The paragraphs laid out as one Markdown document (headings, text, footnote definitions), with where each lies. */
export function layout(doc: SourceDocument): { text: string; spans: { address: string; start: number; end: number }[] } {
  let text = '';
  let heading: string | undefined;
  const spans: { address: string; start: number; end: number }[] = [];
  for (const address of doc.order) {
    const p = doc.paragraphs.get(address)!;
    if (p.heading && p.heading !== heading) text += `## ${p.heading.replace(/\n/g, ' ')}\n\n`;
    heading = p.heading;
    spans.push({ address, start: text.length, end: text.length + p.text.length });
    text += `${p.text}\n\n`;
  }
  // Definitions make the markers footnote references, which the report model leaves out of the prose.
  for (const [id, body] of doc.footnotes) text += noteDefinition(id, body);
  return { text, spans };
}

/**
 * A footnote's definition as the laid-out source holds it, after the paragraphs: what makes its markers in them
 * footnote references. What the note says is read from no block of it (statistics and acts are read from the
 * paragraphs), so a note whose text cannot reach back into them is defined with a stand-in, which the plain reader
 * takes (../parse/chunks.ts); the notes of sources cite their sources' web addresses, and parsing those, an address
 * autolinked in each, was a fifth of reading a source's Markdown. A note that may hold a link definition
 * ("[label]: …", which holds for the whole document) keeps its text, as does a blank one.
 */
export function noteDefinition(id: string, body: string): string {
  return `[^${id}]: ${/\S/.test(body) && !body.includes(']:') ? 'x' : body.replace(/\n/g, ' ')}\n\n`;
}

/** The paragraph address part of an id: "6(b)" → "6-b", "s5.r2" → "s5-r2". */
export function addressSlug(address: string): string {
  return address.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'p';
}

/** The facts extraction made (not curated ones): a curated fact of the same statistic takes their place. */
const extractedFacts = new WeakSet<object>();
export const isExtracted = (fact: object): boolean => extractedFacts.has(fact);
/** Marks a fact read back from the extraction cache (sources/extractionCache.ts) as one extraction made. */
export const markExtracted = (fact: object): void => {
  extractedFacts.add(fact);
};

/**
 * The version of what extraction reads and writes: part of the key of the extraction cache (sources/extractionCache.ts),
 * so that facts cached by older code are not used. Raise it with any change to how facts are extracted; the cache
 * key also holds a fingerprint of the engine's code, so a forgotten raise costs a re-extraction, never stale facts.
 */
export const EXTRACTOR_VERSION = 13;

/** Every statistic of a source as a fact, in the order of the text. Deterministic: the same document gives the same facts. */
export function extractFacts(doc: SourceDocument, wording: WordingIndex, read: LaidOutSource = laidOut(doc)): ExtractedFact[] {
  const { text, spans, model } = read;
  // The figures of each block, kept for linking (FoundFigures) when no other wording's are.
  if (read.figures) read.figures.wording ??= wording;
  const found = read.figures?.wording === wording ? read.figures.byText : undefined;
  const out: ExtractedFact[] = [];
  const counters = new Map<string, number>();
  const asserter = asserterOf(doc);
  // The last sentence of the block before, in the same section: what a block that carries its subject over ("Of
  // these, …") or counts an antecedent ("25 of them") speaks of, as the checker reads it.
  let sentenceBefore: string | undefined;
  let lastSection = -1;
  // The names of the heading a block lies under and of the section's last two blocks before it: what the section's
  // figures are about. Each is read when the first figure after it asks, and once: most blocks state no statistic,
  // nor do the blocks after them in their section (reading the names of every block and heading was a tenth of
  // extraction).
  /** The names the heading the block lies under holds. */
  let headingNames: () => NamedIn[] = () => [];
  /** The names each of the section's last blocks before holds, most recent last. */
  let sectionNames: (() => NamedIn[])[] = [];
  const docYear = /^\d{4}/.test(String(doc.meta.date ?? '')) ? Number(String(doc.meta.date).slice(0, 4)) : undefined;
  /** The fact each figure became (its first reading): what a part's `part_of` names. */
  const idOf = new Map<Figure, string>();
  for (const block of model.blocks) {
    if (block.section !== lastSection) {
      lastSection = block.section;
      sentenceBefore = undefined;
      sectionNames = [];
    }
    if (block.kind === 'heading') {
      headingNames = namesOnce(wording, block.text);
      continue;
    }
    const span = spans.find((s) => block.start >= s.start && block.end <= s.end);
    if (!span) continue; // a footnote's text
    const carried = sentenceBefore;
    const leadIn = () => (carried !== undefined && wording.carriesSubject(block.text) ? carried : undefined);
    const before = [headingNames, ...sectionNames];
    // The name patterns that can match in the block (patternsIn), read when its figures first ask for a stretch's
    // names, and then the patterns its own names are read with when a figure of a block after it asks.
    let blockPatterns: NamePattern[] | undefined;
    const blockFacts = extractBlock(model, block, text, wording, leadIn, sentenceBefore, docYear, () => before.flatMap((names) => names()), found, () => (blockPatterns ??= patternsIn(wording, block.text)));
    sectionNames = [...sectionNames, namesOnce(wording, block.text, () => blockPatterns)].slice(-2);
    const last = block.sentences[block.sentences.length - 1];
    sentenceBefore = last ? block.text.slice(last.start, last.end) : undefined;
    for (const draft of blockFacts) {
      const n = (counters.get(span.address) ?? 0) + 1;
      counters.set(span.address, n);
      const id = `${doc.meta.id}.x.${addressSlug(span.address)}.${n}`;
      if (!idOf.has(draft.figure)) idOf.set(draft.figure, id);
      const wholeId = draft.whole && draft.whole.high === undefined ? idOf.get(draft.whole) : undefined;
      out.push({
        id,
        type: 'statistic',
        measure: draft.measure,
        value: draft.value,
        value_text: draft.valueText,
        unit: draft.unit,
        qualifier: draft.qualifier,
        ...(draft.period ? { period: draft.period } : {}),
        ...(draft.scope ? { scope: draft.scope } : {}),
        terms: draft.terms,
        asserted_by: asserter,
        asserted_on: doc.meta.date,
        paragraph: span.address,
        quote: draft.quote,
        source: doc.meta.id,
        origin: 'workspace',
        ...(wholeId && !draft.end ? { part_of: wholeId } : {}),
      });
    }
  }
  for (const f of out) extractedFacts.add(f);
  return out;
}

/**
 * The breakdowns extraction read ("The courts convicted 1,273 persons, 543 of them for …"): one `total-parts` relation
 * per whole, with the parts its sentence gives it. Not exhaustive unless the parts add up to the whole ("211,918
 * persons, of which: 6278 …; 109,466 …; 6041 …; 90,133"); parts that add up to more than their whole are left
 * unrelated. With these, the checker reads a part and its whole as one family, as it does the curated ones.
 */
export function breakdownRelations(facts: readonly ExtractedFact[]): Relation[] {
  const byId = new Map(facts.map((f) => [f.id, f]));
  const parts = new Map<string, ExtractedFact[]>();
  // (Wholes and parts are bare counts, "83 victims: 61 men and 22 women": the parts may name a subgroup of the whole.)
  for (const f of facts) if (f.part_of && byId.has(f.part_of)) parts.set(f.part_of, [...(parts.get(f.part_of) ?? []), f]);
  const relations: Relation[] = [];
  for (const [total, members] of parts) {
    const whole = byId.get(total)!;
    const sum = members.reduce((a, f) => a + f.value, 0);
    const exhaustive = members.length >= 2 && sum === whole.value;
    // Parts that exceed their whole were misread (or the source errs): no family is better than a wrong one.
    if (totalAgrees(sum, whole.value, whole.qualifier ?? 'exact', exhaustive)) relations.push({ id: `${total}.parts`, kind: 'total-parts', total, parts: members.map((f) => f.id), exhaustive, holds: true });
  }
  return relations;
}

/** Who asserts what a source says: its author, of the kind its front matter gives. */
export function asserterOf(doc: SourceDocument): Fact['asserted_by'] {
  return { kind: asserterKind(doc.meta.author_kind), name: doc.meta.author || doc.meta.issuing_body || doc.meta.id };
}

function asserterKind(kind: string | undefined): AsserterKind {
  return (['state-party', 'ngo', 'committee', 'official', 'special-procedures', 'ombudsperson', 'npm'] as const).find((k) => k === kind) ?? 'official';
}

interface Draft {
  /** The figure it reads, and the statistic its sentence names as the whole it is a part of. */
  figure: Figure;
  whole?: Figure;
  /** Which end of a range it is, for a range. */
  end?: string;
  value: number;
  valueText: string;
  unit: string;
  qualifier: ExtractedFact['qualifier'];
  period?: string;
  measure: string;
  /** The names its heading and the sentences before it in its paragraph hold that its own words do not. */
  scope?: string;
  terms: string[];
  quote: string;
}

/** Nothing but an opening parenthesis, in space. */
const OPEN_PARENTHESIS_ONLY = /^\s*\(\s*$/;

/**
 * The statistics of a block. `leadInOf`: the sentence before that the block carries its subject from, if it does;
 * `namesBefore`: the names of the heading and the blocks before that its figures are read with (contextNames). Both
 * are asked only of a block that states a statistic (most do not). `foundFigures`: where to leave the figures found.
 * `blockPatterns`: the name patterns that can match in the block (patternsIn), read once.
 */
function extractBlock(model: ReportModel, block: ProseBlock, doc: string, wording: WordingIndex, leadInOf: () => string | undefined, blockBefore: string | undefined, docYear: number | undefined, namesBefore: () => NamedIn[], foundFigures: Map<string, Figure[]> | undefined, blockPatterns: () => NamePattern[]): Draft[] {
  const citations = findCitations(block.text);
  const excluded = citations.flatMap((c) => [
    ...(c.symbolStart !== undefined ? [{ start: c.symbolStart, end: c.symbolEnd! }] : []),
    ...(c.communication ? [{ start: c.start, end: c.end }] : []),
    ...c.paragraphs.map((p) => ({ start: p.start, end: p.end })),
  ]);
  const found = findFigures(block.text, excluded, wording);
  const all = [...found, ...ones(block.text, found, excluded)].sort((a, b) => a.start - b.start);
  const years = all.filter((f) => f.kind === 'year');
  const stats = all.filter((f) => f.kind === 'statistic');
  // (Most blocks state none: what the figures are read with below is made only for those that do. Linking reads back
  // only a block that states a statistic, so only such a block's figures are kept for it.)
  if (!stats.length) return [];
  foundFigures?.set(block.text, found);
  const leadIn = leadInOf();
  const t = block.text;
  const out: Draft[] = [];
  /** The counted noun of the statistic before, in the same sentence: what a bare figure after it counts. */
  let previous: { sentenceStart: number; noun: string } | undefined;
  /** What each figure before counts, to name the whole a part belongs to. */
  const unitOf = new Map<Figure, string>();
  const verbOf = new Map<Figure, string | undefined>();
  const namesOf = new Map<Figure, { list: string; name: string }[]>();
  const periodByFigure = new Map<Figure, string | undefined>();
  const nounOf = new Map<Figure, { head: string; phrase: string } | undefined>();
  /** The words of each figure before (its own stretch and what follows it), whose keywords a part of it takes. */
  const wordsOf = new Map<Figure, string>();
  /** The whole each figure before is a part of, if any. */
  const wholeByFigure = new Map<Figure, Figure | true | undefined>();
  // The names of a stretch of text, read once per block: the figures of a sentence ask for the names of the same
  // sentence, subject and opening sentence of the block, and every listed name is a pattern run over the text.
  const namesRead = new Map<string, NamedIn[]>();
  // Only the names whose first word the block holds can match a stretch of it: the others are left out once per block.
  const namesInText = (text: string) => {
    let found = namesRead.get(text);
    if (!found) namesRead.set(text, (found = namesIn(wording, text, t.includes(text) ? blockPatterns() : undefined)));
    return found;
  };
  let namedBefore: NamedIn[] | undefined;
  // What the heading, the blocks and the sentences before a sentence name (contextNames), read once per sentence.
  const contextBySentence = new Map<number, string[]>();
  // The subject phrase of an opening, read once: the figures of a sentence after its first share its opening.
  const subjects = new Map<string, string | undefined>();
  const subjectOf = (opening: string) => {
    if (!subjects.has(opening)) subjects.set(opening, subjectPhrase(opening));
    return subjects.get(opening);
  };
  for (const figure of stats) {
    // (Where the figure stands and its period: extraction reads none of the words of its context, as a check does.)
    const ctx = figurePlace(model, block, figure, years, all, wording, leadIn);
    const { sentence, clause } = ctx;
    const sentenceYears = ctx.sentenceYears.flatMap((y) => (y.high !== undefined ? [y.value, y.high] : [y.value]));
    const quote = foldSpace(doc.slice(block.start + sentence.start, block.start + quoteEnd(t, figure, clause, sentence)));
    const written = (from: number, to: number) => foldSpace(doc.slice(block.start + from, block.start + to));
    // "Six to eight people": a number whose range the figure reader did not join counts what the next one counts.
    const joined = stats.find((n) => n.start > figure.end && /^\s*(?:to|or|and|[–-])\s*$/.test(t.slice(figure.end, n.start)));
    // "120 attempted suicides were prevented (78 in 2022)": the figure of the aside counts what its host counts, in that year.
    // (What follows the figure is tested first: it is the same for every host, and testing what lies between each
    // figure before and this one was quadratic in a block's figures.)
    const yearAside = /^\s+(?:[\p{L}-]+\s+)?in\s+(?:19|20)\d\d\s*[,)]/u.test(t.slice(figure.end, figure.end + 30));
    const yearHost = yearAside ? stats.find((h) => h !== figure && h.end <= figure.start && OPEN_PARENTHESIS_ONLY.test(t.slice(h.end, figure.start).replace(/^\s*[\p{L}\s-]*?(?=\s*\()/u, ''))) : undefined;
    // "22 suicides (29 cases in 2022, …)": a generic noun of the aside counts what its host counts.
    // "the majority of applicants (96.3 percent) did not name …": a share in parentheses right after a plural noun is
    // a share of what that noun counts.
    const asideOf = figure.unit === 'per-cent' && /\(\s*$/.test(t.slice(Math.max(sentence.start, figure.start - 3), figure.start)) ? nounBefore(t.slice(sentence.start, t.lastIndexOf('(', figure.start))) : undefined;
    const ownNoun = countedNoun(t, figure, sentence, wording) ?? (asideOf ? { head: asideOf, phrase: asideOf } : undefined);
    const hostNoun = yearHost && !figure.unit ? nounOf.get(yearHost) : undefined;
    const noun = (ownNoun && !(hostNoun && /^(?:cases|persons|people)$/.test(ownNoun.head)) ? ownNoun : undefined) ?? (joined && !figure.unit ? countedNoun(t, joined, sentence, wording) : undefined) ?? hostNoun;
    const antecedent = ANTECEDENT.test(t.slice(figure.end, figure.end + 40)) || /\b(?:of|among)\s+(?:them|these|those|whom)\s*,?\s*$/i.test(t.slice(Math.max(sentence.start, figure.start - 20), figure.start));
    // "5005 (49,2)": a decimal in parentheses right after a count is its share.
    const ownShare = !figure.unit && /^\d+[.,]\d+$/.test(figure.text) && stats.some((n) => n !== figure && /^\s*\(\s*$/.test(t.slice(n.end, figure.start))) && /^\s*\)/.test(t.slice(figure.end));
    const known = (w: string | undefined) => (w && isCountedNoun(w, wording.countedNouns) ? w : undefined);
    const whole = figure.unit || ownShare ? undefined : wholeOf(t, figure, sentence, stats, antecedent, (s) => wholeByFigure.get(s) !== undefined);
    wholeByFigure.set(figure, whole);
    // "Of the 1151 civilians, 1097 are men, 54 are women": the parts count civilians; men and women are their labels.
    const wholeUnit = whole && whole !== true ? unitOf.get(whole) : undefined;
    // Only a subgroup is restated so ("54 are women"); "19 were officers of the security forces" count officers.
    const restated = noun && wholeUnit && /^\s*(?:were|was|are|is)\s/i.test(t.slice(figure.end, figure.end + 6)) && namesInText(noun.phrase).some((n) => n.list === 'subgroups') ? noun.phrase : undefined;
    let unit: string;
    if (figure.unit === 'times' && !COMPARATIVE.test(t.slice(figure.end, figure.end + 30))) unit = 'occasions';
    else if (figure.unit) unit = UNIT_NAMES[figure.unit];
    else if (ownShare) unit = 'per-cent';
    else if (restated) unit = wholeUnit!;
    else if (noun) unit = noun.head;
    else if (previous && previous.sentenceStart === sentence.start) unit = previous.noun;
    // "10,169 recommendations were proposed … 4,780 (47%) of them were executed": what the statistic before counts.
    else if (antecedent) unit = known(nounBefore(t.slice(sentence.start, figure.start))) ?? unitOf.get(stats.filter((s) => s.end <= sentence.start && !s.unit).pop()!) ?? known(nounBefore(t.slice(0, sentence.start) || blockBefore || leadIn || '')) ?? 'persons';
    else unit = numberOf(t.slice(sentence.start, figure.start)) ?? known(nounBefore(t.slice(sentence.start, figure.start))) ?? known(ctx.carriedText ? nounBefore(ctx.carriedText) : undefined) ?? 'cases';
    if (!figure.unit && !ownShare) previous = { sentenceStart: sentence.start, noun: unit };
    unitOf.set(figure, unit);
    const label = restated ?? breakdownLabel(t, figure, sentence, stats) ?? (whole && whole !== true && !noun ? asideLabel(t, figure) : undefined) ?? labelAfter(t, figure, sentence);
    // A part of a whole states no other period than its whole's ("In the period of 2020 – 2023, 10,169 recommendations
    // were proposed. In particular, 4,780 (47%) of them were executed").
    let period = periodOf(t, figure, ctx.textPeriod ?? ctx.fromHeadings, sentenceYears, sentence, years, block.lead !== undefined, docYear) ?? yearOfHost(t, figure, sentence, block.sentences, years) ?? (whole && whole !== true ? periodByFigure.get(whole) : undefined);
    periodByFigure.set(figure, period);
    const own = t.slice(Math.max(ctx.ownStart, clause.start), clause.end);
    // A part of a breakdown with no verb of its own underwent what its whole did ("5419 people sought medical help,
    // including 3998 officers (1309 military, 2689 police)").
    const after = afterFigure(t, figure, clause, sentence);
    const verb = (yearHost ? verbOf.get(yearHost) : undefined) ?? participle(after) ?? verbBefore(t.slice(Math.max(ctx.ownStart, clause.start, sentence.start), figure.start)) ?? wording.eventsInOrder(own).find((e) => own.toLowerCase().includes(e)) ?? (whole && whole !== true ? verbOf.get(whole) : undefined);
    verbOf.set(figure, verb);
    nounOf.set(figure, noun);
    // The institutions, places and groups of the figure's own clause and of the sentence's subject: a name in another
    // clause ("special prosecutors (32 criminal cases), 11 criminal cases … of the Ministry of Internal Affairs") is
    // that clause's figure's, and two facts of one sentence that name the same are told apart by nothing.
    // A part names what its whole names ("136 members of the NPM, of which … 41% - lawyers").
    const host = whole && whole !== true ? whole : hostOf(t, figure, sentence, stats);
    // Of each kind, the clause's own names, else the subject's, as the judgement reads a claim: "(… 449 persons were
    // released from office premises and 603 citizens from temporary holding facilities)" names one facility each.
    // A figure's own words end where the next figure's begin ("449 persons … from office premises and 603 citizens from …").
    const nextStat = stats.find((n) => n.start >= figure.end && n.start < clause.end);
    const ownNames = namesInText(t.slice(Math.min(Math.max(ctx.ownStart, clause.start), figure.start), Math.max(nextStat?.start ?? clause.end, figure.end)));
    const subjectNames = namesInText(t.slice(sentence.start, Math.max(sentence.start, ctx.subjectEnd))).filter((n) => !ownNames.some((o) => o.list === n.list));
    // "… the public fund "Kazakhstan Khalkyna" was created. The Foundation provided assistance to 713 victims": a body
    // the sentence names only by its kind is the one the sentence before named.
    const referred = !ownNames.length && !subjectNames.some((n) => n.list === 'institutions') && BODY_BY_KIND.test(t.slice(sentence.start, Math.max(ctx.subjectEnd, figure.start))) ? previousInstitution(namesInText, t, sentence, block.sentences) : undefined;
    // "In West Kazakhstan, in Atyrau, remand prison No. 75 has been assessed … Six to eight people are held in one
    // cell": the place and the place of detention the paragraph opens on are where its later figures are, unless
    // their own sentence names one of that kind.
    const first = block.sentences[0];
    // So is the one institution its opening sentence speaks of before any figure ("The annual budget of the NPM is 54.5
    // million tenge … In total, from 2014 to 2023, 748 million tenge … were allocated").
    // (Not where the figure's sentence names someone else before it: "Interior Minister Marat Akhmetzhanov claimed that …".)
    const namesSomeone = /\s\p{Lu}/u.test(t.slice(sentence.start, figure.start));
    const named = first && first.start < sentence.start ? [...namesInText(t.slice(first.start, first.end)).filter((n) => n.list === 'places' || n.list === 'facilities'), ...(namesSomeone ? [] : openingInstitution(namesInText, t, first, stats))] : [];
    const topic = named.filter((n) => ![...ownNames, ...subjectNames, ...namesInText(t.slice(sentence.start, sentence.end))].some((o) => o.list === n.list));
    // The whole's names, but for its institutions where the part names its own ("In July the Ministry of Justice closed
    // 137 of them" is the ministry's count, not the agency's that finished the 171).
    const mine = [...subjectNames, ...ownNames, ...topic, ...(referred ? [{ list: 'institutions', name: referred }] : [])];
    const ownBody = mine.some((m) => m.list === 'institutions');
    const inherited = host ? (namesOf.get(host) ?? []).filter((n) => !(ownBody && n.list === 'institutions')) : [];
    namesOf.set(figure, [...mine, ...inherited]);
    const names = uniqueNames([...mine, ...inherited].map((n) => n.name)).slice(0, 3);
    // What the paragraph is about where the figure's sentence refers back ("A year earlier, in the same region, a court
    // ordered …", "The Commission consists of 17 members"): the names of its heading and of the sentences before it.
    // Not the measure: they do not narrow it, but a claim that names one of them speaks of the fact's paragraph.
    let context = contextBySentence.get(sentence.start);
    if (!context) contextBySentence.set(sentence.start, (context = contextNames(namesInText, (namedBefore ??= namesBefore()), t, sentence, block.sentences)));
    const scope = context.filter((n) => !names.some((m) => m.toLowerCase() === n.toLowerCase()));
    const subject = subjectOf(t.slice(sentence.start, Math.max(sentence.start, ctx.subjectEnd)));
    let what: string;
    if (unit === 'per-cent') what = `share${noun ? ` of ${noun.phrase}` : ''}`;
    else if (figure.unit && /^(?:hours|days|months|years)$/.test(unit)) what = `duration in ${unit}${noun ? ` of ${noun.phrase}` : ''}`;
    else if (figure.unit && unit !== 'occasions') what = `amount in ${unit}${noun ? ` of ${noun.phrase}` : ''}${verb ? ` ${verb}` : ''}${!noun && complement(figure.counted) ? ` ${complement(figure.counted)}` : ''}`;
    else what = (restated ? undefined : noun?.phrase) ?? unit;
    // "legal advice - 90,133": the item of a breakdown the figure gives is what it counts.
    if (label && !what.toLowerCase().includes(label.toLowerCase())) what = `${what}: ${label}`;
    const terms = unique([label, noun?.phrase, unit === 'per-cent' ? undefined : unit, verb, ...names, ...keywords(`${own} ${after} ${subject ?? ''}`)].filter((w): w is string => !!w && w.length >= 2 && !/^\d/.test(w))).slice(0, 6);
    // A part is about what its whole is about ("5419 people sought medical help in healthcare institutions, including
    // 3998 officers"): its whole's words come after its own.
    const wholeTerms = whole && whole !== true ? unique(keywords(wordsOf.get(whole) ?? '')).filter((w) => !terms.includes(w)).slice(0, 2) : [];
    terms.push(...wholeTerms);
    // (Read only for a figure that turns out a whole: most are none.)
    wordsOf.set(figure, `${own} ${after}`);
    // The values the figure states: one, or both ends of a range ("from 30 to 40 MCI", "between €100 and €245"); a
    // year and a value the figure reader joined by a dash ("for 2020 – 23.5 million tenge") state the value for that year.
    const readings: { value: number; text: string; qualifier: ExtractedFact['qualifier']; end?: string }[] = [];
    const yearDash = /^((?:19|20)\d\d)\s*[–—-]\s*/.exec(figure.text);
    if (figure.high !== undefined && yearDash && figure.value >= 1900 && figure.value <= 2099) {
      period = yearDash[1];
      readings.push({ value: figure.high, text: written(figure.start + yearDash[0].length, figure.end), qualifier: figure.qualifier });
    } else if (figure.high !== undefined) {
      const join = /\s*(?:[–—-]|\bto\b|\band\b|\bor\b)\s*/.exec(t.slice(figure.numberEnd, figure.end));
      const highStart = join ? figure.numberEnd + join.index + join[0].length : figure.end;
      readings.push({ value: figure.value, text: written(figure.start, figure.numberEnd), qualifier: figure.qualifier === 'exact' ? 'at-least' : figure.qualifier, end: 'lower end' });
      readings.push({ value: figure.high, text: written(highStart, figure.end), qualifier: 'up-to', end: 'upper end' });
    } else readings.push({ value: figure.value, text: written(figure.start, figure.end), qualifier: figure.qualifier });
    if ((figure.derived === 'change' || figure.derived === 'ratio') && new Set(sentenceYears).size >= 2) period = `${Math.min(...sentenceYears)}/${Math.max(...sentenceYears)}`;
    // The names stand in the measure itself, not in parentheses: the judgement reads what a measure names without its
    // asides, and a fact about one agency or facility is not what a claim that names another speaks of.
    for (const r of readings) {
      const shownNames = names.filter((n) => n.toLowerCase() !== unit && !what.toLowerCase().includes(n.toLowerCase()));
      const measure = [what, what.includes(` ${verb}`) ? '' : verb, !noun && subject && !(figure.unit && complement(figure.counted)) ? `(${subject})` : '', shownNames.length ? `— ${shownNames.join(', ')} —` : '', whole ? partNote(whole, unit, unitOf, t, wording) : '', period ? `in ${period.replace('/', '–')}` : '', figure.derived === 'change' ? '(stated change)' : '', r.end ? `(${r.end} of a range)` : ''].filter(Boolean).join(' ').replace(/ —$/, '');
      out.push({ figure, ...(whole && whole !== true ? { whole } : {}), ...(r.end ? { end: r.end } : {}), value: r.value, valueText: r.text || figure.text, unit, qualifier: r.qualifier, period, measure, ...(scope.length ? { scope: scope.join('; ') } : {}), terms: terms.length ? terms : [unit], quote });
    }
  }
  return out;
}

/** Words that make the statistics after them parts of one before: "543 of them", "of which: …", "including 17 minors". */
const PART_MARKER = /\b(?:of whom|of which|of them|of these|among them|among whom|including|incl\.|in particular|inter alia)\b/i;

/** " in 2022)": the end of an aside that gives a figure's value for one year. */
const YEAR_ASIDE = /^\s+in\s+(?:19|20)\d\d\s*\)/;

/** A statistic's noun and a colon opening a list: "83 victims: ", "211,918 persons, of which: ". */
const LIST_COLON = /^\s*(?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]*\s*:\s*$/u;

/**
 * Whether a figure counts a part of a whole its sentence names, and which: "1,100 persons, 74 of whom were released"
 * (74 of the 1,100), "The courts convicted 1,273 persons, 543 of them for … (imprisonment – 215, …)" (543 and 215
 * are parts), "Of the 1151 civilians, 1097 are men", "104 of the 190 torture complaints", "Of these, 87 …". The whole
 * is the statistic the sentence names before the part marker, when there is one; `true` when it is only implied.
 */
function wholeOf(text: string, figure: Figure, sentence: { start: number; end: number }, stats: Figure[], antecedent: boolean, isPart: (s: Figure) => boolean = () => false): Figure | true | undefined {
  // A value for one year in an aside ("120 … (78 in 2022), including 23") is no whole of what follows.
  const before = stats.filter((s) => s.start >= sentence.start && s.end <= figure.start && !s.unit && !YEAR_ASIDE.test(text.slice(s.end, s.end + 12)));
  const opening = text.slice(sentence.start, figure.start);
  // The count of the sentence right before, not one of its parts ("registered more than 5,300 crimes, including
  // murder – 120, …, acts of terrorism – 45. Of these, 673 cases have been completed": of the 5,300).
  const sentenceBefore = () => {
    const previous = stats.filter((s) => s.end <= sentence.start && !s.unit && !isPart(s)).pop();
    return previous && !/[.!?]\s/.test(text.slice(previous.end, sentence.start).trimEnd().slice(0, -1)) ? previous : undefined;
  };
  // "Of the 1151 civilians, 1097 are men …": the opening names the whole.
  const ofThe = /^\W*(?:Of|Out of|Among)\s+(?:the|these|those|all)?\s*/i.exec(opening);
  if (ofThe) {
    const named = before.find((s) => s.start === sentence.start + ofThe[0].length);
    if (named && named !== figure) return named;
    if (/^\W*(?:Of|Among)\s+(?:these|them|those|whom|which)\b/i.test(opening)) return sentenceBefore() ?? true;
  }
  // "104 of the 190 complaints": the number after "of the" is the whole.
  const ofNumber = /^\s*(?:out\s+)?of\s+(?:the\s+)?(?:total\s+of\s+)?(?=\d)/i.exec(text.slice(figure.end, figure.end + 30));
  if (ofNumber) return stats.find((s) => s.start === figure.end + ofNumber[0].length) ?? true;
  if (antecedent || /^\s*(?:[\p{L}-]+\s+){0,2}?of\s+(?:whom|which|them)\b/iu.test(text.slice(figure.end, figure.end + 40))) {
    // "10,169 recommendations were proposed. In particular, 4,780 (47%) of them were executed": the count of the
    // sentence right before, when the part opens its own sentence.
    const previous = stats.filter((s) => s.end <= sentence.start && !s.unit).pop();
    const justBefore = previous && !/[.!?]\s/.test(text.slice(previous.end, sentence.start).trimEnd().slice(0, -1));
    return before[before.length - 1] ?? (antecedent && justBefore ? previous : undefined) ?? true;
  }
  // "(imprisonment – 215, restriction of liberty – 538, …)": a breakdown in parentheses after a statistic.
  const open = text.lastIndexOf('(', figure.start);
  if (open > sentence.start && !text.slice(open, figure.start).includes(')')) {
    const host = before.filter((s) => s.end <= open).pop();
    const inside = stats.filter((s) => s.start > open && s.start < (text.indexOf(')', open) + 1 || sentence.end));

    const close = text.indexOf(')', open);
    const aside = text.slice(open, close < 0 ? sentence.end : close);
    // "(1309 military, 2689 police)", "(imprisonment – 215, restriction of liberty – 538, …)"; not "(29 cases in 2022,
    // or a decrease of 32 per cent)": a year or a share inside tells of another period or a change.
    if (host && inside.length >= 2 && !inside.some((s) => s.unit) && !/\b(?:19|20)\d\d\b/.test(aside) && /^\(\s*[*_]?\s*(?:[\p{L}][\p{L}'’-]*\s+){0,5}?(?:[–—-]\s*)?\d/u.test(aside)) return host;
  }
  // A marker after a statistic of the sentence makes every later one a part ("of which: in civil proceedings - 6278; …").
  // So does a colon right after one and its noun ("represented 83 victims: 61 men and 22 women").
  // A figure its own verb governs ("…, including those resulting in the death of 6 people, special prosecutors
  // prosecuted 49 employees") opens a clause of its own, outside the list.
  if (before.length && verbBefore(text.slice(before[before.length - 1]!.end, figure.start))) return undefined;
  for (let i = before.length - 1; i >= 0; i--) {
    // ("4,780 (47%) of them were executed, 381 … not accepted": the marker right after a statistic is its own.)
    if (ANTECEDENT.test(text.slice(before[i]!.end, figure.start))) continue;
    if (PART_MARKER.test(text.slice(before[i]!.end, figure.start))) return before[i];
    if (LIST_COLON.test(text.slice(before[i]!.end, (before[i + 1] ?? figure).start))) return before[i];
  }
  // "10,169 recommendations were proposed. In particular, 4,780 (47%) of them were executed, 381 (3,7%) not accepted
  // and 5005 …": a sentence that opens on a part marker lists parts of the count of the sentence right before.
  if (/^\W*(?:in particular|including|among them|among these|of these|of them|of which)\b/i.test(opening)) return sentenceBefore();
  return undefined;
}

/**
 * The label a breakdown gives a figure: "in civil proceedings - 6278", "imprisonment – 215", "legal advice - 90,133".
 * Only words after the list's last separator (comma, semicolon, colon, parenthesis) and a dash right before the figure.
 */
function breakdownLabel(text: string, figure: Figure, sentence: { start: number; end: number }, stats: Figure[]): string | undefined {
  const from = Math.max(sentence.start, ...stats.filter((s) => s.end <= figure.start).map((s) => s.end));
  const m = /(?:^|[,;:(])\s*((?:[\p{L}][\p{L}'’-]*\s+){0,9}[\p{L}][\p{L}'’-]*)\s*[–—-]\s*$/u.exec(text.slice(from, figure.start));
  if (!m) return undefined;
  const label = m[1]!.replace(/^(?:in|for|on|of|by|with|the|and|or)\s+/i, '').trim();
  // A year ("2022 – 920") is a period, not a label; a label is words.
  return /\p{L}{3}/u.test(label) && !MONTH_ALONE.test(label) ? label.toLowerCase() : undefined;
}

/** A month's name and nothing else. (The patterns of this file are compiled once: a pattern made per call is compiled per call.) */
const MONTH_ALONE = new RegExp(`^(?:${MONTHS})$`, 'i');

/** "(1309 military, 2689 police)", "(418 with gunshot wounds, …)": the words after a bare figure of a breakdown in parentheses. */
function asideLabel(text: string, figure: Figure): string | undefined {
  if (!/\(\s*[*_]?\s*(?:[^()]*(?:[,;]|\band)\s*)?$/.test(text.slice(Math.max(0, figure.start - 200), figure.start))) return undefined;
  const m = /^\s*(?:[–—-]\s*)?((?:[\p{L}][\p{L}'’-]*\s*){1,8}?)\s*[*_]?\s*(?:[,;)]|\band\b)/u.exec(text.slice(figure.end, figure.end + 60));
  const label = m?.[1]?.trim();
  return label && /\p{L}{3}/u.test(label) ? label.toLowerCase() : undefined;
}

/**
 * "In 2023, there were 22 suicides … In addition, 120 attempted suicides were prevented (78 in 2022)": a figure whose
 * sentence names a year only in the aside that gives its value for that year is not for that year; when the sentence
 * before, in the same paragraph, is about one other year, the figure is for that year. Otherwise it has no period.
 */
function yearOfHost(text: string, figure: Figure, sentence: { start: number; end: number }, sentences: { start: number; end: number }[], years: Figure[]): string | undefined {
  const aside = /^\s*(?:[\p{L}-]+\s+){0,6}?[\p{L}-]*\s*\(\s*[\d.,]+\s+(?:[\p{L}-]+\s+)?in\s+((?:19|20)\d\d)\s*[,)]/u.exec(text.slice(figure.end, sentence.end));
  if (!aside) return undefined;
  const own = years.filter((y) => y.start >= sentence.start && y.end <= sentence.end && y.value !== Number(aside[1]));
  if (own.length) return undefined;
  const before = [...sentences].reverse().find((s) => s.end <= sentence.start);
  if (!before) return undefined;
  // The year that opens it ("In 2023, …"), not one in an aside of its own.
  const opening = /^\W*(?:In|During|For)\s+((?:19|20)\d\d)\b/.exec(text.slice(before.start, before.end));
  return opening && opening[1] !== aside[1] ? opening[1] : undefined;
}

/** "of which 22% - human rights defenders, 41% - lawyers": a label after a dash, closed by the list's next separator. */
function labelAfter(text: string, figure: Figure, sentence: { start: number; end: number }): string | undefined {
  const m = /^\s*[–—-]\s*((?:[\p{L}][\p{L}'’-]*\s+){0,5}?[\p{L}][\p{L}'’-]*)\s*(?:[,;)]|\.(?:\s|$)|\band\b|\betc\b)/u.exec(text.slice(figure.end, Math.min(sentence.end + 1, figure.end + 80)));
  const label = m?.[1]?.trim();
  return label && /\p{L}{3}/u.test(label) ? label.toLowerCase() : undefined;
}

/** The statistic a breakdown item belongs to, when it is a share ("136 members …, of which 22% - …"). */
function hostOf(text: string, figure: Figure, sentence: { start: number; end: number }, stats: Figure[]): Figure | undefined {
  const before = stats.filter((s) => s.start >= sentence.start && s.end <= figure.start && !s.unit);
  for (let i = before.length - 1; i >= 0; i--) if (PART_MARKER.test(text.slice(before[i]!.end, figure.start))) return before[i];
  return undefined;
}

/**
 * The institution a sentence names before its first statistic, when it names one only: what it is about. (`namesInText`:
 * the block's names of a stretch, read once however many of its figures ask.)
 */
function openingInstitution(namesInText: (text: string) => NamedIn[], text: string, sentence: { start: number; end: number }, stats: Figure[]): { list: string; name: string }[] {
  const firstStat = stats.find((s) => s.start >= sentence.start && s.start < sentence.end);
  const institutions = namesInText(text.slice(sentence.start, firstStat?.start ?? sentence.start)).filter((n) => n.list === 'institutions');
  return institutions.length === 1 ? institutions : [];
}

/** The measure's note that a figure is a part: "(of whom: part of the 1,100 persons)", read as a part by the judgement. */
function partNote(whole: Figure | true, unit: string, unitOf: Map<Figure, string>, text: string, wording: WordingIndex): string {
  const persons = isPersonNoun(unit, wording.countedNouns);
  const of = persons ? 'of whom' : 'of which';
  if (whole === true) return `(${of}: part of a whole named before)`;
  return `(${of}: part of the ${text.slice(whole.start, whole.numberEnd)} ${unitOf.get(whole) ?? ''})`.replace(/\s+\)/, ')');
}

const COMPARATIVE = /^\s*(?:times\s+)?(?:more|less|fewer|higher|lower|greater|smaller|larger|as\b|over\b|up\b|down\b)/i;
const YEAR = /\b(?:19|20)\d\d\b/g;
/** A year that names events rather than dating a figure: "the January 2022 events", "2022 protests". */
const EVENT_YEAR = /^\s*(?:events?|protests?|riots?|demonstrations?|unrest|tragedy|tragic events|crisis)\b/i;

/**
 * The period a figure is about, as the checker reads it (figureContext), with what a source's sentences add: a year in
 * the figure's own parenthesis ("(19.2 per cent, or 4,500 persons, in 2023)"), two years joined ("In 2023 and 2024"),
 * and no period when the sentence names no year but a heading does, or names it only for events ("the January 2022
 * events"): the year of an event is not the period its figures count over.
 */
function periodOf(text: string, figure: Figure, read: [number, number] | undefined, sentenceYears: number[], sentence: { start: number; end: number }, years: Figure[], tableCell: boolean, docYear: number | undefined): string | undefined {
  let span = read;
  const open = text.lastIndexOf('(', figure.start);
  const close = open >= sentence.start ? text.indexOf(')', figure.end) : -1;
  const inOwnParens = open >= sentence.start && close >= 0 && close < sentence.end && !text.slice(open, figure.start).includes(')');
  if (inOwnParens) {
    const inParens = years.filter((y) => y.start > open && y.end <= close);
    const after = inParens.find((y) => y.start >= figure.end);
    const pick = after ?? inParens[inParens.length - 1];
    if (pick) span = [pick.value, pick.high ?? pick.value];
  }
  if (!span) return undefined;
  if (!tableCell && !sentenceYears.length) return undefined;
  const sentenceText = text.slice(sentence.start, sentence.end);
  // A year told only inside another parenthesis ("(named Zhetysu District since June 2022)") dates that aside, not the figure.
  const asides = [...sentenceText.matchAll(/\([^()]*\)/g)].map((m) => [sentence.start + m.index, sentence.start + m.index + m[0].length] as const).filter(([a, b]) => !(a < figure.start && figure.end <= b));
  const governing = years.filter((y) => y.start >= sentence.start && y.end <= sentence.end && !asides.some(([a, b]) => a < y.start && y.end <= b));
  if (!inOwnParens && !tableCell && !governing.some((y) => y.value <= span![1] && (y.high ?? y.value) >= span![0])) return undefined;
  if (span[0] === span[1]) {
    // "Since 2020, kettling has been used at least eight times": from that year to the document's.
    const since = new RegExp(`\\bsince\\s+(?:(?:${MONTHS})\\s+)?${span[0]}\\b`, 'i').exec(sentenceText);
    if (since && docYear && docYear > span[0] && text.slice(sentence.start, figure.start).includes(since[0])) return `${span[0]}/${docYear}`;
    const pair = /\b(\d{4})\s*(?:and|&)\s*(\d{4})\b/.exec(sentenceText);
    if (pair && (Number(pair[1]) === span[0] || Number(pair[2]) === span[0]) && text.slice(sentence.start, figure.start).includes(pair[0])) span = [Number(pair[1]), Number(pair[2])];
    const at = [...sentenceText.matchAll(YEAR)].filter((m) => Number(m[0]) === span![0]);
    if (at.length && at.every((m) => EVENT_YEAR.test(sentenceText.slice(m.index + 4)))) return undefined;
  }
  return span[0] === span[1] ? String(span[0]) : `${span[0]}/${span[1]}`;
}

/** "one police officer", "and one case each from …", ", one to 3.5 years": the number one, which the figure reader leaves out as too common a word. */
function ones(text: string, found: Figure[], excluded: { start: number; end: number }[]): Figure[] {
  const out: Figure[] = [];
  const re = /(?<![\p{L}-])(?:one|One)(?![\p{L}-])/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + 3;
    if (excluded.some((r) => r.start < end && start < r.end) || found.some((f) => f.start < end && start < f.end)) continue;
    const before = text.slice(Math.max(0, start - 20), start);
    const after = text.slice(end, end + 40);
    if (/\b(?:no|any|the|this|that|each|every|which|at|in|on|for|from|with|into|by|to|of|than|only|another|such|a|as)\s+$/i.test(before)) continue;
    if (/^\s+(?:of|another|or|hand|day|time|way|side|and|more|by|after|year|month|week|hour|minute|could|can|may|must|should|would|will|who|which|that|is|was|has)\b/i.test(after) || !/^\s+\S/.test(after)) continue;
    // A series with other statistics in the sentence ("two …, one to 3.5 years"), or a singular noun right after it.
    const sentenceStart = Math.max(text.lastIndexOf('. ', start), 0);
    const inSeries = found.some((f) => f.kind === 'statistic' && f.start >= sentenceStart && f.end <= start && f.start < start);
    const noun = /^\s+(?:[\p{L}-]+\s+){0,3}?(case|complaint|officer|official|person|inspector|victim|detainee|prisoner|individual|man|woman|child|minor|policeman|judge|lawyer|investigator|prosecutor|employee|member|facility|institution|visit|application|appeal|claim|crime|death|incident|report|decision)\b/iu.exec(after);
    if (!inSeries && !noun) continue;
    out.push({ start, end, numberEnd: end, text: m[0], value: 1, qualifier: 'exact', kind: 'statistic', precision: 0, word: true, counted: after.trim().split(/\s+/).slice(0, 5).join(' ').toLowerCase() });
  }
  return out;
}

const unique = (words: string[]) => [...new Set(words.map((w) => w.toLowerCase()))];
/** Names once each, as first written ("NPM", not "npm"). */
const uniqueNames = (names: string[]) => [...new Map(names.map((n) => [n.toLowerCase(), n] as const)).values()];

/** Words of a text with their offsets. */
function wordsFrom(text: string, from: number, to: number): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  const re = /[\p{L}][\p{L}'’-]*|[^\s\p{L}]/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

const isPluralNoun = (w: string) => {
  const lower = w.toLowerCase();
  if (IRREGULAR_PLURALS.has(lower) || /(?:wo)?men$/.test(lower) && lower.length >= 3) return true;
  return lower.length >= 4 && /[^s'’u]s$/.test(lower) && !NOT_PLURAL_NOUNS.has(lower) && !/(?:ous|ss|ness|statistics|politics|economics|ethics|physics|mathematics)$/.test(lower);
};

/**
 * What a figure counts, from the words after it: "447 complaints of torture" → head "complaints", phrase "complaints
 * of torture"; "19 were officers" → "officers". Undefined when the figure names no noun of its own.
 */
function countedNoun(text: string, figure: Figure, sentence: { start: number; end: number }, wording: WordingIndex): { head: string; phrase: string } | undefined {
  const rest = text.slice(figure.end, sentence.end);
  if (ANTECEDENT.test(rest)) return undefined;
  let words = wordsFrom(text, figure.end, Math.min(sentence.end, figure.end + 160));
  // A unit written after the figure ("7 million tenge to the families") is the unit; a counted thing follows only after "of".
  if (figure.unit) {
    if (words[0]?.word.toLowerCase() !== 'of') return undefined;
    words = words.slice(1);
    while (words[0] && /^(?:the|all|those|these|its|their)$/i.test(words[0].word)) words = words.slice(1);
  } else if (words[0]?.word.toLowerCase() === 'of' && /^the$/i.test(words[1]?.word ?? '') && /^\d/.test(words[2]?.word ?? '')) {
    // "104 of the 190 torture complaints": what the whole counts.
    let k = 2;
    while (words[k] && !/^\p{L}/u.test(words[k]!.word)) k++;
    words = words.slice(k);
  } else if (words[0] && /^(?:were|was|are|is)$/i.test(words[0].word)) {
    // "of whom 19 were officers", "130 are junior medical personnel"
    const k = words.slice(1, 4).findIndex((w) => isPluralNoun(w.word));
    if (k < 0 || words.slice(1, k + 1).some((w) => /ed$/i.test(w.word) || PHRASE_STOP.test(w.word.toLowerCase()))) return undefined;
    words = words.slice(1);
  }
  let head = -1;
  for (let i = 0; i < Math.min(words.length, MAX_NOUN_DISTANCE); i++) {
    const w = words[i]!.word;
    const lower = w.toLowerCase();
    // "34 law enforcement and security officials": modifiers joined by "and" before the noun.
    if (lower === 'and' && i > 0 && !isPluralNoun(words[i - 1]!.word)) continue;
    if (!/^\p{L}/u.test(w) || PHRASE_STOP.test(lower) || VERB_AFTER.test(lower)) break;
    if (isPluralNoun(w) || wording.personStems.has(lower)) {
      head = i;
      break;
    }
    // "one police officer", "one case each": the singular noun after the number one.
    if (figure.value === 1 && SINGULAR.test(lower)) {
      head = i;
      break;
    }
  }
  if (head < 0) return undefined;
  let end = head;
  // "complaints of torture", "acts of violence against detainees": an "of"-phrase says what kind.
  if (words[end + 1]?.word.toLowerCase() === 'of' && words[end + 2] && /^\p{L}/u.test(words[end + 2]!.word) && !/^(?:them|these|those|whom|which|the|a|an)$/i.test(words[end + 2]!.word) && !/ed$/.test(words[end + 2]!.word)) {
    end += 2;
    while (end + 1 < words.length && end < head + 4 && /^\p{L}/u.test(words[end + 1]!.word) && !PHRASE_STOP.test(words[end + 1]!.word.toLowerCase()) && !VERB_AFTER.test(words[end + 1]!.word.toLowerCase()) && !/ed$/.test(words[end + 1]!.word)) end++;
  }
  // "16 cases of torture of 84 citizens": a phrase does not end on a preposition.
  while (end > head && /^(?:of|the|a|an|and|or)$/i.test(words[end]!.word)) end--;
  let headWord = words[head]!.word.toLowerCase();
  if (figure.value === 1 && SINGULAR.test(headWord)) headWord = plural(headWord);
  const phrase = text.slice(words[0]!.start, words[end]!.end).replace(/\s+/g, ' ').toLowerCase();
  return { head: headWord, phrase };
}

const SINGULAR = /^(?:case|complaint|officer|official|person|inspector|victim|detainee|prisoner|individual|man|woman|child|minor|policeman|judge|lawyer|investigator|prosecutor|employee|member|facility|institution|visit|application|appeal|claim|crime|death|incident|report|decision)$/;
const plural = (w: string) => ({ man: 'men', woman: 'women', child: 'children', policeman: 'policemen', person: 'persons' } as Record<string, string>)[w] ?? (w.endsWith('y') ? `${w.slice(0, -1)}ies` : `${w}s`);

/** "the number of complaints … was 447": the noun a "number of" names before the figure. */
function numberOf(before: string): string | undefined {
  const m = [...before.matchAll(/\bnumbers?\s+of\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)/giu)].pop();
  return m && isPluralNoun(m[1]!) ? m[1]!.toLowerCase() : undefined;
}

/** The last plural noun of a text ("mortality … among convicted persons and remand prisoners (106" → prisoners). */
function nounBefore(text: string): string | undefined {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  for (let i = words.length - 1; i >= 0; i--) if (isPluralNoun(words[i]!) && !/^\p{Lu}/u.test(words[i]!) && !/^(?:years|months|days|hours|weeks)$/i.test(words[i]!)) return words[i]!.toLowerCase();
  return undefined;
}

/**
 * Where a figure's quote ends: the end of its clause, not of its sentence. What the clauses after it say ("to 713
 * victims for a total of …, in particular: to the families of 151 dead civilians …") is theirs, and would lend the fact
 * their events and names; the sentence's opening, its subject, stays. An aside opened in the clause is closed.
 */
function quoteEnd(text: string, figure: Figure, clause: { end: number }, sentence: { start: number; end: number }): number {
  let end = Math.min(sentence.end, Math.max(clause.end, figure.end));
  const open = (s: string) => (s.match(/\(/g)?.length ?? 0) - (s.match(/\)/g)?.length ?? 0);
  while (end < sentence.end && open(text.slice(sentence.start, end)) > 0) {
    const close = text.indexOf(')', end);
    if (close < 0 || close >= sentence.end) return sentence.end;
    end = close + 1;
  }
  // A footnote marker right after the clause belongs to it.
  const marker = /^\s*\[\^[^\]]+\]/.exec(text.slice(end, sentence.end));
  if (marker) end += marker[0].length;
  while (end > figure.end && /[\s,;:–—-]/.test(text[end - 1]!)) end--;
  return end;
}

/** The rest of a figure's clause, over an aside right after it ("50 (78%) have been sentenced"), which ends the clause as read. */
function afterFigure(text: string, figure: Figure, clause: { end: number }, sentence: { end: number }): string {
  const aside = /^\s*\([^()]*\)/.exec(text.slice(figure.end, sentence.end));
  if (!aside || clause.end > figure.end + aside[0].length) return text.slice(figure.end, clause.end);
  const from = figure.end + aside[0].length;
  const stop = /[,;:()]/.exec(text.slice(from, sentence.end));
  return text.slice(from, stop ? from + stop.index : sentence.end);
}

/** The verb a figure's clause says of it: "were prevented", "had been closed", "have been convicted", "were sentenced". */
function participle(after: string): string | undefined {
  // Auxiliaries ("had been", "have been", "are being") are skipped: the participle after them is what happened.
  // Asides ("50 (78%) have been sentenced") stand between a figure and its verb.
  after = after.replace(/\([^()]*\)/g, ' ');
  const m = /^[^.;:()]*?\b(?:were|was|are|is|been|being|be|have|has|had)\s+(?:(?:been|being|be)\s+)?(?:(?:also|not|still|then|already|reportedly|allegedly|subsequently|successfully)\s+)?(?!(?:been|being)\b)(\p{L}+(?:ed|en)|held|paid|sent|brought|made|kept|found|put|built|set|given|taken|heard|won|lost|sought|fled|got)\b/iu.exec(after.slice(0, 120));
  // "54 are women": a plural in -en is a noun, not a participle.
  if (m && !IRREGULAR_PLURALS.has(m[1]!.toLowerCase()) && !/men$/i.test(m[1]!)) return m[1]!.toLowerCase();
  const direct = /^\s*(?:[\p{L}-]+\s+){0,4}?(\p{L}+ed|sought|fled|underwent|received|took|gave|lost|went)\b/iu.exec(after.slice(0, 80));
  return direct && !/^(?:based|related|concerned|need|used|limited|alleged|so-called|called)$/i.test(direct[1]!) ? direct[1]!.toLowerCase() : undefined;
}

/** Words that may stand between a verb and the figure it governs: "registered a total of 412", "convicted more than 40". */
const BEFORE_VALUE = /(?:\s+(?:a\s+total\s+of|total\s+of|in\s+total|about|approximately|around|some|nearly|almost|over|more\s+than|less\s+than|fewer\s+than|at\s+least|up\s+to|only|just|another|a\s+further|further|an\s+additional|the))+\s*$/i;

/**
 * The past-tense verb of which the figure is the object: "the Coalition registered 412", "represented 83". Only the
 * verb right before it (or before a qualifier): in "a survey was conducted among 2453 employees" the employees were
 * not conducted, and "assistance was rendered to 211,918 persons" says nothing the persons did or underwent.
 */
function verbBefore(before: string): string | undefined {
  const words = before.replace(BEFORE_VALUE, ' ').match(/\p{L}+|[^\s\p{L}]/gu) ?? [];
  const w = words[words.length - 1]?.toLowerCase();
  if (!w) return undefined;
  if (/^(?:paid|held|sent|made|brought|took|gave|kept|found|received|spent)$/.test(w) || (/ed$/.test(w) && !/^(?:based|related|concerned|need|used|limited|alleged|so-called|called|united|detailed)$/.test(w))) return w;
  return undefined;
}

/** What an amount is paid to or for: the words after its unit ("to the families of victims"), without a trailing year or preposition. */
function complement(counted: string): string | undefined {
  const words = counted.split(/\s+/).filter(Boolean);
  if (!/^(?:to|for)$/.test(words[0] ?? '')) return undefined;
  while (words.length && /^(?:in|of|the|a|an|to|for|on|at|by|and|or|\d.*)$/.test(words[words.length - 1]!)) words.pop();
  return words.length >= 2 ? words.join(' ') : undefined;
}

/** A year with its preposition, day and month, as far as given ("from 1 January 2022", "in 2023"). */
const DATE_PHRASES = new RegExp(`\\b(?:(?:in|from|to|since|for|of|until|between|and|on|as of|by)\\s+)?(?:\\d{1,2}\\s+)?(?:(?:${MONTHS})\\s+)?(?:\\d{1,2},?\\s+)?(?:19|20)\\d\\d\\b`, 'g');

/** The opening of a sentence before its first statistic, shortened to its last words: what bare figures in a list count. */
function subjectPhrase(opening: string): string | undefined {
  const cleaned = opening
    .replace(/\[\^[^\]]*\]/g, ' ')
    .replace(DATE_PHRASES, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // The last clause of the opening: what comes after its last comma, or before a closing colon.
  const parts = cleaned.replace(/[\s,;:–—-]+$/u, '').replace(/\s+(?:about|approximately|around|some|nearly|almost|over|more than|less than|fewer than|at least|up to|a total of|total of|only|just)$/i, '').split(/[,;]\s/);
  const phrase = (parts[parts.length - 1] ?? '').replace(/^[^\p{L}]+/u, '').trim();
  if (!/\p{L}{3}/u.test(phrase)) return undefined;
  return phrase.split(' ').slice(-10).join(' ');
}

/** A body named by its kind alone: "The Foundation provided …", "the Agency stated …". */
const BODY_BY_KIND = /^\W*(?:[\p{L}]+\s+){0,3}?[Tt]he\s+(?:Foundation|Fund|Agency|Committee|Commission|Council|Bureau|Office|Service|Ministry|Centre|Center|Institute|Mechanism|Coalition)\b/u;

/** The one institution the sentence before, in the same block, names; none when it names several or none. */
function previousInstitution(namesInText: (text: string) => NamedIn[], text: string, sentence: { start: number }, sentences: { start: number; end: number }[]): string | undefined {
  const before = [...sentences].reverse().find((s) => s.end <= sentence.start);
  if (!before) return undefined;
  const named = namesInText(text.slice(before.start, before.end)).filter((n) => n.list === 'institutions');
  return named.length === 1 ? named[0]!.name : undefined;
}

/**
 * The places, institutions and facilities named before `sentence`: by the heading and the blocks before (`namedBefore`,
 * read once each) and by the sentences of its own block before it; each once, at most six.
 */
function contextNames(namesInText: (text: string) => NamedIn[], namedBefore: NamedIn[], text: string, sentence: { start: number }, sentences: { start: number; end: number }[]): string[] {
  const before = sentences.filter((s) => s.end <= sentence.start).flatMap((s) => namesInText(text.slice(s.start, s.end)));
  // (Subgroups are left out: "61 men and 22 women" in one paragraph say nothing of what the next one counts.)
  return uniqueNames([...namedBefore, ...before].filter((n) => n.list !== 'subgroups').map((n) => n.name)).slice(0, 6);
}

/** A name a text holds: the list it is on, and the name as written. */
interface NamedIn {
  list: string;
  name: string;
}

/**
 * namesIn of a text, read when first asked and kept; with the patterns that can match in it (patternsIn), when they
 * have been read by then (`patterns`), only those are tried.
 */
function namesOnce(wording: WordingIndex, text: string, patterns?: () => NamePattern[] | undefined): () => NamedIn[] {
  let names: NamedIn[] | undefined;
  return () => (names ??= namesIn(wording, text, patterns?.()));
}

/**
 * The institutions, places, facilities and subgroups a text names, as written there, in the order of the text.
 * `patterns`: those of namePatterns that can match in a text this one is a stretch of (patternsIn), in their order.
 */
function namesIn(wording: WordingIndex, text: string, patterns: NamePattern[] = namePatterns(wording)): NamedIn[] {
  // Who reports a figure ("According to the Prosecutor General's Office, 212 …") does not restrict what it counts.
  const sentence = wording.withoutReporting(text);
  const found: { at: number; list: string; name: string }[] = [];
  // ſ and the Kelvin sign match s and k when case is ignored, and the lowercase text does not show them so.
  const lower = /[\u017f\u212a]/.test(sentence) ? undefined : sentence.toLowerCase();
  // Whether the text holds each first word, looked for once: names share first words ("Ministry of …", "temporary …").
  const holds = firstWordsHeld(wording);
  for (const { list, re, needle, folded, word, rest } of patterns) {
    // A name whose first word the text does not hold cannot match: most of the patterns, skipped without running.
    if (needle !== undefined) {
      if (holds[word] === 0) holds[word] = (folded ? lower === undefined || lower.includes(needle) : sentence.includes(needle)) ? 1 : -1;
      if (holds[word] < 0) continue;
    }
    // (Nor can one whose other words it does not hold: a pattern run costs far more than looking for them.)
    if (rest.length && !(folded && lower === undefined) && rest.some((w) => !(folded ? lower! : sentence).includes(w))) continue;
    const m = re.exec(sentence);
    if (m && !found.some((f) => f.at <= m.index && m.index < f.at + f.name.length)) found.push({ at: m.index, list, name: m[0].replace(/\s+/g, ' ') });
  }
  return found.sort((a, b) => a.at - b.at).slice(0, 3);
}

/**
 * The name patterns that can match in a stretch of `text` (with reporting clauses blanked, as namesIn reads it):
 * those whose first word the text holds (compared as namesIn compares it), and those without one.
 */
function patternsIn(wording: WordingIndex, text: string): NamePattern[] {
  // Blanking and lower-casing a stretch (code point by code point) cannot make a word the whole text lacks.
  const lower = /[\u017f\u212a]/.test(text) ? undefined : text.toLowerCase();
  const holds = firstWordsHeld(wording);
  return namePatterns(wording).filter(({ needle, folded, word }) => {
    if (needle === undefined) return true;
    if (holds[word] === 0) holds[word] = (folded ? lower === undefined || lower.includes(needle) : text.includes(needle)) ? 1 : -1;
    return holds[word] > 0;
  });
}

/**
 * A listed name as a pattern, with the first word it starts with (`needle`; lowercase when case is ignored, `folded`),
 * which a text must hold for it to match: undefined for a word whose case folds beyond ASCII.
 */
interface NamePattern {
  list: string;
  re: RegExp;
  needle?: string;
  folded: boolean;
  /** The number of its first word (the needle, as compared: folded or not) among the distinct ones of the lists. */
  word: number;
  /** Its other words, which a text it matches in holds as they are (lowercase when case is ignored: those in ASCII only). */
  rest: string[];
}

/** Each listed name as a pattern, in list order, compiled once per wording index: compiling them for every sentence was half of extraction. */
const compiledNames = new WeakMap<WordingIndex, { patterns: NamePattern[]; firstWords: Int8Array }>();
function compiledNamesOf(wording: WordingIndex): { patterns: NamePattern[]; firstWords: Int8Array } {
  let compiled = compiledNames.get(wording);
  if (!compiled) {
    const patterns: NamePattern[] = [];
    // (181 names in the bundled lists, 133 first words.)
    const words = new Map<string, number>();
    for (const list of ['institutions', 'places', 'facilities', 'subgroups'] as const) {
      for (const entry of wording.lists[list].words) {
        for (const alternative of entry.split('|').map((w) => w.trim()).filter(Boolean)) {
          const folded = list === 'subgroups';
          const [first, ...others] = alternative.split(/\s+/) as [string, ...string[]];
          const needle = !folded ? first : /^[\x20-\x7e]+$/.test(first) ? first.toLowerCase() : undefined;
          const key = `${folded ? 'i' : 'c'}${needle ?? ''}`;
          let word = words.get(key);
          if (word === undefined) words.set(key, (word = words.size));
          patterns.push({ list, re: new RegExp(`(?<![\\p{L}-])${escapeRegExp(alternative).replace(/\s+/g, '\\s+')}(?![\\p{L}-])`, folded ? 'iu' : 'u'), needle, folded, word, rest: !folded ? others : others.filter((w) => /^[\x20-\x7e]+$/.test(w)).map((w) => w.toLowerCase()) });
        }
      }
    }
    compiledNames.set(wording, (compiled = { patterns, firstWords: new Int8Array(words.size) }));
  }
  return compiled;
}
const namePatterns = (wording: WordingIndex): NamePattern[] => compiledNamesOf(wording).patterns;
/**
 * Whether a text holds each first word of the lists (0: not looked for yet, 1: it does, -1: it does not), all 0: one
 * array per wording index, emptied for each text (namesIn and patternsIn, which call nothing that uses it meanwhile).
 */
const firstWordsHeld = (wording: WordingIndex): Int8Array => compiledNamesOf(wording).firstWords.fill(0);

const KEYWORD_STOP = new Set(['which', 'their', 'there', 'these', 'those', 'about', 'under', 'after', 'other', 'total', 'number', 'numbers', 'including', 'according', 'during', 'within', 'between', 'where', 'while', 'whose', 'already', 'cases', 'persons', 'people', 'period', 'addition', 'further', 'following', 'result', 'results', 'order', 'regard', 'respect', 'connection', 'relation', 'relating', 'related', 'being', 'since', 'until', 'through', 'across', 'towards', 'against', 'before', 'among', 'without', 'could', 'would', 'should', 'shall', 'might', 'every', 'another', 'currently', 'total', 'approximately', 'also', 'were', 'have', 'been', 'that', 'this', 'with', 'from', 'they', 'them', 'than', 'then', 'more', 'less', 'made', 'each', 'only', 'such', 'same', 'some', 'into', 'over', 'well', 'part', 'case']);

/** Content words of a stretch of text, in order, as further terms. */
function keywords(text: string): string[] {
  const lower = text.replace(/\[\^[^\]]*\]/g, ' ').toLowerCase();
  // The first four, read until there are four (the text runs to the end of the block: most of its words were read for
  // nothing).
  const out: string[] = [];
  KEYWORD.lastIndex = 0;
  while (out.length < 4) {
    const m = KEYWORD.exec(lower);
    if (!m) break;
    if (!KEYWORD_STOP.has(m[0]) && !m[0].endsWith('ly')) out.push(m[0]);
  }
  return out;
}
const KEYWORD = /\p{L}[\p{L}'’-]{3,}/gu;
