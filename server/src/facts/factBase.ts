import { compiledStemsOf, stemsOfFact } from './compiledData';
import { deserializeSource, type FactBaseData } from './loadData';
import { plainText } from './sourceDocument';
import type { CatalogueDocument, CatalogueParagraph, Fact, Relation, SourceDocument, SourceParagraph, SynonymGroup } from './types';
import { contentStems } from './words';
import { NO_WORDING, WordingIndex } from './wording';
import { countedStemOf, factYears, isRunningTotal, unitClassOfFact, type UnitClass } from './factFeatures';

export interface IndexedFact extends Fact {
  /** Stem of what a count counts ("cameras" → "camera"), when the unit is a noun. */
  unitStem?: string;
  /** Each term as its content stems ("security forces" → ["secur", "forc"]). */
  termStems: string[][];
  /**
   * How informative each of its termStems is, in the same order: 1 for a term one fact uses, less for terms many
   * facts share ("january events"). Kept with the fact rather than in a table by term, which held a string and an
   * entry for every distinct term of a large base.
   */
  termWeights: number[];
  measureStems: string[];
  /** The years of its period, if it names any. */
  periodYears?: [number, number];
  /** Whether its period is a running total "as of" a date. */
  runningTotal: boolean;
  unitClass: UnitClass;
  /** What a count counts, for the figure check: unitStem, or "person" for a count of persons. */
  countedStem?: string;
  /** Its number in its fact base, from 0 (below FactBase.factCount): per-fact marks are kept in arrays. */
  ordinal: number;
}

/** A fact's terms and measure words as the figure check scores them. */
export interface ScoringTerms {
  /** How informative each of its termStems is (IndexedFact.termWeights), in the same order. */
  termWeights: number[];
  /** Each of its termStems as stem numbers (FactBase.stemNumbers). */
  termStemNumbers: number[][];
  /** Its measure stems as stem numbers, without repeats, in order of first use. */
  measureStemNumbers: number[];
  /** Every stem of its terms. */
  termStemSet: Set<string>;
  /** The stems of its one-word terms. */
  oneWordTerms: Set<string>;
}

export interface ResolvedParagraph {
  document: CatalogueDocument;
  paragraph: CatalogueParagraph;
  /** Text from the bundled source, when the document is bundled. */
  text?: string;
  source?: SourceDocument;
  sourceParagraph?: SourceParagraph;
}

/** Normalises a UN symbol for lookup: spaces removed, case kept except for "Add."/"Corr." variants. */
export function normaliseSymbol(symbol: string): string {
  return symbol.replace(/\s+/g, '').replace(/\.$/, '').toUpperCase();
}

/** The checker's knowledge: sources, facts, relations and the document catalogue, indexed for lookup. */
export class FactBase {
  readonly sources = new Map<string, SourceDocument>();
  readonly facts = new Map<string, IndexedFact>();
  /** The data's relations, then those read from the facts while the fact base is built (addRelations). */
  relations: Relation[];
  /** The wording lists the judgement of figures reads claims by. */
  readonly wording: WordingIndex;
  readonly documents = new Map<string, CatalogueDocument>();
  /** Alias phrase (lowercase) → symbol. */
  readonly aliases = new Map<string, string>();
  /** Every noun that some fact counts: "persons", "cameras", "suicides" … */
  readonly unitStems = new Set<string>();
  /** Every stem of the facts' terms and measures, numbered from 0: the figure check marks a context's words by number. */
  readonly stemNumbers = new Map<string, number>();
  /** How many facts were indexed (every IndexedFact's ordinal is below it). */
  factCount = 0;
  /** Made for each fact the first time it is scored: a catalogue-scale fact base has many facts that never are. */
  private readonly scoringOfFacts = new Map<IndexedFact, ScoringTerms>();
  private readonly relationsByFact = new Map<string, Relation[]>();
  private readonly factsByStem = new Map<string, IndexedFact[]>();
  private readonly factsByValue = new Map<number, IndexedFact[]>();
  private readonly sourceBySymbol = new Map<string, SourceDocument>();
  /** Every fact indexed, by ordinal (one a later fact of the same id replaced in `facts` too: it stays in the stem lists). */
  private readonly byOrdinal: IndexedFact[] = [];
  /** byOrdinal by source, made when first asked (factsOfSource). */
  private bySource?: Map<string, IndexedFact[]>;

