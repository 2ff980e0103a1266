/** Word handling shared by the fact index and the checks: tokens, light stemming, stop words. */

const STOP = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'by', 'with', 'from', 'as', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'that', 'this', 'these', 'those', 'which', 'who', 'whom', 'its', 'their', 'his', 'her', 'it', 'they', 'he', 'she', 'there', 'than', 'into', 'under', 'over', 'about', 'more', 'less', 'total', 'number', 'numbers', 'person', 'persons', 'people', 'case', 'cases', 'year', 'years', 'per', 'cent', 'percent', 'all', 'some', 'other', 'also', 'such', 'not', 'no', 'only', 'during', 'after', 'before', 'between', 'since', 'including', 'among', 'them', 'whose', 'what', 'while', 'each', 'both', 'any', 'been', 'being', 'were', 'out', 'up', 'state', 'party', 'kazakhstan', 'report', 'reported', 'according', 'data', 'information', 'figure', 'figures', 'statistic', 'statistics']);

export const NUMBER_WORD = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion)$/;

export function isStopWord(w: string): boolean {
  return STOP.has(w);
}

/** Stems already computed: a report and a fact base use a few thousand distinct words, over and over. */
const stems = new Map<string, string>();

/** A light English stemmer: enough to make "convicted", "convictions" and "convict" meet. */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    // Bounded: a document of random tokens must not grow the cache without end.
    if (stems.size >= 100_000) stems.clear();
    s = stemOf(word);
    stems.set(word, s);
  }
  return s;
}

const HYPHENATED_PREFIX = /^(pre|non|co|post|anti|inter|multi|sub)-(?=\p{L}{3})/u;

