/**
 * The library of standard recommendation text (issue #17): the Committee's own wording, read from the sources the
 * fact base holds, each entry with the citation an author puts after it.
 *
 * Two kinds of entry, both verbatim:
 * - the recommendation paragraphs of every source that is concluding observations (bundled or in `.treaty/sources`):
 *   from the sentence that opens the recommendation ("The State party should:", "The Committee urges …") to the end
 *   of the paragraph, with its lettered subparagraphs; each subparagraph is an entry of its own as well;
 * - the recommendations other sources quote: a quotation (in quotation marks, or a Markdown blockquote) that the
 *   source ties to a recommendation of concluding observations, by a reference after it ("… accused" (Recommendation
 *   8.a.)), before it in its sentence ("In Recommendation No. 22, the Committee recommended …: "…"") or in a footnote
 *   ("…"[^3] with "[^3]: CAT/C/KAZ/CO/3, para. 12."). The document is the one the reference names, else the one its
 *   sentence or paragraph names (a symbol, a catalogue alias such as "the 2014 Concluding Observations", the year of
 *   one), else the concluding observations the source named last. A quotation whose sentence says the Committee
 *   recommended it, without a paragraph, is an entry citing the document alone.
 *
 * Themes come from the wording lists (`recommendations.themes` in server/data/wording/wording.yaml), matched against
 * an entry's text and the heading above it. No LSP here: the server, the CLI and the tests call it.
 */
import { paragraphLabel } from '../checks/describe';
import { normaliseSymbol, type FactBase } from '../facts/factBase';
import { foldSpace } from '../facts/sourceDocument';
import type { CatalogueDocument, SourceDocument } from '../facts/types';
import type { RecommendationWording } from '../facts/wording';
import { escapeRegExp, stem } from '../facts/words';
import { findCitations, type Citation } from '../parse/citations';
import { kindFromSymbol } from './workspaceSources';

export interface RecommendationTheme {
  /** What is typed after `treaty-rec-`: "npm", "non-refoulement"; "other" for entries in no theme. */
  word: string;
  label: string;
}

/** A place a recommendation's text was read: a source and one of its paragraphs. */
export interface FoundIn {
  source: string;
  paragraph: string;
  /** "Joint NGO submission to CAT (March 2023), section 4, paragraph 1" */
  name: string;
}

export interface Recommendation {
  /** Stable within a library: the citation, and for a quotation where it was found. */
  id: string;
  /** The concluding observations the words are from: its symbol (its title when it has none). */
  document: string;
  documentTitle: string;
  date?: string;
  /** The paragraphs cited ("12", "12(a)"); empty when the quoting source names none. */
  paragraphs: string[];
  /** What follows the quotation: "CAT/C/KAZ/CO/3, para. 12 (a)". */
  citation: string;
  /** The words, verbatim: blocks (a lead-in, each subparagraph) joined by a blank line. */
  text: string;
  /** Theme words, in the order of the wording list; ["other"] when none applies. */
  themes: string[];
  kind: 'paragraph' | 'quotation';
  /** Where the words were read: the concluding observations themselves, or the source that quotes them. */
  foundIn: FoundIn;
  /** Other places quoting the same words. */
  alsoQuotedIn: FoundIn[];
  /**
   * For a quotation, when the text of the quoted document is known: whether the words are found in the paragraph
   * cited. (A confirmed quotation of a document whose text is a source is merged into that paragraph's own entry.)
   */
  confirmed?: boolean;
}

export interface RecommendationLibrary {
  /** The themes that have entries, in the order of the wording list, "other" last. */
  themes: (RecommendationTheme & { count: number })[];
  /** Newest document first, then in paragraph order. */
  entries: Recommendation[];
}

export const OTHER_THEME: RecommendationTheme = { word: 'other', label: 'Other recommendations' };

const libraries = new WeakMap<FactBase, RecommendationLibrary>();

