/**
 * Links between facts that different sources state for the same measure (issue #17): where a workspace source gives
 * another value than another source (a workspace source, or a curated fact) for the same measure, the two are one
 * `same-measure` relation, `update` when the later value replaces the earlier one and `dispute` when two asserters
 * disagree. The figure check then reports a draft that cites the earlier or one disputed value (`figure-superseded`,
 * `figure-disputed`), as it does for the curated relations of server/data/facts/cross-source.yaml.
 *
 * "The same measure" is decided by the rules that decide whether a draft's figure speaks of a fact
 * (../checks/judgement): each fact's sentence is read as a claim, in its paragraph, under its heading and with the
 * sentence it carries its subject from, and judged against the other fact, both ways. No rule may tell them apart,
 * and beyond that every slot must agree on positive evidence: the same counted thing, the same events, the same
 * places, subgroups, institutions and places of detention (none on either side counts as the same), the same period
 * stated on both sides (or the same kind of "as of" date), neither a part of a whole, neither an NGO's own
 * monitoring unless both are the same NGO's. When in doubt there is no link: a wrong link would call a right figure
 * stale or disputed.
 *
 * How a link is typed, as the curated relations are (see the table in README "Facts extracted from a source"):
 * - same period, the same asserter (the State party and the Committee are one asserter whatever their documents
 *   call them; NGOs, officials and others by name), a strictly later date → `update`, earlier first;
 * - same period, different asserters (a State against an NGO, two NGOs) → `dispute`;
 * - same period, the same asserter and no telling which document is later (the same date, or "2024" against
 *   "2024-07-04") → no link;
 * - "as of" two different dates → `update`, the earlier date first, whoever asserted them; "as of" on one side only
 *   → no link.
 * Plain TypeScript: no editor, no protocol.
 */
import type { FactBase, IndexedFact } from '../facts/factBase';
import type { Relation, SourceDocument } from '../facts/types';
import type { Restrictions } from '../facts/wording';
import { findCitations } from '../parse/citations';
import { findFigures, type Figure } from '../parse/figures';
import { buildReportModel, keepChunks, type ChunkStore, type ProseBlock, type ReportModel } from '../parse/reportModel';
import { foldSpace } from '../facts/sourceDocument';
import { figureContext, sentenceAround, type FigureContext } from '../checks/figureContext';
import { periodConflicts, scoreFact, unitsCompatible, valuesAgree } from '../checks/figureCheck';
import { featuresOf, ratioOf, SlotReader, type PairFeatures } from '../checks/judgement/features';
import { differenceOf } from '../checks/judgement/rules';
import { tooFarApart } from '../checks/judgement/rules/valuesFarApart';
import { compareDates, dateParts, MONTHS } from '../facts/dates';
import { noteDefinition, type ParsedSources } from './extractFacts';

export { compareDates, dateParts };

export type SameMeasureRelation = Extract<Relation, { kind: 'same-measure' }>;

/**
 * How well each fact's words must fit the other's sentence: the figure check's bar for calling a figure contradicted
 * (MISMATCH_THRESHOLD), since a link is a contradiction between two sources.
 */
const LINK_SCORE = 4.5;
/** How well the other sentence must fit: the figure check's bar for a figure to agree with a fact (AGREE_THRESHOLD). */
const RESTATED_SCORE = 2.5;

/**
 * A fact found in its source: its figure in its sentence, and what is compared before the sentence is read as a claim
 * (FactReader.find; most facts found are never read).
 */
interface FoundFact {
  fact: IndexedFact;
  figure: Figure;
  /** "As of 1 January 2024": the date as year, month, day (as far as given). */
  asOf?: number[];
  /** Its period, normalised ("2022", "2020/2023"), when it states one and it is not an "as of" date. */
  period?: string;
}

/** A fact read back from its source as a claim: its figure in its sentence, with what the sentence names. */
interface ReadFact extends FoundFact {
  claim: { figure: Figure; ctx: FigureContext; blockText: string };
  /** Places, subgroups, institutions and places of detention its sentence, carried subject and heading name. */
  scope: Restrictions;
  /** The events its clause (else its sentence) names. */
  events: Set<string>;
}

/**
 * The same-measure relations that sources state for one another, for the facts of `linked` (the facts read from
 * workspace sources) against every other statistic of another source. Relations already recorded between two facts
 * (curated ones) are left as they are. Deterministic: the same facts give the same relations, in the same order.
 */
export function linkFacts(facts: FactBase, linked: ReadonlySet<string>, parsed?: ParsedSources): SameMeasureRelation[] {
  if (!linked.size) return [];
  const slots = new SlotReader(facts);
  const reader = new FactReader(facts, slots, parsed);
  const candidates = new Candidates(facts);
  const related = new IdPairs();
  for (const r of facts.relations) if (r.kind === 'same-measure') for (const a of r.facts) for (const b of r.facts) related.add(a, b);
  const updates: [IndexedFact, IndexedFact][] = [];
  const disputes: [IndexedFact, IndexedFact][] = [];
  const seen = new IdPairs();
  const linkable: IndexedFact[] = [];
  for (const id of linked) {
    const fact = facts.facts.get(id);
    if (fact && isLinkable(fact)) linkable.push(fact);
  }
  const nearest = candidates.ofEach(linkable);
  for (const fact of linkable) {
    // Reading a fact back from its source is the cost: only one with a partner the cheap tests allow is found, and
    // only a pair the tests on what is found allow is read as claims (linkOf).
    let a: FoundFact | undefined | null = null;
    for (const other of nearest.get(fact)!) {
      const first = fact.id < other.id ? fact.id : other.id;
      const second = fact.id < other.id ? other.id : fact.id;
      if (seen.has(first, second) || related.has(fact.id, other.id)) continue;
      seen.add(first, second);
      if (!sameCounted(facts, slots, fact, other) || !mayShareAPeriod(fact, other)) continue;
      // What linkOf would rule out on the facts alone is ruled out before their sentences are read: a part (by a
      // relation or the words before its value) is linked only as the part of a whole both sources state, which takes
      // an extracted part on one side; and once the first is found, a pair that would be no link (two asserters'
      // undated counts, one asserter's of one date), another period, or a value that agrees or lies far from its
      // figure (ruledOutBeforeReading). In the workspace of 100 sources, linkOf was asked of 33,000 pairs, 2,700 now.
      const restated = mayBePartOfRestated(fact, other);
      if (!restated && (slots.isPart(fact) || slots.isPart(other))) continue;
      if (a === null) a = reader.find(fact);
      if (!a) break;
      if (ruledOutBeforeReading(a, other, restated)) continue;
      const b = reader.find(other);
      if (!b) continue;
      const link = linkOf(facts, slots, reader, a, b, restated);
      if (link?.status === 'update') updates.push(link.order);
      else if (link?.status === 'dispute') disputes.push(fact.id < other.id ? [fact, other] : [other, fact]);
    }
  }
  linkParts(facts, slots, reader, (a, b) => related.has(a.id, b.id), updates, disputes);
  return [...updateRelations(updates), ...disputeRelations(disputes, updates)];
}

