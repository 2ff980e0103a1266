import { type FactBase, type IndexedFact } from '../facts/factBase';
import type { Fact, Qualifier } from '../facts/types';
import { isMoneyUnit, type Figure, type Unit } from '../parse/figures';
import type { FigureContext } from './figureContext';
import { countedOtherwise, featuresOf, isGenericCount, SlotReader, statementDate } from './judgement/features';
import { differenceOf } from './judgement/rules';
import { farValueFewTerms } from './judgement/rules/farValueFewTerms';
import { factYears, unitClassOfFact } from '../facts/factFeatures';
import type { FigureJudgement, Finding, Fix } from './findings';
import { describeAsserter, formatLike, relatedSource } from './describe';

/**
 * How well a fact's words fit a figure's context, weighted by nearness. `facts` is the fact base the fact comes from:
 * its term weights, counted nouns and stem numbers.
 */
export function scoreFact(fact: IndexedFact, ctx: FigureContext, facts: FactBase): number {
  return withMarks(facts, ctx, (marks) => scoreMarked(fact, ctx, facts, marks, followersOf(ctx), countedOtherwise(ctx, facts))) + periodBonus(fact, ctx);
}

/**
 * scoreFact, with the context's words marked (see withMarks), the sentence's bigrams as followers and what the
 * context counts when it does not name the fact's own unit (countedOtherwise).
 */
function scoreMarked(fact: IndexedFact, ctx: FigureContext, facts: FactBase, marks: Uint8Array, followers: Map<string, Set<string>>, otherwise: string | undefined): number {
  // The three best term scores, summed best first (as sorting them would): no list per candidate.
  let first = 0;
  let second = 0;
  let third = 0;
  const terms = fact.termStems;
  const scoring = facts.scoringOf(fact);
  const { termWeights, termStemNumbers, measureStemNumbers } = scoring;
  for (let i = 0; i < terms.length; i++) {
    const numbers = termStemNumbers[i]!;
    // The nearest of own words, clause, sentence, headings and block that has all the term's words.
    let found = OWN | CLAUSE | SENTENCE | HEADINGS | BLOCK;
    for (let j = 0; j < numbers.length && found; j++) found &= marks[numbers[j]!]!;
    let weight = found & OWN ? 4 : found & CLAUSE ? 2.5 : found & SENTENCE ? 1.5 : found & HEADINGS ? 1 : found & BLOCK ? 0.6 : 0;
    if (!weight) continue;
    const stems = terms[i]!;
    // A term found as a phrase ("died as a result of torture") says more than the same words scattered over the sentence.
    if (stems.length > 1) weight *= isPhraseIn(stems, followers) ? PHRASE_FACTOR : SCATTERED_FACTOR;
    const termScore = weight * (1 + 0.25 * (stems.length - 1)) * termWeights[i]!;
    if (termScore > first) {
      third = second;
      second = first;
      first = termScore;
    } else if (termScore > second) {
      third = second;
      second = termScore;
    } else if (termScore > third) third = termScore;
  }
  let score = 0 + first + second + third;
  let measure = 0;
  for (const n of measureStemNumbers) {
    const at = marks[n]!;
    if (at & OWN) measure += 0.6;
    else if (at & CLAUSE) measure += 0.4;
    else if (at & SENTENCE) measure += 0.25;
  }
  score += Math.min(measure, 2);
  // What the figure counts: "40,000 cameras" speaks of cameras, not of suicide attempts.
  const unitStem = fact.countedStem;
  const counted = unitStem ? (fact.unitStem !== undefined && ctx.countedStems.includes(fact.unitStem) ? fact.unitStem : otherwise) : undefined;
  if (unitStem && counted) {
    if (counted === unitStem) score += 2;
    // "152 doctors" and a fact of persons whose own word is "doctors".
    else if (counted === ctx.countedHead && scoring.oneWordTerms.has(counted)) score += 1;
    else if (!scoring.termStemSet.has(counted) && !fact.measureStems.includes(counted) && !isGenericCount(counted, unitStem, facts)) score -= 4;
  }
  return score;
}

/** What a fact of the figure's very period (or of one that overlaps it) adds to its score. */
function periodBonus(fact: IndexedFact, ctx: FigureContext): number {
  const years = fact.periodYears;
  if (!years || !ctx.period) return 0;
  if (years[0] === ctx.period[0] && years[1] === ctx.period[1]) return MAX_PERIOD_BONUS;
  return years[0] <= ctx.period[1] && ctx.period[0] <= years[1] ? 0.5 : 0;
}
const MAX_PERIOD_BONUS = 1.5;

/** Where a word of a figure's context stands: bits, as a word can be in several places. */
const OWN = 16;
const CLAUSE = 8;
const SENTENCE = 4;
const HEADINGS = 2;
const BLOCK = 1;

/** One array per fact base, indexed by stem number (FactBase.stemNumbers). */
const markArrays = new WeakMap<FactBase, Uint8Array>();

/**
 * Runs `use` with the words of a figure's context marked, by stem number, with where they stand (bits OWN…BLOCK),
 * then clears the marks: scoring a candidate then reads an array instead of looking each of its words up in five
 * sets. Words no fact uses have no number and need no mark. Not reentrant: one context at a time.
 */
function withMarks<T>(facts: FactBase, ctx: FigureContext, use: (marks: Uint8Array) => T): T {
  let marks = markArrays.get(facts);
  if (!marks) markArrays.set(facts, (marks = new Uint8Array(facts.stemNumbers.size)));
  const marked: number[] = [];
  const mark = (stems: Set<string>, bit: number) => {
    for (const n of stemNumbersOf(facts, stems)) {
      if (!marks[n]) marked.push(n);
      marks[n]! |= bit;
    }
  };
  mark(ctx.own, OWN);
  mark(ctx.clause, CLAUSE);
  mark(ctx.sentence, SENTENCE);
  if (ctx.carried) mark(ctx.carried, SENTENCE);
  if (ctx.lead) mark(ctx.lead, CLAUSE);
  mark(ctx.headings, HEADINGS);
  mark(ctx.block, BLOCK);
  try {
    return use(marks);
  } finally {
    for (const n of marked) marks[n] = 0;
  }
}

/**
 * The numbers of the stems of a set of a context that facts use, for each set: a block's, a section's headings' and
 * a sentence's are shared by several figures. Contexts' sets are not changed once made.
 */
const stemNumbersOfSets = new WeakMap<Set<string>, { facts: FactBase; numbers: number[] }>();

function stemNumbersOf(facts: FactBase, stems: Set<string>): number[] {
  let known = stemNumbersOfSets.get(stems);
  if (!known || known.facts !== facts) {
    const numbers: number[] = [];
    for (const s of stems) {
      const n = facts.stemNumbers.get(s);
      if (n !== undefined) numbers.push(n);
    }
    stemNumbersOfSets.set(stems, (known = { facts, numbers }));
  }
  return known.numbers;
}

const followersOfBigrams = new WeakMap<Set<string>, Map<string, Set<string>>>();