/** The library of a fact base, built the first time it is asked for and kept as long as the fact base lives. */
export function recommendationLibrary(facts: FactBase): RecommendationLibrary {
  let library = libraries.get(facts);
  if (!library) libraries.set(facts, (library = buildRecommendationLibrary(facts)));
  return library;
}

/** Entries of the themes whose word starts with `typed` ("n" → npm and non-refoulement), each entry once. */
export function recommendationsOfTheme(library: RecommendationLibrary, typed: string): { theme: RecommendationTheme; entry: Recommendation }[] {
  const prefix = typed.toLowerCase();
  const themes = library.themes.filter((t) => t.word.startsWith(prefix));
  const seen = new Set<Recommendation>();
  const out: { theme: RecommendationTheme; entry: Recommendation }[] = [];
  for (const theme of themes) {
    for (const entry of library.entries) {
      if (!entry.themes.includes(theme.word) || seen.has(entry)) continue;
      seen.add(entry);
      out.push({ theme, entry });
    }
  }
  return out;
}

/**
 * What is inserted: the words as a Markdown blockquote, each block a paragraph of it, and the citation as its last
 * line, in parentheses as a report cites: `> (CAT/C/KAZ/CO/3, para. 12)`.
 */
export function recommendationMarkdown(entry: Recommendation): string {
  const blocks = [...entry.text.split('\n\n'), `(${entry.citation})`];
  return blocks.map((b) => `> ${b}`).join('\n>\n');
}

/** Builds the library from every source of the fact base (see the file comment). */
export function buildRecommendationLibrary(facts: FactBase): RecommendationLibrary {
  const wording = facts.wording.lists.recommendations;
  if (!wording) return { themes: [], entries: [] };
  const reader = new RecommendationReader(facts, wording);
  const entries: Recommendation[] = [];
  const own = new Map<string, Recommendation>();
  for (const source of facts.sources.values()) {
    const document = reader.concludingObservationsOf(source);
    if (!document) continue;
    for (const entry of reader.paragraphEntries(source, document)) {
      entries.push(entry);
      own.set(`${normaliseSymbol(entry.document)}\u0001${entry.paragraphs.join(',')}`, entry);
    }
  }
  const quoted = new Map<string, Recommendation>();
  for (const source of facts.sources.values()) {
    for (const entry of reader.quotationEntries(source)) {
      // Confirmed by the text of the quoted document, which is a source: that paragraph's own entry says where else it is quoted.
      const mine = entry.confirmed ? own.get(`${normaliseSymbol(entry.document)}\u0001${entry.paragraphs.join(',')}`) : undefined;
      if (mine) {
        mine.alsoQuotedIn.push(entry.foundIn);
        continue;
      }
      const key = `${entry.citation}\u0001${comparable(entry.text)}`;
      const same = quoted.get(key);
      if (same) same.alsoQuotedIn.push(entry.foundIn);
      else {
        quoted.set(key, entry);
        entries.push(entry);
      }
    }
  }
  const order = (e: Recommendation) => [e.date ?? '', e.document, ...e.paragraphs.map(paragraphSortKey)];
  entries.sort((a, b) => {
    const x = order(a);
    const y = order(b);
    if (x[0] !== y[0]) return x[0]! < y[0]! ? 1 : -1; // newest first
    for (let i = 1; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) return (x[i] ?? '') < (y[i] ?? '') ? -1 : 1;
    return a.kind === b.kind ? 0 : a.kind === 'paragraph' ? -1 : 1;
  });
  const themes = [...wording.themes.map((t) => ({ word: t.word, label: t.label })), OTHER_THEME]
    .map((t) => ({ ...t, count: entries.filter((e) => e.themes.includes(t.word)).length }))
    .filter((t) => t.count > 0);
  return { themes, entries };
}