/**
 * A set of ordered pairs of fact ids, each id numbered as first met and each first id's partners a set of numbers:
 * linking asks whether it has seen each of a hundred thousand candidate pairs, and whether a relation holds it, and
 * joining the two ids into a string to ask was most of its own time. (Small integers, not one number a pair: a pair of
 * ten thousand facts' numbers is beyond V8's small integers, and a set of other numbers hashes a heap number each.)
 */
class IdPairs {
  private readonly numbers = new Map<string, number>();
  private readonly partners: (Set<number> | undefined)[] = [];

  add(a: string, b: string): void {
    const x = this.numberOf(a);
    (this.partners[x] ??= new Set()).add(this.numberOf(b));
  }

  has(a: string, b: string): boolean {
    const x = this.numbers.get(a);
    const y = this.numbers.get(b);
    return x !== undefined && y !== undefined && !!this.partners[x]?.has(y);
  }

  private numberOf(id: string): number {
    let k = this.numbers.get(id);
    if (k === undefined) this.numbers.set(id, (k = this.numbers.size));
    return k;
  }
}

/**
 * The parts of two wholes that are one measure are one measure where their own words say so: "The courts convicted
 * 1,273 persons, 543 of them for participating in mass riots" and, a year later, "1413 persons were convicted …, 578 of
 * whom … for participation … in mass riots" (an update of the 1,273) make 578 the update of 543, and the sentences'
 * breakdowns ("imprisonment – 215", "imprisonment - 294") link in turn. A part is matched to at most one part of the
 * other whole, the one it fits best, and only when that fit is not shared: siblings (imprisonment, restriction of
 * liberty) are told apart by their words or not linked at all.
 */
function linkParts(facts: FactBase, slots: SlotReader, reader: FactReader, related: (a: IndexedFact, b: IndexedFact) => boolean, updates: [IndexedFact, IndexedFact][], disputes: [IndexedFact, IndexedFact][]): void {
  const partsOf = new Map<string, IndexedFact[]>();
  const addPart = (whole: string, part: IndexedFact | undefined) => {
    if (!part || !isLinkable(part)) return;
    const list = partsOf.get(whole) ?? [];
    if (!list.includes(part)) partsOf.set(whole, [...list, part]);
  };
  for (const f of facts.facts.values()) {
    const whole = partOfId(f);
    if (whole) addPart(whole, f);
  }
  for (const r of facts.relations) if (r.kind === 'total-parts') for (const p of r.parts) addPart(r.total, facts.facts.get(p));
  const linked = new Set([...updates, ...disputes].flatMap(([a, b]) => [`${a.id}\u0000${b.id}`, `${b.id}\u0000${a.id}`]));
  let wholes: { pair: [IndexedFact, IndexedFact]; status: 'update' | 'dispute' }[] = [...updates.map((pair) => ({ pair, status: 'update' as const })), ...disputes.map((pair) => ({ pair, status: 'dispute' as const }))];
  // Parts of parts, as far as the breakdowns go (a breakdown is rarely more than two deep).
  for (let depth = 0; depth < 3 && wholes.length; depth++) {
    const found: typeof wholes = [];
    for (const { pair: [x, y], status } of wholes) {
      const xs = partsOf.get(x.id) ?? [];
      const ys = partsOf.get(y.id) ?? [];
      if (!xs.length || !ys.length) continue;
      // Each part's best partner by the weaker of the two fits, both ways; a pair stands when each is the other's best.
      const fit = new Map<string, number>();
      for (const a of xs) {
        for (const b of ys) {
          // (Parts of equal value are matched too, though not linked: "community service – 10" in both is no update
          // of "fine – 5".)
          if (!sameCounted(facts, slots, a, b)) continue;
          const ra = reader.read(a);
          const rb = reader.read(b);
          const score = ra && rb ? partFit(facts, slots, ra, rb) : undefined;
          // The parts' own words come first ("imprisonment" in both), then how well each sentence fits the other: the
          // sentences of one breakdown name every item, and fit every item's fact about as well.
          if (score !== undefined) fit.set(`${a.id}\u0000${b.id}`, sharedTerms(a, b) * SHARED_TERM_WEIGHT + score);
        }
      }
      const bestOf = (_p: IndexedFact, others: IndexedFact[], key: (o: IndexedFact) => string) => {
        const scored = others.map((o) => ({ o, s: fit.get(key(o)) })).filter((e): e is { o: IndexedFact; s: number } => e.s !== undefined).sort((m, n) => n.s - m.s);
        return scored.length && (scored.length === 1 || scored[0]!.s > scored[1]!.s) ? scored[0]!.o : undefined;
      };
      for (const a of xs) {
        const b = bestOf(a, ys, (o) => `${a.id}\u0000${o.id}`);
        if (!b || bestOf(b, xs, (o) => `${o.id}\u0000${b.id}`) !== a) continue;
        if (valuesAgree(reader.read(a)!.claim.figure, b) || valuesAgree(reader.read(b)!.claim.figure, a) || related(a, b) || linked.has(`${a.id}\u0000${b.id}`)) continue;
        linked.add(`${a.id}\u0000${b.id}`).add(`${b.id}\u0000${a.id}`);
        // The parts go as their wholes go ([earlier, later] for an update): the later whole's part is the later part.
        const pair: [IndexedFact, IndexedFact] = [a, b];
        if (status === 'update') updates.push(pair);
        else disputes.push(a.id < b.id ? [a, b] : [b, a]);
        found.push({ pair, status });
      }
    }
    wholes = found;
  }
}

/**
 * Whether `part` is an extracted part of a whole (`part_of`) and `other`, no part itself, comes from a source that
 * states that whole as well, with a value that agrees and a counted thing and words in common: "registered more than
 * 5,300 crimes … Of these, 673 cases have been completed and sent to court" (May 2023) and "have registered 5300 crimes
 * … Investigations on 758 cases were completed and cases were sent to court" (July 2024).
 */
