/**
 * Statistic facts read from a source document (issue #17): every statistic figure of every paragraph becomes a fact
 * in the facts files' shape, with its verbatim sentence as the quote, its paragraph, who asserted it and when. Plain
 * TypeScript: no editor, no protocol. The figures are found and read as the checker reads a draft (findFigures,
 * figureContext), so an extracted fact says what the checker would understand the sentence to say.
 */
import { createHash } from 'node:crypto';
import { figureContext } from '../checks/figureContext';
import { foldSpace } from '../facts/sourceDocument';
import type { AsserterKind, Fact, SourceDocument } from '../facts/types';
import type { WordingIndex } from '../facts/wording';
import { findCitations } from '../parse/citations';
import { findFigures, type Figure } from '../parse/figures';
import { buildReportModel, type ProseBlock, type ReportModel } from '../parse/reportModel';

/** An extracted fact: a statistic with the fields the facts schema requires, from a workspace source. */
export type ExtractedFact = Fact & { type: 'statistic'; value: number; value_text: string; unit: string; origin: 'workspace' };

/** The units findFigures reads, as the facts files write them. */
const UNIT_NAMES: Record<NonNullable<Figure['unit']>, string> = { 'per-cent': 'per-cent', tenge: 'tenge', usd: 'US dollars', eur: 'EUR', mci: 'MCI', hours: 'hours', days: 'days', months: 'months', years: 'years', times: 'times' };

/** Nouns whose plural does not end in -s, and words in -s that are no nouns: what the counted-noun reader must know. */
const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'police', 'staff', 'personnel', 'youth', 'militia', 'media']);
const NOT_PLURAL_NOUNS = new Set(['this', 'thus', 'was', 'has', 'its', 'his', 'whereas', 'various', 'serious', 'numerous', 'previous', 'always', 'perhaps', 'towards', 'besides', 'afterwards', 'across', 'unless', 'less', 'us', 'as', 'is', 'yes', 'does', 'goes', 'includes', 'remains', 'means', 'nevertheless', 'regardless', 'countless', 'various', 'obvious', 'anonymous', 'tremendous', 'continuous', 'dangerous', 'religious', 'famous', 'gross', 'plus', 'minus', 'bonus', 'status', 'basis', 'analysis', 'crisis', 'thesis', 'emphasis', 'process', 'access', 'success', 'address', 'progress', 'business', 'witness', 'illness', 'gas', 'bus', 'focus', 'consensus', 'census', 'corpus', 'habeas']);
const VERB_AFTER = /^(?:were|was|are|is|have|has|had|been|being|be|will|would|shall|should|can|could|may|might|must|did|do|does)$/;
/** Words that may stand between a figure and its counted noun ("151 dead civilians", "40,000 video surveillance cameras"). */
const MAX_NOUN_DISTANCE = 4;
/** Prepositions and other words after which nothing more of a counted phrase follows. */
const PHRASE_STOP = /^(?:in|on|at|to|for|by|with|from|during|since|until|into|under|over|through|between|among|against|who|which|that|whom|whose|where|when|while|and|or|but|as|than|were|was|are|is|have|has|had|been|be|will|would|could|should|may|might|must|shall|did|do|does|per|each|including|out|according)$/;
const ANTECEDENT = /^\s*(?:of|out of|among|from)\s+(?:them|these|those|whom|which)\b/i;

/** A stable key for what an extraction reads: the document's meta and paragraphs (not where the file lies). */
export function sourceContentHash(doc: SourceDocument): string {
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
  /** How many sources were actually read (for tests and logs). */
  extractions = 0;

  constructor(private readonly wording: WordingIndex, private readonly maxEntries = 256) {}

  extract(doc: SourceDocument): ExtractedFact[] {
    const key = sourceContentHash(doc);
    let facts = this.cache.get(key);
    if (!facts) {
      facts = extractFacts(doc, this.wording);
      this.extractions++;
      if (this.cache.size >= this.maxEntries) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(key, facts);
    }
    return facts;
  }
}