  constructor(readonly data: FactBaseData) {
    this.wording = new WordingIndex(data.wording ?? NO_WORDING);
    const synonymsOf = synonymStems(data.synonyms ?? []);
    // Facts share most of their words ("january events", "convicted"): each phrase is read once, and its stems are one
    // array for every fact that uses it (read-only), which also keeps a large fact base small.
    const phraseStems = new Map<string, string[]>();
    const stemsOf = (phrase: string) => {
      let stems = phraseStems.get(phrase);
      if (!stems) phraseStems.set(phrase, (stems = contentStems(phrase)));
      return stems;
    };
    // Many facts count over the same period ("2023"): one pair of years each.
    const years = new Map<string | undefined, [number, number] | undefined>();
    const yearsOf = (period: string | undefined) => {
      if (!years.has(period)) years.set(period, factYears(period));
      return years.get(period);
    };
    // And in a few units ("persons", "cases"): each unit's class is read once (ten regular expressions).
    const unitClasses = new Map<string | undefined, UnitClass>();
    const unitClassOf = (unit: string | undefined) => {
      let c = unitClasses.get(unit);
      if (c === undefined) unitClasses.set(unit, (c = unitClassOfFact(unit)));
      return c;
    };
    for (const s of data.sources) {
      const doc = deserializeSource(s);
      this.sources.set(doc.meta.id, doc);
      if (doc.meta.symbol) this.sourceBySymbol.set(normaliseSymbol(doc.meta.symbol), doc);
    }
    for (const f of data.facts) {
      // The build computed the stems of the bundled (compiled) facts; workspace facts are read here.
      const { unitStem, measureStems, termStems } = compiledStemsOf(f) ?? stemsOfFact(f, stemsOf);
      if (unitStem) this.unitStems.add(unitStem);
      // What `{ ...f, unitStem, … }` gives, fields in the same order, built field by field: V8 gives each object
      // spread and then extended a hidden class of its own (about 20 µs a fact: most of indexing 10,000 facts).
      const indexed = copyOf(f) as IndexedFact;
      indexed.unitStem = unitStem;
      // The stems as read are kept as they are when nothing is left out (facts that share a phrase share its stems).
      indexed.termStems = withSynonyms(termStems.every((t) => t.length > 0) ? termStems : termStems.filter((t) => t.length > 0), synonymsOf);
      indexed.termWeights = NO_WEIGHTS;
      indexed.measureStems = measureStems;
      indexed.periodYears = yearsOf(f.period);
      indexed.runningTotal = isRunningTotal(f.period);
      indexed.unitClass = unitClassOf(f.unit);
      indexed.countedStem = countedStemOf(unitStem, f.unit);
      indexed.ordinal = this.factCount++;
      this.byOrdinal.push(indexed);
      this.facts.set(f.id, indexed);
      // Each stem's list gets the fact once: a fact is added to lists only while it is the one being indexed, so a
      // repeat of a stem finds it last in the list.
      for (const t of indexed.termStems) {
        for (const s of t) {
          const list = this.factsByStem.get(s);
          if (!list) this.factsByStem.set(s, [indexed]);
          else if (list[list.length - 1] !== indexed) list.push(indexed);
        }
      }
      if (f.value !== undefined) push(this.factsByValue, f.value, indexed);
    }
    // How many facts use each term (once per fact), then each fact's weight of each of its terms. Each fact's stems are
    // numbered in the same pass (a term's stems, then the measure's, fact by fact).
    const df = new Map<string, number>();
    const keysOfFacts: string[][] = [];
    // A phrase's stems are one array for the facts that share it: numbered at its first fact, skipped at the others.
    const numbered = new Set<string[]>();
    const number = (stems: string[]) => {
      if (numbered.has(stems)) return;
      numbered.add(stems);
      for (const stem of stems) if (!this.stemNumbers.has(stem)) this.stemNumbers.set(stem, this.stemNumbers.size);
    };
    // And the key of a phrase of several stems is one string (joined once, hashed once as a key of df).
    const keyOfStems = new Map<string[], string>();
    const keyOf = (t: string[]) => {
      if (t.length === 1) return t[0]!;
      let key = keyOfStems.get(t);
      if (key === undefined) keyOfStems.set(t, (key = t.join(' ')));
      return key;
    };
    for (const f of this.facts.values()) {
      const keys = f.termStems.map(keyOf);
      keysOfFacts.push(keys);
      keys.forEach((key, i) => {
        if (keys.indexOf(key) === i) df.set(key, (df.get(key) ?? 0) + 1);
      });
      for (const t of f.termStems) number(t);
      number(f.measureStems);
    }
    const n = Math.max(this.facts.size, 2);
    const idf = (count: number) => Math.min(1, Math.log(1 + n / count) / Math.log(1 + n / 3));
    let i = 0;
    for (const f of this.facts.values()) f.termWeights = keysOfFacts[i++]!.map((key) => idf(df.get(key)!));
    this.relations = data.relations;
    for (const r of data.relations) for (const id of relationMembers(r)) push(this.relationsByFact, id, r);
    for (const d of data.documents) {
      this.documents.set(normaliseSymbol(d.symbol), d);
      for (const c of d.corrigenda ?? []) this.documents.set(normaliseSymbol(c), d);
      for (const a of d.aliases ?? []) this.aliases.set(a.toLowerCase(), d.symbol);
    }
  }