function partWithRestatedWhole(facts: FactBase, reader: FactReader, part: FoundFact, other: FoundFact): boolean {
  const wholeId = partOfId(part.fact);
  if (!wholeId || partOfId(other.fact)) return false;
  // Once per whole and source: a workspace of a hundred sources asks it of every candidate pair.
  let known = restatedWholes.get(facts);
  if (!known) restatedWholes.set(facts, (known = new Map()));
  const key = `${wholeId}\u0000${other.fact.source}`;
  let restated = known.get(key);
  if (!restated) known.set(key, (restated = restatementsIn(facts, reader, wholeId, other.fact.source)));
  // (The other figure is no restatement of the whole: a part is not the whole's update.)
  return restated.some((f) => f !== other.fact);
}

/** Which wholes each source restates, asked once per fact base (partWithRestatedWhole). */
const restatedWholes = new WeakMap<FactBase, Map<string, IndexedFact[]>>();

/**
 * The statistics of `source` that state the whole `wholeId` as well: the same counted thing, an agreeing value and words
 * in common. (A fact that shares a term shares its stems: the source's own facts are the few to look at, where the
 * facts of every source that share one of the whole's stems were thousands.)
 */
function restatementsIn(facts: FactBase, reader: FactReader, wholeId: string, source: string): IndexedFact[] {
  const whole = facts.facts.get(wholeId);
  const found = whole && reader.find(whole);
  const out: IndexedFact[] = [];
  if (!whole || !found) return out;
  for (const f of facts.factsOfSource(source)) {
    if (f.unitClass !== whole.unitClass) continue;
    if (f.countedStem === whole.countedStem && (f.value === whole.value || valuesAgree(found.figure, f)) && sharedTerms(whole, f) >= 1) out.push(f);
  }
  return out;
}

/** The whole an extracted fact is a part of (`part_of`, which only extraction writes). */
function partOfId(fact: IndexedFact): string | undefined {
  return (fact as IndexedFact & { part_of?: string }).part_of;
}

/** How many of its terms one fact shares with another (by their stems). */
function sharedTerms(a: IndexedFact, b: IndexedFact): number {
  const other = new Set(b.termStems.map((t) => t.join(' ')));
  return new Set(a.termStems.map((t) => t.join(' ')).filter((t) => other.has(t))).size;
}

/** Each term two parts share outweighs any difference of fit between them. */
const SHARED_TERM_WEIGHT = 100;

/**
 * How well two parts of one measure's wholes fit each other as claims (the weaker of the two ways; the better must fit
 * as well as a contradiction needs, as for the wholes), when no
 * same-measure rule tells them apart and neither names a place, group or institution the other does not; undefined
 * otherwise. That they are parts is what makes them comparable, so the part rules are not asked; what happened to them
 * is their wholes' as well, so one event in common is enough.
 */
function partFit(facts: FactBase, slots: SlotReader, a: ReadFact, b: ReadFact): number | undefined {
  if (!sameScope(a.scope, b.scope)) return undefined;
  let weakest = Infinity;
  let best = 0;
  for (const [x, y] of [[a, b], [b, a]] as const) {
    const { figure, ctx } = x.claim;
    if (!unitsCompatible(figure, y.fact) || periodConflicts(y.fact, ctx)) return undefined;
    const score = scoreFact(y.fact, ctx, facts);
    if (score < RESTATED_SCORE) return undefined;
    best = Math.max(best, score);
    // (Nor the whole its sentence draws it from: "702 persons …, 236 of them" is the update of the other's 640.)
    const p = { ...featuresOf(slots, x.claim, y.fact, score, false), claimWhole: undefined, wholeElsewhere: undefined };
    const difference = differenceOf(p);
    if (difference && difference.rule !== 'part-of-a-whole') return undefined;
    if (p.counted !== 'same' && p.counted !== 'compatible' && p.counted !== 'not-a-count') return undefined;
    if (p.claimEvents.size && p.factEvents.size && ![...p.claimEvents].some((e) => p.factEvents.has(e))) return undefined;
    weakest = Math.min(weakest, score);
  }
  return best >= LINK_SCORE ? weakest : undefined;
}

/** A statistic with one exact value: a range's ends, stated changes and amounts each are not linked. */
function isLinkable(fact: IndexedFact): boolean {
  return fact.type === 'statistic' && fact.value !== undefined && !/\b(?:lower|upper) end of a range\b|\(stated change\)/.test(fact.measure);
}

/**
 * Statistics of other sources that share a term word with the fact, in the same class of unit, with another value:
 * those sharing the most words first (then in the fact base's order), at most MAX_CANDIDATES of them. Reading a fact
 * back from its source is the cost of linking, and a workspace where a hundred sources state one measure would
 * otherwise read every pair of them (28 s for 100 sources); the nearest few are the ones a draft's figure would be
 * judged against anyway.
 *
 * In such a workspace each of a fact's stems is shared by thousands of facts, and every fact is counted against them
 * all (12 million times for 100 sources): the facts are numbered by ordinal, with their source, class of unit and
 * value in typed arrays, each stem's list holds only the linkable statistics, the counts are kept in an array, and the
 * nearest are picked without sorting the rest (a Map of counts per fact, its sort, string comparisons of source ids
 * and isLinkable's pattern for each fact of each list took most of linking). Facts with the same term stems are
 * counted once for them all (ofEach).
 */
class Candidates {
  /**
   * Each fact by ordinal, and what the cheap tests compare: its source and class of unit (as numbers), its value;
   * noted as the facts are met (a fact replaced by another of the same id keeps its ordinal, and its object).
   */
  private readonly byOrdinal: IndexedFact[];
  private readonly sourceNo: Int32Array;
  private readonly unitClassNo: Int32Array;
  private readonly values: Float64Array;
  /**
   * Shared stems of each fact with the fact being looked at, by ordinal; `touched` lists the ordinals counted (an
   * array of every fact's size, used again for each fact: emptying an array frees its store, and growing it again for
   * thousands of facts was most of what linking allocated).
   */
  private readonly counts: Uint32Array;
  private readonly touched: Int32Array;
  /**
   * Each stem's facts that can be linked at all (isLinkable), as ordinals in the fact base's order, by class of unit
   * (its number): a fact's candidates are of its own class, and a count's stems are shared by amounts, shares and
   * durations too.
   */
  private readonly linkableWithStem = new Map<string, Int32Array[]>();
  private readonly numbers = new Map<string, number>();

  constructor(private readonly facts: FactBase) {
    const n = facts.factCount;
    this.byOrdinal = new Array<IndexedFact>(n);
    this.sourceNo = new Int32Array(n);
    this.unitClassNo = new Int32Array(n);
    this.values = new Float64Array(n);
    this.counts = new Uint32Array(n);
    this.touched = new Int32Array(n);
  }