/** The sentence's bigrams as each stem's followers: a phrase is checked without making its bigrams. */
function followersOf(ctx: FigureContext): Map<string, Set<string>> {
  let followers = followersOfBigrams.get(ctx.sentenceBigrams);
  if (!followers) {
    followers = new Map();
    for (const bigram of ctx.sentenceBigrams) {
      // Stems have no spaces: the one space of a bigram parts its two stems.
      const space = bigram.indexOf(' ');
      const first = bigram.slice(0, space);
      const next = followers.get(first);
      if (next) next.add(bigram.slice(space + 1));
      else followers.set(first, new Set([bigram.slice(space + 1)]));
    }
    followersOfBigrams.set(ctx.sentenceBigrams, followers);
  }
  return followers;
}

const PHRASE_FACTOR = 1.2;
const SCATTERED_FACTOR = 0.5;

function isPhraseIn(stems: string[], followers: Map<string, Set<string>>): boolean {
  for (let i = 1; i < stems.length; i++) if (!followers.get(stems[i - 1]!)?.has(stems[i]!)) return false;
  return true;
}

function sharedTerms(a: Fact, b: Fact): number {
  const terms = new Set(a.terms);
  return b.terms.filter((t) => terms.has(t)).length;
}

/** A fact that is an amount per person, family or month ("7 million tenge each"). */
export function isPerUnitFact(fact: Fact): boolean {
  return /\beach\b|\bapiece\b|\bper (?:person|family|recipient|head|month|day|year|victim|child|capita|mci)\b/i.test(`${fact.value_text ?? ''} ${fact.measure}`);
}

/** Whether a percentage equals, within its rounding, the ratio of two counts of its sentence (or of one row it draws on). */
function isComputedShare(figure: Figure, sentence: Figure[], rows: number[][] = []): boolean {
  if (figure.unit !== 'per-cent' || figure.high !== undefined) return false;
  const slack = Math.max(figure.precision, 0.5) + (figure.qualifier === 'exact' ? 0 : 1);
  const ratioOf = (values: number[]) => values.some((a, i) => values.some((b, k) => i !== k && a < b && Math.abs((a / b) * 100 - figure.value) <= slack));
  return ratioOf(sentence.filter((x) => x !== figure && !x.unit && x.high === undefined && x.value > 0).map((x) => x.value)) || rows.some((r) => ratioOf(r.filter((v) => v > 0)));
}

/** Whether a figure is announced as the total of the sentence's other counts ("…, 3,940 officials in all"). */
function isStatedTotal(f: FigureInSentence, sentence: FigureInSentence[]): boolean {
  const parts = sentence.filter((x) => x !== f && x.figure.end <= f.figure.start && !x.figure.derived && x.figure.unit === f.figure.unit && x.figure.high === undefined);
  if (parts.length < 2 || f.figure.derived) return false;
  const text = f.blockText;
  const after = text.slice(f.figure.end, f.figure.end + 40);
  const before = text.slice(Math.max(0, f.figure.start - 20), f.figure.start);
  return /^\s*(?:[\p{L}-]+\s+){0,3}?(?:in all|altogether|in total|combined|overall)\b/u.test(after) || /\b(?:a total of|in total|altogether|totalling|totaling)\s*$/i.test(before);
}

/**
 * Whether a figure is the sum of the list that follows it in its sentence ("106 cases were sent to court: 12, 11, 13 …
 * in successive years"): the arithmetic check verifies such a total against its parts.
 */
function isSumOfFollowingParts(f: FigureInSentence, sentence: FigureInSentence[]): boolean {
  if (f.figure.derived || f.figure.high !== undefined) return false;
  const parts = sentence.filter((x) => x.figure.start >= f.figure.end && !x.figure.derived && x.figure.unit === f.figure.unit && x.figure.high === undefined);
  return parts.length >= 2 && Math.abs(parts.reduce((a, x) => a + x.figure.value, 0) - f.figure.value) <= f.figure.precision;
}

/** Whether an amount is the product of a rate the sentence states and another of its figures ("at 3,450 tenge per MCI, 60 MCI come to 207,000 tenge"), or of an amount in MCI and the value of one MCI. */
function isComputedProduct(figure: Figure, sentence: Figure[]): boolean {
  const product = (r: Figure, b: Figure) => b !== figure && b !== r && !b.derived && Math.abs(r.value * b.value - figure.value) <= Math.max(figure.precision, figure.value * 0.005);
  const rates = sentence.filter((x) => x !== figure && x.derived === 'per-unit');
  if (rates.some((r) => sentence.some((b) => product(r, b)))) return true;
  // "The index stood at 3,692 tenge in 2024, so 30 MCI came to 110,760 tenge": an amount in MCI at the value of one MCI
  // in that currency.
  return isMoneyUnit(figure.unit) && sentence.some((r) => r !== figure && r.unit === figure.unit && !r.derived && sentence.some((b) => b.unit === 'mci' && product(r, b)));
}

/** Items of one list in one source: same paragraph, unit and period, described with mostly the same words. */
function isParallel(a: IndexedFact | undefined, b: IndexedFact): boolean {
  return !!a && a.source === b.source && a.paragraph === b.paragraph && a.unit === b.unit && a.period === b.period && sharedTerms(a, b) >= 3;
}

/** Values of one measure for different periods, stated together in one source paragraph. */
function isSeries(a: IndexedFact | undefined, b: IndexedFact): boolean {
  return !!a && a.source === b.source && a.paragraph === b.paragraph && a.unit === b.unit && a.period !== b.period && sharedTerms(a, b) >= 3;
}

/** Fact ids with the facts of the same measure other sources state (same-measure relations of any status but a different scope). */
function withTwins(facts: FactBase, ids: string[]): string[] {
  if (!ids.length) return ids;
  const out = new Set(ids);
  for (const id of ids) {
    const fact = facts.facts.get(id);
    if (!fact) continue;
    for (const { relation, others } of facts.sameMeasure(fact)) if (relation.status !== 'different-scope') for (const o of others) out.add(o.id);
  }
  return [...out];
}

/** Whether two facts are stated together: one source's paragraph, one period, one unit (the columns of a row of figures). */
function sameStatement(a: IndexedFact | undefined, b: IndexedFact): boolean {
  return !!a && a.source === b.source && a.paragraph === b.paragraph && a.period === b.period && a.unit === b.unit;
}

/** Whether two facts are parts of one breakdown. */
function areSiblings(facts: FactBase, a: IndexedFact, b: IndexedFact): boolean {
  if (facts.relationsOf(a.id).some((r) => r.kind === 'total-parts' && r.parts.includes(a.id) && r.parts.includes(b.id))) return true;
  // Categories listed side by side in one paragraph, for one period, in one unit, described with the same words.
  if (a.source !== b.source || a.paragraph !== b.paragraph || a.period !== b.period || a.unit !== b.unit) return false;
  const terms = new Set(a.terms);
  return b.terms.filter((t) => terms.has(t)).length >= 2;
}