/** "12(b)" → "00012(b)", so that paragraph 9 comes before 10. */
const paragraphSortKey = (address: string) => address.replace(/^\d+/, (n) => n.padStart(5, '0'));

/** "12" → "para. 12", "12(b)(ii)" → "para. 12 (b) (ii)"; several → "paras. 13 and 14". */
function paragraphsLabel(addresses: string[]): string {
  const one = (a: string) => a.replace(/\(/g, ' (');
  if (addresses.length === 1) return `para. ${one(addresses[0]!)}`;
  return `paras. ${addresses.slice(0, -1).map(one).join(', ')} and ${one(addresses.at(-1)!)}`;
}

/** For comparing quotations: quotation marks, case, spacing and final punctuation do not count. */
const comparable = (text: string) => foldSpace(text.replace(/[“”"‘’]/g, '').replace(/\[…\]|\[\.\.\.\]|…/g, ' ')).replace(/[\s.,;:]+$/, '').toLowerCase();

/** A private character standing for a footnote marker in a paragraph's text, so its footnote can be read for a reference. */
const FOOTNOTE_MARK = '\uE000';
const FOOTNOTE_REF = /\[\^([^\]\s]+)\]/g;
/** A sentence ends at . ! ? (after a closing quote or bracket) before a capital, unless the dot ends an abbreviation. */
const SENTENCE_END = /(?<!\b(?:No|Nos|para|paras|art|arts|p|pp|cf|vol|Corr|Add|Rev|Mr|Ms|Mrs|Dr|St|[A-Z]))[.!?]["”’)\]]*\s+(?=["“(]?\p{Lu})/gu;
const YEAR = /\b(?:19|20)\d\d\b/g;
/** How far before a quotation its lead-in is read ("…, the Committee recommended that Kazakhstan ensures that"). */
const LEAD_IN_SPAN = 300;
/** What makes a year in a sentence the year of concluding observations ("In 2014 the Committee recommended …"). */
const ABOUT_THE_COMMITTEE = /\b(?:Committee|concluding observations|reporting cycle|recommend\w*)\b/i;

const alternation = (words: string[]) => words.map((w) => escapeRegExp(w).replace(/\s+/g, '\\s+')).sort((a, b) => b.length - a.length).join('|');

interface Quote {
  /** The quoted words, without the marks. */
  start: number;
  end: number;
  /** Where the closing mark ends (the quotation's end when it was not closed). */
  after: number;
  closed: boolean;
}

interface Reference {
  start: number;
  end: number;
  /** The document it names, when it names one; else read from its sentence or paragraph. */
  document?: CatalogueDocument;
  /** It names no document: resolved like a "Recommendation N". */
  open: boolean;
  paragraphs: string[];
}

interface Mention {
  at: number;
  document: CatalogueDocument;
}

/** A paragraph read for quotations: its text with footnote markers as FOOTNOTE_MARK, and those footnotes in order. */
interface ReadParagraph {
  text: string;
  footnotes: string[];
}

class RecommendationReader {
  private readonly opener: RegExp;
  private readonly reference: RegExp;
  private readonly leadIn: RegExp;
  private readonly themes: { word: string; phrases: Map<string, string[][]> }[];
  private readonly phrases: string[];

  constructor(private readonly facts: FactBase, private readonly wording: RecommendationWording) {
    // At a sentence's start: "The State party should", "The Committee also urges" (paragraph text has its spacing folded).
    this.opener = new RegExp(`(?:^|[.;:!?]["”’)]{0,3}\\s)((?:${alternation(wording.subjects)}) (?:(?:${alternation(wording.adverbs)}) )?(?:${alternation(wording.verbs)})\\b)`, 'u');
    // "Recommendation 7. a", "Recommendation 8.a.", "Recommendations 7.b, 11 and 12", "Recommendation No. 22".
    const item = '\\d{1,3}(?:\\s?\\.\\s?[a-z](?![a-z])\\.?|\\s?\\([a-z]\\))?';
    this.reference = new RegExp(`\\b(?:${alternation(wording.reference_words)})\\s+(?:Nos?\\.\\s*)?(${item}(?:\\s*(?:,\\s*and|,|and)\\s*${item})*)`, 'g');
    this.leadIn = new RegExp(`\\bCommittee\\b[^.“”"]*?\\b(?:${alternation(wording.lead_in)})\\b`, 'i');
    this.themes = wording.themes.map((t) => {
      const phrases = new Map<string, string[][]>();
      for (const w of t.words) {
        const stems = stemsOf(w);
        if (!stems.length) continue;
        const list = phrases.get(stems[0]!);
        if (list) list.push(stems);
        else phrases.set(stems[0]!, [stems]);
      }
      return { word: t.word, phrases };
    });
    this.phrases = facts.aliasPhrases();
  }

  /** The catalogue entry of a source that is concluding observations (its kind, or a symbol …/CO/n), else undefined. */
  concludingObservationsOf(source: SourceDocument): CatalogueDocument | undefined {
    const symbol = source.meta.symbol ?? undefined;
    const catalogued = symbol ? this.facts.document(symbol) : undefined;
    const kind = source.meta.kind ?? catalogued?.kind ?? (symbol ? kindFromSymbol(symbol) : undefined);
    if (kind !== 'concluding-observations') return undefined;
    return catalogued ?? { symbol: symbol ?? source.meta.short_title ?? source.meta.title, kind, title: source.meta.title, body: source.meta.author ?? '', ...(source.meta.date ? { date: source.meta.date } : {}) };
  }

  /** The recommendation paragraphs of concluding observations, and each of their lettered subparagraphs. */
  *paragraphEntries(source: SourceDocument, document: CatalogueDocument): Generator<Recommendation> {
    for (const address of source.order) {
      if (address.includes('(')) continue;
      const paragraph = source.paragraphs.get(address)!;
      const text = prose(paragraph.text).replace(/^\d+(?:\.\d+)*\.\s+/, '');
      const opens = this.opener.exec(text);
      if (!opens) continue;
      const lead = text.slice(opens.index + opens[0].length - opens[1]!.length);
      // Lettered subparagraphs, with what is under them ("12(b)(ii)" goes with "12(b)").
      const subs: { address: string; text: string }[] = [];
      for (const a of source.order) {
        if (!a.startsWith(`${address}(`)) continue;
        const block = prose(source.paragraphs.get(a)!.text);
        if (/^\d+\([a-z]+\)$/.test(a)) subs.push({ address: a, text: block });
        else if (subs.length) subs.at(-1)!.text += `\n\n${block}`;
      }
      const foundIn = (a: string): FoundIn => ({ source: source.meta.id, paragraph: a, name: `${sourceName(source)}, ${paragraphsLabel([a])}` });
      const entry = (addresses: string[], body: string, heading: string): Recommendation => ({
        id: `${document.symbol}#${addresses.join(',')}`,
        document: document.symbol,
        documentTitle: document.title,
        ...(document.date ? { date: document.date } : {}),
        paragraphs: addresses,
        citation: `${document.symbol}, ${paragraphsLabel(addresses)}`,
        text: body,
        themes: this.themesOf(`${body}\n${heading}`),
        kind: 'paragraph',
        foundIn: foundIn(addresses[0]!),
        alsoQuotedIn: [],
      });
      yield entry([address], [lead, ...subs.map((s) => s.text)].join('\n\n'), paragraph.heading);
      for (const s of subs) yield entry([s.address], `${lead}\n\n${s.text}`, paragraph.heading);
    }
  }

  /** The recommendations of concluding observations that a source quotes (see the file comment). */
  *quotationEntries(source: SourceDocument): Generator<Recommendation> {
    /** The concluding observations the source named last, carried from paragraph to paragraph. */
    let carried: CatalogueDocument | undefined = (source.meta.responds_to ?? []).map((s) => this.facts.document(s)).find((d) => d && this.isConcludingObservations(d) && this.before(d, source));
    for (const address of source.order) {
      const paragraph = source.paragraphs.get(address)!;
      const read = readParagraph(paragraph.text, source.footnotes);
      const { text } = read;
      const citations = findCitations(text, this.phrases);
      const mentions = this.mentionsIn(text, citations, source);
      const refs = this.referencesIn(text, citations);
      const quotes = quotesIn(text, refs);
      const sentences = new Sentences(text);
      const sentenceOf = (at: number) => sentences.startOf(at);
      // Only a paragraph that speaks of the Committee is taken to mean the concluding observations named before.
      const carriedHere = /\bCommittee\b/.test(text) ? carried : undefined;
      const documentOf = (ref: Reference): CatalogueDocument | undefined => {
        if (!ref.open) return ref.document;
        const from = sentenceOf(ref.start);
        const inSentence = mentions.filter((m) => m.at >= from && m.at < ref.start).at(-1);
        if (inSentence) return inSentence.document;
        const inParagraph = mentions.filter((m) => this.isConcludingObservations(m.document));
        const named = inParagraph.filter((m) => m.at < ref.start).at(-1) ?? inParagraph[0];
        return named?.document ?? carriedHere;
      };
      const used = new Set<Reference>();
      const withinQuotes = insideQuotes(refs, quotes);
      for (const q of quotes) {
        // Words the writer put in brackets ("[to a police station]") are not the Committee's.
        const words = text.slice(q.start, q.end).replace(/\[[^\]]*\]/g, ' ').match(/[\p{L}\d]+/gu)?.length ?? 0;
        if (words < this.wording.min_quote_words) continue;
        // The reference right after it: "…" (Recommendation 8.a.), "…" (CAT/C/KAZ/CO/3, para. 12). Only the first
        // reference after it can be: any later one has that one in between.
        const next = refs.find((r) => r.start >= q.after);
        let ref = next && !used.has(next) && /^[\s,;:.\uE000]*\(?\s*$/.test(text.slice(q.after, next.start)) ? next : undefined;
        if (!ref) {
          // A footnote right after the quotation that gives the reference.
          const gap = /^[\s,;:.]*((?:\uE000\s*)+)/.exec(text.slice(q.after));
          if (gap) {
            const index = countMarks(text.slice(0, q.after + gap.index + gap[0].indexOf(FOOTNOTE_MARK)));
            for (let k = 0; k < (gap[1]!.match(/\uE000/g) ?? []).length && !ref; k++) {
              const note = read.footnotes[index + k];
              if (note) ref = this.referencesIn(note, findCitations(note, this.phrases)).find((r) => r.document && r.paragraphs.length);
            }
          }
        }
        if (!ref) {
          // One reference before it in its sentence, used by no other quotation: "In Recommendation No. 22, the Committee recommended …: "…"".
          const from = sentenceOf(q.start);
          const before = refs.filter((r) => !used.has(r) && r.start >= from && r.end <= q.start && !withinQuotes.has(r));
          if (before.length === 1) ref = before[0];
        }
        let document: CatalogueDocument | undefined;
        let paragraphs: string[] = [];
        if (ref) {
          used.add(ref);
          document = documentOf(ref);
          paragraphs = ref.paragraphs;
        } else {
          // No reference: a quotation its sentence says the Committee recommended cites the document alone.
          // The words just before it: "the Committee recommended that Kazakhstan ensures that".
          const lead = text.slice(Math.max(sentenceOf(q.start), q.start - LEAD_IN_SPAN), q.start);
          if (!this.leadIn.test(lead)) continue;
          document = documentOf({ start: q.start, end: q.start, open: true, paragraphs: [] });
        }
        if (!document || !this.isConcludingObservations(document) || !this.before(document, source)) continue;
        if (this.facts.knowsAllParagraphs(document) && paragraphs.some((p) => !this.resolve(document, p))) continue;
        const quoted = tidyQuotation(text.slice(q.start, q.end), q.closed);
        const confirmed = this.confirm(document, paragraphs, quoted);
        const foundIn: FoundIn = { source: source.meta.id, paragraph: address, name: `${sourceName(source)}, ${paragraphLabel(address)}` };
        const citation = paragraphs.length ? `${document.symbol}, ${paragraphsLabel(paragraphs)}` : document.symbol;
        yield {
          id: `${citation}@${source.meta.id}#${address}:${q.start}`,
          document: document.symbol,
          documentTitle: document.title,
          ...(document.date ? { date: document.date } : {}),
          paragraphs,
          citation,
          text: quoted,
          themes: this.themesOf(`${quoted}\n${paragraph.heading}`),
          kind: 'quotation',
          foundIn,
          alsoQuotedIn: [],
          ...(confirmed === undefined ? {} : { confirmed }),
        };
      }
      const last = mentions.filter((m) => this.isConcludingObservations(m.document)).at(-1);
      if (last) carried = last.document;
    }
  }

  /**
   * The catalogue entry of a symbol; for concluding observations the catalogue does not know, one made from the
   * symbol: a quotation that names "CAT/C/XYZ/CO/2, para. 9" says whose words it gives.
   */
  private documentNamed(symbol: string): CatalogueDocument | undefined {
    const known = this.facts.document(symbol);
    if (known || kindFromSymbol(symbol) !== 'concluding-observations') return known;
    return { symbol, kind: 'concluding-observations', title: symbol, body: '' };
  }

  private isConcludingObservations(d: CatalogueDocument): boolean {
    return d.kind === 'concluding-observations' || kindFromSymbol(d.symbol) === 'concluding-observations';
  }

  /** Whether a document can be quoted by a source: not dated after it (dates compared as far as both are known). */
  private before(d: CatalogueDocument, source: SourceDocument): boolean {
    const a = d.date ?? '';
    const b = source.meta.date ?? '';
    const n = Math.min(a.length, b.length);
    return n === 0 || a.slice(0, n) <= b.slice(0, n);
  }

  /** Documents a paragraph names without a paragraph: symbols, catalogue aliases, and years of concluding observations in a sentence about the Committee. */
  private mentionsIn(text: string, citations: Citation[], source: SourceDocument): Mention[] {
    const out: Mention[] = [];
    for (const c of citations) {
      // A document cited with its paragraphs is a reference of its own ("Paragraph 1 of the List of Issues"), not
      // what the sentence around it is about.
      if (c.paragraphs.length) continue;
      const symbol = c.symbol ?? (c.phrase ? this.facts.aliases.get(c.phrase) : undefined);
      const document = symbol ? this.documentNamed(symbol) : undefined;
      if (document && this.before(document, source)) out.push({ at: c.symbolStart ?? c.start, document });
    }
    const sentences = new Sentences(text);
    const about = new Map<number, boolean>();
    for (const m of text.matchAll(YEAR)) {
      const from = sentences.startOf(m.index);
      if (!about.has(from)) about.set(from, ABOUT_THE_COMMITTEE.test(text.slice(from, sentences.endOf(m.index))));
      if (!about.get(from)) continue;
      const of = this.concludingObservationsOfYear(m[0]).filter((d) => this.before(d, source));
      if (of.length === 1) out.push({ at: m.index, document: of[0]! });
    }
    return out.sort((a, b) => a.at - b.at);
  }

  private byYear?: Map<string, CatalogueDocument[]>;
  private concludingObservationsOfYear(year: string): CatalogueDocument[] {
    if (!this.byYear) {
      this.byYear = new Map();
      for (const d of this.facts.uniqueDocuments()) {
        if (!d.date || !this.isConcludingObservations(d)) continue;
        const y = d.date.slice(0, 4);
        this.byYear.set(y, [...(this.byYear.get(y) ?? []), d]);
      }
    }
    return this.byYear.get(year) ?? [];
  }

  /** Numbered recommendations ("Recommendation 17.c"), and paragraph references, with the document they name if any. */
  private referencesIn(text: string, citations: Citation[]): Reference[] {
    const out: Reference[] = [];
    for (const m of text.matchAll(this.reference)) {
      const paragraphs = [...m[1]!.matchAll(/(\d{1,3})(?:\s?\.\s?([a-z])(?![a-z])|\s?\(([a-z])\))?/g)].map((p) => `${p[1]}${p[2] ?? p[3] ? `(${p[2] ?? p[3]})` : ''}`);
      out.push({ start: m.index, end: m.index + m[0].length, open: true, paragraphs });
    }
    for (const c of citations) {
      if (!c.paragraphs.length || out.some((r) => c.start < r.end && r.start < c.end)) continue;
      const symbol = c.symbol ?? (c.phrase ? this.facts.aliases.get(c.phrase) : undefined);
      const document = symbol ? this.documentNamed(symbol) : undefined;
      out.push({ start: c.start, end: c.end, ...(document ? { document } : {}), open: !symbol, paragraphs: c.paragraphs.map((p) => `${p.id}${p.sub ? `(${p.sub})` : ''}`) });
    }
    return out.sort((a, b) => a.start - b.start);
  }

  private resolve(document: CatalogueDocument, address: string) {
    const m = /^([^(]+)(?:\(([a-z]+)\))?/.exec(address)!;
    return this.facts.resolveParagraph(document.symbol, m[1]!, m[2]);
  }

  /** Whether the quoted document's own text (when the fact base holds it) has the words in the paragraphs cited. */
  private confirm(document: CatalogueDocument, paragraphs: string[], words: string): boolean | undefined {
    if (!paragraphs.length) return undefined;
    const texts: string[] = [];
    for (const p of paragraphs) {
      const r = this.resolve(document, p);
      if (!r?.sourceParagraph || !r.source) return undefined;
      texts.push(r.text ?? '');
      // A paragraph's text is its lead-in; the quotation may run into its subparagraphs.
      for (const a of r.source.order) if (a.startsWith(`${p}(`)) texts.push(prose(r.source.paragraphs.get(a)!.text));
    }
    return comparable(texts.join(' ')).includes(comparable(words));
  }

  private themesOf(text: string): string[] {
    const stems = stemsOf(text);
    const out: string[] = [];
    for (const t of this.themes) {
      const hit = stems.some((s, i) => t.phrases.get(s)?.some((p) => p.every((x, k) => stems[i + k] === x)));
      if (hit) out.push(t.word);
    }
    return out.length ? out : [OTHER_THEME.word];
  }
}

/** A paragraph's text as prose: footnote markers removed, spacing folded, blocks kept apart by a blank line. */
function prose(text: string): string {
  return text.split(/\n\s*\n/).map((b) => foldSpace(b.replace(FOOTNOTE_REF, ''))).filter(Boolean).join('\n\n');
}

/** How a source is named in "found in": its short title, else its symbol, else its title. */
function sourceName(source: SourceDocument): string {
  return source.meta.short_title ?? source.meta.symbol ?? source.meta.title;
}

/**
 * A paragraph's text for finding quotations: a Markdown blockquote becomes a quotation in marks, footnote markers
 * become FOOTNOTE_MARK (their footnotes listed in order), spacing is folded.
 */
function readParagraph(raw: string, footnotes: Map<string, string>): ReadParagraph {
  const lines = raw.split(/\r?\n/);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s{0,3}>/.test(lines[i]!)) {
      out.push(lines[i]!);
      continue;
    }
    const quoted: string[] = [];
    for (; i < lines.length && /^\s{0,3}>/.test(lines[i]!); i++) quoted.push(lines[i]!.replace(/^\s{0,3}>\s?/, ''));
    i--;
    // A last line that is the quotation's citation ("(CAT/C/KAZ/CO/3, para. 12)", "— CAT/C/KAZ/CO/3, para. 12") follows it.
    const citation = quoted.length > 1 && /^\s*(?:\(|[—–-]\s)/.test(quoted.at(-1)!) ? quoted.pop()! : '';
    const body = foldSpace(quoted.join(' '));
    out.push(`${/^["“]/.test(body) ? body : `“${body}”`} ${citation.replace(/^\s*[—–-]\s*/, '')}`);
  }
  const notes: string[] = [];
  const text = foldSpace(out.join('\n').replace(FOOTNOTE_REF, (_, id: string) => {
    notes.push(footnotes.get(id) ?? '');
    return FOOTNOTE_MARK;
  }));
  return { text, footnotes: notes };
}

const countMarks = (s: string) => (s.match(/\uE000/g) ?? []).length;

/**
 * Quotations in marks: “…” or "…" (either mark may close either). A straight mark before a letter inside a
 * quotation opens one inside it. A quotation never closed ends before the first reference inside it ("and
 * "authorise this mechanism … (Recommendation 8.b.).") or is no quotation.
 */
function quotesIn(text: string, refs: Reference[]): Quote[] {
  const out: Quote[] = [];
  let open = -1;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const prev = text[i - 1] ?? ' ';
    const next = text[i + 1] ?? ' ';
    const opens = c === '“' || (c === '"' && /[\s([—–-]/.test(prev) && /\S/.test(next));
    const closes = c === '”' || (c === '"' && !/[\p{L}\d]/u.test(next));
    if (open < 0) {
      if (opens) {
        open = i;
        depth = 1;
      }
    } else if (opens && !(closes && c === '"')) depth++;
    else if (closes && --depth === 0) {
      out.push({ start: open + 1, end: i, after: i + 1, closed: true });
      open = -1;
    }
  }
  if (open >= 0) {
    const inside = refs.find((r) => r.start > open);
    if (inside) {
      const end = open + 1 + text.slice(open + 1, inside.start).replace(/[\s(]+$/, '').length;
      out.push({ start: open + 1, end, after: end, closed: false });
    }
  }
  return out;
}

/** The sentences of a text, found once, and the one a position is in by binary search. */
class Sentences {
  private readonly starts = [0];
  constructor(private readonly text: string) {
    for (const m of text.matchAll(SENTENCE_END)) this.starts.push(m.index + m[0].length);
  }

  /** Index of the last start at or before `at`. */
  private indexOf(at: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  startOf(at: number): number {
    return this.starts[this.indexOf(at)]!;
  }

  endOf(at: number): number {
    return this.starts[this.indexOf(at) + 1] ?? this.text.length;
  }
}

/** The references inside a quotation (a quotation's own references are the writer's, not its reference). */
function insideQuotes(refs: Reference[], quotes: Quote[]): Set<Reference> {
  const out = new Set<Reference>();
  let k = 0;
  for (const r of refs) {
    while (k < quotes.length && quotes[k]!.after <= r.start) k++;
    if (k < quotes.length && r.start >= quotes[k]!.start && r.end <= quotes[k]!.after) out.add(r);
  }
  return out;
}

/** The quoted words as inserted: footnote markers out, spacing folded. */
function tidyQuotation(words: string, closed: boolean): string {
  const text = foldSpace(words.replace(/\uE000/g, ''));
  return closed ? text : text.replace(/[\s,;:]+$/, '');
}

/** Words as stems for theme matching; numbers kept ("article 3"). */
function stemsOf(text: string): string[] {
  return (text.match(/\p{L}[\p{L}\p{M}'’-]*|\d+/gu) ?? []).map((w) => (/^\d/.test(w) ? w : stem(w)));
}
