import type { Qualifier } from '../facts/types';
import { MONTH_ABBREVIATIONS, MONTH_PATTERN } from '../facts/dates';
import { phrasePattern } from '../facts/words';

/** A number found in prose. Offsets are relative to the text that was scanned. */
export interface Figure {
  start: number;
  end: number;
  /** The figure as written, e.g. "54.5 million", "47 per cent", "nine". */
  text: string;
  value: number;
  /** For ranges ("from 3 to 10 hours", "2015–2023"). */
  high?: number;
  qualifier: Qualifier;
  /** Offset where the qualifier starts (for ranges of quick fixes that keep it). */
  qualifierStart?: number;
  unit?: Unit;
  kind: FigureKind;
  /** Half the unit of the last digit written, used as rounding tolerance ("54.5 million" → 50,000). */
  precision: number;
  /** Where the number itself ends (before any "%" or unit): the part a quick fix replaces. */
  numberEnd: number;
  /** Whether the number is written in words ("nine"). */
  word: boolean;
  /** Lowercase words that follow the figure in its clause: what it counts. */
  counted: string;
  /**
   * A figure computed from others in the same text: a stated change ("a decrease of 32 per cent"),
   * a ratio ("three times less"), or an amount per unit ("7 million tenge each", "3,450 tenge per MCI").
   * The arithmetic check judges these; they are verified against facts but never called a mismatch.
   */
  derived?: 'change' | 'ratio' | 'per-unit';
  /** Why a number is not a statistic, for coverage reports. */
  reason?: string;
  /** What the written number was multiplied by to give `value`: a table column "(million tenge)" writes 134.4. */
  scale?: number;
}

export type Unit = 'per-cent' | 'tenge' | 'usd' | 'eur' | 'mci' | 'hours' | 'days' | 'months' | 'years' | 'times';
/** Whether a unit is a currency (an amount of money; MCI, an index, is not). */
export const isMoneyUnit = (unit: string | undefined): boolean => unit === 'tenge' || unit === 'usd' || unit === 'eur';
export type FigureKind = 'statistic' | 'year' | 'date' | 'identifier' | 'age' | 'ordinal';

const NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };
const MONTHS = `${MONTH_PATTERN}|${MONTH_ABBREVIATIONS.join('|')}`;
/** A month after a number ("12 May") or before it ("May 12"): the number is a day. */
const MONTH_AFTER = new RegExp(`^\\s*(?:${MONTHS})\\b`);
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTHS})\\.?\\s*$`);
/** What before a four-digit number makes it a year ("May 2022", "in 2022"). */
const YEAR_BEFORE = new RegExp(`\\b(?:${MONTHS})\\.?,?\\s*$|\\b(?:in|of|since|from|until|by|during|for|before|after)\\s+$`, 'i');

const SEP = '[,\u00A0\u202F\u2009 ]';
// Sticky patterns: each is tried at one position only, so none can backtrack across the text.
// A decimal part is not read into a numeric date or a series: "16.02.2023" is 16, then ".02.2023" makes it a date
// (as "16.02" it was a statistic, contradicted by facts and overlapping the date's own finding).
const DIGITS = new RegExp(`(?:\\d{1,3}(?:${SEP}\\d{3})+(?!\\d)|\\d+)(?:[.,]\\d+(?![\\d,]|\\.\\d))?`, 'y');
const WORD_NUMBER = new RegExp(`(?:${Object.keys(NUMBER_WORDS).join('|')})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?(?![\\w-])`, 'iy');
const SCALE = /\s*(thousand|million|mln|billion|bn|trillion)\b/iy;
const PERCENT = /\s*(%|per\s?cent\b|percent\b)/iy;
/** Units of time and "times", read by the grammar; currencies come from the wording lists (NumberWording). */
const TIME_UNITS = 'hours?|days?|months?|years?|times';
const RANGE_JOIN = /\s*(?:[–—-]|to|and)\s*/y;
// The same joins as `\s*(?:,|,?\s+and|,?\s+or|[–—-]|\s+to|\s+through)\s*`, written so that no two quantifiers compete for
// the same blanks (that form retried every split of a run of spaces: quadratic).
const CHAIN = /(?:\s*,(?:\s+(?:and|or))?|\s+(?:and|or|to|through)|\s*[–—-])\s*/y;

/** The `numbers` section of the wording lists (server/data/wording/wording.yaml): what the number reader reads by. */
export interface NumbersList {
  qualifiers: Record<Exclude<Qualifier, 'exact'>, string[]>;
  currencies: Record<'tenge' | 'usd' | 'eur' | 'mci', string[]>;
  totals: { after: string[]; before: string[] };
  note: string;
}

/** The number words of the wording lists, compiled once per wording index. */
export interface NumberWording {
  /** The qualifying phrases before a figure, in the order they are tried. */
  qualifiers: [RegExp, Qualifier][];
  /** A unit right after a figure: a currency of the lists or a unit of time (sticky). */
  unit: RegExp;
  /** Each currency word, lower-cased with single spaces, and the unit it names. */
  currencyOf: Map<string, Unit>;
  /** "…, 211,918 in total", "a total of 211,918": what marks a total the draft states. */
  totalAfter: RegExp;
  totalBefore: RegExp;
  /** Total words earlier in a figure's sentence, within a clause's reach of it: "Altogether, 1,052 persons were thus …". */
  totalEarlier: RegExp;
}

/** The `numbers` lists compiled; without them (no wording lists), a figure has no qualifier and no currency. */
export function numberWordingOf(list?: NumbersList): NumberWording {
  const order: Exclude<Qualifier, 'exact'>[] = ['more-than', 'at-least', 'about', 'nearly', 'up-to', 'less-than'];
  const currencies = list ? (Object.entries(list.currencies) as [Unit, string[]][]) : [];
  return {
    qualifiers: list ? order.map((q) => [new RegExp(`(?:${phrasePattern(list.qualifiers[q])})\\s+$`, 'i'), q]) : [],
    unit: new RegExp(`\\s*(${currencies.length ? `${phrasePattern(currencies.flatMap(([, words]) => words))}|` : ''}${TIME_UNITS})(?![\\w-])`, 'iy'),
    currencyOf: new Map(currencies.flatMap(([unit, words]) => words.map((w) => [w.toLowerCase().replace(/\s+/g, ' '), unit] as const))),
    totalAfter: new RegExp(`^\\s*(?:[a-z]+\\s+){0,2}(?:${phrasePattern(list?.totals.after ?? [])})\\b`, 'i'),
    totalBefore: new RegExp(`\\b(?:${phrasePattern(list?.totals.before ?? [])})\\s+$`, 'i'),
    totalEarlier: new RegExp(`\\b(?:${phrasePattern([...(list?.totals.before ?? []), ...(list?.totals.after ?? [])])})\\b[^.;]{0,80}$`, 'i'),
  };
}

/** What findFigures reads by when it is given no wording lists. */
const NO_NUMBER_WORDING = numberWordingOf();

const IDENTIFIER_BEFORE = /(?:\bNo\s*$|\b(?:articles?|arts?\.|paras?\.|paragraphs?|subparagraphs?|nos?\.|numbers?|footnotes?|notes?|laws?|decrees?|orders?|resolutions?|decisions?|questions?|items?|points?|pages?|pp?\.|parts?|sections?|chapters?|rules?|annex|sessions?|protocols?|facility|colony|institution|room|cell|block|case|communications?|recommendations?|tables?|charts?|diagrams?|graphs?|clusters?|themes?|pillars?|components?|objectives?|outputs?|outcomes?|indicators?|appendix|appendices|subpara\.|op\.|step|level|category|group|phase|stage|grade|class|version|hotline|line|tel\.?|phone|kilometre|km)\s*$|[№#§]\s*$|\/\s*$)/i;
/** "The medical personnel numbers 1 352 workers": the verb, before a count of a plural noun, not a number's label. */
const NUMBERS_VERB = /\b(?:numbers|numbered)\s*$/i;
const COUNTED_NOUN = /^\s*(?:persons?|people|individuals|cases?|crimes?|officers?|officials?|victims?|prisoners?|inmates?|detainees?|complaints?|families|children|women|men|convicts?|deaths?|visits?|occasions?|facilities|institutions?|places|beds|staff|doctors|nurses|employees|judges|lawyers|citizens|civilians|servicemen|soldiers|applications?|appeals?|reports?|investigations?|proceedings|sentences?|times?)\b/i;

function qualifierBefore(text: string, at: number, numbers: NumberWording): { qualifier: Qualifier; start: number } {
  const before = text.slice(Math.max(0, at - 24), at);
  // "add up to 404" states a total, not a bound.
  if (numbers.totalBefore.test(before)) return { qualifier: 'exact', start: at };
  // ("over a hundred submissions": the article of a number word stands between them.)
  const bare = before.replace(/\b(?:a|an)\s+$/i, '');
  for (const [re, q] of numbers.qualifiers) {
    const m = re.exec(bare);
    if (m) return { qualifier: q, start: at - (before.length - m.index) };
  }
  return { qualifier: 'exact', start: at };
}

function parseDigits(raw: string): { value: number; decimals: number } {
  // A separator followed by exactly three digits groups thousands; any other comma or dot is decimal.
  const m = /^(.*?)(?:[.,](\d+))?$/.exec(raw)!;
  const intPart = m[1]!.replace(/[,\u00A0\u202F\u2009 ]/g, '');
  const frac = m[2];
  if (frac !== undefined && frac.length === 3 && /[,\u00A0\u202F\u2009 ]/.test(raw.slice(0, raw.length - 4) + raw[raw.length - 4])) {
    return { value: Number(intPart + frac), decimals: 0 };
  }
  return { value: Number(frac !== undefined ? `${intPart}.${frac}` : intPart), decimals: frac?.length ?? 0 };
}

function wordValue(word: string): number {
  const [a, b] = word.toLowerCase().split('-');
  return NUMBER_WORDS[a!]! + (b ? NUMBER_WORDS[b] ?? ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].indexOf(b) + 1 : 0);
}

/**
 * The label of a line that is only a label, a colon and the figure ("Nurses: 701", "- Doctors: 512;"), lower-cased;
 * empty otherwise.
 */
export function labelBefore(text: string, start: number, end: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  if (!/^\s*(?:[.;]\s*)?$/.test(text.slice(end, lineEnd < 0 ? text.length : lineEnd))) return '';
  const m = /^[\s*•-]*(\p{L}[\p{L}' -]{1,58}\p{L})\s*:\s*$/u.exec(text.slice(lineStart, start));
  return m ? m[1]!.toLowerCase().split(/\s+/).slice(-5).join(' ') : '';
}

/** A term of a proportion told as counts: "two out of every three", "one in five", "3 in 10 detainees". */
const SMALL_NUMBER = `(?:\\d{1,3}|one|${Object.keys(NUMBER_WORDS).join('|')})`;
const RATIO_AFTER = new RegExp(`^\\s+(out\\s+of\\s+every|in\\s+every|in)\\s+(${SMALL_NUMBER})(?![\\w,.]\\d|\\w)`, 'i');
const RATIO_BEFORE = new RegExp(`(?:^|[^\\w,.])(${SMALL_NUMBER})\\s+(out\\s+of\\s+every|in\\s+every|in)\\s+$`, 'i');
/**
 * Whether the number at start…end is a term of a proportion. "out of every" and "in every" say so alone; a bare "in"
 * only between a first term of ten or less and a larger second ("one in five", "3 in 10"), not "12 in 15 regions".
 */
function isRatioTerm(text: string, start: number, end: number): boolean {
  const valueOf = (t: string) => (/^\d/.test(t) ? Number(t) : /^one$/i.test(t) ? 1 : wordValue(t));
  const term = (first: string, join: string, second: string) => !/^in$/i.test(join) || (valueOf(first) <= 10 && valueOf(first) < valueOf(second));
  const a = RATIO_AFTER.exec(text.slice(end, end + 24));
  if (a && term(text.slice(start, end).trim(), a[1]!, a[2]!)) return true;
  const b = RATIO_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  return !!b && term(b[1]!, b[2]!, text.slice(start, end).trim());
}

/**
 * "three quarters", "two-thirds": a fraction in words is a share, read as a percentage ("a reduction of more than three
 * quarters" of 920 → 228 is 75.2 per cent). Not the quarters of a year ("the first three quarters of 2023").
 */
const FRACTION = /(two|three|four|five|six|seven|eight|nine)[\s-]+(thirds|quarters|fifths|sixths|sevenths|eighths|ninths|tenths)(?![\w-])/iy;
const DENOMINATORS: Record<string, number> = { thirds: 3, quarters: 4, fifths: 5, sixths: 6, sevenths: 7, eighths: 8, ninths: 9, tenths: 10 };
/** A fraction in words is a rounded share: "three quarters" is said of 73 to 77 per cent. */
const FRACTION_PRECISION = 2.5;
function fractionAt(text: string, at: number): NumberToken | undefined {
  FRACTION.lastIndex = at;
  const m = FRACTION.exec(text);
  if (!m) return undefined;
  const n = NUMBER_WORDS[m[1]!.toLowerCase()]!;
  const d = DENOMINATORS[m[2]!.toLowerCase()]!;
  if (n >= d || /\b(?:first|last|past|next|remaining|final)\s+$/i.test(text.slice(Math.max(0, at - 12), at)) || /^\s+of\s+(?:the\s+)?(?:year|(?:19|20)\d\d)\b/i.test(text.slice(FRACTION.lastIndex, FRACTION.lastIndex + 16))) return undefined;
  return { start: at, end: FRACTION.lastIndex, value: Math.round((n / d) * 1e6) / 1e4, decimals: 0, word: true, scaled: false };
}

/**
 * "the police kettled protesters at least 12 times", "visited the colony five times": "times" after an act counts how
 * often it happened. It is a ratio when it compares ("three times more", "fell 2.5 times", "by four times", "twice as").
 */
function isOccurrences(text: string, start: number, end: number): boolean {
  if (/^\s*times\s+(?:more|less|fewer|higher|lower|greater|larger|smaller|bigger|as|over|than|the|that|what)\b/i.test(text.slice(end, end + 30))) return false;
  if (/\b(?:by|increased|decreased|rose|fell|grew|multiplied|reduced|dropped|declined|doubled|up|down|risen|fallen|grown)\s+(?:(?:about|nearly|almost|some|roughly|more than|over|less than)\s+)?$/i.test(text.slice(Math.max(0, start - 40), start))) return false;
  return /^\s*times\s*(?:[.,;:)]|$|\s+(?:in|between|since|during|from|at|on|last|this|that|a|per|each|every|over the)\b)/i.test(text.slice(end, end + 30));
}

/** "hundred" after a number word below ten, and what may follow it ("and thirty-eight", "five"). */
const HUNDRED = /\s+hundred\b/iy;
// ("two hundred and one": after "hundred", "one" is a number.)
const HUNDRED_REST = new RegExp(`^\\s+(?:and\\s+)?((?:one|${Object.keys(NUMBER_WORDS).filter((w) => NUMBER_WORDS[w]! < 100 && w !== 'dozen').join('|')})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)(?![\\w-])`, 'i');
/**
 * The first three characters of a text at an offset, case aside (ASCII letters, as those of a number word; any other
 * character may share a key with one, which only lets a word through that reads as no number).
 */
const startKey = (text: string, at: number) => ((text.charCodeAt(at) | 32) * 65536 + (text.charCodeAt(at + 1) | 32)) * 65536 + (text.charCodeAt(at + 2) | 32);
/**
 * How a number in words can start (NUMBER_WORDS, the numerators of FRACTION, "one" of oneHundred; each of three letters
 * or more), as startKey reads it: readNumber and fractionAt read nothing at a word that starts otherwise ("the", "of").
 */
const NUMBER_WORD_STARTS = new Set([...Object.keys(NUMBER_WORDS), 'one'].map((w) => startKey(w, 0)));

/** "one hundred …", "one thousand …": "one" alone is no number word (it is a pronoun as often), but before a scale it is a number. */
function oneHundred(text: string, at: number): RegExpExecArray | null {
  const m = /one(?=\s+(?:hundred|thousand|million|billion)\b)/iy;
  m.lastIndex = at;
  return m.exec(text);
}

interface NumberToken { start: number; end: number; value: number; decimals: number; word: boolean; scaled: boolean }

/** Reads one number (digits or words, with scale words and compounds like "2 billion 381 million") at `at`, if any. */
function readNumber(text: string, at: number): NumberToken | undefined {
  DIGITS.lastIndex = at;
  let m = DIGITS.exec(text);
  let word = false;
  let value: number;
  let decimals = 0;
  if (m) {
    // "3,7" is a decimal comma, "1,273" a thousands separator; DIGITS already prefers groups of three.
    ({ value, decimals } = parseDigits(m[0]));
  } else {
    WORD_NUMBER.lastIndex = at;
    m = WORD_NUMBER.exec(text) ?? oneHundred(text, at);
    if (!m) return undefined;
    word = true;
    value = /^one$/i.test(m[0]) ? 1 : wordValue(m[0]);
  }
  let end = at + m[0].length;
  // Hundreds in words: "two hundred and thirty-eight", "one hundred", "nine hundred" (one number, not two).
  if (word && value < 10) {
    HUNDRED.lastIndex = end;
    if (HUNDRED.exec(text)) {
      value *= 100;
      end = HUNDRED.lastIndex;
      const rest = HUNDRED_REST.exec(text.slice(end, end + 40));
      if (rest) {
        value += /^one$/i.test(rest[1]!) ? 1 : wordValue(rest[1]!);
        end += rest[0].length;
      }
    }
  }
  let scaled = false;
  SCALE.lastIndex = end;
  const sc = SCALE.exec(text);
  if (sc) {
    let scale = SCALES[sc[1]!.toLowerCase()]!;
    value *= scale;
    end = SCALE.lastIndex;
    scaled = true;
    // Compound amounts: "2 billion 381 million", "122 million 163 thousand".
    for (;;) {
      const sp = /\s+/y;
      sp.lastIndex = end;
      if (!sp.exec(text)) break;
      DIGITS.lastIndex = sp.lastIndex;
      const d = DIGITS.exec(text);
      if (!d) break;
      SCALE.lastIndex = sp.lastIndex + d[0].length;
      const s2 = SCALE.exec(text);
      if (!s2 || SCALES[s2[1]!.toLowerCase()]! >= scale) break;
      scale = SCALES[s2[1]!.toLowerCase()]!;
      value += parseDigits(d[0]).value * scale;
      end = SCALE.lastIndex;
    }
    // Amounts in translated Russian ("5 тысяч 300"): "5 thousand 300", "211 thousand 918" are 5,300 and 211,918,
    // told to the unit. Only after a whole number of thousands, and only three digits that no scale word follows.
    if (!word && scale === 1e3 && decimals === 0) {
      const rest = /\s+(\d{3})(?!\d|[.,]\d|\s*(?:thousand|million|mln|billion|bn|trillion|%|per\s*cent)\b)/iy;
      rest.lastIndex = end;
      const m = rest.exec(text);
      if (m) {
        value += Number(m[1]);
        end = rest.lastIndex;
      }
    }
    // Spoken amounts: "one thousand two hundred and ten", "five thousand three hundred": the words after a scale word
    // that make a smaller number belong to it.
    if (word) {
      const rest = /\s+(?:and\s+)?/y;
      rest.lastIndex = end;
      if (rest.exec(text)) {
        const next = readNumber(text, rest.lastIndex);
        if (next?.word && next.value < scale && Number.isInteger(next.value)) {
          value += next.value;
          end = next.end;
        }
      }
    }
  }
  // "three and a half years", "2 and a half hours".
  if (!scaled) {
    const half = /\s+and\s+a\s+half\b/iy;
    half.lastIndex = end;
    if (half.exec(text)) {
      value += 0.5;
      end = half.lastIndex;
      decimals = Math.max(decimals, 1);
    }
  }
  return { start: at, end, value, decimals, word, scaled };
}

function precisionOf(tok: NumberToken, text: string): number {
  if (!tok.scaled) return tok.decimals ? 0.5 * 10 ** -tok.decimals : 0;
  // "54.5 million" is rounded to the last digit written, in the last scale named.
  const lastScale = /(thousand|million|mln|billion|bn|trillion)\s*$/i.exec(text.slice(tok.start, tok.end))?.[1]?.toLowerCase();
  // ("one thousand two hundred and ten": told to the unit.)
  if (!lastScale) return 0;
  const scale = SCALES[lastScale] ?? 1;
  const dec = /[.,](\d+)\s*(?:thousand|million|mln|billion|bn|trillion)\s*$/i.exec(text.slice(tok.start, tok.end))?.[1]?.length ?? 0;
  return 0.5 * scale * 10 ** -dec;
}

const isWordChar = (c: string | undefined) => c !== undefined && (c < '\u0080' ? isAsciiWordChar(c.charCodeAt(0)) : /[\p{L}\p{N}_]/u.test(c));
/** The ASCII letters, digits and underscore: the scan over every character of a block asks most often about these. */
const isAsciiWordChar = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
const isAsciiLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

/** After a count: it is a difference ("282 complaints fewer", "12 fewer deaths", "45 more cases than a year before", "725 registrations fewer than in 2022"). */
const COUNT_DIFFERENCE = /^(?:\s+(?!(?:than|or|and|to|no|times)\b)[\p{L}-]+){0,2}\s+fewer\b(?!\s+than\b)|^\s+fewer\s+[\p{L}-]+|^\s+more\s+(?:[\p{L}-]+\s+){1,3}than\b|^(?:\s+(?!times\b)[\p{L}-]+){1,2}\s+(?:more|fewer|less)\s+than\s+(?:in|a\s+year|the\s+year|the\s+previous|last|before|previously)\b/iu;

/**
 * Finds every number in a piece of prose and says what it is: a statistic, a year, a date,
 * an identifier (article, paragraph, law number …), an age or an ordinal.
 * `excluded` ranges (citations already found) are skipped.
 */
export function findFigures(text: string, excluded: { start: number; end: number }[] = [], rules?: TimeLimitWording): Figure[] {
  const numbers = rules?.numbers ?? NO_NUMBER_WORDING;
  const out: Figure[] = [];
  let chainIdentifier = -1; // end offset of the last identifier, for lists like "articles 50, 63 and 73"
  const isExcluded = overlapTest(excluded);
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const startsDigit = c >= '0' && c <= '9';
    if (!startsDigit && !isAsciiLetter(c)) continue;
    if (isWordChar(text[i - 1]) || (startsDigit && /[.,/:]/.test(text[i - 1] ?? '') && /\d/.test(text[i - 2] ?? ''))) continue;
    // (A word that starts with no number word's first letter is none: passed over without trying the patterns.)
    const wordy = !startsDigit && NUMBER_WORD_STARTS.has(startKey(text, i));
    const fraction = wordy ? fractionAt(text, i) : undefined;
    const tok = fraction ?? (startsDigit || wordy ? readNumber(text, i) : undefined);
    if (!tok) {
      if (!startsDigit) while (i + 1 < text.length && isWordChar(text[i + 1])) i++;
      continue;
    }
    if (isExcluded(tok.start, tok.end)) {
      i = tok.end - 1;
      continue;
    }
    let end = tok.end;
    let unit: Unit | undefined = fraction ? 'per-cent' : undefined;
    let high: number | undefined;
    PERCENT.lastIndex = end;
    const pc = fraction ? null : PERCENT.exec(text);
    if (pc) {
      unit = 'per-cent';
      end = PERCENT.lastIndex;
    }
    // Ranges: "2015–2023", "from 3 to 10 hours", "3-5 %".
    const rangeStart = end;
    RANGE_JOIN.lastIndex = end;
    const rj = RANGE_JOIN.exec(text);
    const isFromTo = /\b(from|between)\s+(?:€|US\$|\$|₸)?\s?$/i.test(text.slice(Math.max(0, tok.start - 12), tok.start));
    if (rj && (rj[0].trim() !== 'to' && rj[0].trim() !== 'and' ? true : isFromTo)) {
      const second = readNumber(text, afterCurrencySign(text, RANGE_JOIN.lastIndex));
      if (second && second.value > tok.value && !isExcluded(second.start, second.end) && (rj[0].trim() !== '-' || !tok.word)) {
        high = second.value;
        end = second.end;
        PERCENT.lastIndex = end;
        const pc2 = PERCENT.exec(text);
        if (pc2) {
          unit = 'per-cent';
          end = PERCENT.lastIndex;
        }
      }
    }
    // "five or six officers", "two or three times": an estimate between two neighbouring values.
    if (high === undefined && !unit) {
      const or = /\s+or\s+/y;
      or.lastIndex = end;
      if (or.exec(text)) {
        const second = readNumber(text, or.lastIndex);
        if (second && second.word === tok.word && second.value > tok.value && second.value <= tok.value + Math.max(1, tok.value * 0.5)) {
          high = second.value;
          end = second.end;
        }
      }
    }
    if (high === undefined) end = Math.max(end, rangeStart);
    if (!unit) {
      numbers.unit.lastIndex = end;
      const u = numbers.unit.exec(text);
      if (u) unit = unitOf(u[1]!, numbers);
    }
    // "reduced from 72 to 48 hours": the unit after the second value of a change is the first's too.
    if (!unit && high === undefined && isFromTo && rj && rj[0].trim() === 'to') {
      const second = readNumber(text, RANGE_JOIN.lastIndex);
      // (Not a year: "from 2019 to 4 months of 2023".)
      if (second && second.value < tok.value && !(tok.value >= 1800 && tok.value <= 2099 && !tok.word && tok.decimals === 0)) {
        numbers.unit.lastIndex = second.end;
        const u = numbers.unit.exec(text);
        if (u) unit = unitOf(u[1]!, numbers);
      }
    }
    // "€350", "US$ 117 thousand", "KZT 5 million": the currency written before the number.
    if (!unit) {
      const sign = CURRENCY_BEFORE.exec(text.slice(Math.max(0, tok.start - 5), tok.start));
      if (sign) unit = unitOf(sign[1]!, numbers);
    }
    const q = qualifierBefore(text, tok.start, numbers);
    // "two or more times", "10 or fewer": a qualifier written after the number; the unit may follow it.
    const trailing = /^\s+(?:or|and)\s+(more|over|above|higher|fewer|less|under|below)\b/i.exec(text.slice(end, end + 20));
    if (trailing && q.qualifier === 'exact' && high === undefined) {
      q.qualifier = /more|over|above|higher/i.test(trailing[1]!) ? 'at-least' : 'up-to';
      q.start = tok.start;
      if (!unit) {
        numbers.unit.lastIndex = end + trailing[0].length;
        const u = numbers.unit.exec(text);
        if (u) unit = unitOf(u[1]!, numbers);
      }
    }
    const figureText = text.slice(tok.start, end);
    const after = text.slice(end, end + 60);
    const before = text.slice(Math.max(0, tok.start - 40), tok.start);
    const countedAfter = unit && unit !== 'per-cent' ? countedAfterUnit(text, end) : after.split(/[,;:()[\].!?]/)[0]!.toLowerCase().trim().split(/\s+/).slice(0, 5).join(' ');
    // "Nurses: 701" (a list item, a line of figures): the label before the colon names what a bare figure counts.
    const counted = countedAfter || (unit && unit !== 'per-cent' ? countedAfter : labelBefore(text, tok.start, end));

    let kind: FigureKind = 'statistic';
    let reason: string | undefined;
    const notStatistic = notAStatistic(text, tok.start, tok.end, end, tok.word, rules);
    const plainInt = !tok.word && !tok.scaled && tok.decimals === 0 && /^\d+$/.test(text.slice(tok.start, tok.end));
    if (notStatistic) {
      kind = notStatistic.kind;
      reason = notStatistic.reason;
    } else if (/^(?:st|nd|rd|th)\b/i.test(text.slice(tok.end, tok.end + 3))) {
      kind = 'ordinal';
      reason = 'ordinal';
    } else if (/^(?:-|\s)?years?[- ]old\b|^-year-old/i.test(after) || /\b(?:aged(?:\s+(?:over|under|above|below|between|from))?|age of|ages of|under the age of|over the age of)\s+$/i.test(before) || ((AGE_LIMIT_BEFORE.test(before) || COUNT_UNDER_AGE_BEFORE.test(before)) && /^\d{1,2}$|^[a-z]+teen$/i.test(text.slice(tok.start, tok.end)) && !/^\s*(?:%|per\s*cent|percent)/i.test(after))) {
      kind = 'age';
      reason = 'age';
    } else if ((IDENTIFIER_BEFORE.test(before) && !(NUMBERS_VERB.test(before) && /^\s*[\p{L}-]+s\b/u.test(after))) || (chainIdentifier >= 0 && CHAINED(text, chainIdentifier, tok.start))) {
      kind = 'identifier';
      reason = 'identifier (article, paragraph, law, order or other number)';
    } else if (plainInt && /\[$/.test(before) && /^\]/.test(text.slice(tok.end, tok.end + 1))) {
      // "… died as a result of torture.[1][2]": a reference to a numbered source, as wikis and papers write them.
      kind = 'identifier';
      reason = 'reference marker';
    } else if (/^\/(?:\d{1,3})?\s/.test(text.slice(tok.end, tok.end + 5)) && !text.slice(0, tok.start).trim()) {
      // "26/ Taraz: 33 of 33 closed.": the number of a post in a thread.
      kind = 'identifier';
      reason = 'number of a post in a thread';
    } else if (plainInt && tok.value < 100 && /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*['’]$/i.test(before)) {
      // "Jan'22": a year written by its last two digits.
      kind = 'date';
      reason = 'year written by two digits';
    } else if (/^(?:\/\d|-[IVX]+\b|\.\d+\.\d)/.test(text.slice(tok.end, tok.end + 4)) || /\d[./]$/.test(before) || (/[A-Za-z]-$/.test(before) && !YEAR_PREFIX.test(before))) {
      kind = 'identifier';
      reason = 'number with a slash or a law series';
    } else if (plainInt && MONTH_AFTER.test(after) && tok.value >= 1 && tok.value <= 31) {
      kind = 'date';
      reason = 'day of a date';
    } else if (plainInt && MONTH_BEFORE.test(before) && tok.value >= 1 && tok.value <= 31) {
      kind = 'date';
      reason = 'day of a date';
    } else if (plainInt && tok.value >= 1800 && tok.value <= 2099 && high === undefined && !unit && (!COUNTED_NOUN.test(after) || (tok.value >= 1990 && tok.value <= 2035 && /\b(?:the|its|their|this|that|his|her|our)\s+$/i.test(before)) || YEAR_BEFORE.test(before))) {
      kind = 'year';
      reason = 'year';
    } else if (plainInt && tok.value >= 1990 && tok.value <= 2035 && high === undefined && unit === 'mci' && /\b(?:the|its|this|that)\s+$/i.test(before)) {
      // "at the 2025 MCI": the index of a year (it is set anew each year), not 2,025 indices.
      kind = 'year';
      reason = 'year of an index';
    } else if (plainInt && tok.value >= 1800 && tok.value <= 2099 && high !== undefined && high <= 2099 && high >= 1800 && !unit) {
      kind = 'year';
      reason = 'period of years';
    } else if (/^:\d\d/.test(after) || /^\.\d\d\.\d{2,4}/.test(text.slice(tok.end, tok.end + 8))) {
      kind = 'date';
      reason = 'time or numeric date';
    }
    if (tok.word && !fraction && !/^(?:\s+(?:of\s+)?[a-z]|\s*(?:each|times|per\s?cent|%))/i.test(text.slice(end, end + 12)) && kind === 'statistic') {
      // A number word that counts nothing ("at nine", "the two of them") is not a figure we can check.
      if (!/^\s+\w/.test(text.slice(end, end + 3))) {
        i = tok.end - 1;
        continue;
      }
    }
    if (kind === 'identifier') chainIdentifier = end;
    else chainIdentifier = -1;

    let derived: Figure['derived'];
    if (kind === 'statistic') {
      // ("an increase of 12", "fell by 40", "so the jump was 235 cases": a change told before its count.)
      if (/\b(?:increases?|decreases?|drops?|falls?|fallen|rises?|risen|reduction|declines?|growth|grows?|grown|increased|decreased|fell|rose|dropped|grew|declined|reduced|reduce)\s+(?:of|by)\s+(?:about |around |approximately |roughly |some |nearly |almost |over |more than )?$|\b(?:jump|rise|increase|decrease|fall|drop|decline|growth|reduction|difference|gap)\s+(?:was|is|amounted\s+to|amounts\s+to|came\s+to|comes\s+to|stood\s+at)\s+(?:about |around |approximately |roughly |some |nearly |almost |over |more than |just |only )?$/i.test(text.slice(Math.max(0, tok.start - 40), tok.start))) derived = 'change';
      // "rose from 587 in 2021 to 702 in 2022, or by 15 per cent", "up by 12 per cent": a share of a change after its verb.
      else if (unit === 'per-cent' && /(?:,\s*(?:or|i\.e\.,?|that is,?)\s+|\b(?:up|down)\s+)by\s+(?:about |around |approximately |roughly |some |nearly |almost |over |more than )?$/i.test(text.slice(Math.max(0, tok.start - 40), tok.start))) derived = 'change';
      // "332 in 2023, about 12 per cent fewer": a percentage followed by a comparative is a change too.
      else if (unit === 'per-cent' && /^\s*(?:fewer|less|lower|more|higher|down|up)\b(?!\s+than\s+(?:half|a third|a quarter))/i.test(text.slice(end, end + 30))) derived = 'change';
      // "282 complaints fewer", "12 fewer deaths", "45 more complaints than in 2022": a difference told as a count.
      else if (unit !== 'per-cent' && COUNT_DIFFERENCE.test(text.slice(end, end + 60))) derived = 'change';
      else if (((unit === 'times' || /^\s*times\b/i.test(after)) && !isOccurrences(text, tok.start, end)) || isRatioTerm(text, tok.start, end)) derived = 'ratio';
      else if (/^\s*(?:(?:tenge|KZT|US\s+dollars|dollars|euros?|MCI)\s+)?(?:each|apiece|per\s+(?:person|family|head|month|day|year|MCI|monthly|capita|victim|child))\b/i.test(text.slice(end, end + 30)) || /\b(?:each|per)\s+$/i.test(before) || /^\s*(?:(?:tenge|KZT)\s*)?(?:to|for)\s+each\b/i.test(text.slice(end, end + 20))) derived = 'per-unit';
    }
    out.push({
      derived,
      start: tok.start,
      end,
      numberEnd: tok.end,
      word: tok.word,
      text: figureText,
      value: tok.value,
      high,
      qualifier: q.qualifier,
      qualifierStart: q.qualifier === 'exact' ? undefined : q.start,
      unit,
      kind,
      precision: fraction ? FRACTION_PRECISION : precisionOf(tok, text),
      counted,
      reason,
    });
    i = end - 1;
  }
  shareSeriesUnits(text, out);
  return out;
}

/** The unit and scale a table column's header gives its numbers: "Amount (million tenge)", "Share, %". */
const COLUMN_UNITS: [RegExp, Unit, number][] = [
  [/\b(?:billion|bn)\s+(?:tenge|KZT)\b/i, 'tenge', 1e9],
  [/\b(?:million|mln)\s+(?:tenge|KZT)\b/i, 'tenge', 1e6],
  [/\bthousand\s+(?:tenge|KZT)\b/i, 'tenge', 1e3],
  [/\b(?:tenge|KZT)\b|₸/i, 'tenge', 1],
  [/\b(?:million|mln)\s+(?:US\s+dollars|USD)\b/i, 'usd', 1e6],
  [/\b(?:US\s+dollars|USD)\b|US\$/i, 'usd', 1],
  [/\b(?:euros?|EUR)\b|€/i, 'eur', 1],
  [/\bMCI\b|monthly calculation ind/i, 'mci', 1],
  [/%|\bper\s?cent\b|\bpercent(?:age)?\b|\bshare\b/i, 'per-cent', 1],
];

/** A table cell's figures in the unit its column header names, when they name none themselves. */
export function inColumnUnit(figures: Figure[], columnHeader: string): Figure[] {
  const rule = COLUMN_UNITS.find(([re]) => re.test(columnHeader));
  if (!rule) return figures;
  const [, unit, scale] = rule;
  return figures.map((f) => (f.kind !== 'statistic' || f.unit ? f : { ...f, unit, value: f.value * scale, ...(f.high !== undefined ? { high: f.high * scale } : {}), precision: f.precision * scale, ...(scale !== 1 ? { scale } : {}) }));
}

/**
 * "30, 40 and 50 Monthly Calculation Index": a series written with its unit once, after the last number. Each
 * number of the series is in that unit.
 */
function shareSeriesUnits(text: string, figures: Figure[]): void {
  for (let i = figures.length - 1; i > 0; i--) {
    const last = figures[i]!;
    if (!last.unit || last.kind !== 'statistic') continue;
    for (let j = i - 1; j >= 0; j--) {
      const f = figures[j]!;
      const next = figures[j + 1]!;
      if (f.kind !== 'statistic' || f.unit || f.high !== undefined || !SERIES_GAP.test(text.slice(f.end, next.start))) break;
      f.unit = last.unit;
    }
  }
}
const SERIES_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;

const MONTH_NAMES = new RegExp(`^(?:\\s*(?:,|and|&|or|to|–|-)\\s*\\d{1,2})+\\s+(?:${MONTHS})\\b`);

/** What tells a legal time limit from a duration that happened (server/data/wording: time_limits). */
export interface TimeLimitWording {
  timeLimitBefore: RegExp;
  statesRule(sentence: string): boolean;
  /** The number words of the wording lists (qualifiers, currencies). */
  numbers?: NumberWording;
}

/** "terms of", "sentences of at least": the noun of a class of durations before its bound. */
const DURATION_CLASS_BEFORE = /\b(?:(?:prison|custodial|jail)\s+terms?|sentences?|stays?)\s+of\s+(?:(?:more than|over|at least|less than|under)\s+)?$/i;
/** "mid-2024", "end-2023", "pre-2022": a year with a prefix, not a law series like "No. ZRK-212". */
const YEAR_PREFIX = /\b(?:mid|end|early|late|start|pre|post|fiscal|FY)-$/i;
/** "46 were under 21": a count of a group bounded by an age, the bound after a verb of being. */
// (Blanks of one to three characters each: a run of them is read one way only.)
const COUNT_UNDER_AGE_BEFORE = /(?:^|[^\d,])\d[\d,]*[ \t]{1,3}(?:of[ \t]{1,3}(?:them|these|those)[ \t]{1,3})?(?:were|was)[ \t]{1,3}(?:under|below|over|above|younger than|older than)[ \t]{1,3}$/i;
/** "children under 14", "minors below 16", "detainees over 60": an age that bounds a group, not a count of it. */
const AGE_LIMIT_BEFORE = /\b(?:child|children|minors?|juveniles?|girls?|boys?|adolescents?|teenagers?|youths?|young people|persons|people|those|detainees|prisoners|women|men)\s+(?:aged\s+)?(?:under|below|over|above|younger than|older than)\s+$/i;

/** A paragraph's number with its sub-number, as translated replies write them: "8-1.", "12.3." (reportModel reads it too). */
export const SUB_NUMBERED_PARAGRAPH = String.raw`\d{1,3}(?:[-.]\d{1,3})+\.`;
/** The time a post of a feed or a log opens on: "16:46." (a label of the sentence splitter and of the wording's SPEAKER_LABEL). */
export const POST_TIME = String.raw`\d{1,2}:\d\d\.`;
/** Such a number at a line's start, then a sentence: "8-1. Of them", "12.3. The". */
const PARAGRAPH_LABEL = new RegExp(String.raw`^([\s#*_>]*)${SUB_NUMBERED_PARAGRAPH}(?=\s+[\p{Lu}"“(])`, 'u');

/**
 * Numbers that are not statistics, read from how real documents are written (issue #16): each reader names what it
 * saw. Examples of each are in test/unit/notStatistics.test.ts.
 */
export function notAStatistic(text: string, start: number, numberEnd: number, end: number, word: boolean, rules?: TimeLimitWording): { kind: FigureKind; reason: string } | undefined {
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 30);
  const lineEnd = text.indexOf('\n', end);
  const restOfLine = text.slice(end, lineEnd < 0 ? text.length : lineEnd);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  // Contents: "Criminalisation of torture ..... 4", "Code*  5" (a title, then the page alone at the end of the line).
  if (!word && /^[\s*_]*$/.test(restOfLine) && endsWithLeader(before) && /\p{L}/u.test(text.slice(lineStart, start)) && start - lineStart < 200) return { kind: 'identifier', reason: 'page number in a contents line' };
  // Footnote markers glued to a word or punctuation: "detention.12 The", "custody,3 and".
  if (!word && /\p{L}[.,;:)”"’]$/u.test(before) && /^(?:\s|$)/.test(text.slice(numberEnd, numberEnd + 1)) && end === numberEnd) return { kind: 'identifier', reason: 'footnote marker' };
  // Items of an enumeration: "6) torture of …" at the start of a line.
  if (!word && /^\s*$/.test(text.slice(lineStart, start)) && text[numberEnd] === ')') return { kind: 'identifier', reason: 'list item number' };
  // Section numbers opening a heading or a line: "4.3 Deaths, suicide and self-harm", "2. Torture investigations".
  // (A number may follow one of one or two digits: "## 5. 961 prisoners who harmed themselves"; a line of prose that
  // opened so would be a list item, whose number is not text.)
  if (!word && /^[\s#*_]*$/.test(text.slice(lineStart, start)) && (/^\d+(?:\.\d+)+$/.test(text.slice(start, numberEnd)) ? /^\.?\s+\p{Lu}/u : /^\d{1,2}$/.test(text.slice(start, numberEnd)) ? /^\.\s+[\p{Lu}\d]/u : /^\.\s+\p{Lu}/u).test(text.slice(numberEnd, numberEnd + 4)) && !/[.!?:;]\s*$/.test(restOfLine)) return { kind: 'identifier', reason: 'section number' };
  // Numbered paragraphs of translated replies, written as text: "8-1. Of them, 93 …", "12.3. The Ministry …" (a line
  // that opens on its number and a sentence; Markdown takes "8." alone as a list item).
  if (!word && start - lineStart <= 12) {
    const label = PARAGRAPH_LABEL.exec(text.slice(lineStart, lineStart + 24));
    if (label && start >= lineStart + (label[1]?.length ?? 0) && end <= lineStart + label[0].length) return { kind: 'identifier', reason: 'paragraph number' };
  }
  // Paragraph numbers glued to their text: "2.The Committee".
  if (!word && /^\s*$/.test(text.slice(lineStart, start)) && /^\.\p{Lu}/u.test(text.slice(numberEnd, numberEnd + 2))) return { kind: 'identifier', reason: 'paragraph number' };
  // A number word written with a capital inside a sentence, or after a title, is a name: "filed against Ten", "Mr. Ten".
  if (word && /^\p{Lu}/u.test(text[start] ?? '') && (/\b(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+$/.test(before) || /\p{Ll}\s+$/u.test(before))) return { kind: 'identifier', reason: 'name' };
  // Ages told in passing: "Mikhail was 15 when …", "she was 17 at the time".
  if (/\b(?:was|were|is|turned)\s+$/i.test(before) && /^\s*(?:when|at the time|years?\b|-year)/i.test(after)) return { kind: 'age', reason: 'age' };
  // Spans of time that date an event: "during the first three days", "in the past two years".
  if (/\b(?:the\s+)?(?:first|last|past|next|following|previous)\s+$/i.test(before) && /^\s*(?:days?|weeks?|months?|years?|hours?)\b/i.test(text.slice(numberEnd, numberEnd + 8))) return { kind: 'date', reason: 'span of time' };
  // "He came home five days later", "two weeks after his arrest", "three years ago": when, not how much.
  if (/^\s*(?:days?|weeks?|months?|years?|hours?)\s+(?:later|afterwards|earlier|ago|before\s+(?:that|this|then)|after\s+(?:that|this|his|her|their|the)\b)/i.test(text.slice(numberEnd, numberEnd + 30))) return { kind: 'date', reason: 'time since an event' };
  // Legal time limits: "can be sent … within three days", "held for no more than 48 hours", "at least five years of
  // experience" in a sentence that states a rule. A duration that happened ("kept for six hours") is a statistic.
  if (rules && /^\s*(?:hours?|days?|months?|years?|working days)\b/i.test(text.slice(numberEnd, numberEnd + 14)) && rules.timeLimitBefore.test(text.slice(Math.max(0, start - 30), start))) {
    const from = Math.max(text.lastIndexOf('. ', start), text.lastIndexOf('\n', start), 0);
    const stop = text.slice(end).search(/[.!?](?:\s|$)/);
    if (rules.statesRule(text.slice(from, stop < 0 ? text.length : end + stop))) return { kind: 'identifier', reason: 'legal time limit' };
  }
  // A duration that bounds a class of terms another figure counts: "11 received prison terms of 5 years or more",
  // "sentences of more than three years", "stays of over 30 days" (a kind of sentence, not the length of one; "up to
  // 12 years", "not less than five" are a law's bounds, which facts state).
  if (DURATION_CLASS_BEFORE.test(before) && /^\s*(?:hours?|days?|weeks?|months?|years?)\b/i.test(text.slice(numberEnd, numberEnd + 8)) && (/\b(?<!(?:not|no)\s)(?:more than|over|at least|less than|under)\s+$/i.test(before) || /^\s*(?:hours?|days?|weeks?|months?|years?)\s+(?:or|and)\s+(?:more|longer|above|over|less|shorter|under)\b/i.test(text.slice(numberEnd, numberEnd + 30)))) return { kind: 'identifier', reason: 'bound of a class of terms' };
  // Clock times: "at about 11 am", "9 a.m.".
  if (/^\s*(?:a\.?m\.?|p\.?m\.?|o'clock)(?![\p{L}])/iu.test(text.slice(numberEnd, numberEnd + 8))) return { kind: 'date', reason: 'time of day' };
  // Days in a list before a month: "On 18, 19 and 21 January".
  if (!word && MONTH_NAMES.test(text.slice(numberEnd, numberEnd + 40))) return { kind: 'date', reason: 'day of a date' };
  // Temperatures: "-18 degrees Celsius".
  if (/^\s*(?:degrees|°)/i.test(after) || /^\s*(?:degrees|°)/i.test(text.slice(numberEnd, numberEnd + 10))) return { kind: 'identifier', reason: 'temperature' };
  return undefined;
}

/** Whether a title ends in a leader before its page number: dots, an ellipsis, a tab or a wide gap. Read from the end, without a pattern anchored at `$` (quadratic on long runs). */
function endsWithLeader(before: string): boolean {
  let i = before.length;
  let blanks = 0;
  while (i > 0 && (before[i - 1] === ' ' || before[i - 1] === '\t' || before[i - 1] === '\u00a0')) {
    if (before[i - 1] === '\t') return true;
    blanks++;
    i--;
  }
  if (blanks >= 2 || before[i - 1] === '…') return true;
  let dots = 0;
  while (i > 0 && (before[i - 1] === '.' || before[i - 1] === '_')) {
    dots++;
    i--;
  }
  return dots >= 2;
}

const CURRENCY_BEFORE = /(€|US\$|\$|₸|EUR|USD|KZT)\s?$/;

function afterCurrencySign(text: string, at: number): number {
  const m = /(?:€|US\$|\$|₸)\s?/y;
  m.lastIndex = at;
  return m.exec(text) ? m.lastIndex : at;
}

/**
 * Whether [s, e) overlaps one of the ranges, in log time: a list of 16,000 cited paragraphs was scanned for every
 * number of the text before (quadratic).
 */
function overlapTest(ranges: { start: number; end: number }[]): (s: number, e: number) => boolean {
  if (!ranges.length) return () => false;
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (const [i, r] of sorted.entries()) maxEnd.push(Math.max(r.end, i ? maxEnd[i - 1]! : -Infinity));
  return (s, e) => {
    // The last range starting before e; one of it or its predecessors overlaps iff their furthest end passes s.
    let lo = 0;
    let hi = sorted.length - 1;
    if (sorted[0]!.start >= e) return false;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sorted[mid]!.start < e) lo = mid;
      else hi = mid - 1;
    }
    return maxEnd[lo]! > s;
  };
}

const UNIT_PREFIX = /\s*(tenge|KZT|US\s+dollars|USD|dollars|euros?|EUR|MCI|monthly calculation ind(?:ices|ex(?:es)?)|hours?|days?|months?|years?|times)/iy;
const COUNTED_WORD = /\s*([^\s,;:()[\].!?]+)/y;

/**
 * The first five words after a figure's unit, up to the clause's punctuation, lowercase ("7 million tenge to the
 * families of victims" → "to the families of victims"). Read word by word from `from`: splitting the whole rest of
 * the text for every figure with a unit was quadratic.
 */
function countedAfterUnit(text: string, from: number): string {
  UNIT_PREFIX.lastIndex = from;
  COUNTED_WORD.lastIndex = UNIT_PREFIX.exec(text) ? UNIT_PREFIX.lastIndex : from;
  const words: string[] = [];
  for (let m = COUNTED_WORD.exec(text); m && words.length < 5; m = COUNTED_WORD.exec(text)) words.push(m[1]!.toLowerCase());
  return words.join(' ');
}

/** What may stand between chained identifiers ("articles 50, 63 and 73", "article 4 (2)"). */
const CHAIN_GAP = new RegExp(`^(?:\\.[a-z]|\\s?\\([a-z0-9]{1,3}\\))?${CHAIN.source}(?:\\(?[a-z]\\)?\\s*)?$`, 'i');

function CHAINED(text: string, from: number, to: number): boolean {
  const gap = text.slice(from, to);
  if (gap.length > 14) return false;
  CHAIN.lastIndex = 0;
  // "articles 50, 63 and 73", "article 4 (2)", "Article 67(2)", "Recommendations 7.b, 11 and 12"
  if (/^\s?\($/.test(gap)) return true;
  return CHAIN_GAP.test(gap) || /^\s*\([a-z]\)\s*(?:,|and|or|[–-])\s*$/i.test(gap);
}

function unitOf(word: string, numbers: NumberWording): Unit {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  const currency = numbers.currencyOf.get(w);
  if (currency) return currency;
  // The currency signs before a figure ("$2.75 million", "€210", "₸3,450").
  if (w.endsWith('$')) return 'usd';
  if (w === '€') return 'eur';
  if (w === '₸') return 'tenge';
  if (w.startsWith('hour')) return 'hours';
  if (w.startsWith('day')) return 'days';
  if (w.startsWith('month')) return 'months';
  if (w.startsWith('year')) return 'years';
  return 'times';
}