/** Whether a fact's period rules it out for this figure ("332 in 2023" cannot speak of 2022). */
export function periodConflicts(fact: IndexedFact, ctx: FigureContext): boolean {
  const years = fact.periodYears;
  if (!years || !ctx.period || ctx.periodFromHeading) return false;
  // A running total "as of July 2024" still counts the cases of January 2022.
  if (fact.runningTotal && ctx.period[1] <= years[1]) return false;
  return years[1] < ctx.period[0] || ctx.period[1] < years[0];
}

/** The units of a fact that counts how often something happened, which "N times" may state. */
const OCCASIONS = /^(?:occasions?|instances?|episodes?|incidents?|times)$/i;

export function unitsCompatible(figure: Figure, fact: IndexedFact): boolean {
  const f = fact.unitClass;
  const g: Unit | undefined = figure.unit;
  // ("three times less" is compared with no fact; "kettled protesters at least 12 times" counts occasions.)
  if (g === 'times') return !figure.derived && f === 'count' && OCCASIONS.test(fact.unit ?? '');
  if (!g) return f === 'count' || (isMoneyUnit(f) && figure.value >= 1000);
  return g === f;
}

/** How many percentage points "about" allows a share: a rounding to the nearest whole number or two. */
const ABOUT_POINTS = 2.5;

function interval(value: number, high: number | undefined, q: Qualifier, precision: number, share = false): [number, number] {
  const lo = value - precision;
  const hi = (high ?? value) + precision;
  // "about" is a tenth either way; of a share, at most ABOUT_POINTS points ("some 52 per cent" is not 47 per cent).
  const slack = share ? Math.min(value * 0.1, ABOUT_POINTS) : value * 0.1;
  switch (q) {
    case 'more-than':
    case 'at-least': return [lo, Infinity];
    case 'up-to':
    case 'less-than': return [0, hi];
    case 'about': return [lo - slack, hi + slack];
    case 'nearly': return [lo - slack, hi];
    default: return [lo, hi];
  }
}

export function factPrecision(fact: Fact): number {
  const t = fact.value_text ?? '';
  // Rounded in the last scale written: "1 billion 1 million tenge" to the million.
  // (The last match of a global scan: a lookahead for "no later scale word" rescanned the rest after every match.)
  const scaled = [...t.matchAll(/(thousand|million|billion)/gi)].pop();
  const dec = /[.,](\d{1,2})(?!\d)/.exec(t.replace(/\d{1,3}(?:[,\s\u00A0\u202F\u2009]\d{3})+/, ''))?.[1]?.length ?? 0;
  if (scaled) return 0.5 * ({ thousand: 1e3, million: 1e6, billion: 1e9 } as Record<string, number>)[scaled[1]!.toLowerCase()]! * 10 ** -dec;
  return dec ? 0.5 * 10 ** -dec : 0;
}

/** Each fact's precision, read from its value text once: every figure compares its value with several facts. */
const precisions = new WeakMap<Fact, number>();

function precisionOf(fact: Fact): number {
  let precision = precisions.get(fact);
  if (precision === undefined) precisions.set(fact, (precision = factPrecision(fact)));
  return precision;
}

/** Whether a figure as written can be the fact's value, given both qualifiers and rounding. */
export function valuesAgree(figure: Figure, fact: Fact): boolean {
  if (fact.value === undefined) return false;
  // Two bounds in the same direction state the same thing: "up to twelve per cell" contradicts "up to eight".
  if (sameDirection(figure.qualifier, fact.qualifier) && figure.high === undefined) {
    return Math.abs(figure.value - fact.value) <= Math.max(figure.precision, precisionOf(fact)) + (figure.qualifier === fact.qualifier ? 1e-9 : 1);
  }
  const share = figure.unit === 'per-cent' && fact.unit === 'per-cent';
  const a = interval(figure.value, figure.high, figure.qualifier, figure.precision, share);
  const b = interval(fact.value, undefined, fact.qualifier ?? 'exact', precisionOf(fact), share);
  return overlap(a, b, figure.precision > 0 && precisionOf(fact) > 0);
}

function boundDirection(q: Qualifier | undefined): number {
  return q === 'more-than' || q === 'at-least' ? 1 : q === 'up-to' || q === 'less-than' ? -1 : 0;
}

function sameDirection(a: Qualifier | undefined, b: Qualifier | undefined): boolean {
  return boundDirection(a) !== 0 && boundDirection(a) === boundDirection(b);
}

/** Two rounded values that merely touch ("six million" and "7 million", both ±0.5 million) are different values. */
function overlap(a: [number, number], b: [number, number], bothRounded: boolean): boolean {
  // (Relative to the values: 1e-9 is lost in 38,500,000, and "38 million" then touched "39 million".)
  const scale = Math.max(1, Math.abs(a[0]), Math.abs(b[0]));
  const eps = (bothRounded ? -1e-9 : 1e-9) * scale;
  return a[0] <= b[1] + eps && b[0] <= a[1] + eps;
}

/** Whether the figure states the fact's very value (qualifiers aside): stronger evidence than mere compatibility with "more than 56". */
export function valuesEqual(figure: Figure, fact: Fact): boolean {
  if (fact.value === undefined) return false;
  const a = interval(figure.value, figure.high, 'exact', figure.precision);
  const b = interval(fact.value, undefined, 'exact', precisionOf(fact));
  return overlap(a, b, figure.precision > 0 && precisionOf(fact) > 0);
}

export interface FigureInSentence {
  figure: Figure;
  /** Document offset of the block the figure offsets are relative to. */
  base: number;
  ctx: FigureContext;
  section: number;
  /** The text of the block, which the figure's offsets index. */
  blockText: string;
  /**
   * Rows of counts the block's text follows (the table right before it, the sentence it carries its subject from): a
   * share equal to the ratio of two counts of one row is computed from them, as one of its own sentence's is.
   */
  drawnRows?: number[][];
}

export interface FigureCheckOptions {
  reportUnverified: boolean;
}

/** Minimum context fit for a fact to be what a figure speaks about. */
const AGREE_THRESHOLD = 2.5;
/** A contradiction needs a clearer fit than an agreement: false alarms cost the reviewer's trust. */
const MISMATCH_THRESHOLD = 4.5;
/** How far below the best fit an agreeing fact may score and still count as what the figure speaks about. */
const PLAUSIBLE_MARGIN = 2.5;
/** Added to a candidate that belongs to the same breakdown as a fact a neighbouring figure agrees with. */
const COHERENCE_BONUS = 3;
/** How close to a series member's best fit another fact with its very value must score to anchor the series too. */
const SERIES_ANCHOR_SHARE = 0.7;
/** …or at least this share of the best fit: equal values are strong evidence in themselves. */
const PLAUSIBLE_SHARE = 0.5;
const STRONG_SHARE = 0.3;
/** An equal value that every rule finds the same measure still needs this share of the best fit (small numbers coincide). */
const EQUAL_VALUE_SHARE = 0.6;
/** …unless it is at least this large: a coincidence is then unlikely. */
const RARE_VALUE = 100;
/** …but an equal value alone does not make a weak fit plausible. */
const STRONG_MIN = 4;
/** How much better the best fit must be for its sibling's equal value not to count. */
const SIBLING_RATIO = 1.5;
/** …and how much better any fit must be for an equal value elsewhere not to count. */
const DOMINANT_RATIO = 1.8;
/** How close to the best contradicting fit another fact must score to be named beside it (and to make the figure ambiguous). */
const CLOSE_MARGIN = 0.75;
/** How far below the best fit a fact may score when the figure only satisfies its open bound from afar. */
const BOUND_MARGIN = 0.75;
/** "Afar": the figure and the bound differ by more than this factor. */
const FAR_FROM_BOUND = 2;