  private unique?: CatalogueDocument[];
  /** Each catalogued document once (a corrigendum's symbol leads to its document), in catalogue order. */
  uniqueDocuments(): CatalogueDocument[] {
    return (this.unique ??= [...new Map([...this.documents.values()].map((d) => [d.symbol, d])).values()]);
  }

  private bySymbol?: { upper: string[]; docs: CatalogueDocument[]; order: Map<CatalogueDocument, number>; bundled: CatalogueDocument[] };
  /**
   * Documents whose symbol starts with `prefix` (case-insensitive), in catalogue order: all of them when there are at
   * most `limit`, else `limit` of them, those with bundled text and `preferred` first, then by symbol. `complete`
   * says whether that is all of them. A binary search over the symbols: the cost does not grow with the catalogue.
   */
  documentsWithPrefix(prefix: string, limit: number, preferred?: string): { documents: CatalogueDocument[]; complete: boolean } {
    if (!this.bySymbol) {
      const unique = this.uniqueDocuments();
      const keyed = unique.map((d) => ({ d, upper: d.symbol.toUpperCase() })).sort((a, b) => (a.upper < b.upper ? -1 : a.upper > b.upper ? 1 : 0));
      this.bySymbol = { upper: keyed.map((k) => k.upper), docs: keyed.map((k) => k.d), order: new Map(unique.map((d, i) => [d, i])), bundled: unique.filter((d) => d.source) };
    }
    const { upper, docs, order, bundled } = this.bySymbol;
    const typed = prefix.toUpperCase();
    let lo = 0;
    let hi = upper.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (upper[mid]! < typed) lo = mid + 1;
      else hi = mid;
    }
    const picked = new Set<CatalogueDocument>();
    const first = preferred ? this.document(preferred) : undefined;
    if (first && first.symbol.toUpperCase().startsWith(typed)) picked.add(first);
    for (const d of bundled) if (d.symbol.toUpperCase().startsWith(typed)) picked.add(d);
    let complete = true;
    for (let i = lo; i < upper.length && upper[i]!.startsWith(typed); i++) {
      if (picked.size >= limit && !picked.has(docs[i]!)) {
        complete = false;
        break;
      }
      picked.add(docs[i]!);
    }
    const documents = [...picked];
    if (complete) documents.sort((a, b) => order.get(a)! - order.get(b)!);
    return { documents, complete };
  }

  private loi?: CatalogueDocument | null;
  /** The bundled list of issues: what "question N" refers to. */
  listOfIssues(): CatalogueDocument | undefined {
    if (this.loi === undefined) this.loi = [...this.documents.values()].find((d) => d.kind === 'list-of-issues' && d.source) ?? null;
    return this.loi ?? undefined;
  }

  private stemIndex?: { stems: string[]; facts: IndexedFact[][] };
  /**
   * Statistics that have a term or measure word starting with `prefix` (a stem), in fact-base order, at most `limit`.
   * A binary search over the sorted stems, then the first `limit` of each matching stem's facts: sub-linear in the
   * size of the fact base.
   */
  statisticsWithStemPrefix(prefix: string, limit: number): IndexedFact[] {
    if (!this.stemIndex) {
      const byStem = new Map<string, IndexedFact[]>();
      for (const f of this.facts.values()) {
        if (f.type !== 'statistic') continue;
        for (const s of new Set([...f.termStems.flat(), ...f.measureStems])) push(byStem, s, f);
      }
      const stems = [...byStem.keys()].sort();
      this.stemIndex = { stems, facts: stems.map((s) => byStem.get(s)!) };
    }
    const { stems, facts } = this.stemIndex;
    let lo = 0;
    let hi = stems.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (stems[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const order = this.factOrder();
    const found = new Set<IndexedFact>();
    for (let i = lo; i < stems.length && stems[i]!.startsWith(prefix); i++) for (const f of facts[i]!.slice(0, limit)) found.add(f);
    return [...found].sort((a, b) => order.get(a)! - order.get(b)!).slice(0, limit);
  }

  private order?: Map<IndexedFact, number>;
  private factOrder(): Map<IndexedFact, number> {
    if (!this.order) {
      this.order = new Map();
      for (const f of this.facts.values()) this.order.set(f, this.order.size);
    }
    return this.order;
  }

  /** A fact's terms and measure as the figure check scores them (see ScoringTerms). */
  scoringOf(fact: IndexedFact): ScoringTerms {
    let scoring = this.scoringOfFacts.get(fact);
    if (!scoring) {
      scoring = {
        termWeights: fact.termWeights,
        termStemNumbers: fact.termStems.map((t) => t.map((stem) => this.stemNumbers.get(stem)!)),
        measureStemNumbers: [...new Set(fact.measureStems)].map((stem) => this.stemNumbers.get(stem)!),
        termStemSet: new Set(fact.termStems.flat()),
        oneWordTerms: new Set(fact.termStems.filter((t) => t.length === 1).map((t) => t[0]!)),
      };
      this.scoringOfFacts.set(fact, scoring);
    }
    return scoring;
  }

  factsWithStem(stem: string): IndexedFact[] {
    return this.factsByStem.get(stem) ?? [];
  }

  /** The facts of a source, in the order they were indexed: each fact factsWithStem can give, of that source. */
  factsOfSource(source: string): readonly IndexedFact[] {
    if (!this.bySource) {
      this.bySource = new Map();
      for (const f of this.byOrdinal) push(this.bySource, f.source, f);
    }
    return this.bySource.get(source) ?? [];
  }

  factsWithValue(value: number): IndexedFact[] {
    return this.factsByValue.get(value) ?? [];
  }

  /**
   * Relations read from the indexed facts themselves (same-measure links between sources, ../sources/factLinks),
   * added while the fact base is built, before anything reads it. The data's own array is not changed.
   */
  addRelations(relations: Relation[]): void {
    if (!relations.length) return;
    this.relations = [...this.relations, ...relations];
    for (const r of relations) for (const id of relationMembers(r)) push(this.relationsByFact, id, r);
    this.relatedByFact.clear();
    this.sameMeasureByFact.clear();
  }

  relationsOf(factId: string): Relation[] {
    return this.relationsByFact.get(factId) ?? [];
  }

  private readonly relatedByFact = new Map<string, Set<string>>();
  /** The other facts in its relations other than same-measure ones (totals and parts, lists, changes …). */
  relatedFacts(factId: string): Set<string> {
    let related = this.relatedByFact.get(factId);
    if (!related) {
      related = new Set();
      for (const r of this.relationsOf(factId)) if (r.kind !== 'same-measure') for (const id of relationMembers(r)) if (id !== factId) related.add(id);
      this.relatedByFact.set(factId, related);
    }
    return related;
  }

  document(symbol: string): CatalogueDocument | undefined {
    return this.documents.get(normaliseSymbol(symbol));
  }

  /** Phrases that stand for a document, longest first so "the previous concluding observations" wins over "the concluding observations" (one list, not to be changed). */
  aliasPhrases(): string[] {
    // One list for the fact base's life (the aliases are set as it is built): what findCitations plans for a list of
    // phrases is kept with the list, and each check asked for a new one (a re-check made the plan again).
    this.phrases ??= [...this.aliases.keys()].sort((a, b) => b.length - a.length);
    return this.phrases;
  }
  private phrases?: string[];

  /** Resolves "CAT/C/KAZ/Q/4" + "23" + "b" to the catalogue paragraph and, when bundled, its text. */
  resolveParagraph(symbol: string, id: string, sub?: string): ResolvedParagraph | undefined {
    const document = this.document(symbol);
    if (!document) return undefined;
    const paragraph = this.paragraphOf(document, id);
    const source = document.source ? this.sources.get(document.source) : this.sourceBySymbol.get(normaliseSymbol(document.symbol));
    const address = sub ? `${id}(${sub})` : id;
    const sourceParagraph = source?.paragraphs.get(address) ?? source?.paragraphs.get(id);
    if (!paragraph && !sourceParagraph) return undefined;
    if (sub && paragraph && !(paragraph.subparagraphs ?? []).includes(sub) && !source?.paragraphs.has(address)) return undefined;
    if (sub && !paragraph && !source?.paragraphs.has(address)) return undefined;
    return {
      document,
      paragraph: paragraph ?? { id, subject: sourceParagraph!.heading || `Paragraph ${id}` },
      text: sourceParagraph ? plainText(sourceParagraph.text) : paragraph?.text,
      source,
      sourceParagraph,
    };
  }

  private readonly paragraphIndex = new WeakMap<CatalogueDocument, Map<string, CatalogueParagraph>>();
  /** A catalogued paragraph by id (the first one listed), through an index built the first time the document is asked. */
  paragraphOf(document: CatalogueDocument, id: string): CatalogueParagraph | undefined {
    let index = this.paragraphIndex.get(document);
    if (!index) {
      index = new Map();
      for (const p of document.paragraphs ?? []) if (!index.has(p.id)) index.set(p.id, p);
      this.paragraphIndex.set(document, index);
    }
    return index.get(id);
  }

  /** Whether the catalogue knows every paragraph of the document (so an unknown number is an error, not a gap). */
  knowsAllParagraphs(document: CatalogueDocument): boolean {
    return Boolean(document.source && this.sources.has(document.source)) || document.paragraphs_complete === true;
  }

  sourceOf(fact: Fact): SourceDocument | undefined {
    return this.sources.get(fact.source);
  }

  /** Facts that measure the same thing as `fact`, with how they relate. */
  sameMeasure(fact: Fact): { relation: Extract<Relation, { kind: 'same-measure' }>; others: IndexedFact[] }[] {
    let same = this.sameMeasureByFact.get(fact.id);
    if (!same) {
      same = this.relationsOf(fact.id)
        .filter((r): r is Extract<Relation, { kind: 'same-measure' }> => r.kind === 'same-measure')
        .map((relation) => ({ relation, others: relation.facts.filter((id) => id !== fact.id).map((id) => this.facts.get(id)).filter((f): f is IndexedFact => !!f) }));
      this.sameMeasureByFact.set(fact.id, same);
    }
    return same;
  }
  /** sameMeasure's answers, read once per fact: every figure a fact is a candidate for asks (not to be changed). */
  private readonly sameMeasureByFact = new Map<string, { relation: Extract<Relation, { kind: 'same-measure' }>; others: IndexedFact[] }[]>();
}

const NO_WEIGHTS: number[] = [];

/** A new object with the own enumerable fields of `x`, in their order (what a spread copies of a plain fact). */
function copyOf<T extends object>(x: T): T {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(x)) out[k] = (x as Record<string, unknown>)[k];
  return out as T;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function relationMembers(r: Relation): string[] {
  switch (r.kind) {
    case 'total-parts': return [r.total, ...r.parts];
    case 'share': return [r.part, r.base, r.percent];
    case 'same-measure': return r.facts;
    case 'conversion': return [r.from, r.to];
    case 'change': return [r.from, r.to, r.stated];
  }
}

/** Each stem of a synonym group → the stems of the group's other words. */
function synonymStems(groups: SynonymGroup[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const g of groups) {
    const stems = [...new Set(g.words.flatMap((w) => contentStems(w)))];
    for (const s of stems) out.set(s, [...new Set([...(out.get(s) ?? []), ...stems.filter((o) => o !== s)])]);
  }
  return out;
}

/**
 * A fact's terms and their variants in other words of a synonym group ("confined in cells" → "held in cells"), one
 * word replaced at a time. A variant that is already one of the terms is not added again, so a sentence that uses
 * two words of a group does not count twice.
 */
function withSynonyms(terms: string[][], synonymsOf: Map<string, string[]>): string[][] {
  if (!synonymsOf.size || !terms.some((t) => t.some((s) => synonymsOf.has(s)))) return terms;
  const seen = new Set(terms.map((t) => t.join(' ')));
  const variants: string[][] = [];
  for (const t of terms) {
    t.forEach((s, i) => {
      for (const other of synonymsOf.get(s) ?? []) {
        const variant = t.map((x, j) => (j === i ? other : x));
        const key = variant.join(' ');
        if (!seen.has(key)) {
          seen.add(key);
          variants.push(variant);
        }
      }
    });
  }
  return variants.length ? [...terms, ...variants] : terms;
}