/** The paragraphs laid out as one Markdown document (headings, text, footnote definitions), with where each lies. */
function layout(doc: SourceDocument): { text: string; spans: { address: string; start: number; end: number }[] } {
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
  for (const [id, body] of doc.footnotes) text += `[^${id}]: ${body.replace(/\n/g, ' ')}\n\n`;
  return { text, spans };
}

/** The paragraph address part of an id: "6(b)" → "6-b", "s5.r2" → "s5-r2". */
export function addressSlug(address: string): string {
  return address.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'p';
}

/** Every statistic of a source as a fact, in the order of the text. Deterministic: the same document gives the same facts. */
export function extractFacts(doc: SourceDocument, wording: WordingIndex): ExtractedFact[] {
  const { text, spans } = layout(doc);
  const model = buildReportModel(text);
  const out: ExtractedFact[] = [];
  const counters = new Map<string, number>();
  const headingCache = new Map<number, Set<string>>();
  const asserter = { kind: asserterKind(doc.meta.author_kind), name: doc.meta.author || doc.meta.issuing_body || doc.meta.id };
  let sentenceBefore: string | undefined;
  let lastParagraph: string | undefined;
  for (const block of model.blocks) {
    if (block.kind === 'heading') continue;
    const span = spans.find((s) => block.start >= s.start && block.end <= s.end);
    if (!span) continue; // a footnote's text
    if (span.address !== lastParagraph) sentenceBefore = undefined;
    lastParagraph = span.address;
    const leadIn = sentenceBefore !== undefined && wording.carriesSubject(block.text) ? sentenceBefore : undefined;
    const last = block.sentences[block.sentences.length - 1];
    const blockFacts = extractBlock(model, block, text, wording, headingCache, leadIn);
    sentenceBefore = last ? block.text.slice(last.start, last.end) : undefined;
    for (const draft of blockFacts) {
      const n = (counters.get(span.address) ?? 0) + 1;
      counters.set(span.address, n);
      out.push({
        id: `${doc.meta.id}.x.${addressSlug(span.address)}.${n}`,
        type: 'statistic',
        measure: draft.measure,
        value: draft.value,
        value_text: draft.valueText,
        unit: draft.unit,
        qualifier: draft.qualifier,
        ...(draft.period ? { period: draft.period } : {}),
        terms: draft.terms,
        asserted_by: asserter,
        asserted_on: doc.meta.date,
        paragraph: span.address,
        quote: draft.quote,
        source: doc.meta.id,
        origin: 'workspace',
      });
    }
  }
  return out;
}

function asserterKind(kind: string): AsserterKind {
  return (['state-party', 'ngo', 'committee', 'official', 'special-procedures', 'ombudsperson', 'npm'] as const).find((k) => k === kind) ?? 'official';
}

interface Draft {
  value: number;
  valueText: string;
  unit: string;
  qualifier: ExtractedFact['qualifier'];
  period?: string;
  measure: string;
  terms: string[];
  quote: string;
}