  /** A number for each distinct source id and class of unit. */
  private numberOf(s: string): number {
    let k = this.numbers.get(s);
    if (k === undefined) this.numbers.set(s, (k = this.numbers.size));
    return k;
  }

  /** Records what the cheap tests compare of a fact, under its ordinal. */
  private note(f: IndexedFact): void {
    if (this.byOrdinal[f.ordinal] === f) return;
    this.byOrdinal[f.ordinal] = f;
    this.sourceNo[f.ordinal] = this.numberOf(`source\u0000${f.source}`);
    this.unitClassNo[f.ordinal] = this.numberOf(`unit\u0000${f.unitClass}`);
    this.values[f.ordinal] = f.value ?? NaN;
  }

  /**
   * The candidates of each of `linkable` (statistics with a number for a value), by fact. Facts with the same term
   * stems and class of unit share every count, and only the facts they leave out (their own, their source's, their
   * value's) differ: their shared stems are counted once for them all (a statement restated in another source, a
   * report's figure quoted by an NGO), and the nearest picked for each.
   */
  ofEach(linkable: readonly IndexedFact[]): Map<IndexedFact, IndexedFact[]> {
    const groups = new Map<string, IndexedFact[]>();
    for (const f of linkable) {
      this.note(f);
      const key = `${this.unitClassNo[f.ordinal]}\u0002${f.termStems.map((t) => t.join('\u0001')).join('\u0002')}`;
      const group = groups.get(key);
      if (group) group.push(f);
      else groups.set(key, [f]);
    }
    const out = new Map<IndexedFact, IndexedFact[]>();
    for (const group of groups.values()) {
      const touchedCount = this.count(group[0]!);
      // For several facts, the ones sharing the most stems are ranked once for them all (enough for each to pass over
      // the others of the group, which share their value when one source restates another): each takes its nearest
      // from the head of that ranking, and looks at every fact counted only where the head is not enough.
      const head = group.length > 1 ? this.ranked(touchedCount, group.length + 2 * MAX_CANDIDATES) : undefined;
      for (const f of group) out.set(f, (head && this.nearestIn(f, head, head.length === touchedCount)) ?? this.nearest(f, touchedCount));
      const { counts, touched } = this;
      for (let i = 0; i < touchedCount; i++) counts[touched[i]!] = 0;
    }
    return out;
  }

  /** The `size` first of the facts counted, in the order of most shared stems, then ordinal (as nearest picks them). */
  private ranked(touchedCount: number, size: number): number[] {
    const { counts, touched } = this;
    const best: number[] = [];
    const before = (x: number, y: number) => counts[x]! > counts[y]! || (counts[x] === counts[y] && x < y);
    for (let i = 0; i < touchedCount; i++) {
      const o = touched[i]!;
      if (best.length === size && !before(o, best[best.length - 1]!)) continue;
      let at = best.length;
      while (at > 0 && before(o, best[at - 1]!)) at--;
      best.splice(at, 0, o);
      if (best.length > size) best.pop();
    }
    return best;
  }

  /**
   * The fact's nearest (as nearest gives them) from the head of the ranking of the facts counted, `whole` if it holds
   * them all; undefined where the head holds fewer than MAX_CANDIDATES the fact does not leave out, and is not whole.
   * (Every fact past the head comes after every fact in it: the first the fact keeps there are its first.)
   */
  private nearestIn(fact: IndexedFact, head: readonly number[], whole: boolean): IndexedFact[] | undefined {
    const { sourceNo, values } = this;
    const me = fact.ordinal;
    const source = sourceNo[me]!;
    const value = values[me]!;
    const out: IndexedFact[] = [];
    for (const o of head) {
      if (o === me || sourceNo[o] === source || values[o] === value) continue;
      out.push(this.byOrdinal[o]!);
      if (out.length === MAX_CANDIDATES) return out;
    }
    return whole ? out : undefined;
  }

  /**
   * Counts the stems each linkable statistic of the fact's class of unit shares with the fact (`counts`, by ordinal;
   * `touched` lists the ordinals counted): how many are listed.
   */
  private count(fact: IndexedFact): number {
    const { counts, touched } = this;
    const unitClass = this.unitClassNo[fact.ordinal]!;
    let touchedCount = 0;
    for (const stems of fact.termStems) {
      for (const s of stems) {
        const list = this.linkableOf(s)[unitClass];
        if (!list) continue;
        for (let i = 0; i < list.length; i++) {
          const o = list[i]!;
          if (counts[o]++ === 0) touched[touchedCount++] = o;
        }
      }
    }
    return touchedCount;
  }

  /**
   * The MAX_CANDIDATES facts counted (count) that share the most stems with the fact, then in ordinal order, but the
   * fact itself and those of its source or its value: a sorted list of the best so far, not a sort of them all.
   */
  private nearest(fact: IndexedFact, touchedCount: number): IndexedFact[] {
    const { counts, touched, sourceNo, values } = this;
    const me = fact.ordinal;
    const source = sourceNo[me]!;
    const value = values[me]!;
    const best: number[] = [];
    const before = (x: number, y: number) => counts[x]! > counts[y]! || (counts[x] === counts[y] && x < y);
    for (let i = 0; i < touchedCount; i++) {
      const o = touched[i]!;
      if (best.length === MAX_CANDIDATES && !before(o, best[best.length - 1]!)) continue;
      if (o === me || sourceNo[o] === source || values[o] === value) continue;
      let at = best.length;
      while (at > 0 && before(o, best[at - 1]!)) at--;
      best.splice(at, 0, o);
      if (best.length > MAX_CANDIDATES) best.pop();
    }
    return best.map((o) => this.byOrdinal[o]!);
  }

  private linkableOf(stem: string): Int32Array[] {
    let lists = this.linkableWithStem.get(stem);
    if (!lists) {
      const byClass: number[][] = [];
      for (const f of this.facts.factsWithStem(stem)) {
        if (!isLinkable(f)) continue;
        this.note(f);
        (byClass[this.unitClassNo[f.ordinal]!] ??= []).push(f.ordinal);
      }
      lists = [];
      byClass.forEach((ordinals, k) => (lists![k] = Int32Array.from(ordinals)));
      this.linkableWithStem.set(stem, lists);
    }
    return lists;
  }
}

/** How many other facts one fact is compared with, those sharing the most words with it first. */
const MAX_CANDIDATES = 12;