function isFarFromBound(figure: Figure, fact: Fact): boolean {
  if (fact.value === undefined || !fact.value || !figure.value) return false;
  const ratio = figure.value / fact.value;
  return ratio > FAR_FROM_BOUND || ratio < 1 / FAR_FROM_BOUND;
}

/**
 * Judges the statistics of one sentence together, so that a fact one figure agrees with
 * is not held against its neighbour ("377 in 2022 and 332 in 2023").
 */
export function judgeSentence(facts: FactBase, figures: FigureInSentence[], options: FigureCheckOptions, findings: Finding[], judgements: FigureJudgement[], slots = new SlotReader(facts), cells = new CellCandidates(facts), carriedAnchors: string[] = []): void {
  // (A table cell re-read with its row's anchors: see another-measure-of-the-row.)
  const rowAnchors = carriedAnchors.map((id) => facts.facts.get(id)).filter((x): x is IndexedFact => !!x);
  const differenceFrom = (f: FigureInSentence, c: Candidate, forAgreement: boolean | 'loose' = false) => differenceOf(featuresOf(slots, f, c.fact, c.score, !!c.anchored, rowAnchors), forAgreement);
  // The figures of one sentence share its words and headings, and so the facts that share a word with them.
  let sharing: { ctx: FigureContext; facts: IndexedFact[]; key?: string } | undefined;
  const scored = figures.map((f) => {
    if (!sharing || sharing.ctx.sentence !== f.ctx.sentence || sharing.ctx.headings !== f.ctx.headings) sharing = cells.sharing(f.ctx);
    return { ...f, candidates: cells.candidates(f, sharing) };
  });
  // Coherence: figures of one sentence usually belong to one breakdown. A candidate related to a fact that a
  // neighbouring figure plainly agrees with ("377 in 2022" → the total of 709) fits better.
  const anchorOf = new Map<string, (typeof scored)[number]>();
  for (const f of scored) {
    const best = f.candidates[0];
    if (best && valuesAgree(f.figure, best.fact)) anchorOf.set(best.fact.id, f);
    // In a series ("30, 40 and 50 MCI for moderate harm, severe harm and death") another fact with the very value, of
    // a fit near the best, may be the breakdown the sentence lists: its parallels fit the other members.
    // (So may one of a rare value beside one other figure: "850 reports, of which 746 were closed".)
    if (best && (scored.length > 2 || f.figure.value >= RARE_VALUE)) for (const c of f.candidates.slice(1)) if (c.score >= best.score * SERIES_ANCHOR_SHARE && valuesEqual(f.figure, c.fact) && !anchorOf.has(c.fact.id)) anchorOf.set(c.fact.id, f);
    // "50 MCI (175,200 tenge)": an amount converted in parentheses after it is the same payment; every fact with the
    // first amount's very value anchors the conversion.
    const converted = scored.find((g) => g !== f && g.figure.unit !== f.figure.unit && g.figure.start > f.figure.end && /^\s*(?:[\p{L}$€]+\s*)?\(\s*(?:about\s+|approximately\s+|around\s+|some\s+)?(?:[\p{L}$€]+\s*)?$/iu.test(f.blockText.slice(f.figure.end, g.figure.start)));
    if (converted) for (const c of f.candidates) if (valuesEqual(f.figure, c.fact) && !anchorOf.has(c.fact.id)) anchorOf.set(c.fact.id, f);
  }
  if (anchorOf.size || carriedAnchors.length) {
    for (const f of scored) {
      // A figure's own anchor says nothing about its other candidates. (An anchor stands for the same measure as other
      // sources state it: "50 MCI" agreeing with the NGO's figure coheres with the State's conversion of it to tenge.)
      const anchors = withTwins(facts, [...anchorOf].filter(([, g]) => g !== f).map(([id]) => id));
      // The facts the sentence it carries its subject from agrees with ("… to 1,058 people in 2022. In 2023 the number
      // fell to 384."): the same measure in another year, or as another source updates it, is what it counts.
      const carried = f.ctx.carriedText !== undefined ? carriedAnchors : [];
      for (const c of f.candidates) {
        const related = facts.relatedFacts(c.fact.id);
        if (carried.some((id) => id !== c.fact.id && (related.has(id) || isSeries(facts.facts.get(id), c.fact) || (f.ctx.leadText !== undefined && sameStatement(facts.facts.get(id), c.fact))))) {
          c.score += COHERENCE_BONUS;
          c.anchored = true;
          continue;
        }
        // Related to an anchor, or a parallel item of the anchor's list ("40 MCI … for the second" after "30 MCI …
        // for the first category"), fits better. A series of one measure over the years ("from 850 in 2019 to 685 in
        // 2020") only says what this figure counts, though its own words are few.
        const coheres = anchors.some((id) => related.has(id) || (id !== c.fact.id && isParallel(facts.facts.get(id), c.fact)));
        if (coheres) c.score += COHERENCE_BONUS;
        if (coheres || anchors.some((id) => id !== c.fact.id && isSeries(facts.facts.get(id), c.fact))) c.anchored = true;
      }
      f.candidates.sort((a, b) => b.score - a.score);
    }
  }
  const claimed = new Set<string>();
  const pending: typeof scored = [];
  for (const f of scored) {
    // A value that equals a fact the context plausibly speaks about is never a mismatch; "plausibly" means
    // close to the best fit, so a coincidental equal value elsewhere does not hide a contradiction.
    const bestScore = f.candidates[0]?.score ?? 0;
    const plausible = f.candidates.filter((c) => c.score >= Math.min(bestScore - PLAUSIBLE_MARGIN, bestScore * PLAUSIBLE_SHARE));
    // The very value of a fact is evidence in itself and may sit further below the best fit; a value that is only
    // compatible with an open bound ("more than 56") must be about as good a fit as the best.
    const strongFloor = Math.max(bestScore * STRONG_SHARE, Math.min(STRONG_MIN, bestScore * PLAUSIBLE_SHARE));
    const weakFloor = Math.max(bestScore - PLAUSIBLE_MARGIN, bestScore * PLAUSIBLE_SHARE);
    // Between parts of one breakdown ("released from holding facilities" vs "from office premises") the words that
    // tell them apart decide: the sibling of a clearly better fit does not excuse its value.
    const bestFact = f.candidates[0]?.fact;
    // A value far from a bound it satisfies ("115 civilians who died" and "at least six … died of torture") says little
    // about which fact is meant: only a fit as good as the best lets it agree.
    const farFloor = bestScore - BOUND_MARGIN;
    const floorFor = (c: { fact: IndexedFact; score: number }) => (!valuesEqual(f.figure, c.fact) && isFarFromBound(f.figure, c.fact) ? farFloor : !valuesEqual(f.figure, c.fact) || (bestFact && bestFact !== c.fact && !valuesAgree(f.figure, bestFact) && ((bestScore >= SIBLING_RATIO * c.score && areSiblings(facts, bestFact, c.fact)) || bestScore >= DOMINANT_RATIO * c.score)) ? weakFloor : strongFloor);
    // "up to twelve per cell" is about the maximum; where the sources state a maximum that fits as well, only it can agree.
    const bound = f.candidates.filter((c) => c.score >= bestScore - 0.75 && sameDirection(f.figure.qualifier, c.fact.qualifier));
    // The total of parts the sentence names ("49 officers of the Ministry and the Committee") fits as well as its parts.
    const top = f.candidates.filter((c) => c.score >= bestScore - PLAUSIBLE_MARGIN).map((c) => c.fact.id);
    const totalOfTop = (c: { fact: IndexedFact }) => facts.relationsOf(c.fact.id).some((r) => r.kind === 'total-parts' && r.total === c.fact.id && r.parts.some((p) => top.includes(p)));
    // (Not a fact of another place than the one the claim names: "two in Taldykorgan" and the two deaths in Almaty.)
    const agreeing = (bound.length ? bound : f.candidates).filter((c) => valuesAgree(f.figure, c.fact) && (c.score >= floorFor(c) || ((valuesEqual(f.figure, c.fact) || !isFarFromBound(f.figure, c.fact)) && totalOfTop(c))) && !differenceFrom(f, c, 'loose'));
    // The same measure as reported by another source (an update, a dispute) is what the figure may follow.
    if (!agreeing.length) {
      // (A candidate that has the figure's value itself was judged above: its twin in another source adds nothing.)
      for (const c of plausible) {
        if (valuesAgree(f.figure, c.fact)) continue;
        for (const { relation, others } of facts.sameMeasure(c.fact)) {
          if (relation.status === 'different-scope') continue;
          // (Not a twin the claim itself tells apart: "the State itself attributes nine" and an NGO's "at least six".)
          for (const o of others) if (valuesAgree(f.figure, o) && (valuesEqual(f.figure, o) || !isFarFromBound(f.figure, o) || c.score >= farFloor) && !differenceFrom(f, { fact: o, score: c.score }, 'loose')) agreeing.push({ fact: o, score: c.score });
        }
      }
    }
    let rules: string[] = [];
    // The whole of a breakdown whose part the context speaks of ("legal aid was provided to 211,918 people" where the
    // words fit "legal advice - 90,133" best, one of the 211,918's parts): the breakdown is the figure's family, and
    // its very value says which member it is.
    if (!agreeing.length) {
      for (const c of plausible) {
        for (const r of facts.relationsOf(c.fact.id)) {
          if (r.kind !== 'total-parts' || !r.parts.includes(c.fact.id)) continue;
          const whole = facts.facts.get(r.total);
          // (No rule may tell the whole apart, not even one an equal value passes: "convicted in 16 cases" is about the
          // 14 cases that ended in conviction, not the 16 prosecuted; and a small value must fit well to count.)
          const candidate = whole && { fact: whole, score: c.score };
          if (candidate && unitsCompatible(f.figure, whole) && valuesEqual(f.figure, whole) && (f.figure.value >= RARE_VALUE || c.score >= bestScore * EQUAL_VALUE_SHARE) && !differenceFrom(f, candidate) && !agreeing.length) {
            agreeing.push(candidate);
            rules = [`${WHOLE_OF_BREAKDOWN}: ${identityOf(slots, f, whole)}`];
          }
        }
      }
    }
    if (!agreeing.length) {
      // A value that equals a fact the context speaks about, by every slot of its measure, is never a mismatch,
      // however much better another fact fits the words around it.
      // A value of three digits or more rarely equals a fact of the sentence's words by chance; a small one often does.
      const rare = f.figure.value >= RARE_VALUE;
      const same = f.candidates.find((c) => valuesEqual(f.figure, c.fact) && (rare || c.score >= bestScore * EQUAL_VALUE_SHARE) && !differenceFrom(f, c, true));
      if (same) {
        agreeing.push(same);
        rules = [`${EQUAL_VALUE_SAME_MEASURE}: ${identityOf(slots, f, same.fact)}`];
      }
    }
    // "between €100 and €254" where the source says "between €100 and €245": one end agrees, the other is wrong.
    const wrongEnd = f.figure.high !== undefined && agreeing.length ? otherEndOfRange(f.figure, agreeing[0]!.fact, f.candidates) : undefined;
    if (wrongEnd) {
      pending.push({ ...f, candidates: [wrongEnd] });
      continue;
    }
    if (agreeing.length) {
      const best = agreeing[0]!;
      claimed.add(best.fact.id);
      // The same measure restated (the same value, in the same source or another) is claimed with it.
      for (const { relation, others } of facts.sameMeasure(best.fact)) if (relation.status !== 'different-scope') for (const o of others) if (o.value === best.fact.value) claimed.add(o.id);
      // (An agreement is news of an update or a dispute only where no rule tells the figure from the fact: "over 40
      // localities" satisfies the bound of 673 cases without being about them.)
      // (Asked only of a fact with an update or a dispute to tell of: judging the pair again costs.)
      judgeAgreement(facts, f, best.fact, findings, judgements, rules, !facts.sameMeasure(best.fact).length || !differenceFrom(f, best, true));
    } else pending.push(f);
  }
  for (const f of pending) {
    // An amount per person ("5 million tenge each") can only contradict another amount per person; changes and ratios nothing.
    const comparable = (fact: IndexedFact) => (f.figure.derived === 'per-unit' ? isPerUnitFact(fact) : !f.figure.derived);
    // "104 of the 190 complaints, about 55 per cent": a share the sentence computes from its own counts stands or
    // falls with them (and the arithmetic check recomputes it); it does not speak of some other sourced percentage.
    // "2,453 police officers and 1,487 prosecutors, 3,940 officials in all": a total the sentence states of its own
    // parts is the arithmetic check's to verify, unless the sources state that very total.
    const partValues = new Set(figures.filter((x) => x !== f).map((x) => x.figure.value));
    // (Two of its parts at least, where it has two: one value in common is a coincidence of small numbers.)
    const statesTotalOfFact = (c: { fact: IndexedFact }) => facts.relationsOf(c.fact.id).some((r) => r.kind === 'total-parts' && r.total === c.fact.id && r.parts.filter((p) => partValues.has(facts.facts.get(p)?.value ?? NaN)).length >= Math.min(2, r.parts.length));
    const ownTotal = (isStatedTotal(f, figures) || isSumOfFollowingParts(f, figures)) && !f.candidates.some((c) => c.score >= MISMATCH_THRESHOLD && statesTotalOfFact(c));
    if (ownTotal || isComputedShare(f.figure, figures.map((x) => x.figure), f.drawnRows) || isComputedProduct(f.figure, figures.map((x) => x.figure))) {
      judgements.push({ start: f.base + f.figure.start, end: f.base + f.figure.end, text: f.figure.text, value: f.figure.value, status: 'unverified', factIds: [], section: f.section });
      continue;
    }
    // Only a fact the figure is shown to share its measure with can contradict it (./judgement/rules).
    const vetoes: string[] = [];
    // Candidates come best first: once one is the same measure, only those within reach of it (`close` below) matter.
    const strong: Candidate[] = [];
    // A fact that fits better, but that the figure is too far from, with too few of its words near, to be a slip of
    // (farValueFewTerms), leaves the figure's subject open: a weaker fit with a nearer value is a coincidence of values.
    let farFit: number | undefined;
    // (Such fits still make the figure ambiguous, as any equally good fit with another value does.)
    const farFits: Candidate[] = [];
    for (const c of f.candidates) {
      if (strong.length && c.score < strong[0]!.score - CLOSE_MARGIN) break;
      if (farFit !== undefined && c.score < farFit - CLOSE_MARGIN) break;
      if (claimed.has(c.fact.id) || c.score < MISMATCH_THRESHOLD || !comparable(c.fact)) continue;
      const difference = differenceFrom(f, c);
      if (difference?.rule === farValueFewTerms.id) {
        farFit ??= c.score;
        farFits.push(c);
      }
      if (difference && vetoes.length < 3) vetoes.push(`${difference.rule}: ${difference.reason} (${c.fact.id})`);
      if (!difference) strong.push(c);
    }
    // "the deaths of over 200 people" and the 238 killed: the fact shown to be the same measure agrees with the figure
    // (a bound it satisfies, a value its rounding allows), though its words fit less well than others'. It is not
    // contradicted by the very fact it agrees with.
    const agreesWithBest = strong.find((c) => valuesAgree(f.figure, c.fact) && c.score >= strong[0]!.score - CLOSE_MARGIN);
    // ("up to twelve" against "six" and "up to eight": where a fact states a bound of the figure's kind, only it speaks.)
    if (agreesWithBest && f.figure.high === undefined && !strong.some((c) => sameDirection(f.figure.qualifier, c.fact.qualifier))) {
      claimed.add(agreesWithBest.fact.id);
      judgeAgreement(facts, f, agreesWithBest.fact, findings, judgements, [`${SAME_MEASURE}: ${identityOf(slots, f, agreesWithBest.fact)}`]);
      continue;
    }
    const best = strong[0];
    const close = best ? strong.filter((c) => c.score >= best.score - CLOSE_MARGIN) : [];
    const closeOrFar = best ? [...close, ...farFits.filter((c) => c.score >= best.score - CLOSE_MARGIN)] : [];
    const distinctValues = new Set(closeOrFar.map((c) => c.fact.value));
    // Several equally good fits with different values leave the figure's subject open, unless they are one family
    // (the four sentences of one judgment): then a value none of them has is wrong whichever is meant.
    // Parts and totals of one breakdown ("275 officials: 208 disciplinary and 67 administrative; 258 at the
    // representatives' suggestion") are one family too: a value none of them has is wrong whichever is meant.
    const ofBest = best ? facts.relatedFacts(best.fact.id) : new Set<string>();
    const oneBreakdown = (c: Candidate) => ofBest.has(c.fact.id) || [...facts.relatedFacts(c.fact.id)].some((id) => ofBest.has(id));
    const ambiguous = distinctValues.size > 2 && !closeOrFar.every((c) => c === best || (c.fact.period === best!.fact.period && (sharedTerms(c.fact, best!.fact) >= 3 || oneBreakdown(c))));
    if (!best || ambiguous) {
      judgements.push({ start: f.base + f.figure.start, end: f.base + f.figure.end, text: f.figure.text, value: f.figure.value, status: 'unverified', factIds: [], section: f.section, rules: ambiguous ? ['ambiguous: several facts fit as well, with different values'] : vetoes });
      if (options.reportUnverified) {
        findings.push({ code: 'figure-unverified', severity: 'hint', start: f.base + f.figure.start, end: f.base + f.figure.end, message: `No fact in the fact base speaks about "${f.figure.text}"${f.figure.counted ? ` ${f.figure.counted}` : ''}.`, factIds: [], related: [], fixes: [] });
      }
      continue;
    }
    const targets = close.length ? close : [best];
    const main = best.fact;
    const others = targets.slice(1).map((c) => `${c.fact.value_text} (${describeAsserter(facts, c.fact)})`);
    findings.push({
      code: 'figure-mismatch',
      severity: 'warning',
      start: f.base + f.figure.start,
      end: f.base + f.figure.end,
      message: `${f.figure.text} does not match the source: ${main.measure} is ${qualifierWords(main.qualifier)}${main.value_text}${unitSuffix(main)} according to ${describeAsserter(facts, main)}${others.length ? `; also ${others.join(', ')}` : ''}.`,
      factIds: targets.map((c) => c.fact.id),
      related: targets.map((c) => relatedSource(facts, c.fact)),
      // Several values of one breakdown fit: which one is meant is the writer's call, so none is preferred.
      fixes: f.figure.high === undefined ? targets.map((c, i) => replacementFix(f, c.fact, i === 0 && distinctValues.size <= 2)) : [],
      rules: [`${SAME_MEASURE}: ${identityOf(slots, f, main)}`],
    });
    judgements.push({ start: f.base + f.figure.start, end: f.base + f.figure.end, text: f.figure.text, value: f.figure.value, status: 'mismatch', factIds: targets.map((c) => c.fact.id), section: f.section, rules: [`${SAME_MEASURE}: ${identityOf(slots, f, main)}`] });
  }
}

/**
 * A range's other end as its source states it: the fact quoted with the one that equals an end of the range (the same
 * source, paragraph and quote, "between €100 and €245") whose value is not the range's other end.
 */
function otherEndOfRange(figure: Figure, end: IndexedFact, candidates: Candidate[]): Candidate | undefined {
  const high = figure.high!;
  const atLow = end.value === figure.value;
  if (!atLow && end.value !== high) return undefined;
  const other = candidates.find((c) => c.fact !== end && c.fact.source === end.source && c.fact.paragraph === end.paragraph && c.fact.quote === end.quote && c.fact.unit === end.unit && c.fact.value !== undefined && (atLow ? c.fact.value > end.value! && c.fact.value !== high : c.fact.value < end.value! && c.fact.value !== figure.value));
  return other && !candidates.some((c) => c.fact.quote === end.quote && c.fact.value === (atLow ? high : figure.value)) ? other : undefined;
}

/**
 * The candidates of the figures of table cells, kept for one check by what decides them. A cell's own words are few
 * (mostly none: "412", "45.2 %"), and what it reads from around it (its row label and column header, the header row,
 * the sentence before the table, the headings) is the same for every cell of its row and column: the cells of a
 * column of a table of 3,000 rows looked up and scored the same facts against the same words 3,000 times. The key
 * holds everything `statisticsSharingWords` and `candidatesOf` read, the sets a context shares with other contexts
 * by their identity (the same text gives the same set: see figureContext), its own small sets by their stems, and of
 * the figure what `unitsCompatible` reads; a context read otherwise has another key, and its candidates are computed.
 * The figures of prose are not kept: their words are their own, and building their keys would cost without use.
 * Kept from one version's check to the next (see checkReport), as the contexts' shared sets are (the same text gives
 * the same set).
 */
export class CellCandidates {
  private readonly sharingByKey = new Map<string, IndexedFact[]>();
  private readonly candidatesByKey = new Map<string, ScoredFact[]>();
  private readonly setIds = new WeakMap<Set<string>, number>();
  constructor(readonly facts: FactBase) {}

  /** The statistics that share a word with a figure's sentence, its carried subject, its lead or its headings. */
  sharing(ctx: FigureContext): { ctx: FigureContext; facts: IndexedFact[]; key?: string } {
    if (ctx.leadText === undefined) return { ctx, facts: statisticsSharingWords(this.facts, ctx) };
    const key = `${stemsKey(ctx.sentence)}\u0001${this.idOf(ctx.carried)}\u0001${this.idOf(ctx.lead)}\u0001${this.idOf(ctx.headings)}`;
    let facts = this.sharingByKey.get(key);
    if (!facts) this.sharingByKey.set(key, (facts = statisticsSharingWords(this.facts, ctx)));
    return { ctx, facts, key };
  }

  /** The candidates of a figure among the statistics `sharing` found (fresh objects: judging changes their scores). */
  candidates(f: FigureInSentence, sharing: { facts: IndexedFact[]; key?: string }): Candidate[] {
    const ctx = f.ctx;
    if (ctx.leadText === undefined || sharing.key === undefined) return candidatesOf(this.facts, f, sharing.facts);
    const unit = f.figure.unit ?? (f.figure.value >= 1000 ? '\u0002large' : '\u0002small');
    // (Without the period: the cells of a column, row after row of other years, share what their words fit; the period
    // adds to a fact's score and rules facts out afterwards, as candidatesOf would, in the same order.)
    const key = [sharing.key, unit, ctx.sizeOf ?? '\u0002', ctx.countedStems.join(' '), ctx.countedHead ?? '\u0002', stemsKey(ctx.own), stemsKey(ctx.clause), stemsKey(ctx.sentence), stemsKey(ctx.block), stemsKey(ctx.sentenceBigrams), this.idOf(ctx.carried), this.idOf(ctx.lead), this.idOf(ctx.headings)].join('\u0001');
    let kept = this.candidatesByKey.get(key);
    if (!kept) this.candidatesByKey.set(key, (kept = scoredWithoutPeriod(this.facts, f, sharing.facts)));
    return withPeriod(kept, ctx);
  }

  /** Ends a check: past their bound, the candidates kept are dropped (they are kept from one version's check to the next). */
  end(): void {
    if (this.candidatesByKey.size > KEPT_KEYS) this.candidatesByKey.clear();
    if (this.sharingByKey.size > KEPT_KEYS) this.sharingByKey.clear();
  }

  private idOf(set: Set<string> | undefined): string {
    if (!set) return '';
    let id = this.setIds.get(set);
    if (id === undefined) this.setIds.set(set, (id = this.nextId++));
    return String(id);
  }
  private nextId = 1;
}

const KEPT_KEYS = 10_000;

/** A set's stems in their order (the order statisticsSharingWords reads them in). */
function stemsKey(set: Set<string>): string {
  let out = '';
  for (const s of set) out += `${s}\u0003`;
  return out;
}

/**
 * The facts among `sharing` a figure's words fit well enough that its period may lift them to a candidate, with their
 * scores without the period and their order in `sharing` (candidatesOf's order for equal scores).
 */
function scoredWithoutPeriod(facts: FactBase, f: FigureInSentence, sharing: IndexedFact[]): ScoredFact[] {
  const out: ScoredFact[] = [];
  const ctx = f.ctx;
  const sizeOf = ctx.sizeOf;
  const followers = followersOf(ctx);
  const otherwise = countedOtherwise(ctx, facts);
  withMarks(facts, ctx, (marks) => {
    sharing.forEach((fact, order) => {
      if (!unitsCompatible(f.figure, fact) || (sizeOf && !fact.termStems.some((t) => t.includes(sizeOf)))) return;
      const score = scoreMarked(fact, ctx, facts, marks, followers, otherwise);
      if (score + MAX_PERIOD_BONUS >= AGREE_THRESHOLD) out.push({ fact, score, order });
    });
  });
  return out;
}

/** The facts among `sharing` (those that share a word with the figure's sentence) that fit the figure, best first. */
function candidatesOf(facts: FactBase, f: FigureInSentence, sharing: IndexedFact[]): Candidate[] {
  return withPeriod(scoredWithoutPeriod(facts, f, sharing), f.ctx);
}

/** A fact with its score before the period, and its place in the list it was scored from. */
interface ScoredFact {
  fact: IndexedFact;
  score: number;
  order: number;
}

/**
 * The candidates among facts scored without the period: those the figure's period does not rule out, with what the
 * period adds, at the agreement threshold, best first (equal scores in the order they were scored in).
 */
function withPeriod(scored: readonly ScoredFact[], ctx: FigureContext): Candidate[] {
  const out: ScoredFact[] = [];
  for (const c of scored) {
    if (periodConflicts(c.fact, ctx)) continue;
    const score = c.score + periodBonus(c.fact, ctx);
    if (score >= AGREE_THRESHOLD) out.push({ fact: c.fact, score, order: c.order });
  }
  return out.sort((a, b) => b.score - a.score || a.order - b.order).map((c) => ({ fact: c.fact, score: c.score }));
}

/** A fact that may be what a figure speaks about, with how well it fits. */
interface Candidate {
  fact: IndexedFact;
  score: number;
  /** It belongs to a breakdown a neighbouring figure of the sentence agrees with. */
  anchored?: boolean;
}

/** Statistics with a term word in the sentence or its headings, in the order the words come. */
function statisticsSharingWords(facts: FactBase, ctx: FigureContext): IndexedFact[] {
  const seen = factStamps(facts);
  const out: IndexedFact[] = [];
  for (const s of ctx.carried ? [...ctx.sentence, ...ctx.carried, ...(ctx.lead ?? [])] : ctx.sentence) {
    for (const fact of facts.factsWithStem(s)) {
      if (fact.type !== 'statistic' || seen.stamps[fact.ordinal] === seen.epoch) continue;
      seen.stamps[fact.ordinal] = seen.epoch;
      out.push(fact);
    }
  }
  for (const fact of statisticsOfHeadings(facts, ctx.headings)) {
    if (seen.stamps[fact.ordinal] === seen.epoch) continue;
    seen.stamps[fact.ordinal] = seen.epoch;
    out.push(fact);
  }
  return out;
}

/** A set of a fact base's facts that empties in one step: a fact is in it when its stamp is the current epoch. */
interface FactStamps {
  stamps: Uint32Array;
  epoch: number;
}
const stampsOf = new WeakMap<FactBase, FactStamps>();

/** An empty stamp set for `facts` (the one set per fact base, emptied: not reentrant). */
function factStamps(facts: FactBase): FactStamps {
  let s = stampsOf.get(facts);
  if (!s || s.stamps.length < facts.factCount) stampsOf.set(facts, (s = { stamps: new Uint32Array(facts.factCount), epoch: 0 }));
  if (++s.epoch === 0xffffffff) {
    s.stamps.fill(0);
    s.epoch = 1;
  }
  return s;
}

/** The statistics with a term word in a section's headings, for each headings set: every sentence of the section asks. */
const headingStatistics = new WeakMap<Set<string>, { facts: FactBase; statistics: IndexedFact[] }>();

function statisticsOfHeadings(facts: FactBase, headings: Set<string>): IndexedFact[] {
  let known = headingStatistics.get(headings);
  if (!known || known.facts !== facts) {
    const seen = new Set<IndexedFact>();
    for (const s of headings) for (const fact of facts.factsWithStem(s)) if (fact.type === 'statistic') seen.add(fact);
    known = { facts, statistics: [...seen] };
    headingStatistics.set(headings, known);
  }
  return known.statistics;
}

function judgeAgreement(facts: FactBase, f: FigureInSentence, fact: IndexedFact, findings: Finding[], judgements: FigureJudgement[], rules: string[] = [], mayInform = true): void {
  const start = f.base + f.figure.start;
  const end = f.base + f.figure.end;
  for (const { relation, others } of mayInform ? facts.sameMeasure(fact) : []) {
    if (relation.status === 'update') {
      const order = relation.facts;
      const latest = facts.facts.get(order[order.length - 1]!);
      // "In 2021–2022 the NPM had 105 participants" dates the earlier figure itself: a later figure for another
      // period (or for now) does not make it stale. The same period restated with a new value does.
      // (Whole years only: "the January 2022 events" names the events, not the period counted.)
      const years = /^\d{4}(?:\/\d{4})?$/.test(fact.period ?? '') ? factYears(fact.period) : undefined;
      const datedToItsPeriod = !!years && !!f.ctx.period && years[0] === f.ctx.period[0] && years[1] === f.ctx.period[1] && latest?.period !== fact.period;
      // "The General Prosecutor told parliament on 5 January 2023 that 329 cases had been opened": what was said on a
      // day of a stated year is that day's figure, not a stale one (its day is checked against the fact's instead).
      const stated = statementDate(f.blockText.slice(f.ctx.sentenceStart, f.ctx.sentenceEnd), fact);
      const datedStatement = !!stated && !stated.noYear;
      if (latest && latest.id !== fact.id && latest.value !== fact.value && !datedToItsPeriod && !datedStatement) {
        findings.push({
          code: 'figure-superseded',
          severity: 'information',
          start,
          end,
          message: `${f.figure.text} is an earlier figure (${describeAsserter(facts, fact)}); a later source updates it: ${latest.value_text}${unitSuffix(latest)} according to ${describeAsserter(facts, latest)}.${relation.note ? ` ${relation.note}` : ''}`,
          factIds: [fact.id, latest.id],
          related: [fact, latest].map((x) => relatedSource(facts, x)),
          fixes: f.figure.high === undefined ? [replacementFix(f, latest, true, `Update to ${latest.value_text} (${describeAsserter(facts, latest)})`)] : [],
        });
        judgements.push({ start, end, text: f.figure.text, value: f.figure.value, status: 'superseded', factIds: [fact.id, latest.id], section: f.section });
        return;
      }
    }
    if (relation.status === 'dispute') {
      const differing = others.filter((o) => o.value !== fact.value || o.date !== fact.date);
      if (!differing.length) continue;
      const all = [fact, ...differing];
      findings.push({
        code: 'figure-disputed',
        severity: 'information',
        start,
        end,
        message: `Sources disagree on ${fact.measure}: ${all.map((x) => `${x.value_text}${unitSuffix(x)} (${describeAsserter(facts, x)})`).join('; ')}.${relation.note ? ` ${relation.note}` : ''}`,
        factIds: all.map((x) => x.id),
        related: all.map((x) => relatedSource(facts, x)),
        fixes: [],
      });
      judgements.push({ start, end, text: f.figure.text, value: f.figure.value, status: 'disputed', factIds: all.map((x) => x.id), section: f.section });
      return;
    }
  }
  judgements.push({ start, end, text: f.figure.text, value: f.figure.value, status: 'verified', factIds: [fact.id], section: f.section, rules: rules.length ? rules : [`${AGREES}: ${fact.id}`] });
}

const SAME_MEASURE = 'same-measure';
const EQUAL_VALUE_SAME_MEASURE = 'equal-value-same-measure';
const WHOLE_OF_BREAKDOWN = 'whole-of-breakdown';
const AGREES = 'agrees';

/** What shows a figure and a fact to be one measure, in the slots' words: "same measure: complaints · torture · 2023". */
function identityOf(slots: SlotReader, f: FigureInSentence, fact: IndexedFact): string {
  const p = featuresOf(slots, f, fact, 0, false);
  const parts: string[] = [fact.unit ?? fact.unitClass];
  if (p.claimEvents.size) parts.push([...p.claimEvents].filter((e) => p.factEvents.has(e)).join('/') || [...p.claimEvents].join('/'));
  if (fact.period) parts.push(fact.period);
  parts.push(fact.id);
  return parts.filter(Boolean).join(' · ');
}

function replacementFix(f: FigureInSentence, fact: Fact, preferred: boolean, title?: string): Fix {
  const newText = formatLike(f.figure, fact);
  return {
    title: title ?? `Replace with ${newText} (${fact.asserted_by.name}, ${fact.asserted_on})`,
    start: f.base + f.figure.start,
    end: f.base + f.figure.numberEnd,
    newText,
    factId: fact.id,
    preferred,
  };
}

export function qualifierWords(q: Qualifier | undefined): string {
  switch (q) {
    case 'more-than': return 'more than ';
    case 'at-least': return 'at least ';
    case 'about': return 'about ';
    case 'nearly': return 'nearly ';
    case 'up-to': return 'up to ';
    case 'less-than': return 'less than ';
    default: return '';
  }
}

export function unitSuffix(fact: Fact): string {
  const u = unitClassOfFact(fact.unit);
  if (u === 'per-cent') return /%|per\s?cent/i.test(fact.value_text ?? '') ? '' : ' per cent';
  if (isMoneyUnit(u) || u === 'mci') return ` ${fact.unit}`;
  return '';
}
