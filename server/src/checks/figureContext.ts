import type { ReportModel, ProseBlock } from '../parse/reportModel';
import { labelBefore, type Figure } from '../parse/figures';
import { escapeRegExp, isStopWord, tokenize, type Token } from '../facts/words';
import { SPEAKER_LABEL, type RelativeYear, type WordingIndex } from '../facts/wording';
import { MONTH_PATTERN, MONTHS } from '../facts/dates';

/** Where the words around a figure stand, from nearest to farthest. */
export interface FigureContext {
  /** The words that go with this figure: what follows it up to the next figure ("219 were civilians"), or what precedes it in a list ("murder – 120"). */
  own: Set<string>;
  clause: Set<string>;
  /** The first content words after the figure: the thing counted ("40,000 video surveillance cameras"). */
  countedStems: string[];
  /** The head noun of the counted thing, when the text makes it plain ("doctors"). */
  countedHead?: string;
  sentence: Set<string>;
  /** Adjacent content-stem pairs of the sentence ("died result", "result tortur"), to tell a phrase from scattered words. */
  sentenceBigrams: Set<string>;
  block: Set<string>;
  headings: Set<string>;
  /**
   * A heading of the figure's section says the section gives the writer's own data ("Methodology note: the clinic's
   * own case files", "Our monitoring data"): every count under it is the writer's, however its sentence opens.
   */
  ownSection: boolean;
  /** The body whose size a compound figure gives: "a 27-member commission" → "commis". */
  sizeOf?: string;
  /** Years the figure is about, if the text says: [from, to]. */
  period?: [number, number];
  /** The period is the year a phrase of the sentence names by reference ("That year", "the current year"). */
  periodRelative?: boolean;
  /** "now", "at present": the year and month of the draft's dateline, which the sentence speaks of. */
  presentMonth?: [number, number];
  /** The period came from a heading only: it suggests, it does not rule out. */
  periodFromHeading?: boolean;
  /** Every year of the sentence is part of the name of events ("the January 2022 events"), not a period. */
  periodNamesEvents?: boolean;
  /** Years named anywhere in the sentence, for "not this year" decisions. */
  sentenceYears: number[];
  sentenceStart: number;
  sentenceEnd: number;
  clauseStart: number;
  clauseEnd: number;
  /**
   * The sentence before, when this one carries its subject over ("It registered 447 …", "Of these, …"): its words
   * count as the sentence's own, and what it names (a place, a body) restricts the figure as well.
   */
  carried?: Set<string>;
  carriedText?: string;
  /**
   * Where the claim about this figure is stated: the sentence's opening before its first statistic (its subject,
   * "In Almaty, courts …") and the figure's own stretch, from the statistic before it to the end of its clause. What
   * another figure's stretch names ("by the Agency 383, by the Committee 51") is not this figure's.
   */
  subjectEnd: number;
  ownStart: number;
  /**
   * Where the figure's own stretch ends: before the join ("and", a comma) that opens the next statistic of its sentence
   * ("45 were women and 17 were minors": "minors" is the 17's), else the sentence's end.
   */
  ownEnd: number;
  /** For a cell of a table whose first column lists places ("Region", "City"), the place its row names. */
  rowPlace?: string;
  /**
   * A table cell in a row of a breakdown by kind ("| Penal institutions | 47 |" under "| Type of institution |
   * Complaints |"; see KIND_COLUMN), not its total: what it counts is a part of what the column counts. (A row of a
   * place is read by rowPlace.)
   */
  breakdownRow: boolean;
  /** For a table cell, the words that head it (row label and column header): the cell's own description. */
  lead?: Set<string>;
  leadText?: string;
  /** What of the carried text may restrict the figure (a table cell's row and column, not the whole header row). */
  carriedScopeText?: string;
  /** The paragraph right before the figure's, in its section (see paragraphBefore). */
  paragraphBefore?: string;
  /** The text of the blocks before the figure's in its section, nearest first (at most 12; see blocksBefore), read when asked. */
  sectionBefore: () => string;
  /** The document's text, and where the figure's block ends in it: what the document says up to the figure. */
  documentBefore: () => { text: string; end: number };
}

/** "32 of them", "Of these" after a figure: it counts something named before (not "14 of these torture cases", which names it). */
const ANTECEDENT = /^\s*(?:of|out of|from)\s+(?:them|whom|which|(?:these|those)(?!\s+(?:\p{Ll}+\s+)?\p{L}*[^\s\p{L}]?\p{Ll}{2,}s\b))/iu;

const CLAUSE_BREAK = /[;:()[\]]|,(?!\d{3})|\s[–—]\s/g;

export function sentenceAround(block: ProseBlock, offset: number): { start: number; end: number } {
  return block.sentences.find((s) => offset >= s.start && offset < s.end) ?? { start: 0, end: block.text.length };
}

export function clauseAround(text: string, sentence: { start: number; end: number }, figStart: number, figEnd: number): { start: number; end: number } {
  let start = sentence.start;
  let end = sentence.end;
  CLAUSE_BREAK.lastIndex = sentence.start;
  for (let m = CLAUSE_BREAK.exec(text); m && m.index < sentence.end; m = CLAUSE_BREAK.exec(text)) {
    if (m.index + m[0].length <= figStart) start = m.index + m[0].length;
    else if (m.index >= figEnd) {
      end = m.index;
      break;
    }
  }
  return { start, end };
}

const NUMBER_WORDS = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?|group|groups|out|most|many|several|half|third|quarter)$/i;

/**
 * "the families of 151": the word the figure's phrase hangs on, then checked to have at least three letters. Not
 * `(\p{L}{3,})` in the pattern: V8 takes a third of a second to compile that repeated class, and compiled it again
 * after most collections while the pattern was a literal inside figureContext (a check of 10 pages took four times
 * as long). The word is the whole run of letters before " of", so the two patterns find the same words.
 */
const HOLDER = /(?:^|[^\p{L}])(\p{L}+)\s+of\s+(?:the\s+)?$/u;

/**
 * The stems of a block, and of its sentences and clauses, as the contexts of its figures read them: every figure
 * of a block reads the block, and the figures of one sentence its sentence, so each is tokenized and stemmed once
 * and the sets are shared (none of them is changed after it is made). Kept for the last block only: its figures'
 * contexts are made one after the other, and a block's words are not needed once its outcome is known.
 */
interface BlockWords {
  text: string;
  tokens: Token[];
  block: Set<string>;
  /** Stems of a span of the block, by spanKey. */
  spans: Map<number, Set<string>>;
  /** Bigrams of a sentence, by spanKey. */
  bigrams: Map<number, Set<string>>;
}

let lastBlockWords: BlockWords | undefined;

function wordsOf(block: ProseBlock): BlockWords {
  if (lastBlockWords?.text !== block.text) {
    const tokens = tokenize(block.text);
    lastBlockWords = { text: block.text, tokens, block: new Set(tokens.map((t) => t.stem)), spans: new Map(), bigrams: new Map() };
  }
  return lastBlockWords;
}

const spanKey = (text: string, span: { start: number; end: number }) => span.start * (text.length + 1) + span.end;

/**
 * The tokens of a span, as tokenizing its text would give them (offsets aside): the block's own tokens inside it,
 * unless a word of the block runs across one of its ends, which the span's text would cut.
 */
function spanTokens(words: BlockWords, span: { start: number; end: number }): Token[] {
  const { tokens, text } = words;
  if (span.start < 0 || span.end > text.length || span.start > span.end) return tokenize(text.slice(span.start, span.end));
  // The first token that starts at or after the span's start (tokens are in order of start).
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && tokens[lo - 1]!.end > span.start) return tokenize(text.slice(span.start, span.end));
  const out: Token[] = [];
  for (let i = lo; i < tokens.length && tokens[i]!.start < span.end; i++) {
    if (tokens[i]!.end > span.end) return tokenize(text.slice(span.start, span.end));
    out.push(tokens[i]!);
  }
  return out;
}