/** A link between two facts: an update, earlier first, or a dispute. */
type Link = { status: 'update'; order: [IndexedFact, IndexedFact] } | { status: 'dispute' };

/**
 * Whether and how two facts of different sources are one measure (see the module's doc). `restated`: whether one of
 * them may be a part of a whole both sources state (mayBePartOfRestated).
 */
function linkOf(facts: FactBase, slots: SlotReader, reader: FactReader, a: FoundFact, b: FoundFact, restated: boolean): Link | undefined {
  // Both sides must state a period, and the same kind of one.
  if (!!a.asOf !== !!b.asOf) return undefined;
  const asOfOrder = a.asOf && b.asOf ? compareDates(a.asOf, b.asOf) : undefined;
  if (a.asOf && asOfOrder === undefined) return undefined;
  if (!a.asOf && a.period !== b.period) return undefined;
  // What the link would be, from the dates and the asserters: where it would be none, the sentences are not judged.
  const link = linkBetween(a.fact, b.fact, !a.asOf && !a.period, asOfOrder);
  if (!link) return undefined;
  // Two values that can both be true ("more than 200" and 212) are no disagreement.
  if (valuesAgree(a.figure, b.fact) || valuesAgree(b.figure, a.fact)) return undefined;
  if (!sameCounted(facts, slots, a.fact, b.fact)) return undefined;
  // A part of a whole ("Of these, 673 cases have been completed and sent to court", of "more than 5,300 crimes") is
  // the other's measure only where the other source states that whole too: then both speak of one universe.
  const partOfRestated = restated && (partWithRestatedWhole(facts, reader, a, b) || partWithRestatedWhole(facts, reader, b, a));
  // Otherwise a part (by a relation or the words before its value) and values far apart are told apart by what judged
  // asks, whichever way: asked first, as they cost nothing (linkFacts asked them before finding b where it could).
  if (!partOfRestated && (slots.isPart(a.fact) || slots.isPart(b.fact) || farApart(a, b.fact) || farApart(b, a.fact))) return undefined;
  // Only now are the sentences read as claims.
  const x = reader.read(a.fact);
  const y = reader.read(b.fact);
  if (!x || !y || !sameEvents(facts, x.events, y.events) || !sameScope(x.scope, y.scope)) return undefined;
  const dated = !!a.asOf;
  // Each sentence must fit the other fact as a claim may agree with it, and one of them as well as a contradiction
  // needs: a later report restates a measure in fewer words ("1413 persons were convicted in these cases"). Both ways
  // are scored before either way's features, which cost several times what a score does.
  const scoreXY = fitOf(facts, x, y, dated);
  const scoreYX = scoreXY === undefined ? undefined : fitOf(facts, y, x, dated);
  if (scoreXY === undefined || scoreYX === undefined || Math.max(scoreXY, scoreYX) < LINK_SCORE) return undefined;
  if (!judged(slots, x, y, scoreXY, dated, partOfRestated) || !judged(slots, y, x, scoreYX, dated, partOfRestated)) return undefined;
  return link;
}

/**
 * How two facts of one measure and period are linked, if they are (see the module's doc), from the order of their
 * "as of" dates (`asOfOrder`, where both state one), their asserters and the dates they were stated on. `undated`:
 * neither names a period, so that each counts up to when it was stated: only a later statement of the same asserter
 * can be told to replace the earlier; two asserters may be counting up to different dates.
 */
function linkBetween(a: IndexedFact, b: IndexedFact, undated: boolean, asOfOrder: number | undefined): Link | undefined {
  if (asOfOrder !== undefined && asOfOrder !== 0) return { status: 'update', order: asOfOrder < 0 ? [a, b] : [b, a] };
  if (!sameAsserter(a, b)) return undated ? undefined : { status: 'dispute' };
  const order = compareDates(dateParts(a.asserted_on), dateParts(b.asserted_on));
  if (order === undefined || order === 0) return undefined;
  return { status: 'update', order: order < 0 ? [a, b] : [b, a] };
}

/**
 * Whether linkOf would rule out `a` and `other` on what it reads of `other` without reading it back: its period; when
 * `a` states no "as of" date (nor may `other`, then), how they would be linked; its value against `a`'s figure; and,
 * where neither may be a part of a whole both sources state, values far apart.
 */
function ruledOutBeforeReading(a: FoundFact, other: IndexedFact, restated: boolean): boolean {
  if (!a.asOf && (a.period !== statedPeriod(other) || !linkBetween(a.fact, other, !a.period, undefined))) return true;
  return valuesAgree(a.figure, other) || (!restated && farApart(a, other));
}

/**
 * Whether one of two facts may be a part of a whole both their sources state (partWithRestatedWhole): only an
 * extracted part (`part_of`) of one side, the other no such part. Otherwise the rules that tell a part from a whole
 * are asked as for any pair.
 */
function mayBePartOfRestated(a: IndexedFact, b: IndexedFact): boolean {
  return !partOfId(a) !== !partOfId(b);
}

/**
 * Whether `x`'s figure and `y`'s value are too far apart to be one measure (the rule values-far-apart, which judged
 * would ask of `x`'s sentence as a claim about `y`).
 */
function farApart(x: FoundFact, y: IndexedFact): boolean {
  return tooFarApart(x.figure, y.value, ratioOf(x.figure.value, y.value));
}

/**
 * How well `y` fits `x`'s sentence read as a claim (scoreFact), when its unit and period may be the sentence's and it
 * fits as well as a claim that agrees with it must; undefined otherwise. With `dated`, the "as of" dates stand for the
 * period (compared by the caller): a later "as of" is not a claim about a time after the other source spoke.
 */
function fitOf(facts: FactBase, x: ReadFact, y: ReadFact, dated: boolean): number | undefined {
  const { figure, ctx } = x.claim;
  if (!unitsCompatible(figure, y.fact) || (!dated && periodConflicts(y.fact, ctx))) return undefined;
  const score = scoreFact(y.fact, ctx, facts);
  return score < RESTATED_SCORE ? undefined : score;
}

/**
 * `x`'s sentence judged as a claim about `y`, as the figure check judges a draft's figure, once `y` fits it well
 * enough (fitOf, `score`): no same-measure rule may tell them apart, and the slots the rules merely leave open must be
 * stated.
 */
