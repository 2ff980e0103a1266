/** Word handling shared by the fact index and the checks: tokens, light stemming, stop words. */

const STOP = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'by', 'with', 'from', 'as', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'that', 'this', 'these', 'those', 'which', 'who', 'whom', 'its', 'their', 'his', 'her', 'it', 'they', 'he', 'she', 'there', 'than', 'into', 'under', 'over', 'about', 'more', 'less', 'total', 'number', 'numbers', 'person', 'persons', 'people', 'case', 'cases', 'year', 'years', 'per', 'cent', 'percent', 'all', 'some', 'other', 'also', 'such', 'not', 'no', 'only', 'during', 'after', 'before', 'between', 'since', 'including', 'among', 'them', 'whose', 'what', 'while', 'each', 'both', 'any', 'been', 'being', 'were', 'out', 'up', 'state', 'party', 'kazakhstan', 'report', 'reported', 'according', 'data', 'information', 'figure', 'figures', 'statistic', 'statistics']);

const NUMBER_WORD = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion)$/;

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

function stemOf(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '');
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

const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu;

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

/** A word that ends in a hyphen or apostrophe: most do not, and need no trimming. */
const TRAILING_MARK = /[-'’]$/;

function tokenizeText(text: string, offset: number): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    // The lookbehind starts the match at the run's first mark: without it, a word with a long run of hyphens inside
    // ("a----…-a") retried the run from every one of its characters.
    const lower = m[0].toLowerCase();
    const word = TRAILING_MARK.test(lower) ? lower.replace(/(?<![-'’])[-'’]+$/, '') : lower;
    // Hyphenated compounds count as their parts too ("law-enforcement").
    out.push({ word, stem: stem(word), start: offset + m.index!, end: offset + m.index! + m[0].length });
    if (word.includes('-')) for (const part of word.split('-')) if (part) out.push({ word: part, stem: stem(part), start: offset + m.index!, end: offset + m.index! + m[0].length });
  }
  return out;
}

/** The content stems of a phrase (stop words dropped). */
export function contentStems(phrase: string): string[] {
  // A number word in a term ("three years") would match any figure written as a word, not the thing measured.
  return tokenize(phrase).filter((t) => !isStopWord(t.word) && t.word.length > 1 && !NUMBER_WORD.test(t.word)).map((t) => t.stem);
}