function spanStems(words: BlockWords, span: { start: number; end: number }): Set<string> {
  const key = spanKey(words.text, span);
  let stems = words.spans.get(key);
  if (!stems) words.spans.set(key, (stems = new Set(spanTokens(words, span).map((t) => t.stem))));
  return stems;
}

function sentenceBigrams(words: BlockWords, sentence: { start: number; end: number }): Set<string> {
  const key = spanKey(words.text, sentence);
  let bigrams = words.bigrams.get(key);
  if (!bigrams) words.bigrams.set(key, (bigrams = bigramsOf(spanTokens(words, sentence))));
  return bigrams;
}

function bigramsOf(tokens: Token[]): Set<string> {
  const stems = tokens.filter((t) => !isStopWord(t.word) && t.word.length > 1).map((t) => t.stem);
  const out = new Set<string>();
  for (let i = 1; i < stems.length; i++) out.add(`${stems[i - 1]} ${stems[i]}`);
  return out;
}

/**
 * The stems of a section's headings, once per run of titles: the sections of successive versions of a document are
 * read with the same set, and so is what is kept with a set (its stem numbers, the statistics its words name, the
 * candidates of table cells).
 */
export function headingStems(model: ReportModel, section: number): Set<string> {
  let key = '';
  for (let s = section; s > 0; s = model.sections[s]!.parent) key += `${model.sections[s]!.title}\u0001`;
  let out = headingSets.get(key);
  if (!out) {
    out = new Set<string>();
    for (let s = section; s > 0; s = model.sections[s]!.parent) for (const t of tokenize(model.sections[s]!.title)) out.add(t.stem);
    if (headingSets.size >= RECENT_TEXTS) headingSets.clear();
    headingSets.set(key, out);
  }
  return out;
}
const headingSets = new Map<string, Set<string>>();

/** FigureContext.ownSection: whether a title of the section or of a section it lies in names the writer's own data. */
function ownSection(model: ReportModel, section: number, wording: WordingIndex): boolean {
  let titles = '';
  for (let s = section; s > 0; s = model.sections[s]!.parent) titles += `${model.sections[s]!.title} . `;
  if (!titles) return false;
  let out = ownSections.get(titles);
  if (out === undefined) {
    if (ownSections.size >= RECENT_TEXTS) ownSections.clear();
    ownSections.set(titles, (out = wording.headsOwnData(titles)));
  }
  return out;
}
const ownSections = new Map<string, boolean>();

/** "Of the attempts prevented in 2023, 28 were …": the set a sentence opens by drawing its figures from, named without a figure. */
export const DRAWN_FROM = new RegExp(`^\\s*${SPEAKER_LABEL}(?:of|out\\s+of|among)\\s+(?:the|these|those|all(?:\\s+the)?)\\s+([^,;:.()]{2,80}?),\\s*$`, 'iu');

/**
 * What a figure that counts nothing after it counts when its sentence opens by drawing it from a named set ("Of the
 * attempts prevented in 2023, 28 were prevented through video surveillance"): that set's words, if no statistic stands
 * among them (then the set is a whole of its own, read as a part's whole).
 */
function drawnFromPhrase(text: string, sentence: { start: number; end: number }, figure: Figure, neighbours: Figure[]): string {
  // ("Of these submissions, about 40 concerned …": the set stands before the figure's qualifier.)
  const m = DRAWN_FROM.exec(text.slice(sentence.start, figure.qualifierStart ?? figure.start));
  if (!m || neighbours.some((n) => n.kind === 'statistic' && n.start >= sentence.start && n.end <= figure.start)) return '';
  // "Of those convicted in the January 2022 cases": a participle names persons, not the noun after it.
  return /^\p{L}+ed\b/iu.test(m[1]!) ? '' : m[1]!;
}

/**
 * The phrase after a figure that says what it counts: up to the first "and", "or", "but" or comma, unless what stands
 * before that "and" has no noun yet ("psychiatric and psychoneurological organizations").
 */
export function countedPhrase(after: string): string {
  const adjectives = /^\s*\p{Ll}+(?:ic|al|ary|ive|ous|ian)\s+(?:and|or)\s+[^,;]*/u.exec(after);
  return adjectives ? adjectives[0] : after.split(/\s(?:and|or|but)\s|[,;]/)[0]!;
}

/** What stands between a whole and a part drawn from it: "…, of whom", "…; among them". */
const PART_OF_FIGURE_BEFORE = /^[^.;:()]{0,80}[,;]\s*(?:of\s+(?:whom|which|them|these|those)|among\s+(?:them|whom|these)|including)\s*$/i;

/** Plural nouns of people without an s. */
export const IRREGULAR_PLURAL = /^(?:people|children|men|women|policemen|servicemen|personnel|staff)$/;

/** Verbs in the active right after a figure, whose subject it is ("40 concerned police facilities", "21 reached a court"). */
const ACTIVE_VERB_AFTER = /^\s+(?:concerned|related|involved|dealt|referred|went|came|ended|resulted|led|reached|remained|sought|applied|complained)\b/i;

/**
 * What a table's cell counts by its row's label, where that opens on a plural noun phrase, up to its first preposition
 * ("Dental surgeries in penal institutions" → "Dental surgeries"); '' where it does not. (Not by its column's header,
 * which tells as often what befell those the rows count: "| Kyzylorda | … | Investigations closed |" counts complaints.)
 */
// (Nor a noun of what befell them, "Deaths of convicted and remand prisoners": the persons it befell are counted.)
function countedInLead(lead: string, wording: WordingIndex | undefined, tableHeader?: string): string {
  // ("| Institution | 2023 | … | Police temporary detention facilities | 9 |": a column of kinds of places names where
  // what the table counts happened, not what it counts; the column's header then says it, "| Type of institution |
  // Complaints |".)
  const phrase = LEAD_PHRASE.exec(lead.split(' · ')[CATEGORY_COLUMN.test(tableHeader?.split(' · ')[0] ?? '') ? 1 : 0] ?? '')?.[1];
  const head = phrase?.trim().split(/\s+/).pop() ?? '';
  if (!phrase || !/\p{L}{2}s(?!\p{L})/u.test(phrase) || wording?.eventsOf(head).size) return '';
  // ("| Lawyers and members of the Coalition | 52 |" under "| Referral source | Clients |": a column headed by a plural
  // noun alone counts that noun; the row says which of them, here by who sent them.)
  // (Not under a first column of categories of what is counted, "| Category of recipient | Recipients |": its rows
  // then describe those counted themselves, "Adult civilians with gunshot wounds".)
  const column = /\b(?:category|categories|type|types|kind|kinds|group|groups)\b/i.test(tableHeader?.split(' · ')[0] ?? '') ? undefined : COUNTED_COLUMN.exec(lead.split(' · ')[1] ?? '')?.[1];
  return column && !wording?.eventsOf(column).size ? column : phrase;
}
/** A column header that is a plural noun alone: "Clients", "Number of victims", "New applicants". */
const COUNTED_COLUMN = /^\W{0,5}(?:(?:number|no\.?|total)\s{1,3}of\s{1,3})?(?:new\s{1,3})?(\p{L}{2,30}(?<!s)s)\W{0,5}$/iu;