function judged(slots: SlotReader, x: ReadFact, y: ReadFact, score: number, dated: boolean, partOfRestated: boolean): PairFeatures | undefined {
  const features = featuresOf(slots, x.claim, y.fact, score, false);
  const p = dated ? { ...features, claimPeriod: undefined, factPeriod: undefined, claimYears: [], claimMonth: undefined } : features;
  // (A part whose whole both sources state is compared as a part: the rule that tells a part from a whole is not asked.)
  const difference = differenceOf(p);
  if (difference && !(partOfRestated && difference.rule === 'part-of-a-whole')) return undefined;
  if (p.counted !== 'same' && p.counted !== 'compatible' && p.counted !== 'not-a-count') return undefined;
  if ((p.partOf || p.factIsPart) && !partOfRestated) return undefined;
  if (p.ownMonitoring && !(y.fact.asserted_by.kind === x.fact.asserted_by.kind && sameName(x.fact.asserted_by.name, y.fact.asserted_by.name))) return undefined;
  if (![...p.claimEvents].some((e) => p.factEvents.has(e))) return undefined;
  return p;
}

/** Whether the two may state the same period or both an "as of" date (a cheap test before the sentences are read). */
function mayShareAPeriod(a: IndexedFact, b: IndexedFact): boolean {
  return normalisedPeriod(a.period) === normalisedPeriod(b.period) || (isDated(a) && isDated(b));
}

/** Whether a fact is a count at a date ("as of …" in its period or its quote), read once per fact: it is asked of every candidate pair. */
function isDated(f: IndexedFact): boolean {
  let dated = datedFacts.get(f);
  if (dated === undefined) datedFacts.set(f, (dated = /^as-of\b/i.test(f.period ?? '') || (AS_OF.lastIndex = 0, AS_OF.test(f.quote))));
  return dated;
}
const datedFacts = new WeakMap<IndexedFact, boolean>();

/** The same counted noun (or nouns the wording counts alike), or, for amounts and shares, the same unit. */
function sameCounted(facts: FactBase, slots: SlotReader, a: IndexedFact, b: IndexedFact): boolean {
  if (a.unitClass !== b.unitClass) return false;
  if (a.unitClass !== 'count') return true;
  const x = slots.countedOf(a);
  const y = slots.countedOf(b);
  return !!x && !!y && (x === y || facts.wording.countedAlike(x, y));
}

/**
 * What happened to what is counted: an event both sentences name ("registered"), and no kind of event one names and
 * the other does not (custody against proceedings). Within a kind, words vary ("the prosecution authorities
 * registered" against "were registered").
 */
function sameEvents(facts: FactBase, a: Set<string>, b: Set<string>): boolean {
  let shared = false;
  for (const e of a) if (b.has(e)) shared = true;
  return shared && sameSet(eventFamilies(facts, a), eventFamilies(facts, b));
}

/** The families of a read fact's events, once per fact read (its events are one set: a fact is judged against several). */
function eventFamilies(facts: FactBase, events: Set<string>): Set<string> {
  let families = familiesOfEvents.get(events);
  if (!families) familiesOfEvents.set(events, (families = new Set([...events].map((e) => facts.wording.familyOf(e) ?? e))));
  return families;
}
const familiesOfEvents = new WeakMap<Set<string>, Set<string>>();

function sameSet<T>(a: Set<T>, b: Set<T>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

function sameScope(a: Restrictions, b: Restrictions): boolean {
  return sameElements(a.places, b.places) && sameElements(a.subgroups, b.subgroups) && sameElements(a.institutions, b.institutions) && sameElements(a.facilities, b.facilities);
}

/** Whether two lists hold the same elements, as sets (a few names each: no set is made for them). */
function sameElements<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.every((x) => b.includes(x)) && b.every((x) => a.includes(x));
}

/**
 * One asserter across documents: a State party's replies and reports are the State's, the Committee's documents the
 * Committee's; other asserters (NGOs, officials, ombudspersons) by name. A figure a source attributes to another body
 * is that body's.
 */
function sameAsserter(a: IndexedFact, b: IndexedFact): boolean {
  if (a.attributed_to || b.attributed_to) return !!a.attributed_to && !!b.attributed_to && sameName(a.attributed_to, b.attributed_to);
  if (a.asserted_by.kind !== b.asserted_by.kind) return false;
  return a.asserted_by.kind === 'state-party' || a.asserted_by.kind === 'committee' || sameName(a.asserted_by.name, b.asserted_by.name);
}

const sameName = (a: string, b: string) => foldSpace(a).toLowerCase() === foldSpace(b).toLowerCase();

/**
 * "as of 1 January 2024", "as at 31 December 2023", "As of late December 2022", "by the end of 2023", "at the end of
 * July 2024" before the figure, in its sentence: a count at a date, not over a period.
 */
const AS_OF = new RegExp(`\\b(?:as\\s+(?:of|at|on)|(?:by|at)\\s+the\\s+end\\s+of|by)\\s+(?:(?:early|mid|late|the\\s+end\\s+of|the\\s+beginning\\s+of)[\\s-]+)?((?:\\d{1,2}\\s+)?(?:(?:${MONTHS.join('|')})\\s+)?(?:19|20)\\d\\d)\\b`, 'gi');

/** A paragraph laid out as claimOf reads it, with its blocks' figures once read. */
interface ParagraphModel {
  text: string;
  model: ReportModel;
  /** Where the paragraph itself lies in `text`. */
  start: number;
  end: number;
  headingCache: Map<number, Set<string>>;
  blocks?: ParagraphBlock[];
  /** The figures extraction found in the blocks of the paragraph's source, by text (FoundFigures), if it just read it. */
  figures?: Map<string, Figure[]>;
}

/** A block of the paragraph, with the figures found in it and the sentence it carries its subject from. */
interface ParagraphBlock {
  block: ProseBlock;
  leadIn: string | undefined;
  all: Figure[];
  years: Figure[];
}

/** Reads facts back from their sources as claims, once each: a fact is compared with several others. */
class FactReader {
  private readonly found = new Map<IndexedFact, Found | null>();
  private readonly read_ = new Map<IndexedFact, ReadFact | null>();
  private readonly models = new Map<string, ParagraphModel>();
  private readonly headings = new Map<SourceDocument, Map<string, Restrictions>>();
  /**
   * Each source's parsed pieces (its headings, paragraphs and notes), by source id: a paragraph is parsed once, though
   * it is read with the paragraph after it as well and its heading with every paragraph under it.
   */
  private readonly chunks = new Map<string, ChunkStore>();
  /** `parsed`: the pieces of the sources extraction has just parsed, which the paragraphs' models take theirs from. */
  constructor(private readonly facts: FactBase, private readonly slots: SlotReader, private readonly parsed?: ParsedSources) {}