function stemOf(word: string): string {
  // "pre-trial" and "pretrial", "non-governmental" and "nongovernmental" are one word.
  let w = word.toLowerCase().replace(/['’]s$/, '').replace(HYPHENATED_PREFIX, '$1');
  if (w.length <= 3) return w;
  const rules: [RegExp, string][] = [
    [/ies$/, 'y'], [/ied$/, 'y'], [/ions$/, ''], [/ion$/, ''], [/ings$/, ''], [/ing$/, ''], [/ments$/, ''], [/ment$/, ''], [/ed$/, ''], [/es$/, ''], [/s$/, ''], [/ly$/, ''],
  ];
  for (const [re, rep] of rules) {
    if (re.test(w)) {
      const candidate = w.replace(re, rep);
      if (candidate.length >= 4) {
        w = candidate;
        break;
      }
    }
  }
  // "convict" / "convicted" / "conviction": drop a final e and double consonants.
  w = w.replace(/e$/, '').replace(/([b-df-hj-np-tv-z])\1$/, '$1');
  return w;
}

export interface Token {
  word: string;
  stem: string;
  start: number;
  end: number;
}

/**
 * Texts tokenized lately: the context of every figure of a block tokenizes the block, its sentence and its clause,
 * so the same text comes back many times in a row. Callers get their own copy of the list.
 */
const recent = new Map<string, Token[]>();

export function tokenize(text: string, offset = 0): Token[] {
  if (offset !== 0) return tokenizeText(text, offset);
  let tokens = recent.get(text);
  if (!tokens) {
    if (recent.size >= 256) recent.clear();
    tokens = tokenizeText(text, 0);
    recent.set(text, tokens);
  }
  return tokens.slice();
}

/** Stems of the capitalised words of a text (names, and acronyms), but for its first word unless `first`. */
export function capitalisedStems(text: string, first = false): Set<string> {
  return new Set(tokenize(text).filter((t) => (first || t.start > 0) && /^\p{Lu}/u.test(text.slice(t.start, t.end))).map((t) => t.stem));
}

/** How a code point takes part in a word (a letter, then letters, marks, apostrophes and hyphens): 1 a letter, 2 a mark or joiner ('’-) that continues one, 0 neither. */
function wordClass(cp: number): 0 | 1 | 2 {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) ? 1 : cp === 39 || cp === 45 ? 2 : 0;
  if (cp === 0x2019) return 2;
  let c = nonAsciiClass.get(cp);
  if (c === undefined) {
    const ch = String.fromCodePoint(cp);
    c = LETTER.test(ch) ? 1 : MARK.test(ch) ? 2 : 0;
    if (nonAsciiClass.size < 10_000) nonAsciiClass.set(cp, c);
  }
  return c;
}
const LETTER = /^\p{L}$/u;
const MARK = /^\p{M}$/u;
const nonAsciiClass = new Map<number, 0 | 1 | 2>();

/**
 * The words of a text: a letter, then letters, marks (\p{M}), apostrophes and hyphens. Read code point by code point:
 * the Unicode regex that did this cost more than everything else done per word.
 */
function tokenizeText(text: string, offset: number): Token[] {
  const out: Token[] = [];
  scanWords(text, (word, start, end) => out.push({ word, stem: stem(word), start: offset + start, end: offset + end }));
  return out;
}

/**
 * The words of a text as `tokenize` finds them (each word, then a hyphenated word's parts), lower-cased, with where
 * each lies, without their stems: for readers that look at the words alone (the names a source uses in each of its
 * paragraphs, ../sources/extractEvents), where stemming every word was most of the work. `found` is called with each,
 * in that order, and no object is made for a word (listing them was most of what reading a source's names allocated).
 * `startsOne`: whether a word that starts at an offset is wanted at all (read before the word is); the words it turns
 * down, and their parts, are passed over without being made (most words, for a reader of capitalised ones).
 */
export function eachWord(text: string, found: (word: string, start: number, end: number) => void, startsOne?: (start: number) => boolean): void {
  scanWords(text, found, startsOne);
}

/** Finds the words of a text (see tokenizeText), in order: `found` gets each word and each part of a hyphenated one. */
function scanWords(text: string, found: (word: string, start: number, end: number) => void, startsOne?: (start: number) => boolean): void {
  const n = text.length;
  for (let i = 0; i < n; ) {
    // codePointAt reads a surrogate pair as one code point (and a lone surrogate as itself), as the /u flag does.
    const cp = text.codePointAt(i)!;
    if (wordClass(cp) !== 1) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    // Only upper-case ASCII or anything beyond ASCII needs lower-casing.
    let plain = !(cp >= 65 && cp <= 90) && cp < 128;
    let hyphen = false;
    i += cp > 0xffff ? 2 : 1;
    while (i < n) {
      const c = text.codePointAt(i)!;
      if (wordClass(c) === 0) break;
      if (c === 45) hyphen = true;
      else if ((c >= 65 && c <= 90) || c >= 128) plain = false;
      i += c > 0xffff ? 2 : 1;
    }
    if (startsOne && !startsOne(start)) continue;
    const raw = text.slice(start, i);
    const lower = plain ? raw : raw.toLowerCase();
    // A word that ends in hyphens or apostrophes ("States’") is the word without them.
    let end = lower.length;
    while (end > 0 && isTrailingMark(lower.charCodeAt(end - 1))) end--;
    const word = end === lower.length ? lower : lower.slice(0, end);
    // Hyphenated compounds count as their parts too ("law-enforcement").
    found(word, start, i);
    if (hyphen && word.includes('-')) for (const part of word.split('-')) if (part) found(part, start, i);
  }
}

const isTrailingMark = (c: number) => c === 45 || c === 39 || c === 0x2019;

/** The content stems of a phrase (stop words dropped). */
export function contentStems(phrase: string): string[] {
  return contentTokens(phrase).map((t) => t.stem);
}

/** The content words of a phrase with their stems (stop words dropped), as contentStems reads them. */
export function contentTokens(phrase: string): Token[] {
  // A number word in a term ("three years") would match any figure written as a word, not the thing measured.
  return tokenize(phrase).filter((t) => !isStopWord(t.word) && t.word.length > 1 && !NUMBER_WORD.test(t.word));
}

/** A text as a regular expression that matches it literally. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The phrases of a list as one alternation for a regular expression: escaped, any run of blanks matching any other,
 * longest first (so "US dollars" is tried before "dollars"); one that matches nothing for an empty list.
 */
export function phrasePattern(words: string[]): string {
  return words.length ? words.map((w) => escapeRegExp(w).replace(/\s+/g, '\\s+')).sort((a, b) => b.length - a.length).join('|') : '(?!)';
}