function extractBlock(model: ReportModel, block: ProseBlock, doc: string, wording: WordingIndex, headingCache: Map<number, Set<string>>, leadIn: string | undefined): Draft[] {
  const citations = findCitations(block.text);
  const excluded = citations.flatMap((c) => [
    ...(c.symbolStart !== undefined ? [{ start: c.symbolStart, end: c.symbolEnd! }] : []),
    ...(c.communication ? [{ start: c.start, end: c.end }] : []),
    ...c.paragraphs.map((p) => ({ start: p.start, end: p.end })),
  ]);
  const all = findFigures(block.text, excluded, wording);
  const years = all.filter((f) => f.kind === 'year');
  const stats = all.filter((f) => f.kind === 'statistic');
  const out: Draft[] = [];
  /** The counted noun of the statistic before, in the same sentence: what a bare figure after it counts. */
  let previous: { sentenceStart: number; noun: string } | undefined;
  for (const figure of stats) {
    const ctx = figureContext(model, block, figure, years, headingCache, all, wording, leadIn);
    const t = block.text;
    const sentence = { start: ctx.sentenceStart, end: ctx.sentenceEnd };
    const clause = { start: ctx.clauseStart, end: ctx.clauseEnd };
    const quote = foldSpace(doc.slice(block.start + sentence.start, block.start + sentence.end));
    const valueText = foldSpace(doc.slice(block.start + figure.start, block.start + figure.end));
    const noun = countedNoun(t, figure, sentence, clause, wording);
    let unit: string;
    if (figure.unit) unit = UNIT_NAMES[figure.unit];
    else if (noun) unit = noun.head;
    else if (previous && previous.sentenceStart === sentence.start) unit = previous.noun;
    else unit = nounBefore(t, sentence, figure) ?? (ctx.carriedText ? nounIn(ctx.carriedText) : undefined) ?? 'cases';
    if (!figure.unit) previous = { sentenceStart: sentence.start, noun: unit };
    const period = ctx.period ? (ctx.period[0] === ctx.period[1] ? String(ctx.period[0]) : `${ctx.period[0]}/${ctx.period[1]}`) : undefined;
    const own = t.slice(Math.max(ctx.ownStart, clause.start), clause.end);
    const events = wording.eventsInOrder(own);
    const event = events[0] ?? nearestEvent(t, sentence, figure, wording);
    const names = namesIn(wording, t.slice(sentence.start, sentence.end));
    const thing = noun?.phrase ?? (figure.unit && figure.unit !== 'per-cent' ? UNIT_NAMES[figure.unit] : unit);
    const what = figure.unit === 'per-cent' ? `share${noun ? ` of ${noun.phrase}` : ''}` : figure.unit && noun ? `${UNIT_NAMES[figure.unit]} ${noun.phrase}` : thing;
    const measure = [what, event, names.length ? `(${names.join(', ')})` : '', period ? `in ${period.replace('/', '–')}` : '', figure.derived === 'change' ? '(stated change)' : ''].filter(Boolean).join(' ');
    const terms = unique([noun?.phrase, noun?.head, event, ...names, ...keywords(t.slice(sentence.start, sentence.end), figure, t)].filter((w): w is string => !!w && w.length >= 2 && !/^\d/.test(w))).slice(0, 6);
    out.push({
      value: figure.value,
      valueText,
      unit,
      qualifier: figure.qualifier,
      period,
      measure: measure.length >= 3 ? measure : `figure ${valueText}`,
      terms: terms.length ? terms : [unit],
      quote,
    });
  }
  return out;
}

const unique = (words: string[]) => [...new Set(words.map((w) => w.toLowerCase()))];

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
  if (IRREGULAR_PLURALS.has(lower)) return true;
  return lower.length >= 4 && /[^s'’u]s$/.test(lower) && !NOT_PLURAL_NOUNS.has(lower) && !/(?:ous|ss|ics|ness)$/.test(lower);
};

/**
 * What a figure counts, from the words after it: "447 complaints of torture" → head "complaints", phrase "complaints
 * of torture"; "19 were officers" → "officers". Undefined when the figure names no noun of its own.
 */