  /** The report model of a paragraph as claimOf reads it, one for all the facts of the paragraph. */
  private paragraphModel(doc: SourceDocument, address: string): ParagraphModel {
    const key = `${doc.meta.id}\u0000${address}`;
    let m = this.models.get(key);
    if (!m) {
      const paragraph = doc.paragraphs.get(address)!;
      const at = doc.order.indexOf(address);
      const before = at > 0 ? doc.paragraphs.get(doc.order[at - 1]!) : undefined;
      let text = paragraph.heading ? `## ${paragraph.heading.replace(/\n/g, ' ')}\n\n` : '';
      const shown = before && before.heading === paragraph.heading ? [before, paragraph] : [paragraph];
      if (shown.length === 2) text += `${before!.text}\n\n`;
      const start = text.length;
      text += `${paragraph.text}\n\n`;
      const end = start + paragraph.text.length;
      // The definitions of the notes these paragraphs call: with them, markers are read as markers.
      for (const id of new Set(shown.flatMap((p) => p.footnotes))) {
        const body = doc.footnotes.get(id);
        if (body !== undefined) text += noteDefinition(id, body);
      }
      let chunks = this.chunks.get(doc.meta.id);
      if (!chunks) this.chunks.set(doc.meta.id, (chunks = this.parsed?.get(doc.meta.id)?.chunks ?? new Map()));
      const model = buildReportModel(text, chunks);
      keepChunks(chunks, model);
      // The figures extraction found in the source's blocks, when it read them with the same wording lists.
      const found = this.parsed?.get(doc.meta.id)?.figures;
      const figures = found?.wording && (found.wording === this.facts.wording || found.wording.lists === this.facts.wording.lists) ? found.byText : undefined;
      this.models.set(key, (m = { text, model, start, end, headingCache: new Map(), figures }));
    }
    return m;
  }

  /**
   * The blocks of the paragraph itself, each with its figures and the sentence it carries its subject from: found
   * once for all the facts of the paragraph (a paragraph states several, each read back).
   */
  private paragraphBlocks(m: ParagraphModel): ParagraphBlock[] {
    if (m.blocks) return m.blocks;
    const blocks: ParagraphBlock[] = [];
    let sentenceBefore: string | undefined;
    for (const block of m.model.blocks) {
      if (block.kind === 'heading') continue;
      const leadIn = sentenceBefore !== undefined && (block.kind === 'tableCell' || this.facts.wording.carriesSubject(block.text)) ? sentenceBefore : undefined;
      if (block.kind === 'paragraph') {
        const last = block.sentences[block.sentences.length - 1];
        sentenceBefore = last ? block.text.slice(last.start, last.end) : sentenceBefore;
      }
      if (block.start < m.start || block.end > m.end) continue;
      const all = m.figures?.get(block.text) ?? this.figuresOf(block.text);
      blocks.push({ block, leadIn, all, years: all.filter((f) => f.kind === 'year') });
    }
    return (m.blocks = blocks);
  }

  /** What a heading of a source names (the facts of its paragraphs share it), read once per source and heading. */
  private headingRestrictions(doc: SourceDocument, heading: string): Restrictions {
    let byHeading = this.headings.get(doc);
    if (!byHeading) this.headings.set(doc, (byHeading = new Map()));
    let r = byHeading.get(heading);
    if (!r) byHeading.set(heading, (r = this.facts.wording.restrictionsOf(heading)));
    return r;
  }

  /** The figures of a block's text, as extraction finds them (extractBlock): without the citations it holds. */
  private figuresOf(text: string): Figure[] {
    const citations = findCitations(text);
    const excluded = citations.flatMap((c) => [...(c.symbolStart !== undefined ? [{ start: c.symbolStart, end: c.symbolEnd! }] : []), ...(c.communication ? [{ start: c.start, end: c.end }] : []), ...c.paragraphs.map((p) => ({ start: p.start, end: p.end }))]);
    return findFigures(text, excluded, this.facts.wording);
  }

  /** The fact's figure in its paragraph, with its period and "as of" date: what linking compares before reading it. */
  find(fact: IndexedFact): FoundFact | undefined {
    let f = this.found.get(fact);
    if (f === undefined) this.found.set(fact, (f = this.findFact(fact) ?? null));
    return f ?? undefined;
  }

  /** The fact read back as a claim (once found: find). */
  read(fact: IndexedFact): ReadFact | undefined {
    let r = this.read_.get(fact);
    if (r === undefined) {
      const f = this.find(fact) as Found | undefined;
      this.read_.set(fact, (r = f ? this.readFact(f) : null));
    }
    return r ?? undefined;
  }

  private findFact(fact: IndexedFact): Found | undefined {
    const doc = this.facts.sourceOf(fact);
    const paragraph = doc?.paragraphs.get(fact.paragraph);
    if (!doc || !paragraph || fact.value === undefined || !fact.value_text) return undefined;
    const where = this.figureOf(doc, fact);
    if (!where) return undefined;
    const { model, block, figure, sentence } = where;
    if (figure.derived || figure.high !== undefined) return undefined;
    const period = statedPeriod(fact);
    const curatedAsOf = /^as-of\s+(.*)$/i.exec(fact.period ?? '')?.[1];
    const asOf = curatedAsOf ? dateParts(curatedAsOf) : asOfBefore(block.block.text.slice(sentence.start, sentence.end), figure.start - sentence.start);
    return { fact, figure, asOf: asOf?.length ? asOf : undefined, period, doc, heading: paragraph.heading, model, block };
  }

  private readFact(found: Found): ReadFact {
    const { fact, figure, doc, heading, model: m, block: b } = found;
    const ctx = figureContext(m.model, b.block, figure, b.years, m.headingCache, b.all, this.facts.wording, b.leadIn);
    const claim = { figure, ctx, blockText: b.block.text };
    // What restricts the figure as the judgement reads a claim (its own stretch, else the sentence's subject, else the
    // carried subject; a table row's place), and what the heading above the paragraph names.
    // (What the claim restricts alone: the rest of its reading is read if a pair gets as far as judged, and most do not.)
    const named = [this.slots.claimRestrictions(claim), this.headingRestrictions(doc, heading)];
    const scope: Restrictions = { places: [], subgroups: [], institutions: [], facilities: [] };
    for (const n of named) for (const k of ['places', 'subgroups', 'institutions', 'facilities'] as const) for (const x of n[k]) if (!scope[k].includes(x)) scope[k].push(x);
    const events = this.slots.claimEventsOf(claim);
    return { fact, figure, asOf: found.asOf, period: found.period, claim, scope, events };
  }