/** The header of a column of kinds, not places: "Type of institution", "Category of applicant", "Body". (A row of a place is read by rowPlace.) */
const KIND_COLUMN = /^\W*(?:(?:type|kind|category)\s+of\s+(?:institutions?|facilit(?:y|ies)|places?(?:\s+of\s+detention)?|bod(?:y|ies)|agenc(?:y|ies)|applicants?|complainants?)|institutions?|facility|facilities|bod(?:y|ies)|agenc(?:y|ies))\W*$/i;
/** The header of a column of kinds or places: "Institution", "Type of facility", "Region". */
const CATEGORY_COLUMN = /^\W*(?:(?:type|kind|category)\s+of\s+)?(?:institution|facility|facilities|place|region|city|district|body|bodies|category|kind|type|agency|authority)s?\W*$/i;
/** The noun phrase a label opens on: words up to a preposition, comma, parenthesis or dash. */
// (Words joined by blanks, each at least one letter: one way to read a run of letters, so no backtracking.)
const LEAD_PHRASE = /^\s*([\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?)(?=\s+(?:in|of|by|at|for|from|to|on|under|per|with|among)\b|\s*[,(–—:]|\s*$)/iu;

/** After the whole a part is drawn from, its own noun: "(23 of the 61) registered cases", "(44 of the 64) convicted officers". */
const WHOLE_NOUN = /^\s+(?!(?:were|was|are|is|had|have|has|did|got|received|remained|concerned)\b)(?:[\p{L}-]+\s+){0,2}?(?:[\p{L}-]*[^\Ws']s|people|children|men|women|staff|personnel)\b/iu;
/** "44 of the": a part before a figure, which is then the whole the part is drawn from. */
// (The end is asserted first and the rest read backwards from it: one pass, whatever run of digits the text holds.)
export const WHOLE_OF_PART_BEFORE = /$(?<=\b\d(?:[\d,.]|\s(?=\d))*\s+(?:out\s+)?of\s+(?:the|these|those|all(?:\s+the)?)\s+)/i;

/** Verbs of a statement someone made on a day (read by the judgement's statement dates too). */
export const STATEMENT_VERBS = '(?:said|stated|reported|announced|told|informed|noted|mentioned|declared|claimed|confirmed|disclosed)';
/** A reporting verb, and the day a sentence opens on, or that a reporting verb is said on. */
const REPORTED = new RegExp(`\\b${STATEMENT_VERBS}\\b`, 'i');
const DAY_BEFORE_YEAR = new RegExp(`(?:\\b\\d{1,2}\\s+(?:${MONTH_PATTERN})|\\b(?:${MONTH_PATTERN})\\s+\\d{1,2},?)\\s+$`);

/** Whether a year is that of a full date a sentence with a reporting verb gives ("On 5 January 2024 … said …"). */
function isStatementDay(text: string, sentence: SentenceReading, year: Figure): boolean {
  return year.high === undefined && DAY_BEFORE_YEAR.test(text.slice(Math.max(sentence.start, year.start - 16), year.start)) && (sentence.reported ??= REPORTED.test(text.slice(sentence.start, sentence.end)));
}

/**
 * What the context of a figure reads of its sentence as a whole, read when first asked and kept for the sentence's
 * other figures: they are read one after the other (in extraction and in a check), and each asked the same of the
 * same sentence. Kept for the last sentence only, with the block, wording and lead-in it was read with.
 */
interface SentenceReading {
  block: ProseBlock;
  text: string;
  start: number;
  end: number;
  wording?: WordingIndex;
  leadIn?: string;
  /** Whether the sentence carries its subject over from the sentence before (or the lead-in), whatever its figure. */
  carries?: boolean;
  /** The year a phrase of the sentence names by reference (null: none). */
  relativeKind?: RelativeYear | null;
  /** Whether it holds a reporting verb (REPORTED). */
  reported?: boolean;
}
let lastSentence: SentenceReading | undefined;

function sentenceReading(block: ProseBlock, sentence: { start: number; end: number }, wording: WordingIndex | undefined, leadIn: string | undefined): SentenceReading {
  const last = lastSentence;
  if (last && last.block === block && last.text === block.text && last.start === sentence.start && last.end === sentence.end && last.wording === wording && last.leadIn === leadIn) return last;
  return (lastSentence = { block, text: block.text, start: sentence.start, end: sentence.end, wording, leadIn });
}

/**
 * Whether a sentence carries its subject over whatever its figure: by its words ("It registered …", "Of these, …"), as
 * the item of a list a sentence ending in a colon introduces ("… were made as follows: - in 2021 – to 944 victims"), by
 * opening on a whole the sentence before counted ("In 14 of those cases, 43 officers have been convicted. ¶ Of the 43
 * convicted, 29 …"), or as a year and a figure with no verb (YEAR_AND_FIGURE).
 */
function carriesOver(reading: SentenceReading): boolean {
  if (reading.carries === undefined) {
    const { block, leadIn, wording } = reading;
    const sentence = { start: reading.start, end: reading.end };
    const text = reading.text.slice(reading.start, reading.end);
    const introduced = leadIn !== undefined && (/:\s*$/.test(leadIn) || LABELLED_FIGURE.test(reading.text)) && sentence.start === block.sentences[0]?.start;
    reading.carries = !!(wording?.carriesSubject(text) || introduced || restatedWhole(text, sentenceBefore(block, sentence) ?? leadIn) || YEAR_AND_FIGURE.test(text));
  }
  return reading.carries;
}

/** "put the civilian death toll in Almaty at", "estimated the number of detainees at": the estimate and what it is of. */
const PUT_AT = /\b(?:put|puts|putting|placed?|places|placing|estimated?|estimates|estimating|set|sets|setting)\s+(?:the|their|its)\s+([\p{L}\d' -]{2,80}?)\s+at\s*$/iu;

/**
 * The noun phrase an estimate puts a figure at ("the civilian death toll in Almaty" → "civilian death toll"; "the
 * number of civilians from Almaty among the dead" → "civilians"), up to its first preposition; empty if none.
 */
function putAtPhrase(before: string): string {
  const m = PUT_AT.exec(before);
  if (!m) return '';
  const of = /^(?:number|total|count|tally)\s+of\s+(.*)$/i.exec(m[1]!);
  return (of ? of[1]! : m[1]!).split(/\s(?:in|of|from|among|for|at|during|across|on)\s/i)[0]!;
}

/** A block that is only a label, a colon and a figure ("Nurses: 701", "Doctors: 512;"): it says what it counts by its label alone. */
export const LABELLED_FIGURE = /^\s*\p{L}[\p{L}' -]{1,58}\p{L}\s*:\s*[\d\s.,]+(?:per\s?cent|%)?\s*[.;]?\s*$/u;
/**
 * "44. In 2023 … 109 officials were brought to disciplinary responsibility. ¶ 45. In 2021 — 176 officials.": a sentence
 * of a year and a figure with no verb says the measure of the sentence before for another year.
 */
export const YEAR_AND_FIGURE = /^\W*(?:\d{1,3}\.\s+)?(?:in|for|during)\s+(?:19|20)\d\d\s*[—–:-]\s*(?:about\s+|some\s+|over\s+)?\d[\d\s,.]*(?:\s+[\p{L}-]+)?\s*[.;]?\s*$/iu;

/**
 * Where a figure stands in its block (its sentence and clause, the text it carries its subject from, where its subject
 * and its own stretch begin) and the period its text gives it: the part of a figure's context that extraction reads
 * (../sources/extractFacts.ts). The rest of the context, the words around the figure as stems (the block's, the
 * sentence's, the clause's, what it counts), is read by the figure check alone: a tenth of reading a source's figures
 * went on it when extraction made the whole context.
 */
export interface FigurePlace {
  sentence: { start: number; end: number };
  clause: { start: number; end: number };
  /** "32 of them" after the figure. */
  ofAntecedent: boolean;
  /** The sentence before (or the lead-in), when this one carries its subject over: see FigureContext.carriedText. */
  carriedText?: string;
  /** The years of the sentence that date what it counts (not the day someone spoke on). */
  sentenceYears: Figure[];
  /** The period the text gives the figure (its clause or sentence, a table cell's headers, the carried subject). */
  textPeriod?: [number, number];
  /** The period a phrase of the sentence names by reference ("That year"), and which phrase. */
  relative?: [number, number];
  relativeKind?: RelativeYear;
  /** Without a period of the text, the one a heading names. */
  fromHeadings?: [number, number];
  /** See FigureContext.subjectEnd and ownStart. */
  subjectEnd: number;
  ownStart: number;
}

/** Where a figure stands and the period its text gives it (FigurePlace). `years` are the year figures of the block. */
export function figurePlace(model: ReportModel, block: ProseBlock, figure: Figure, years: Figure[], neighbours: Figure[] = [], wording?: WordingIndex, leadIn?: string): FigurePlace {
  const text = block.text;
  const sentence = sentenceAround(block, figure.start);
  // A table cell is read with what heads it (its row label and column header); a sentence that carries its subject
  // over, with the sentence before.
  // "Women brought 21 of them": a figure that counts an antecedent ("of them", "of these") carries it over too.
  // (When a statistic before it in its sentence is the antecedent — "120 attempts were prevented, 32 of them …" — the
  // sentence holds it.)
  const ofAntecedent = ANTECEDENT.test(text.slice(figure.end, figure.end + 40));
  const countsAntecedent = ofAntecedent && !neighbours.some((n) => n.kind === 'statistic' && n.end <= figure.start && n.start >= sentence.start);
  const reading = sentenceReading(block, sentence, wording, leadIn);
  const carriedText = block.lead !== undefined ? [block.lead, block.tableHeader, leadIn].filter(Boolean).join(' . ') : (countsAntecedent && wording) || carriesOver(reading) ? sentenceBefore(block, sentence) ?? leadIn : undefined;
  const clause = clauseAround(text, sentence, figure.start, figure.end);
  // (The year of the day someone spoke on, "On 5 January 2024 the head of the Agency said …", dates the statement, not
  // the period of what was counted.)
  const sentenceYears = years.filter((y) => y.start >= sentence.start && y.end <= sentence.end && !isStatementDay(text, reading, y));
  // The period the text gives the figure (its clause or sentence, a table cell's headers, the carried subject), else
  // the one a heading names ("## 2023"), which only suggests it.
  const ownPeriod = periodOf(text, figure, sentenceYears, clause, neighbours);
  const relativeKind = ownPeriod ? undefined : (reading.relativeKind === undefined ? (reading.relativeKind = wording?.relativeYearOf(text.slice(sentence.start, sentence.end)) ?? null) : reading.relativeKind) ?? undefined;
  const relative = relativeKind === undefined ? undefined : relativePeriod(model, block, sentence, relativeKind, years, carriedText, figure.start);
  const textPeriod = ownPeriod ?? relative ?? yearsIn(block.lead) ?? yearsIn(block.rowYear) ?? yearsIn(carriedText);
  return {
    sentence,
    clause,
    ofAntecedent,
    carriedText,
    sentenceYears,
    textPeriod,
    relative,
    relativeKind,
    fromHeadings: textPeriod ? undefined : headingPeriod(model, block),
    // ("In the four regions covered by our partners, the register held 212 …": a count of places before the figure says
    // where it was counted, not another subject.)
    subjectEnd: Math.min(figure.start, ...neighbours.filter((n) => n.kind === 'statistic' && n.start >= sentence.start && n.start < figure.start && !wording?.countsPlaces(text.slice(n.end, n.end + 40))).map((n) => n.start)),
    ownStart: ownStretchStart(text, figure, sentence.start, neighbours),
  };
}

/**
 * Builds the context of one figure: where it stands (figurePlace) and the words around it. `years` are the year
 * figures of the block (block-relative offsets).
 */
export function figureContext(model: ReportModel, block: ProseBlock, figure: Figure, years: Figure[], headingCache: Map<number, Set<string>>, neighbours: Figure[] = [], wording?: WordingIndex, leadIn?: string): FigureContext {
  const text = block.text;
  const place = figurePlace(model, block, figure, years, neighbours, wording, leadIn);
  const { sentence, clause, ofAntecedent, carriedText, sentenceYears, textPeriod, relative, relativeKind, fromHeadings } = place;
  // "5005 (49,2) - in process": a share in parentheses right after the figure belongs to it; the words after it still do.
  const isOwnShare = (n: Figure) => /^\s*\(\s*$/.test(text.slice(figure.end, n.start)) && (n.unit === 'per-cent' || /^\d+[.,]\d$/.test(n.text));
  const next = neighbours.find((n) => n.start >= figure.end && n.kind !== 'year' && n.kind !== 'date' && !isOwnShare(n));
  const prev = [...neighbours].reverse().find((n) => n.end <= figure.start && n.kind !== 'year' && n.kind !== 'date');
  let afterStart = figure.end;
  let afterEnd = Math.min(clause.end, next ? next.start : clause.end);
  const share = neighbours.find((n) => n.start >= figure.end && isOwnShare(n));
  if (share) {
    const close = text.indexOf(')', share.end);
    if (close >= 0 && close - share.end < 4) {
      afterStart = close + 1;
      const rest = clauseAround(text, sentence, afterStart, afterStart);
      afterEnd = Math.min(rest.end, next ? next.start : rest.end);
      if (afterEnd <= afterStart) afterEnd = Math.min(sentence.end, next ? next.start : sentence.end);
    }
  }
  // "4,500 inmates, or 19.2 per cent, were held in cells": a share in apposition to a count is about what the count
  // counts and what the sentence then says of both.
  let appositionWords = '';
  if (!share && figure.unit === 'per-cent' && prev && prev.kind === 'statistic') {
    const between = /^\s*([\p{L}\s'-]{0,60}),\s*(?:or|i\.e\.,?|that is,?)?\s*$/u.exec(text.slice(prev.end, figure.start));
    const closing = between ? /^\s*(?:of (?:them|the total|all)\s*)?,\s*/.exec(text.slice(figure.end, sentence.end)) : null;
    if (between && closing) {
      appositionWords = between[1]!;
      afterStart = figure.end + closing[0].length;
      const rest = clauseAround(text, sentence, afterStart, afterStart);
      afterEnd = Math.min(rest.end, next ? next.start : rest.end);
    }
  }
  // "visited prisons on 248 occasions and the NPM on 102 occasions": what follows the conjunction belongs to the next figure.
  if (next && next.start <= afterEnd + 1) {
    const join = /\s(?:and|or|but|while|whereas)\s|[,;]\s/.exec(text.slice(afterStart, afterEnd));
    // Only when the next figure follows within a few words ("and the NPM on 102"), not across a long noun phrase.
    if (join && join.index > 0 && tokenize(text.slice(afterStart + join.index, next.start)).length <= 6) afterEnd = afterStart + join.index;
  }
  // "the Agency registered 383 and the Committee 15": a figure followed straight by a conjunction names its subject before it.
  if (!share && !appositionWords && /^\s*(?:and|or|,|;)\s/.test(text.slice(figure.end, figure.end + 6))) afterEnd = afterStart;
  // "44 of the 64 were police officers": what follows the whole a part is drawn from is said of the part.
  // ("23 of the 61 registered cases concerned …": a noun right after the whole is the whole's own, up to that noun;
  // not a whole the draft stated before in its section, "A further 58 of the 216 complaints" after "we documented 216
  // complaints": that is a reference back to its own count, which was judged where it was stated.)
  if (WHOLE_OF_PART_BEFORE.test(text.slice(Math.max(sentence.start, figure.start - 30), figure.qualifierStart ?? figure.start))) {
    const stated = new RegExp(`(?<![\\d.,])${escapeRegExp(figure.text)}(?![\\d])`);
    const statedBefore = stated.test(text.slice(0, sentence.start)) || blocksBefore(model, block).some((b) => stated.test(b.text));
    const noun = statedBefore ? null : WHOLE_NOUN.exec(text.slice(afterStart, afterEnd));
    afterEnd = noun ? afterStart + noun[0].length : afterStart;
  }
  const afterTokens = tokenize(text.slice(afterStart, afterEnd)).filter((t) => !isStopWord(t.word)).slice(0, 8);
  const own = new Set(afterTokens.map((t) => t.stem));
  for (const t of tokenize(appositionWords)) if (!isStopWord(t.word)) own.add(t.stem);
  // "the families of 151 civilians": the noun the figure's phrase hangs on is what the sentence counts.
  const holderMatch = HOLDER.exec(text.slice(Math.max(sentence.start, figure.start - 40), figure.start));
  const holder = holderMatch && [...holderMatch[1]!].length >= 3 ? holderMatch : null;
  if (holder && !isStopWord(holder[1]!.toLowerCase()) && !NUMBER_WORDS.test(holder[1]!)) own.add(tokenize(holder[1]!)[0]!.stem);
  // "32 of them", "395 were on the preventive register": the figure counts what came before, not the words after it.
  // "87 were granted and the persons concerned …": what follows a conjunction is not what the figure counts.
  // "24 were opened", "14 are charged": a verb in the passive after the figure, whose subject the figure is.
  // "383 by the Anti-Corruption Agency and 257 by special prosecutors": who did it, not what is counted.
  // "about 40 concerned police temporary detention facilities": a verb in the active, whose subject the figure is.
  const countsNothingAfter = ofAntecedent || /^\s+by\s+(?!the\s+end\b|\d)/i.test(text.slice(figure.end, figure.end + 12)) || ACTIVE_VERB_AFTER.test(text.slice(figure.end, figure.end + 24)) || /^\s*(?:were|was|are|is|had been|have been)\s+(?:(?:still|already|not|also|then|now|being)\s+)*(?:(?:on|in|at|under|from|with|without|by|for|among)\b|(?:not\s+)?\p{L}+ed\b|(?:held|kept|brought|sent|found|given|taken|made|seen|shown|known|put|set|paid|heard|told|done)\b)/iu.test(text.slice(figure.end, figure.end + 40));
  // "Nurses: 701": a line that is a label and its figure counts what the label names.
  const label = afterTokens.length ? '' : labelBefore(text, figure.start, figure.end);
  // ("39 psychiatric and psychoneurological organizations": adjectives joined by "and" before their noun are one phrase.)
  const countedSpan = label || countedPhrase(text.slice(figure.end, afterEnd));
  // (Whole words: the parts of a hyphenated word, "pre-trial" → "pre", "trial", are not words of the phrase.)
  // (Up to three words, or up to the plural noun that heads a run of them within five: "Police temporary detention
  // facilities".)
  const countedWordsOf = (span: string) => {
    const words = tokenize(span).filter((t, i, all) => (i === 0 || t.start !== all[i - 1]!.start) && (!isStopWord(t.word) || ['persons', 'people', 'cases'].includes(t.word)));
    const head = words.slice(0, 5).findIndex((t) => /[^s's]s$/.test(t.word) || IRREGULAR_PLURAL.test(t.word));
    // (Only a run of words with nothing between them, none a verb: not "received assistance in criminal proceedings".)
    const run = head > 2 && words.slice(0, head + 1).every((t, k) => (k === 0 || !/\S/.test(span.slice(words[k - 1]!.end, t.start))) && !/ed$/i.test(t.word));
    return words.slice(0, run ? head + 1 : 3);
  };
  let countedWords = figure.unit || countsNothingAfter ? [] : countedWordsOf(countedSpan);
  // "Of the attempts prevented in 2023, 28 were …": a figure that counts nothing itself counts the set it is drawn from.
  // "media tallies put the civilian death toll in Almaty at 139": what an estimate is put at counts the figure.
  // "| Dental surgeries in penal institutions | 41 |": a cell that is its figure alone counts what its row's label names by
  // a plural noun before any preposition.
  const rowCounted = block.lead !== undefined && !figure.unit && !countedWords.length && !text.slice(0, figure.start).trim() && !text.slice(figure.end).trim() ? countedInLead(block.lead, wording, block.tableHeader) : '';
  const drawnFrom = rowCounted || (!figure.unit && !countedWords.length ? drawnFromPhrase(text, sentence, figure, neighbours) || putAtPhrase(text.slice(Math.max(sentence.start, figure.start - 120), figure.qualifierStart ?? figure.start)) : '');
  if (drawnFrom) countedWords = countedWordsOf(drawnFrom);
  // "the minimum 30-index payment", "a 3-day visit": a figure joined to a singular noun before another noun counts that
  // noun's units (indices, days), not the noun after it. ("a 27-member commission" is read below as a body's size.)
  const attributive = !figure.unit && !drawnFrom ? ATTRIBUTIVE_AFTER.exec(text.slice(figure.end, figure.end + 40)) : null;
  if (attributive) countedWords = tokenize(attributive[1]!).slice(0, 1);
  // The counted thing ends at its head noun: "40,000 video surveillance cameras", but "152 doctors serve the country's …".
  // (A phrase read before the figure ends at its noun: "the civilian death toll".)
  // ("149 doctors' posts": a noun in the possessive names whose the counted things are, not them.)
  const countedText = drawnFrom || countedSpan;
  const possessive = (t: { word: string; start: number; end: number }) => /['’]s?$/.test(t.word) || /^['’]/.test(countedText.slice(t.start + t.word.length, t.end + 1));
  // ("38 children", "12 women": plurals without an s.)
  const plural = countedWords.findIndex((t, k) => (/[^s's]s$/.test(t.word) || IRREGULAR_PLURAL.test(t.word)) && !(possessive(t) && k < countedWords.length - 1));
  const head = attributive ? 0 : plural < 0 && drawnFrom ? countedWords.length - 1 : plural;
  const countedStems = (head >= 0 ? countedWords.slice(0, head + 1) : countedWords).map((t) => t.stem);
  const countedHead = head >= 0 && !isStopWord(countedWords[head]!.word) ? countedWords[head]!.stem : undefined;
  // (A label's words are the figure's own.)
  for (const t of tokenize(label)) if (!isStopWord(t.word)) own.add(t.stem);
  if (!afterTokens.length) {
    const beforeStart = Math.max(clause.start, prev ? prev.end : clause.start);
    for (const t of tokenize(text.slice(beforeStart, figure.start)).filter((t) => !isStopWord(t.word)).slice(-6)) own.add(t.stem);
  }
  const compound = /^-(?:member|strong|person|seat)\s+(?:[\p{L}-]+\s+){0,2}?(commission|committee|council|board|body|group|team|panel|delegation|working group|mission|parliament|assembly|senate|chamber|court|tribunal)\b/iu.exec(text.slice(figure.end, figure.end + 80))
    // "The commission that elects the Coordination Council has 15 members": the body the sentence opens on.
    ?? (/^\s+members\b/i.test(text.slice(figure.end, figure.end + 10)) && HAS_BEFORE.test(text.slice(Math.max(sentence.start, figure.start - 40), figure.start)) && figure.start - sentence.start <= 160 ? OPENS_ON_BODY.exec(text.slice(sentence.start, sentence.start + 80)) : null);
  let headings = headingCache.get(block.section);
  if (!headings) headingCache.set(block.section, (headings = headingStems(model, block.section)));
  const words = wordsOf(block);
  return {
    own,
    countedStems,
    countedHead,
    sizeOf: compound ? tokenize(compound[1]!).pop()?.stem : undefined,
    clause: spanStems(words, clause),
    sentence: spanStems(words, sentence),
    sentenceBigrams: sentenceBigrams(words, sentence),
    block: words.block,
    headings,
    ownSection: !!wording && ownSection(model, block.section, wording),
    period: textPeriod ?? fromHeadings,
    periodFromHeading: !textPeriod && !!fromHeadings,
    periodRelative: !!relative,
    presentMonth: relative && relativeKind === 'present' ? datelineOf(model) : undefined,
    // "the January 2022 torture cases": a month and year before an event's noun name the events, not the span of what
    // is counted (the cases of those events ran on for years).
    periodNamesEvents: !!textPeriod && sentenceYears.length > 0 && sentenceYears.every((y) => isEventName(text, y, wording)),
    sentenceYears: sentenceYears.flatMap((y) => (y.high !== undefined ? [y.value, y.high] : [y.value])),
    sentenceStart: sentence.start,
    sentenceEnd: sentence.end,
    clauseStart: clause.start,
    clauseEnd: clause.end,
    subjectEnd: place.subjectEnd,
    ownStart: place.ownStart,
    ownEnd: ownStretchEnd(text, figure, sentence.end, neighbours),
    carried: carriedText ? carriedStems(carriedText) : undefined,
    carriedText,
    // A cell's place, subgroup or institution is its row's and its column's: the header row also heads other columns
    // ("Of them by courts of Almaty city").
    carriedScopeText: block.lead !== undefined ? [block.lead, leadIn].filter(Boolean).join(' . ') : carriedText,
    paragraphBefore: paragraphBefore(model, block)?.text,
    sectionBefore: () => blocksBefore(model, block).map((b) => b.text).join(' \n '),
    documentBefore: () => ({ text: model.text, end: block.end }),
    rowPlace: rowPlaceOf(block),
    breakdownRow: block.lead !== undefined && KIND_COLUMN.test(block.tableHeader?.split(' · ')[0] ?? '') && !WHOLE_ROW.test(block.lead.split(' · ')[0] ?? '') && block.lead.split(' · ').length > 1,
    lead: block.lead ? leadStems(block.lead, wording) : undefined,
    leadText: block.lead,
  };
}

/**
 * Where a figure's own stretch of its sentence starts: after the statistic before it and that statistic's own words
 * ("41 per cent of them lawyers and 12 per cent doctors": 12's stretch starts after "and").
 */
function ownStretchStart(text: string, figure: Figure, sentenceStart: number, neighbours: Figure[]): number {
  const before = neighbours.filter((n) => n.kind === 'statistic' && n.end <= figure.start && n.start >= sentenceStart);
  if (!before.length) return sentenceStart;
  const prevEnd = Math.max(...before.map((n) => n.end));
  const between = text.slice(prevEnd, figure.start);
  // "six cases closed out of 9 complaints registered", "31 of the 46": the whole a part is drawn from owns only what
  // follows it; what happened to the part is not what happened to the whole.
  if (WHOLE_AFTER_PART.test(between)) return figure.start;
  const join = /[,;]\s|\s(?:and|or|while|whereas|but)\s/g;
  let last = -1;
  for (let m = join.exec(between); m; m = join.exec(between)) if (last < 0) last = m.index + m[0].length;
  return last >= 0 ? prevEnd + last : prevEnd;
}

const WHOLE_AFTER_PART = /^\s+(?:(?:[\p{L}-]+\s+){0,4}out\s+of\s+(?:the\s+|these\s+|those\s+|all\s+)?|(?:[\p{L}-]+\s+)?of\s+(?:the|these|those|all)\s+|of\s+)$/iu;

/** Where a figure's own stretch ends: see FigureContext.ownEnd. */
function ownStretchEnd(text: string, figure: Figure, sentenceEnd: number, neighbours: Figure[]): number {
  // (Not a share in parentheses right after it: "4,780 (47%) were executed" is one stretch.)
  const next = neighbours.find((n) => n.kind === 'statistic' && n.start >= figure.end && n.end <= sentenceEnd && !/^\s*\(\s*$/.test(text.slice(figure.end, n.start)));
  if (!next) return sentenceEnd;
  const between = text.slice(figure.end, next.start);
  let last = -1;
  for (const m of between.matchAll(/[,;]\s|\s(?:and|or|while|whereas|but)\s/g)) last = m.index;
  return last >= 0 ? figure.end + last : next.start;
}

/** The row label of a cell in a table of places: "| Astana | 88 |" under "| Region | … |". Totals are the whole. */
function rowPlaceOf(block: ProseBlock): string | undefined {
  if (!block.lead || !block.tableHeader) return undefined;
  // Once per lead and header row: the cells of a column share them.
  const key = `${block.tableHeader}\u0001${block.lead}`;
  let place = rowPlaces.get(key);
  if (place === undefined) {
    if (rowPlaces.size >= RECENT_TEXTS) rowPlaces.clear();
    rowPlaces.set(key, (place = readRowPlace(block.lead, block.tableHeader) ?? null));
  }
  return place ?? undefined;
}
const rowPlaces = new Map<string, string | null>();

/** A row label of the whole a table breaks down: "Total", "In all", "Kazakhstan", "Nationwide". */
const WHOLE_ROW = /^\W*(?:total|all|overall|in all|sum|kazakhstan|republic|country|nationwide|whole)\b/i;

/** "-index payment", "-day visit": a singular noun joined to a figure by a hyphen, before the noun it describes. */
const ATTRIBUTIVE_AFTER = /^-(?!(?:member|strong|person|seat|odd)\b)(\p{L}{3,}(?<![^s]s))(?=\s+\p{L}{3,})/u;

function readRowPlace(lead: string, tableHeader: string): string | undefined {
  const firstHeader = tableHeader.split(' · ')[0]!.trim();
  const [row, column] = lead.split(' · ');
  if (column === undefined || !PLACE_HEADER.test(firstHeader) || WHOLE_ROW.test(row!)) return undefined;
  return row!.trim();
}
/** "Region", "City or region", "Region / city": a header of places. */
const PLACE_HEADER = /^(?:(?:regions?|city|cities|oblasts?|districts?|provinces?|towns?|locations?|places?|area|areas)(?:\s*(?:,|\/|\bor\b|\band\b)\s*|$))+$/i;

/**
 * The year a section heading above a block names, or the years from the first to the last it names ("## Data for
 * 2020–2024", "# Torture data, 2022 versus 2023": not the first year alone).
 */
function headingPeriod(model: ReportModel, block: ProseBlock): [number, number] | undefined {
  for (let s = block.section; s > 0; s = model.sections[s]!.parent) {
    const named = model.sections[s]!.title.match(/\b(?:19|20)\d\d\b/g);
    if (named) {
      const ys = named.map(Number);
      return [Math.min(...ys), Math.max(...ys)];
    }
  }
  return undefined;
}

/**
 * "The budget has been administered by the Centre since 2023. That year it paid travel costs for 88 participants.": a
 * sentence that names no year of its own but "that year", "the following year" or "the year before" is dated by the
 * last year named before it, in its paragraph or else in the sentence it carries its subject from.
 */
function relativePeriod(model: ReportModel, block: ProseBlock, sentence: { start: number; end: number }, offset: RelativeYear, years: Figure[], carriedText: string | undefined, figureStart: number): [number, number] | undefined {
  if (offset === 'current' || offset === 'present' || offset === 'last') {
    const year = datelineYear(model);
    if (year === undefined) return undefined;
    return offset === 'last' ? [year - 1, year - 1] : [year, year];
  }
  if (offset === 'reported') return headingPeriod(model, block);
  // ("… 120 suicide attempts in 2023, against 78 a year earlier": the year its own sentence names before the figure,
  // else the last one before the sentence.)
  const before = years.filter((y) => y.start >= sentence.start && y.end <= figureStart).pop() ?? years.filter((y) => y.end <= sentence.start).pop();
  const base = before ? (before.high ?? before.value) : (yearsIn(carriedText)?.[1] ?? lastYearBefore(model, block));
  return base === undefined ? undefined : [base + offset, base + offset];
}

/**
 * "9. In the year 2024 … 581 persons were released. ¶ 10. From temporary holding facilities in the same year 644 …": the
 * last year the paragraph before names (in the same section, no further back than that one paragraph).
 */
function lastYearBefore(model: ReportModel, block: ProseBlock): number | undefined {
  const prev = paragraphBefore(model, block);
  if (!prev) return undefined;
  const years = yearsIn(prev.text.replace(/\b\d{1,2}\s+\p{L}+\s+((?:19|20)\d\d)\b/gu, ''));
  return years?.[1];
}

/** The blocks before a block in its section, nearest first (at most 12). */
function blocksBefore(model: ReportModel, block: ProseBlock): ProseBlock[] {
  const found: ProseBlock[] = [];
  for (let k = (blockIndex(model).get(block) ?? 0) - 1; k >= 0 && found.length < 12 && model.blocks[k]!.section === block.section; k--) found.push(model.blocks[k]!);
  return found;
}

/** The paragraph right before a block, in the same section, if the block before is one. */
function paragraphBefore(model: ReportModel, block: ProseBlock): ProseBlock | undefined {
  const i = blockIndex(model).get(block) ?? -1;
  const prev = i > 0 ? model.blocks[i - 1] : undefined;
  return prev && prev.section === block.section && prev.kind === 'paragraph' ? prev : undefined;
}

/** Where each block of a model stands among its blocks (once per model). */
function blockIndex(model: ReportModel): Map<ProseBlock, number> {
  let index = blockIndexes.get(model);
  if (!index) blockIndexes.set(model, (index = new Map(model.blocks.map((b, k) => [b, k]))));
  return index;
}
const blockIndexes = new WeakMap<ReportModel, Map<ProseBlock, number>>();

/**
 * "*Astana, 12 September 2024. Adilet Times*": the year of the date a draft opens with (in its first blocks, before any
 * paragraph of more than one sentence), which "the current year" means; once per model.
 */
function datelineYear(model: ReportModel): number | undefined {
  return datelineOf(model)?.[0];
}

/** The year and month of a draft's dateline ("12 September 2024" → [2024, 9]); once per model. */
export function datelineOf(model: ReportModel): [number, number] | undefined {
  if (datelines.has(model)) return datelines.get(model);
  let date: [number, number] | undefined;
  for (const block of model.blocks.slice(0, 4)) {
    const m = DATELINE.exec(block.text);
    if (m) {
      date = m[1] ? [Number(m[1]), MONTHS.indexOf(m[0].replace(/^\d{1,2}\s+/, '').split(/\s/)[0]!.toLowerCase()) + 1] : m[3] ? [Number(m[3]), Number(m[2])] : [Number(m[5]), SEASON_MONTH[m[4]!.toLowerCase()]!];
      break;
    }
    if (block.kind === 'paragraph' && block.sentences.length > 2) break;
  }
  datelines.set(model, date);
  return date;
}
const datelines = new WeakMap<ReportModel, [number, number] | undefined>();
const DATELINE = /\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+((?:19|20)\d\d)\b|\b\d{1,2}[./](\d{1,2})[./]((?:19|20)\d\d)\b|\((?:[^()]*\s)?(spring|summer|autumn|fall|winter)\s+((?:19|20)\d\d)\)/i;
/** "(autumn 2024)": a dateline by season, taken at its middle month. */
const SEASON_MONTH: Record<string, number> = { spring: 4, summer: 7, autumn: 10, fall: 10, winter: 1 };

/** The year or span of years a table cell's header names ("2023", "2021–2022"). */
function yearsIn(lead: string | undefined): [number, number] | undefined {
  const years = [...(lead ?? '').matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => Number(m[0]));
  return years.length ? [years[0]!, years[years.length - 1]!] : undefined;
}

function sentenceBefore(block: ProseBlock, sentence: { start: number; end: number }): string | undefined {
  const i = block.sentences.findIndex((s) => s.start === sentence.start);
  const before = i > 0 ? block.sentences[i - 1] : undefined;
  return before ? block.text.slice(before.start, before.end) : undefined;
}

/**
 * The stems of a carried text, once per text: every figure of the carrying sentence asks, and every cell of a table
 * carries one of a few texts (its row label and column header, the header row, the sentence before the table): the
 * cells of a row alternate between their columns' texts, so the last one alone was computed again for nearly every
 * cell. The same set for the same text also lets what is read of a set be kept with it (stem numbers, statistics).
 */
const carriedSets = new Map<string, Set<string>>();
function carriedStems(text: string): Set<string> {
  let stems = carriedSets.get(text);
  if (!stems) {
    if (carriedSets.size >= RECENT_TEXTS) carriedSets.clear();
    carriedSets.set(text, (stems = new Set(tokenize(text).filter((t) => !isStopWord(t.word)).map((t) => t.stem))));
  }
  return stems;
}

/** How many texts the caches of this file keep (a table has a few per column: they are cleared when full). */
const RECENT_TEXTS = 512;

/**
 * The stems of a table cell's lead (row label and column header), once per lead and wording. (A counted noun stays,
 * stop word or not: "January cases closed as unsubstantiated" counts cases.)
 */
const leadSets = new WeakMap<WordingIndex | typeof NO_WORDING_KEY, Map<string, Set<string>>>();
const NO_WORDING_KEY = {};
function leadStems(lead: string, wording: WordingIndex | undefined): Set<string> {
  let byLead = leadSets.get(wording ?? NO_WORDING_KEY);
  if (!byLead) leadSets.set(wording ?? NO_WORDING_KEY, (byLead = new Map()));
  let stems = byLead.get(lead);
  if (!stems) {
    if (byLead.size >= RECENT_TEXTS) byLead.clear();
    byLead.set(lead, (stems = new Set(tokenize(lead).filter((t) => !isStopWord(t.word) || wording?.thingStems.has(t.stem) || wording?.personStems.has(t.stem)).map((t) => t.stem))));
  }
  return stems;
}

/** A sentence that opens on a body (the first one it names: "The commission that elects the Council has 15 members")… */
const OPENS_ON_BODY = /^[\s"'“(*_]*(?:the\s+|its\s+|this\s+)?(?:\p{L}+\s+){0,3}?(commission|committee|council|board|body|group|team|panel|delegation|mission|parliament|assembly|senate|chamber|court|tribunal)\b/iu;
/** …and says, right before the figure, how many members it has. */
const HAS_BEFORE = /\b(?:has|had|have|consists of|consisted of|comprises|comprised|is composed of|was composed of|numbers|numbered)\s{1,3}(?:only\s+|some\s+|about\s+|around\s+)?$/i;

const MONTH_BEFORE = new RegExp(`\\b(?:${MONTH_PATTERN})\\s+$`);
/** The two words after a year. */
const WORDS_AFTER = /^\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?/;

/** Whether a year is part of the name of events: "the January 2022 events", "January 2022 torture cases". */
function isEventName(text: string, year: Figure, wording?: WordingIndex): boolean {
  if (!wording || year.high !== undefined || !MONTH_BEFORE.test(text.slice(Math.max(0, year.start - 12), year.start))) return false;
  const after = WORDS_AFTER.exec(text.slice(year.end, year.end + 40));
  return !!after && [after[1], after[2]].some((w) => w && wording.namesEvents(w));
}

/** Between a figure and a year of its own: its unit or counted noun at most, then "in" ("38 million tenge in 2022"). */
const IN_YEAR_AFTER = /^(?:\s+[\p{L}-]+){0,3}\s+(?:in|during|for|from|dating from)\s+$/u;

/**
 * The number of a whole a sentence opens on ("Of the 43 convicted, 29 …") when the text before it (the sentence before,
 * or the one it was carried from) states that number as a figure too: the same count, said again.
 */
export function restatedWhole(sentence: string, before: string | undefined): string | undefined {
  const m = RESTATED_WHOLE.exec(sentence);
  if (!m || !before) return undefined;
  const n = m[1]!;
  const at = before.indexOf(n);
  return at >= 0 && !/[\d.,]/.test(before[at - 1] ?? '') && !/\d|[.,]\d/.test(before.slice(at + n.length, at + n.length + 2)) ? n : undefined;
}
const RESTATED_WHOLE = /^\s*(?:of|among|out\s+of)\s+(?:the|these|those|all(?:\s+the)?)\s+(\d{1,3}(?:[,\u00a0 ]\d{3})*|\d+)(?![\d.,]\d)/i;

/** "Of the", "Out of these", "Among all": a sentence that opens on the whole its figures are drawn from. */
const WHOLE_OPENING = /^\s*(?:of|out\s+of|among)\s+(?:the|these|those|all|all\s+the)?\s*$/i;

/**
 * "Between June 2020 and July 2021", "from March 2022 to the end of 2023": two years that bound one stretch of time,
 * each with its month or not, are one period, not two years for the nearest figures to take.
 */
function joinedSpans(text: string, years: Figure[]): Figure[] {
  if (years.length < 2) return years;
  const out: Figure[] = [];
  for (let i = 0; i < years.length; i++) {
    const a = years[i]!;
    const b = years[i + 1];
    // ("In 2019 and 2020 taken together": two years summed are one period too.)
    const summed = !!b && /^\s*and\s+$/.test(text.slice(a.end, b.start)) && YEARS_SUMMED.test(text.slice(b.end, b.end + 24));
    if (b && a.high === undefined && b.high === undefined && b.value > a.value && ((SPAN_OPEN.test(text.slice(Math.max(0, a.start - 40), a.start)) && SPAN_JOIN.test(text.slice(a.end, b.start))) || summed)) {
      out.push({ ...a, end: b.end, high: b.value });
      i++;
    } else out.push(a);
  }
  return out;
}
/** After two years joined by "and": they are summed ("in 2019 and 2020 taken together", "… combined"). */
const YEARS_SUMMED = /^\s*(?:,\s*)?(?:taken\s+together|combined|together|jointly|altogether|in\s+total|in\s+all)\b/i;
const SPAN_OPEN = new RegExp(`\\b(?:between|from)\\s+(?:(?:the\\s+)?(?:end|beginning|start|middle)\\s+of\\s+)?(?:\\d{1,2}\\s+)?(?:(?:${MONTH_PATTERN})\\s+)?$`, 'i');
const SPAN_JOIN = new RegExp(`^\\s*(?:and|to|until|till|through|[–—-])\\s+(?:(?:the\\s+)?(?:end|beginning|start|middle)\\s+of\\s+)?(?:\\d{1,2}\\s+)?(?:(?:${MONTH_PATTERN})\\s+)?$`, 'i');

/**
 * The text before `at` since the last sentence break before it ("." "!" "?" and a blank: what splitting the text
 * before it at /[.!?]\s/ leaves last), read back from `at`: splitting the whole text before each year and each
 * statistic, for every figure of a block, was quadratic in the block's figures.
 */
function sinceSentenceBreak(text: string, at: number): string {
  for (let i = at - 2; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 33 || c === 63) && /\s/.test(text[i + 1]!)) return text.slice(i + 2, at);
  }
  return text.slice(0, at);
}

/** What joins the items of a list: a comma, "and", "or". */
const LIST_JOIN = /^(?:\s{0,3},\s{0,3}(?:(?:and|or)\s{1,3})?|\s{1,3}(?:and|or)\s{1,3})$/;
/**
 * "167, 128 and 109 officials were disciplined in 2021, 2022 and 2023 respectively": a list of figures and a list of as
 * many years, closed by "respectively", pair in order. The year of the figure's place in its list, if so.
 */
function respectiveYear(text: string, figure: Figure, years: Figure[], neighbours: Figure[]): Figure | undefined {
  const at = text.indexOf('respectively', figure.end);
  if (at < 0 || at - figure.end > 240) return undefined;
  const runOf = (items: Figure[], member: Figure): Figure[] => {
    const i = items.indexOf(member);
    if (i < 0) return [];
    let a = i;
    let b = i;
    while (a > 0 && LIST_JOIN.test(text.slice(items[a - 1]!.end, items[a]!.start))) a--;
    while (b + 1 < items.length && LIST_JOIN.test(text.slice(items[b]!.end, items[b + 1]!.start))) b++;
    return items.slice(a, b + 1);
  };
  const stats = neighbours.filter((n) => n.kind === 'statistic').sort((x, y) => x.start - y.start);
  const list = runOf(stats, stats.find((n) => n.start === figure.start) ?? figure);
  if (list.length < 2) return undefined;
  const last = list[list.length - 1]!;
  const first = years.find((y) => y.start > last.end && y.start < at);
  if (!first) return undefined;
  const yearList = runOf(years, first);
  const closing = yearList[yearList.length - 1]!;
  if (yearList.length !== list.length || !/^[\s,]*$/.test(text.slice(closing.end, at))) return undefined;
  return yearList[list.findIndex((n) => n.start === figure.start)];
}

/**
 * The period a figure is about: the nearest year in its clause ("377 in 2022", "2015 – 630"),
 * else the sentence's only year or range, else the section heading's.
 */
function periodOf(text: string, figure: Figure, years: Figure[], clause: { start: number; end: number }, neighbours?: Figure[]): [number, number] | undefined {
  years = joinedSpans(text, years);
  const span = (y: Figure): [number, number] => [y.value, y.high ?? y.value];
  const respective = respectiveYear(text, figure, years, neighbours ?? []);
  if (respective) return span(respective);
  const inClause = years.filter((y) => y.start >= clause.start && y.end <= clause.end);
  if (inClause.length) {
    const dist = (f: Figure, y: Figure) => (y.start >= f.end ? y.start - f.end : f.start - y.end);
    // "from 685 in 2021 to 920 in 2022": a year goes with the statistic nearest to it, ties to the one it follows.
    const stats = (neighbours ?? []).filter((n) => n.kind === 'statistic');
    // "from 23.5 million tenge in 2020 to 38 million tenge in 2022": "in 2020" closes the phrase of the figure before it,
    // however near the next one stands.
    const closes = (y: Figure) => stats.filter((n) => n.end <= y.start && IN_YEAR_AFTER.test(text.slice(n.end, y.start))).pop();
    const nearest = (y: Figure) => closes(y) ?? stats.reduce<Figure | undefined>((a, b) => (!a || dist(b, y) < dist(a, y) || (dist(b, y) === dist(a, y) && b.end <= y.start) ? b : a), undefined);
    const own = inClause.filter((y) => { const n = nearest(y); return !n || n.start === figure.start; });
    const pool = own.length ? own : inClause;
    return span(pool.reduce((a, b) => (dist(figure, b) < dist(figure, a) ? b : a)));
  }
  // A year that opens the sentence governs all of it: "In 2023 the Coalition's lawyers represented 83 victims: 61 men
  // and 26 women".
  const opening = years.find((y) => /^\s*(?:(?:in|during|by|since|as of|for|throughout)\s+(?:the\s+(?:year|end\s+of)\s+)?)?$/i.test(sinceSentenceBreak(text, y.start)));
  // …unless another year stands between it and the figure ("In 2023 … compared to 2022 (447 complaints)").
  if (opening && opening.start <= figure.start && !years.some((y) => y !== opening && y.start > opening.start && y.end <= figure.start)) return span(opening);
  // "Of the 3 016 recommendations given in 2024, by the end of the year 1 238 were executed": the year of the whole a
  // sentence opens on, the parts are drawn from, dates the parts too.
  const whole = (neighbours ?? []).find((n) => n !== figure && n.kind === 'statistic' && n.end <= figure.start && WHOLE_OPENING.test(sinceSentenceBreak(text, n.qualifierStart ?? n.start)));
  if (whole) {
    const c = clauseAround(text, { start: 0, end: text.length }, whole.start, whole.end);
    const ofWhole = years.filter((y) => y.start >= whole.end && y.end <= Math.min(c.end, figure.start));
    if (ofWhole.length === 1 && !years.some((y) => y.start > ofWhole[0]!.end && y.end <= figure.start)) return span(ofWhole[0]!);
  }
  // "… represented 57 victims in court proceedings in 2023, of whom 8 were minors": a part drawn from the figure before
  // it is of that figure's year.
  const drawnFromBefore = (neighbours ?? []).filter((n) => n.kind === 'statistic' && !n.derived && n.end <= figure.start).pop();
  if (drawnFromBefore && PART_OF_FIGURE_BEFORE.test(text.slice(drawnFromBefore.end, figure.qualifierStart ?? figure.start))) {
    const c = clauseAround(text, { start: 0, end: text.length }, drawnFromBefore.start, drawnFromBefore.end);
    const ofWhole = years.filter((y) => y.start >= c.start && y.end <= Math.min(c.end, figure.start));
    if (ofWhole.length === 1) return span(ofWhole[0]!);
  }
  // A year in another figure's clause belongs to that figure: "120 attempts were prevented (78 in 2022)".
  const free = years.filter((y) => {
    const c = clauseAround(text, { start: 0, end: text.length }, y.start, y.end);
    return !(neighbours ?? []).some((n) => n !== figure && n.kind === 'statistic' && !n.derived && n.start >= c.start && n.end <= c.end);
  });
  years = free;
  const distinct = [...new Map(years.map((y) => [`${y.value}-${y.high}`, y])).values()];
  if (distinct.length === 1) return span(distinct[0]!);
  if (distinct.length > 1) {
    // "In 2023, there were 22 suicides (29 cases in 2022 …)": the year that governs the figure is the nearest one before it.
    const before = years.filter((y) => y.end <= figure.start);
    if (before.length) return span(before[before.length - 1]!);
    return undefined;
  }
  return undefined;
}