function countedNoun(text: string, figure: Figure, sentence: { start: number; end: number }, clause: { start: number; end: number }, wording: WordingIndex): { head: string; phrase: string } | undefined {
  const rest = text.slice(figure.end, sentence.end);
  if (ANTECEDENT.test(rest)) return undefined;
  let words = wordsFrom(text, figure.end, Math.min(sentence.end, figure.end + 160));
  // A unit written after the figure ("7 million tenge to the families") is the unit; what follows is the counted thing only after "of".
  if (figure.unit && figure.unit !== 'per-cent') {
    if (words[0]?.word.toLowerCase() !== 'of') return undefined;
  }
  if (figure.unit === 'per-cent') {
    if (words[0]?.word.toLowerCase() !== 'of') return undefined;
    words = words.slice(1);
    while (words[0] && /^(?:the|all|those|these|its|their)$/i.test(words[0].word)) words = words.slice(1);
  } else if (words[0] && /^(?:were|was|are)$/i.test(words[0].word) && words[1] && isPluralNoun(words[1].word)) {
    // "of whom 19 were officers"
    words = words.slice(1);
  }
  let head = -1;
  for (let i = 0; i < Math.min(words.length, MAX_NOUN_DISTANCE); i++) {
    const w = words[i]!.word;
    if (!/^\p{L}/u.test(w) || PHRASE_STOP.test(w.toLowerCase()) || VERB_AFTER.test(w.toLowerCase())) break;
    if (isPluralNoun(w) || wording.thingStems.has(w.toLowerCase()) || wording.personStems.has(w.toLowerCase())) {
      head = i;
      break;
    }
  }
  if (head < 0) return undefined;
  let end = head;
  // "complaints of torture", "acts of violence against detainees": an "of"-phrase says what kind.
  if (words[end + 1]?.word.toLowerCase() === 'of' && words[end + 2] && /^\p{L}/u.test(words[end + 2]!.word) && !/^(?:them|these|those|whom|which|the)$/i.test(words[end + 2]!.word)) {
    end += 2;
    while (end + 1 < words.length && end < head + 4 && /^\p{L}/u.test(words[end + 1]!.word) && !PHRASE_STOP.test(words[end + 1]!.word.toLowerCase()) && !VERB_AFTER.test(words[end + 1]!.word.toLowerCase()) && !/ed$/.test(words[end + 1]!.word)) end++;
  }
  const headWord = words[head]!.word.toLowerCase();
  const phrase = text.slice(words[0]!.start, words[end]!.end).replace(/\s+/g, ' ').toLowerCase();
  void clause;
  return { head: headWord, phrase };
}

/** "the number of complaints … was 447", "murder – 120": a counted plural noun before the figure, in its sentence. */
function nounBefore(text: string, sentence: { start: number; end: number }, figure: Figure): string | undefined {
  const before = text.slice(sentence.start, figure.start);
  const number = /\bnumbers?\s+of\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+s|people|children|women|men)\b/iu.exec(before);
  if (number && isPluralNoun(number[1]!)) return number[1]!.toLowerCase();
  return undefined;
}

/** The first counted plural noun written right after a number in a text (a carried sentence's subject). */
function nounIn(text: string): string | undefined {
  const m = /\d[\d,. ]*\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)/u.exec(text);
  return m && isPluralNoun(m[1]!) ? m[1]!.toLowerCase() : undefined;
}

/** The event named nearest the figure in its sentence, when its own clause names none. */
function nearestEvent(text: string, sentence: { start: number; end: number }, figure: Figure, wording: WordingIndex): string | undefined {
  const before = wording.eventsInOrder(text.slice(sentence.start, figure.start));
  const after = wording.eventsInOrder(text.slice(figure.end, sentence.end));
  return after[0] ?? before[before.length - 1];
}

/** The institutions, places, facilities and subgroups a sentence names, as written there. */
function namesIn(wording: WordingIndex, sentence: string): string[] {
  const found: { at: number; name: string }[] = [];
  for (const list of ['institutions', 'places', 'facilities', 'subgroups'] as const) {
    for (const entry of wording.lists[list].words) {
      for (const alternative of entry.split('|').map((w) => w.trim()).filter(Boolean)) {
        const re = new RegExp(`(?<![\\p{L}-])${alternative.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}(?![\\p{L}-])`, list === 'subgroups' ? 'iu' : 'u');
        const m = re.exec(sentence);
        if (m && !found.some((f) => f.at <= m.index && m.index < f.at + f.name.length)) found.push({ at: m.index, name: m[0].replace(/\s+/g, ' ') });
      }
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.name).slice(0, 3);
}

/** Content words of the figure's sentence nearest to it, as further terms (at most two). */
function keywords(sentence: string, figure: Figure, text: string): string[] {
  void figure;
  void text;
  const words = sentence.toLowerCase().match(/\p{L}[\p{L}'’-]{4,}/gu) ?? [];
  const STOP = /^(?:which|their|there|these|those|about|under|after|other|total|number|numbers|including|according|during|within|between|where|while|whose|already|cases|persons|people)$/;
  return words.filter((w) => !STOP.test(w)).slice(0, 2);
}