  /**
   * The fact's figure in its paragraph, read as the checker reads a draft: the paragraph under its heading, after the
   * paragraph before it in the same section (what a sentence that carries its subject over speaks of), with the
   * source's footnote definitions so that markers are read as markers. The figure of its value whose sentence holds
   * its quote (or is held by it).
   */
  private figureOf(doc: SourceDocument, fact: IndexedFact): { model: ParagraphModel; block: ParagraphBlock; figure: Figure; sentence: { start: number; end: number } } | undefined {
    const m = this.paragraphModel(doc, fact.paragraph);
    const { text } = m;
    const quote = foldSpace(fact.quote);
    for (const b of this.paragraphBlocks(m)) {
      const { block, all } = b;
      for (const figure of all) {
        if (figure.kind !== 'statistic' || figure.value !== fact.value || foldSpace(text.slice(block.start + figure.start, block.start + figure.end)) !== fact.value_text) continue;
        // (The sentence the figure's context is read in: figureContext's.)
        const sentence = sentenceAround(block, figure.start);
        const folded = foldSpace(text.slice(block.start + sentence.start, block.start + sentence.end));
        // The quote is the sentence (extracted facts) or a stretch of it (curated ones).
        if (folded.includes(quote) || quote.includes(folded)) return { model: m, block: b, figure, sentence };
      }
    }
    return undefined;
  }
}

/** Where a fact was found (FactReader.find), for reading it as a claim. */
interface Found extends FoundFact {
  doc: SourceDocument;
  heading: string;
  model: ParagraphModel;
  block: ParagraphBlock;
}

/** A fact's period, normalised, unless it is an "as of" date (ReadFact.period). */
function statedPeriod(fact: IndexedFact): string | undefined {
  return /^as-of\b/i.test(fact.period ?? '') ? undefined : normalisedPeriod(fact.period);
}

function asOfBefore(sentence: string, figureAt: number): number[] | undefined {
  let found: number[] | undefined;
  AS_OF.lastIndex = 0;
  for (let m = AS_OF.exec(sentence); m && m.index < figureAt; m = AS_OF.exec(sentence)) found = dateParts(m[1]);
  return found;
}

/** "2022", '2022', "2020/2023", "2020–2023": as the periods of facts are compared. */
function normalisedPeriod(period: string | undefined): string | undefined {
  // (Asked of both facts of every candidate pair: a workspace's facts state a few hundred periods.)
  let p = normalisedPeriods.get(period);
  if (p === undefined && !normalisedPeriods.has(period)) {
    if (normalisedPeriods.size >= 10_000) normalisedPeriods.clear();
    normalisedPeriods.set(period, (p = normalisePeriod(period)));
  }
  return p;
}
const normalisedPeriods = new Map<string | undefined, string | undefined>();

function normalisePeriod(period: string | undefined): string | undefined {
  const p = (period ?? '').trim().replace(/^['"]|['"]$/g, '').replace(/\s*[–—-]\s*(?=\d{4}$)/, '/');
  return p || undefined;
}

/**
 * The updates as relations: the facts that are all updates of one another (each pair linked, one order of dates)
 * are one relation, earliest first, so that a figure equal to any earlier value is told the latest; otherwise each
 * pair is its own.
 */
function updateRelations(pairs: [IndexedFact, IndexedFact][]): SameMeasureRelation[] {
  const linked = new Set(pairs.map(([a, b]) => `${a.id}\u0000${b.id}`));
  const out: SameMeasureRelation[] = [];
  for (const members of components(pairs)) {
    // Earlier first: in a chain every pair is linked, so each member's count of later members orders them.
    const later = (x: IndexedFact) => members.filter((y) => linked.has(`${x.id}\u0000${y.id}`)).length;
    const ordered = [...members].sort((x, y) => later(y) - later(x) || x.ordinal - y.ordinal);
    const chain = ordered.every((x, i) => ordered.slice(i + 1).every((y) => linked.has(`${x.id}\u0000${y.id}`)));
    if (chain) out.push(relation('update', ordered));
    else for (const [a, b] of pairs.filter(([a]) => members.includes(a))) out.push(relation('update', [a, b]));
  }
  return out;
}

/**
 * The disputes as relations: the values of one measure that sources disagree on, without those a later value of the
 * same asserter updates (a draft citing them is told of the update). Values that all disagree with one another are
 * one relation, so that the message lists every source; otherwise each pair is its own.
 */
function disputeRelations(pairs: [IndexedFact, IndexedFact][], updates: [IndexedFact, IndexedFact][]): SameMeasureRelation[] {
  const superseded = new Set(updates.map(([earlier]) => earlier));
  const kept = pairs.filter(([a, b]) => !superseded.has(a) && !superseded.has(b));
  const linked = new Set(kept.flatMap(([a, b]) => [`${a.id}\u0000${b.id}`, `${b.id}\u0000${a.id}`]));
  const out: SameMeasureRelation[] = [];
  for (const members of components(kept)) {
    const ordered = [...members].sort((x, y) => x.ordinal - y.ordinal);
    const clique = ordered.every((x, i) => ordered.slice(i + 1).every((y) => linked.has(`${x.id}\u0000${y.id}`)));
    if (clique) out.push(relation('dispute', ordered));
    else for (const [a, b] of kept.filter(([a]) => members.includes(a))) out.push(relation('dispute', [a, b]));
  }
  return out;
}

/** The groups of facts that pairs join, each in order of first appearance. */
function components(pairs: [IndexedFact, IndexedFact][]): IndexedFact[][] {
  const parent = new Map<IndexedFact, IndexedFact>();
  const find = (x: IndexedFact): IndexedFact => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  for (const [a, b] of pairs) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  }
  const groups = new Map<IndexedFact, IndexedFact[]>();
  for (const [a, b] of pairs) {
    for (const x of [a, b]) {
      const g = groups.get(find(x)) ?? [];
      if (!g.includes(x)) g.push(x);
      groups.set(find(x), g);
    }
  }
  return [...groups.values()];
}

function relation(status: 'update' | 'dispute', members: IndexedFact[]): SameMeasureRelation {
  const first = members[0]!;
  const what = [first.unit, first.period?.replace(/^as-of\s+/i, 'as of ')].filter(Boolean).join(', ');
  return {
    id: `link.${members.map((m) => m.id).join('~')}`,
    kind: 'same-measure',
    status,
    facts: members.map((m) => m.id),
    note: `${status === 'update' ? 'A later source updates the figure' : 'The sources give different values'} for the same measure (${what}), as read from their sentences.`,
  };
}
