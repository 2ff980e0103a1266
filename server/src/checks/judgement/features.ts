import type { FactBase, IndexedFact } from '../../facts/factBase';
import { SPEAKER_LABEL, type Restrictions, type WordingIndex } from '../../facts/wording';
import { isRunningTotal } from '../../facts/factFeatures';
import { capitalisedStems, contentStems, escapeRegExp, isStopWord, stem, tokenize } from '../../facts/words';
import { findFigures, type Figure, type NumberWording } from '../../parse/figures';
import { DRAWN_FROM, IRREGULAR_PLURAL, STATEMENT_VERBS, WHOLE_OF_PART_BEFORE, type FigureContext } from '../figureContext';
import { dateParts, MONTHS } from '../../facts/dates';

/**
 * The features of one figure–fact pair: what the claim says about each slot of its measure (what is counted, what
 * happened, where, to whom, by whom, when) beside what the fact says. The decision rules (./rules) read these and
 * nothing else, so each rule can be stated, and tested, in the words of the slots.
 */
export interface PairFeatures {
  figure: Figure;
  fact: IndexedFact;
  /** How well the fact's words fit the figure's context (the candidate score). */
  score: number;
  /**
   * What the figure counts against what the fact counts: the same noun, one the fact's words allow (a synonym, a
   * generic "persons"), another noun, or none the clause states.
   */
  counted: 'same' | 'compatible' | 'different' | 'unstated' | 'not-a-count';
  /** Whether the fact's counted noun stands in the figure's sentence, carried subject or headings. */
  countedInContext: boolean;
  /** Whether a neighbouring figure of the sentence agrees with a fact of the same breakdown. */
  anchored: boolean;
  /** The events the figure's clause names, and the fact's (event group names). */
  claimEvents: Set<string>;
  /**
   * What happened to what the figure counts, by the event word nearest to it in its clause ("13 officers were
   * suspended", "the courts examined 1,146 complaints"), when one stands within a few words of it.
   */
  claimPredicate?: { event: string; stem: string };
  /** The stems of the fact's measure, terms and quote, without the nouns for those an event befell ("detainees"). */
  factVerbStems: Set<string>;
  /** The events the fact's measure names by a verb ("officials punished", "complaints registered"). */
  measurePredicates: Set<string>;
  /** The families of those events ("harm" for died, "proceedings" for convicted). */
  measurePredicateFamilies: Set<string>;
  factEvents: Set<string>;
  /** The events the fact's measure itself names: the most precise statement of what it counts. */
  measureEvents: Set<string>;
  /** Whether the claim's events and the fact's measure's differ once the events that only record a count ("recorded", "registered") are set aside, both naming others ("Deaths … recorded" and "injuries … registered"). */
  actsApart: boolean;
  /** The figure stands in a table cell: its column header states its measure. */
  inTable: boolean;
  /** Their families ("proceedings", "harm", "custody" …). */
  claimFamilies: Set<string>;
  /** The families of the events of the claim's sentence up to its clause's end, and of the sentence it carries its subject from. */
  contextFamilies: Set<string>;
  factFamilies: Set<string>;
  /** The distinct years the claim's sentence names. */
  claimYears: number[];
  /** Places, subgroups and institutions the claim names and the fact does not. */
  unmatched: Restrictions;
  /** The figure counts a part of something the sentence names ("18 of the 190 complaints", "Of these, 12"). */
  partOf: boolean;
  /**
   * What a share is of, as the stem of a counted noun: the claim's ("104 of the 190 complaints, or 62 per cent") and
   * the fact's ("share of cases closed …"); undefined where it names none the lists know.
   */
  claimShareBase?: string;
  factShareBase?: string;
  /** Whether two counted nouns count the same things (WordingIndex.countedAlike). */
  alikeBases: boolean;
  /** The fact's measure is a plan or a projection ("to be built", "planned", "projected … by 2030"). */
  factPlanned: boolean;
  /** The claim's clause says the thing was done ("were put into operation", "have been built"), and speaks of no plan. */
  claimDone: boolean;
  /**
   * The claim's figure is a value someone proposes or aims at, not one that is ("to raise compensation to at least 150
   * MCI", "should be cut to 24 hours", a list under "I therefore propose:").
   */
  claimTarget: boolean;
  /** The claim's sentence, or what it carries, names a plan or a projection ("will", "planned", "by 2030"). */
  claimNamesPlan: boolean;
  /** What the claim says of those it counts is negated ("14 of the 64 convicted officers received no prison term"). */
  claimNegated: boolean;
  /** The fact's measure is negated ("applicants who did not name specific persons"). */
  factNegated: boolean;
  /** The value of the whole the claim's figure is drawn from, where its sentence states it ("Of the 43 convicted, 29 …", "29 of the 43"). */
  claimWhole?: number;
  /** The claim's figure is itself the whole a part of its sentence is drawn from ("44 of the 64", "Of the 43 convicted, 29 …"). */
  claimIsWhole: boolean;
  /** A word before the claim's counted noun that singles out a part of what is counted ("212 joint visits"), which the fact's words do not name. */
  modifierUnnamed?: string;
  /**
   * The claim gives its figure as the total of figures its text states before it ("449 … released …. In addition to them,
   * 603 citizens were released …. Altogether, 1,052 persons …"), and the fact's value is one of those.
   */
  totalOfStated: boolean;
  /**
   * For a figure told as "in N cases" (or instances), the stem of its clause's first verb in -ed: what the cases are
   * instances of ("travelled to the scene … in 126 cases").
   */
  instancesOf?: string;
  /** The values of the wholes the fact is a stated part of. */
  factWholes: number[];
  /** The values other statements give for the measure of a whole the fact is a part of (its updates, its disputes). */
  factWholesRestated: number[];
  /** The numbers of the articles of a code the claim's sentence names, and those the fact's words name. */
  claimArticles: string[];
  factArticles: string[];
  /** The fact is itself a part of a stated whole ("including 3998 officers", a part of a total-parts relation). */
  factIsPart: boolean;
  /**
   * For a fact that is a stated part of a whole fact: how many words tell it from that whole (its terms and its
   * measure's words that the whole's lack), and how many of them stand near the figure (terms whole, measure words
   * one by one). "17 - serving a sentence in the form of imprisonment" of "52 convicted of torture": imprisonment,
   * serving a sentence.
   */
  partWords?: { terms: number; termsNear: number; measureNear: number };
  /**
   * For a fact that is a stated part of a whole: how many parts of that whole a table cell's row and column name by
   * the words that tell each from the whole and the other parts. "| Other (deferral, release
   * under amnesty, death, limitation period) | 29 |" names four: it lumps them.
   */
  partsNamed: number;
  /**
   * The figure counts what is left of a breakdown ("| Other (deferral, …) | 29 |"), and the fact's measure is no such
   * rest.
   */
  residualOfOther: boolean;
  /** The years the claim puts the figure in, and the year the fact's source spoke. */
  claimPeriod?: [number, number];
  assertedYear?: number;
  /** Places, subgroups and institutions the fact's measure names and the claim does not ("members of the Coordination Council"). */
  unnamed: Restrictions;
  /**
   * Where the figure's own words name a place the fact does not name and the fact's measure names one the figure's
   * own words do not: those places, the claim's and the fact's (see another-place).
   */
  placesApart?: { claim: string[]; fact: string[] };
  /**
   * A table cell whose row's other cells agree with one measure over several periods (the series of a source's
   * paragraph), where the fact is not of that series: the series' measure and periods (see another-measure-of-the-row).
   */
  rowSeries?: { measure: string; periods: string[] };
  /**
   * The claim's figure is drawn from a whole its text states ("211 918 persons … Among the said persons, 38 …"), and
   * the fact is a part of no stated whole while its source's paragraph states no figure of that value: the whole, and
   * what it agrees with in the sentence before where it does.
   */
  wholeElsewhere?: string;
  /** The claim gives the writer's own monitoring data; whether the fact was asserted by an NGO. */
  ownMonitoring: boolean;
  /** The claim's own monitoring is told in the first person ("Our documentation centre has logged …"): the writer's own count, whoever else counted. */
  ownInFirstPerson: boolean;
  factByNgo: boolean;
  /** The claim gives its figure as the State's own ("According to the Government, …", "the State itself attributes nine …"). */
  claimByState: boolean;
  /** The fact is an NGO's statement, not one it quotes from a State body (its attribution or its quote names none: "at least six … died as a result of torture"). */
  factNgoStatement: boolean;
  /**
   * The period a heading above the claim names ("Chapter 3. … in 2024"), where the claim's text gives none: it only
   * suggests the period, so it is no evidence that a figure is a fact's, but it is reason to doubt that it is one about
   * other years' events.
   */
  headingPeriod?: [number, number];
  /** The claim's only years name events ("the January 2022 cases"): they do not narrow its period. */
  periodNamesEvents: boolean;
  /**
   * The claim's sentence names no year, and its period is the plain year of the sentence it carries its subject from
   * ("… received 2,914 complaints in 2023. Of them, 412 …"), not a month or a date ("after January 2022").
   */
  periodCarried: boolean;
  /** The fact's period, in years. */
  factPeriod?: [number, number];
  /** The fact is a running total counted up to a date ("as of July 2024"). */
  factIsRunningTotal: boolean;
  /** The claim's figure is an average ("averaging 118,000 tenge") and the fact's measure says nothing of one. */
  averageOfOther: boolean;
  /** The claim names no period anywhere (its sentence, carried subject, table headers or headings), and the fact is one year of a series its source states for several years. */
  undatedAgainstYear?: string;
  /**
   * For a fact that is how long one dated incident lasted (hours, days, months or years, of one day or month): the
   * incident, where the claim names neither its year nor a name of the fact's measure ("Fariza Ospan", "Taldykorgan").
   */
  incidentUnnamed?: string;
  /**
   * For a fact that counts those a survey reached (its measure says so): who they were ("prosecutor's office staff"),
   * where the claim names none of those words.
   */
  sampleUnnamed?: string;
  /** The claim's period is a year its sentence names by reference ("That year", "the current year"). */
  periodRelative: boolean;
  /** The claim's sentence dates it plainly in one year ("In 2024, 26 persons were convicted"), not as a total "by" or "as of" a date. */
  claimInOneYear: boolean;
  /**
   * A fact of no stated period whose measure spans several years ("convicted of torture over the past five years"):
   * how many; and whether the claim's own sentence names such a span too.
   */
  factSpanYears?: number;
  claimNamesSpan: boolean;
  /** A year or a span of years stands in the claim's paragraph or the one before, in what it carries, or in its table's headers. */
  claimPeriodNear: boolean;
  /** Those the claim's complaints came from ("211 complaints from prisoners") whom the fact's words do not name. */
  unnamedSenders: string[];
  /** The words that single out the persons the claim's figure is drawn from ("Among the gunshot victims") that the fact's words do not name. */
  drawnFromUnnamed: string[];
  /** The claim bounds an age ("aged over 60") and the fact's words name no age group (minors, children, the elderly). */
  ageGroupUnnamed: boolean;
  /** The claim counts what an amount or a span bounds ("awards above 1 million tenge"); the fact's measure names no bound. */
  boundUnnamed: boolean;
  /** What the claim's sentence sets aside that the fact's measure names ("unrelated to the January events"), as stems. */
  excludedNamed: string[];
  /** How many times larger the larger of the two values is (1 when equal). */
  valueRatio: number;
  /**
   * The figure's significant digits are the fact's, rounded as far as the figure is written, in another order:
   * "94,456,000" or "94.5 million" for 49,456,000. A slip of the pen, however far apart the values.
   */
  digitsSwapped: boolean;
  /**
   * The date of the statement the claim gives the figure as ("the authorities said on March 14 that …"), as year, month,
   * day (the year may be missing), and whether the fact quotes a statement of that day.
   */
  statedOn?: { date: number[]; inFact: boolean; noYear?: boolean };
  /** The month the claim's sentence dates its figure in ("In July 2023 the Agency reported …", "by March 2024"), as year, month. */
  claimMonth?: number[];
  /** The claim's sentence singles out a part of a month or year ("in the first week of January", "in the first half of 2022") that the fact's words do not. */
  partOfPeriod: boolean;
  /** When the fact's source spoke, as year, month, day as far as given. */
  assertedOn: number[];
  /** How many of the fact's terms stand whole in the figure's own words, clause or sentence (or carried subject). */
  termsNear: number;
  /** The years of the events the fact's measure names by month and year ("in the 16 January 2022 torture cases"). */
  factEventYears: number[];
  /** The claim's sentence, the sentence it carries, its headings or its block name the month of those events. */
  claimNamesFactEvents: boolean;
  /**
   * The fact counts events a month and year name, and nothing around the claim dates it or names them: no period, no
   * year in its sentence or headings, not the month in its sentence, carried text, headings, paragraph or the blocks
   * before it in its section (read only when the rest holds).
   */
  factEventsUnnamed: boolean;
  /**
   * The one month the fact is of: its period ("2022-01"), or, without a period, the month and year of the events it
   * counts ("the January 2022 cases").
   */
  factMonthYear?: number;
  /** The claim's sentence, carried text, headings or block name the month of factMonthYear. */
  claimNamesFactMonth: boolean;
  /** The offence the fact's measure is about, other than the checker's own topic, when nothing around the claim names it (see `offences`). */
  offenceUnnamed?: string;
}

/**
 * Reads claims and facts into slots. One per fact base and document: it keeps each fact's words for the figures that
 * ask again, and what the texts of claims name, from one version's check to the next (`end` bounds what it keeps of
 * claims).
 */
export class SlotReader {
  private readonly factStems = new Map<IndexedFact, Set<string>>();
  private readonly factEvents = new Map<IndexedFact, Set<string>>();
  private readonly factFamilies = new Map<IndexedFact, Set<string>>();
  private readonly factParts = new Map<IndexedFact, boolean>();
  private readonly factCounted = new Map<IndexedFact, string | undefined>();
  private readonly measureEvents = new Map<IndexedFact, Set<string>>();
  private readonly verbStems = new Map<IndexedFact, Set<string>>();
  private readonly measurePredicates = new Map<IndexedFact, Set<string>>();
  private readonly measurePredicateFamilies = new Map<IndexedFact, Set<string>>();
  /** What each figure's claim says, read once however many candidate facts it is compared with. */
  private readonly claims = new WeakMap<FigureContext, ClaimSide>();
  private readonly factWholes = new Map<IndexedFact, number[]>();
  private readonly partStems = new Map<IndexedFact, Set<string>>();
  private readonly factSpans = new Map<IndexedFact, number | undefined>();
  private readonly siblings = new Map<IndexedFact, string[][][]>();
  private readonly partWords = new Map<IndexedFact, { terms: string[][]; measure: string[] } | null>();
  private readonly factArticles = new Map<IndexedFact, string[]>();
  private readonly factEventNames = new Map<IndexedFact, { year: number; month: string }[]>();
  /** The values of the facts about each named month's events ("januari 2022"), made when first asked (eventValues). */
  private eventValueSets: Map<string, Set<number>> | undefined;
  private readonly factRestrictions = new Map<IndexedFact, Restrictions>();
  private readonly measureRestrictions = new Map<IndexedFact, Restrictions>();
  /**
   * What a text of a claim names, by its key (WordingIndex.restrictionsKey): the figures of one sentence read the same
   * sentence, and the cells of a table the same few carried texts (their row label and column header, the header row,
   * the sentence before the table) with a figure of their own, whose digits the key does not tell apart.
   */
  private readonly textRestrictions = new Map<string, Restrictions>();
  /** Whether a carried text counts things (carriedCountsThings), by text: the cells of a table carry a few texts. */
  private readonly carriedThings = new Map<string, boolean>();
  /** The claim sides of table cells' figures, by cellClaimKey. */
  private readonly cellClaims = new Map<string, ClaimSide>();
  private readonly headingIds = new WeakMap<Set<string>, number>();
  private headingCount = 0;
  constructor(readonly facts: FactBase) {}

  /** The stems of everything the fact itself says: its measure, terms, quote, scope and who stated it. */
  stemsOf(fact: IndexedFact): Set<string> {
    let s = this.factStems.get(fact);
    if (!s) {
      const text = [fact.measure, fact.terms.join(' '), fact.quote, fact.scope ?? '', fact.attributed_to ?? '', fact.asserted_by.name, fact.unit ?? ''].join(' . ');
      this.factStems.set(fact, (s = new Set(tokenize(text).map((t) => t.stem))));
    }
    return s;
  }

  eventsOf(fact: IndexedFact): Set<string> {
    let e = this.factEvents.get(fact);
    if (!e) this.factEvents.set(fact, (e = this.facts.wording.eventsOf(`${fact.measure} . ${fact.terms.join(' . ')} . ${fact.quote}`)));
    return e;
  }

  /** The families of the fact's events. */
  familiesOf(fact: IndexedFact): Set<string> {
    let e = this.factFamilies.get(fact);
    if (!e) this.factFamilies.set(fact, (e = familiesOf(this.facts, this.eventsOf(fact))));
    return e;
  }

  /**
   * The noun a count fact counts, as a stem ("complaints" → complaint, "persons" → person); none for amounts and
   * shares. Read from the unit's last word, stop word or not ("cases", "persons").
   */
  countedOf(fact: IndexedFact): string | undefined {
    if (fact.unitClass !== 'count' || !fact.unit) return undefined;
    // (Read once per fact: linking asks it of both facts of every candidate pair.)
    if (this.factCounted.has(fact)) return this.factCounted.get(fact);
    // The head of "elements of crimes" is "elements".
    const words = tokenize(fact.unit.replace(/-/g, ' ').split(/\s+of\s+/)[0]!);
    const counted = words.length ? words[words.length - 1]!.stem : undefined;
    this.factCounted.set(fact, counted);
    return counted;
  }

  /** Ends a check: past their bound, what was kept of the texts of claims is dropped. */
  end(): void {
    for (const kept of [this.textRestrictions, this.carriedThings, this.cellClaims]) if (kept.size > KEPT_CLAIM_TEXTS) kept.clear();
  }

  /** The claim side of a figure's pairs: the same for every candidate fact. */
  claimOf(f: { figure: Figure; ctx: FigureContext; blockText: string }): ClaimSide {
    let c = this.claims.get(f.ctx);
    if (!c) {
      const key = f.ctx.leadText !== undefined ? this.cellClaimKey(f) : undefined;
      c = key !== undefined ? this.cellClaims.get(key) : undefined;
      if (!c) {
        c = this.readClaim(f);
        if (key !== undefined) this.cellClaims.set(key, c);
      }
      this.claims.set(f.ctx, c);
    }
    return c;
  }

  /**
   * Everything the claim side of a table cell's figure reads (see readClaim): the cell's text with its digits alike
   * (WordingIndex.readingKey), the offsets of the context's spans in it, the texts it carries and the headings. The
   * cells of one row and column whose figures are written alike ("412" and "377") then read one claim.
   */
  private cellClaimKey(f: { figure: Figure; ctx: FigureContext; blockText: string }): string {
    const { ctx, figure } = f;
    let headings = this.headingIds.get(ctx.headings);
    if (headings === undefined) this.headingIds.set(ctx.headings, (headings = ++this.headingCount));
    return [this.facts.wording.readingKey(f.blockText), figure.start, figure.end, figure.unit === 'per-cent' ? 1 : 0, ctx.ownStart, ctx.clauseStart, ctx.clauseEnd, ctx.sentenceStart, ctx.sentenceEnd, ctx.subjectEnd, ctx.carriedText ?? '\u0002', ctx.carriedScopeText ?? '\u0002', ctx.leadText, ctx.rowPlace ?? '\u0002', headings].join('\u0001');
  }

  /** What a figure's claim says (claimOf). */
  private readClaim(f: { figure: Figure; ctx: FigureContext; blockText: string }): ClaimSide {
    const events = this.claimEventsOf(f);
    const before = f.blockText.slice(f.ctx.sentenceStart, f.figure.start);
    const after = f.blockText.slice(f.figure.end, f.figure.end + 40);
    const whole = statedWhole(before, after) ?? carriedWhole(before, f.ctx.carriedText, this.facts.wording) ?? earlierWhole(f.figure, before, after, this.facts.wording);
    // ("| Complaints of advocates on obstruction of professional activity received by the Collegium, 2022 | 238 |": what
    // complaints are about is what they count, as the complement of "acts of …" is.)
    const complement = COUNTED_OF.exec(f.blockText.slice(f.figure.end, f.figure.end + 60))?.[1] ?? suchComplement(f.blockText.slice(f.figure.end, f.figure.end + 40), f.ctx.carriedText) ?? (f.ctx.leadText !== undefined ? COMPLAINTS_ABOUT.exec(f.ctx.leadText.split(' · ')[0]!) : COMPLAINTS_AFTER.exec(f.blockText.slice(f.figure.end, f.figure.end + 80)))?.[1];
    return {
      restrictions: this.claimRestrictions(f),
      sentenceRestrictions: this.sentenceRestrictions(f),
      // ("The public fund Kazakhstan Khalkyna … ¶ … each received 5 million tenge from the fund": a body the paragraph, or
      // the one before, names is what its figures may be of; a place, only where its sentence names it.)
      // (Only for a sentence that refers back to a body: "its budget", "from the fund"; not "Coalition members took part in
      // 74 preventive mechanism visits", whose own subject counts.)
      paragraphInstitutions: REFERS_TO_BODY.test(f.blockText.slice(f.ctx.sentenceStart, f.ctx.sentenceEnd)) ? this.restrictionsOfText(`${f.blockText} . ${f.ctx.paragraphBefore ?? ''}`).institutions : [],
      stems: this.claimStems(f),
      events,
      families: familiesOf(this.facts, events),
      // (Up to the end of the figure's clause: "The courts convicted 1,273 persons, 543 of them for participating in
      // mass riots" says what befell the 543; what a later clause says befell others does not.)
      contextFamilies: familiesOf(this.facts, this.facts.wording.eventsOf(`${f.blockText.slice(f.ctx.sentenceStart, Math.max(f.ctx.clauseEnd, f.figure.end))} . ${f.ctx.carriedText ?? ''}`)),
      predicate: f.ctx.leadText ? undefined : this.predicateOf(f),
      ownMonitoring: f.ctx.ownSection || this.facts.wording.isOwnMonitoring(this.claimScope(f)),
      firstPerson: this.facts.wording.speaksInFirstPerson(this.claimScope(f)),
      carriedThings: !!f.ctx.carriedText && this.carriedCountsThings(f.ctx.carriedText),
      complement,
      complementStems: complement ? tokenize(complement).filter((t) => !isStopWord(t.word)).map((t) => t.stem) : [],
      // (A cell that counts nothing itself is told by its row label's first words.)
      partModifier: this.facts.wording.partModifierIn(f.ctx.countedStems.length || f.ctx.leadText === undefined ? f.ctx.countedStems : rowLabelOpening(f.ctx.leadText)),
      // (A later item of a list drawn from a stated whole is a part too: "of the 126 complainants, 74 were men, 38 …".)
      // ("| Penal institutions | 47 |" under "| Type of institution | Complaints |": a row of a breakdown is a part.)
      partOf: f.figure.unit !== 'per-cent' ? isPartOf(f.figure, f.blockText, f.ctx.sentenceStart) || whole !== undefined || f.ctx.breakdownRow : ANAPHORIC_BASE.test(f.blockText.slice(f.figure.end, f.figure.end + 24)),
      articles: articlesIn(f.blockText.slice(f.ctx.sentenceStart, f.ctx.sentenceEnd)),
      month: monthOf(f.blockText.slice(f.ctx.sentenceStart, f.ctx.sentenceEnd)),
      whole,
      ownPlaces: this.restrictionsOfText(ownText(f, f.ctx.ownStart)).places,
      after: new Set(tokenize(f.blockText.slice(f.figure.end, Math.min(f.figure.end + 40, Math.max(f.ctx.clauseEnd, f.figure.end)))).map((t) => t.stem)),
      isWhole: isWholeOfPart(f.blockText.slice(f.ctx.sentenceStart, f.figure.start), f.blockText.slice(f.figure.end, f.ctx.sentenceEnd)),
      totalOf: totalOfStated(before, after, f.ctx.carriedText, this.facts.wording.numbers),
      done: isDone(f.blockText.slice(Math.min(f.ctx.clauseStart, f.figure.start), Math.max(f.ctx.clauseEnd, f.figure.end))),
      target: TARGET_BEFORE.test(before.slice(0, (f.figure.qualifierStart ?? f.figure.start) - f.ctx.sentenceStart)) || PROPOSAL.test(`${f.blockText.slice(f.ctx.sentenceStart, f.ctx.sentenceEnd)} ${f.ctx.carriedText ?? ''}`),
      namesPlan: NAMES_PLAN.test(`${f.blockText.slice(f.ctx.sentenceStart, f.ctx.sentenceEnd)} ${f.ctx.carriedText ?? ''} ${f.ctx.leadText ?? ''}`),
      negated: negatedAfter(f.blockText.slice(f.figure.end, f.ctx.sentenceEnd)),
      byState: STATE_ATTRIBUTION.test(`${f.ctx.carriedText ?? ''} . ${f.blockText.slice(f.ctx.sentenceStart, f.ctx.sentenceEnd)}`),
      partOfPeriod: PART_OF_PERIOD.test(f.blockText.slice(f.ctx.sentenceStart, f.ctx.sentenceEnd)),
      excluded: excludedStems(f.blockText.slice(f.ctx.sentenceStart, f.ctx.sentenceEnd)),
      namesSpan: spanOf(f.blockText.slice(f.ctx.sentenceStart, f.ctx.sentenceEnd)) !== undefined,
      drawnModifiers: drawnModifiersOf(f.blockText.slice(f.ctx.sentenceStart, f.figure.qualifierStart ?? f.figure.start), this.facts.wording.peopleStems),
      ageGroup: AGE_GROUP.test(ownText(f, f.ctx.ownStart)),
      bounded: BOUND_AFTER.test(f.blockText.slice(f.figure.end, Math.max(f.ctx.clauseEnd, f.figure.end))),
      senders: sendersOf(`${f.blockText.slice(f.figure.end, Math.max(f.ctx.clauseEnd, f.figure.end))} ${f.ctx.leadText ?? ''}`, this.facts.wording.peopleStems),
      // (Its paragraph and the one before, what it carries and its table's headers: "Over five years 64 persons were
      // convicted. ¶ Of those 64, 50 went to prison.")
      periodNear: [f.blockText, f.ctx.carriedText ?? '', f.ctx.leadText ?? '', f.ctx.paragraphBefore ?? ''].some((t) => spanOf(t) !== undefined || SPAN_NEAR.test(t) || /\b(?:19|20)\d\d\b/.test(t)),
      // (Not "the remaining 183" in a sentence: the rest of a breakdown of two is its other stated part.)
      // ("Of them, 35 were found guilty of torture and 6 of other official crimes": so is a figure told "of other …".)
      residual: (f.ctx.leadText !== undefined && RESIDUAL_LABEL.test(f.ctx.leadText)) || OTHER_AFTER.test(f.blockText.slice(f.figure.end, f.figure.end + 40)),
    };
  }

  /** The places, subgroups, institutions and facilities a text of a claim names (kept: see textRestrictions). */
  private restrictionsOfText(text: string): Restrictions {
    const key = this.facts.wording.readingKey(text);
    let r = this.textRestrictions.get(key);
    if (!r) this.textRestrictions.set(key, (r = this.facts.wording.restrictionsOf(text, true)));
    return r;
  }

  private carriedCountsThings(carriedText: string): boolean {
    let c = this.carriedThings.get(carriedText);
    if (c === undefined) this.carriedThings.set(carriedText, (c = carriedCountsThings(carriedText, this.facts.wording)));
    return c;
  }

  /**
   * The values of the statistics the base states of a named month's events, by "month year" (for events-unnamed: a
   * figure beside the claim that is one of them ties it to those events). Only values that tell a measure apart
   * (distinctiveValue).
   */
  eventValues(e: { year: number; month: string }): Set<number> {
    if (!this.eventValueSets) {
      this.eventValueSets = new Map();
      for (const f of this.facts.facts.values()) {
        if (f.type !== 'statistic' || typeof f.value !== 'number' || !distinctiveValue(f.value)) continue;
        for (const n of this.eventNamesOf(f)) {
          const key = `${n.month} ${n.year}`;
          let set = this.eventValueSets.get(key);
          if (!set) this.eventValueSets.set(key, (set = new Set()));
          set.add(f.value);
        }
      }
    }
    return this.eventValueSets.get(`${e.month} ${e.year}`) ?? new Set();
  }

  /** The numbers of the articles of a code the fact's measure, terms and quote name. */
  articlesOf(fact: IndexedFact): string[] {
    let a = this.factArticles.get(fact);
    if (!a) this.factArticles.set(fact, (a = articlesIn([fact.measure, fact.terms.join(' . '), fact.quote].join(' . '))));
    return a;
  }

  /**
   * The events the fact's measure names by a month and year before an event noun ("the January 2022 events", "the 16
   * January 2022 torture cases"; see `event_names` in wording.yaml), as the year and the month's stem.
   */
  eventNamesOf(fact: IndexedFact): { year: number; month: string }[] {
    let e = this.factEventNames.get(fact);
    if (!e) {
      e = [];
      for (const m of withoutAsides(fact.measure).matchAll(EVENT_NAME)) {
        if ([m[3], m[4]].some((w) => w && this.facts.wording.namesEvents(w))) e.push({ year: Number(m[2]), month: tokenize(m[1]!)[0]!.stem });
      }
      // ("scope: january-2022-torture-investigations": the fact's scope names the events as well as its measure may.)
      const scoped = SCOPE_EVENTS.exec(fact.scope ?? '');
      if (!e.length && scoped) e.push({ year: Number(scoped[2]), month: tokenize(scoped[1]!)[0]!.stem });
      this.factEventNames.set(fact, e);
    }
    return e;
  }

  /** The places, subgroups, institutions and facilities the fact's own words name. */
  restrictionsOf(fact: IndexedFact): Restrictions {
    let r = this.factRestrictions.get(fact);
    if (!r) this.factRestrictions.set(fact, (r = this.facts.wording.restrictionsOf([fact.measure, fact.terms.join(' . '), fact.quote, fact.scope ?? '', fact.attributed_to ?? '', fact.asserted_by.name].join(' . '))));
    return r;
  }

  /** …and those its measure names: what the fact is about. */
  measureRestrictionsOf(fact: IndexedFact): Restrictions {
    let r = this.measureRestrictions.get(fact);
    if (!r) this.measureRestrictions.set(fact, (r = this.facts.wording.restrictionsOf(withoutAsides(fact.measure))));
    return r;
  }

  measureEventsOf(fact: IndexedFact): Set<string> {
    let e = this.measureEvents.get(fact);
    if (!e) this.measureEvents.set(fact, (e = this.facts.wording.eventsOf(withoutPatientNouns(withoutAsides(fact.measure)))));
    return e;
  }

  measurePredicatesOf(fact: IndexedFact): Set<string> {
    let e = this.measurePredicates.get(fact);
    if (!e) this.measurePredicates.set(fact, (e = new Set(this.facts.wording.verbEventsWithDistance(withoutAsides(fact.measure)).map((x) => x.event))));
    return e;
  }

  /** The families of measurePredicatesOf. */
  measurePredicateFamiliesOf(fact: IndexedFact): Set<string> {
    let e = this.measurePredicateFamilies.get(fact);
    if (!e) this.measurePredicateFamilies.set(fact, (e = familiesOf(this.facts, this.measurePredicatesOf(fact))));
    return e;
  }

  verbStemsOf(fact: IndexedFact): Set<string> {
    let e = this.verbStems.get(fact);
    if (!e) this.verbStems.set(fact, (e = new Set(contentStems(withoutPatientNouns([fact.measure, fact.terms.join(' . '), fact.quote].join(' . '))))));
    return e;
  }

  private paragraphFacts?: Map<string, IndexedFact[]>;
  /** The statistics a fact's source states in the fact's paragraph. */
  paragraphFactsOf(fact: IndexedFact): IndexedFact[] {
    if (!this.paragraphFacts) {
      this.paragraphFacts = new Map();
      for (const f of this.facts.facts.values()) {
        if (f.value === undefined) continue;
        const key = `${f.source}\u0001${f.paragraph}`;
        const list = this.paragraphFacts.get(key);
        if (list) list.push(f);
        else this.paragraphFacts.set(key, [f]);
      }
    }
    return this.paragraphFacts.get(`${fact.source}\u0001${fact.paragraph}`) ?? [];
  }

  /** The values of the statistics a fact's source states in the fact's paragraph. */
  paragraphValuesOf(fact: IndexedFact): number[] {
    return this.paragraphFactsOf(fact).map((f) => f.value!);
  }

  private seriesIndex?: Map<string, IndexedFact[]>;
  /**
   * A fact's year, where its source's paragraph states the same measure (same unit, three terms in common at least)
   * for later single years too: one year of a series, not its latest (which a claim of no period may well mean: "the
   * NPM's current annual budget"). Undefined otherwise.
   */
  seriesPeriodOf(fact: IndexedFact): string | undefined {
    if (!fact.period || !/^\d{4}$/.test(fact.period)) return undefined;
    if (!this.seriesIndex) {
      this.seriesIndex = new Map();
      for (const f of this.facts.facts.values()) {
        if (f.type !== 'statistic' || !f.period) continue;
        const key = `${f.source}\u0001${f.paragraph}\u0001${f.unit}`;
        const list = this.seriesIndex.get(key);
        if (list) list.push(f);
        else this.seriesIndex.set(key, [f]);
      }
    }
    const terms = new Set(fact.terms);
    const others = this.seriesIndex.get(`${fact.source}\u0001${fact.paragraph}\u0001${fact.unit}`) ?? [];
    return others.some((o) => o !== fact && /^\d{4}$/.test(o.period ?? '') && o.period! > fact.period! && o.terms.filter((t) => terms.has(t)).length >= 3) ? fact.period : undefined;
  }

  /** The values of the wholes a fact is a stated part of (its `total-parts` relations). */
  wholesOf(fact: IndexedFact): number[] {
    let w = this.factWholes.get(fact);
    if (!w) {
      w = this.wholeFactsOf(fact).map((x) => x.value).filter((v): v is number => v !== undefined);
      this.factWholes.set(fact, w);
    }
    return w;
  }

  /** The values other facts give for the measures of the wholes a fact is a stated part of (same-measure updates and disputes). */
  wholesRestatedOf(fact: IndexedFact): number[] {
    const out: number[] = [];
    for (const whole of this.wholeFactsOf(fact))
      for (const r of this.facts.relationsOf(whole.id))
        if (r.kind === 'same-measure' && r.status !== 'different-scope')
          for (const id of r.facts) {
            const v = id !== whole.id ? this.facts.facts.get(id)?.value : undefined;
            if (v !== undefined && !out.includes(v)) out.push(v);
          }
    return out;
  }

  private readonly surveyed = new Map<IndexedFact, { words: string; stems: string[] } | null>();
  /** Whom a survey reached, for a fact that counts them (WordingIndex.sampleOf on its measure); null for one that counts no sample. */
  surveyedOf(fact: IndexedFact): { words: string; stems: string[] } | null {
    let out = this.surveyed.get(fact);
    if (out === undefined) this.surveyed.set(fact, (out = this.facts.wording.sampleOf(fact.measure) ?? null));
    return out;
  }

  private readonly measureNames = new Map<IndexedFact, string[]>();
  /**
   * The stems of the names a fact's measure gives: its words written with a capital but its first, not a month, nor
   * the country every fact is about ("hours Fariza Ospan was held …" → fariza, ospan; as the date check reads names).
   */
  namesOf(fact: IndexedFact): string[] {
    let out = this.measureNames.get(fact);
    if (!out) {
      out = [...capitalisedStems(fact.measure)].filter((s) => !MONTH_STEMS.has(s) && !s.startsWith('kazakh'));
      this.measureNames.set(fact, out);
    }
    return out;
  }

  /** The facts a fact is a stated part of (the totals of its total-parts relations). */
  private wholeFactsOf(fact: IndexedFact): IndexedFact[] {
    return this.facts.relationsOf(fact.id).flatMap((r) => (r.kind === 'total-parts' && r.parts.includes(fact.id) ? [this.facts.facts.get(r.total)] : [])).filter((x): x is IndexedFact => !!x);
  }

  /** The parts of the wholes a fact is a stated part of (itself included), each as the terms that tell it from its whole and its other parts. */
  siblingsOf(fact: IndexedFact): string[][][] {
    let w = this.siblings.get(fact);
    if (!w) {
      // (A part of two wholes, "imprisonment" of all convictions and of those for mass riots, counts once.)
      const byPart = new Map<string, string[][]>();
      for (const r of this.facts.relationsOf(fact.id)) if (r.kind === 'total-parts' && r.parts.includes(fact.id)) {
        const terms = r.parts.map((id) => this.facts.facts.get(id)).map((part) => (part && this.partWordsOf(part)?.terms) ?? []);
        // (Only the terms no other part uses: "convicted" tells no sentence from another.)
        const uses = new Map<string, number>();
        for (const t of terms) for (const k of new Set(t.map((x) => x.join(' ')))) uses.set(k, (uses.get(k) ?? 0) + 1);
        terms.forEach((t, i) => {
          const own = t.filter((x) => uses.get(x.join(' ')) === 1);
          if (own.length && !byPart.has(r.parts[i]!)) byPart.set(r.parts[i]!, own);
        });
      }
      w = [...byPart.values()];
      this.siblings.set(fact, w);
    }
    return w;
  }

  /** For a fact of no stated period, the years its measure counts back ("over the past five years"; PairFeatures.factSpanYears). */
  spanOfFact(fact: IndexedFact): number | undefined {
    if (!this.factSpans.has(fact)) this.factSpans.set(fact, !fact.period && fact.type === 'statistic' ? spanOf(fact.measure) : undefined);
    return this.factSpans.get(fact);
  }

  /** The stems of the measures of the stated parts of a fact that is a whole (PairFeatures.excludedNamed). */
  partStemsOf(fact: IndexedFact): Set<string> {
    let w = this.partStems.get(fact);
    if (!w) {
      w = new Set<string>();
      for (const r of this.facts.relationsOf(fact.id)) if (r.kind === 'total-parts' && r.total === fact.id) for (const id of r.parts) for (const x of this.facts.facts.get(id)?.measureStems ?? []) w.add(x);
      this.partStems.set(fact, w);
    }
    return w;
  }

  /** The words that tell a stated part from its whole fact (PairFeatures.partWords); null for a fact that is no such part. */
  partWordsOf(fact: IndexedFact): { terms: string[][]; measure: string[] } | null {
    let w = this.partWords.get(fact);
    if (w === undefined) {
      w = null;
      const wholes = this.wholeFactsOf(fact);
      if (wholes.length) {
        const wholeTerms = new Set(wholes.flatMap((x) => x.termStems.map((t) => t.join(' '))));
        const wholeStems = new Set(wholes.flatMap((x) => [...x.measureStems, ...x.termStems.flat()]));
        w = { terms: fact.termStems.filter((t) => !wholeTerms.has(t.join(' '))), measure: [...new Set(fact.measureStems.filter((x) => !wholeStems.has(x)))] };
      }
      this.partWords.set(fact, w);
    }
    return w;
  }

  isPart(fact: IndexedFact): boolean {
    let p = this.factParts.get(fact);
    if (p === undefined) {
      // A part by a relation, or by the words just before its value in the quote ("of whom 578", "including 3998").
      const at = fact.value_text ? fact.quote.indexOf(fact.value_text) : -1;
      const before = at >= 0 ? fact.quote.slice(Math.max(0, at - 40), at) : '';
      p = this.facts.relationsOf(fact.id).some((r) => (r.kind === 'total-parts' && r.parts.includes(fact.id)) || (r.kind === 'share' && r.part === fact.id)) || PART_WORDS.test(before) || PART_WORDS.test(fact.measure);
      this.factParts.set(fact, p);
    }
    return p;
  }

  /**
   * What the claim names that restricts its figure, the nearest first: what the figure's own stretch names, else the
   * sentence's subject, else the subject carried from before, for each kind ("by the Agency 383, by the Committee
   * 51": 51 is the Committee's, though the sentence opened on the Agency).
   */
  claimRestrictions(f: { figure: Figure; ctx: FigureContext; blockText: string }): Restrictions {
    const { ctx, blockText } = f;
    // "LAWYER: In Almaty 41 complaints …": a speaker's label names who speaks, not whom the figure counts (a label that
    // names a place or a body, "NPM:", still restricts it).
    const label = SPEAKER_IN_CAPS.exec(blockText.slice(ctx.sentenceStart, ctx.subjectEnd));
    const labelRestricts = (r: Restrictions) => r.places.length > 0 || r.institutions.length > 0 || r.facilities.length > 0;
    const from = label && !labelRestricts(this.restrictionsOfText(label[0])) ? ctx.sentenceStart + label[0].length : ctx.sentenceStart;
    const own = this.restrictionsOfText(ownText(f, Math.max(from, ctx.ownStart)));
    const subject = this.restrictionsOfText(blockText.slice(from, ctx.subjectEnd));
    const carried = this.restrictionsOfText(ctx.carriedScopeText ?? '');
    const nearest = (k: keyof Restrictions) => (own[k].length ? own[k] : subject[k].length ? subject[k] : carried[k]);
    const places = nearest('places');
    // A row of a table of places is about its place, named in the list or not ("Other regions").
    const rowPlace = ctx.rowPlace ? contentStems(ctx.rowPlace).join(' ') : '';
    const value: Restrictions = { places: rowPlace && !places.includes(rowPlace) ? [...places, rowPlace] : places, subgroups: nearest('subgroups'), institutions: nearest('institutions'), facilities: nearest('facilities') };
    return value;
  }

  /** The events a figure's claim states: those of its own stretch of its clause (and a table cell's headers), else its sentence's. */
  claimEventsOf(f: { figure: Figure; ctx: FigureContext; blockText: string }): Set<string> {
    const { ctx, blockText, figure } = f;
    const w = this.facts.wording;
    // ("the said allowance is paid to 47 convicts": the noun of the people counted is not what happened to them.)
    const from = Math.max(ctx.clauseStart, ctx.ownStart);
    const head = /^\s+([\p{L}-]+)/u.exec(blockText.slice(figure.end, figure.end + 40));
    const own = head && w.isPeopleNounOnly(head[1]!) ? `${blockText.slice(from, figure.end)}${' '.repeat(head[0].length)}${blockText.slice(figure.end + head[0].length, Math.max(ctx.clauseEnd, figure.end))}` : blockText.slice(from, Math.max(ctx.clauseEnd, figure.end));
    const clause = w.eventsOf(`${own} . ${ctx.leadText ?? ''}`);
    if (clause.size) return clause;
    const sentence = w.eventsOf(blockText.slice(ctx.sentenceStart, ctx.sentenceEnd));
    // A sentence that carries its subject and names no event of its own carries what happened too ("Payments from the
    // Fund were made as follows: - in 2021 – to 944 victims …").
    // (So do a table's cells, what its headers and caption say happened: "Table A5. Deaths in custody recorded by the
    // Coalition, by type of institution".)
    return sentence.size || !ctx.carriedText ? sentence : w.eventsOf(ctx.carriedText);
  }

  /**
   * The event of the figure's own predicate: the event word nearest the figure in its clause, after it ("were
   * suspended") or before it ("examined 1,146"), within PREDICATE_REACH content words. None in a table cell, whose
   * headers state its event, nor where no event word stands that close.
   */
  predicateOf(f: { figure: Figure; ctx: FigureContext; blockText: string }): { event: string; stem: string } | undefined {
    const { ctx, blockText, figure } = f;
    const w = this.facts.wording;
    // "13 police officers were suspended": a verb after the figure is its predicate when an auxiliary opens it; without
    // one it may describe the counted thing ("complaints registered by the Coalition", "an identified suspect").
    const after = PASSIVE_PREDICATE.exec(blockText.slice(figure.end, Math.min(Math.max(ctx.clauseEnd, figure.end), figure.end + PREDICATE_SPAN)));
    if (after) {
      const [event] = w.verbEventsWithDistance(after[1]!);
      if (event && event.distance === 0 && contentStems(blockText.slice(figure.end, figure.end + after.index)).length <= PREDICATE_REACH) return w.records(event.event) ? undefined : event;
    }
    // "the appellate courts examined 1,146 complaints": a verb just before the figure has it as its object.
    const before = ACTIVE_PREDICATE.exec(blockText.slice(Math.max(Math.min(ctx.clauseStart, figure.start), figure.start - PREDICATE_SPAN), figure.start));
    if (before) {
      const [event] = w.verbEventsWithDistance(before[1]!, true);
      if (event && event.distance === 0) return w.records(event.event) ? undefined : event;
    }
    return undefined;
  }

  /** What the figure's whole sentence, its carried subject and its headings name: where a fact's own scope may be named. */
  sentenceRestrictions(f: { figure: Figure; ctx: FigureContext; blockText: string }): Restrictions {
    return this.restrictionsOfText(this.sentenceScope(f));
  }

  /** The stems of the figure's whole sentence, its carried subject and its headings. */
  claimStems(f: { figure: Figure; ctx: FigureContext; blockText: string }): Set<string> {
    return new Set([...tokenize(this.sentenceScope(f)).map((t) => t.stem), ...f.ctx.headings]);
  }

  private sentenceScope(f: { ctx: FigureContext; blockText: string }): string {
    return `${f.ctx.carriedText ?? ''} . ${f.blockText.slice(f.ctx.sentenceStart, f.ctx.sentenceEnd)}`;
  }

  /** What the claim around a figure names: the figure's sentence up to the end of its clause, and the carried subject. */
  claimScope(f: { figure: Figure; ctx: FigureContext; blockText: string }): string {
    const { ctx } = f;
    // ("Of the 64, 38 were police officers, according to court records we obtained": an attribution that closes the
    // sentence says whose count the clause before it gives.)
    const tail = f.blockText.slice(Math.max(ctx.clauseEnd, f.figure.end), ctx.sentenceEnd);
    const attribution = ATTRIBUTION_TAIL.test(tail) ? tail : '';
    // (A table cell's row and column, not the whole header row: a column "Calls to our hotline" is not the others'.)
    const carried = (ctx.leadText !== undefined ? ctx.carriedScopeText : undefined) ?? ctx.carriedText ?? '';
    // ("in the 88 cases where a project lawyer was involved …, 41 led to …": a part is of the whole it is drawn from, and
    // so is whose count it is.)
    const opening = f.blockText.slice(ctx.sentenceStart, f.figure.qualifierStart ?? f.figure.start);
    const subjectEnd = WHOLE_DRAWN_BEFORE.test(opening) ? f.figure.start : ctx.subjectEnd;
    return `${carried} . ${f.blockText.slice(ctx.sentenceStart, subjectEnd)} . ${f.blockText.slice(ctx.ownStart, Math.max(ctx.clauseEnd, f.figure.end))} . ${attribution}`;
  }
}

const KEPT_CLAIM_TEXTS = 10_000;

/**
 * A measure without its asides: "torture complaints (January 2022 events, registered by the NGO Coalition) whose
 * investigations had been closed" counts closures; what the parentheses say describes them.
 */
function withoutAsides(measure: string): string {
  return measure.replace(/\([^()]*\)/g, ' ');
}

/** How many content words (the counted noun phrase) may stand between a figure and the verb of its predicate. */
const PREDICATE_REACH = 4;
/** How many characters on either side of a figure its predicate is looked for in. */
const PREDICATE_SPAN = 160;
/** "… were suspended from duty", "… had been detained": an auxiliary, then the verb (and what follows it). */
const PASSIVE_PREDICATE = /\b(?:were|was|are|is|have been|has been|had been|had|have|has|being)\s{1,3}(?:(?:also|all|later|since|subsequently|then|not|only|already|reportedly|either)\s{1,3})?(\w+(?:-\w+)?(?:\s{1,3}\w+){0,2})/i;
/** "… examined 1,146", "… had convicted the" : the verb that takes the figure as its object, at the end of the text before it. */
// ("Coalition members took part in 74 preventive visits": a verb with its particle.)
const ACTIVE_PREDICATE = /\b((?:took|take|takes|taken|taking)\s+part\s+in|participated\s+in|\w+(?:-\w+)?)\s{1,3}(?:(?:a total of|some|about|around|over|nearly|almost|at least|more than|fewer than|only|just|another|all|the)\s{1,3}){0,3}$/i;

/**
 * "detainees tortured" counts a torture: a noun for those an event befell (detainee, trainee, employee) names who is
 * counted, not what happened to them.
 */
function withoutPatientNouns(text: string): string {
  return text.replace(/\b\w+ees?\b/gi, ' ');
}

const PART_WORDS = /\b(?:of whom|of which|of them|of these|among them|among whom|including|incl\.|in particular|inter alia)\b/i;
/** "18 of the 190 complaints", "12 of them", "Of these, 12", "among them 5". */
const PART_AFTER = /^\s*(?:\(\s*)?(?:of|out of)\s+(?:the|these|those|them|whom|which|all|its|their)\b/i;
const ANAPHORIC_BASE = /^\s*(?:of|out of)\s+(?:these|them)\b/i;
/** "The first of them, with 420 places", "Most of these …": the sentence opens on a part of what came before. */
const PART_OPENING = /^\W*(?:the\s+)?(?:first|second|third|last|one|some|most|many|several|each|part|half|two|three)\s+of\s+(?:them|these|those|which|whom)\b/i;
/**
 * "Of the complaints of torture that the Office forwarded to procurators in 2022, 96 led to …": the sentence opens on
 * the set its figure is drawn from, named without a figure (one with its figure is PART_BEFORE's).
 */
// (Its words may name a year: "… forwarded to procurators in 2022, 96 …".)
const DRAWN_OPENING = new RegExp(`^\\W*${SPEAKER_LABEL}(?:of|out of|among)\\s+(?:the|these|those|all(?:\\s+the)?)\\s+(?:[^,;:.()\\d]|\\b(?:19|20)\\d\\d\\b){2,140},\\s*$`, 'iu');
/** "the said 123 persons", "the above 40 cases": a determiner translated English puts before a whole. */
const TRANSLATED_DETERMINER = String.raw`(?:(?:said|above|above-mentioned|aforementioned|same)\s+)?`;
/** "Of the 126 injured, 74 were men, 38 …": the whole a list of parts is drawn from (statedWhole). */
// ("Of the Centre's own 74 clients", "Of our 126 complainants": a possessive before the whole.)
// ("Of those 961, women were 37": the whole alone, its noun in the sentence before.)
// ("Of the 1,058 victims compensated in 2022, our reading of the releases suggests that only 31 …": a finding reported.)
const STATED_WHOLE = new RegExp(String.raw`(?:^|[;:])\W*(?:of|out of|among)\s+(?:(?:the|these|those|all)\s+)?(?:(?:our|its|their|[\p{Lu}][\p{L}-]*['’]s)\s+(?:own\s+)?)?${TRANSLATED_DETERMINER}(\d{1,3}(?:[ ,\u00a0\u202f]\d{3})+|\d+(?:\.\d+)?)(?:\s+[\p{L}][^,;:.]{0,80})?,\s*(?:[^,;:]{0,30}(?:,|\band\b)\s*){0,6}(?:[^,;:]{0,20}|[^,;:]{0,80}?\b(?:suggests?|shows?|indicates?|finds|found|reveals?|estimates?|concludes?|concluded)\s+that\s+(?:only\s+|just\s+|some\s+|about\s+|at\s+least\s+)?)$`, 'iu');
/** "Of the", "Of the said": a sentence that opens by drawing its figures from the whole that follows (isWholeOfPart). */
const OF_THE_WHOLE = new RegExp(String.raw`^\W*(?:of|out of|among)\s+(?:(?:the|these|those|all)\s+)?${TRANSLATED_DETERMINER}$`, 'i');

/**
 * "Of these, 87 …", "Of that amount, 21.3 million tenge went on travel", "Of the 43 convicted, 29 received …": the
 * figure is drawn from a whole named just before it.
 */
// ("From the number of convicted for torture, 11 persons are former employees …", "from among them 12": translated English.)
// ("the total includes 38 persons convicted in absentia": what a stated total, figure or number takes in is a part of it.)
const PART_BEFORE = new RegExp(String.raw`\b(?:(?:total|figure|number|count|sum)\s+(?:also\s+)?(?:includes|included|comprises|covers)|of (?:these|them|those|whom|which)|among (?:them|these|whom)|from (?:among )?(?:them|these|whom)|(?:from|out of|of) the (?:total )?number of [\p{L}-]+(?:\s+[\p{L}\d-]+){0,8}\s*,|of (?:this|that|the) (?:amount|sum|total|budget|number)|of the ${TRANSLATED_DETERMINER}\d(?:[\d,.]|\s(?=\d))*\s+[\p{L}-]+(?:\s+[\p{L}\d-]+){0,8}\s*,)[\s,:]*(?:only\s+|some\s+|just\s+)?$`, 'iu');

/** A speaker's label in capitals a transcript's paragraph opens on: "PROSECUTOR:", "Q:". */
const SPEAKER_IN_CAPS = /^\s*\p{Lu}[\p{Lu}.'’ -]{0,40}:\s+/u;

/** What a figure's claim says, whatever fact it is compared with (SlotReader.claimOf). */
export interface ClaimSide {
  restrictions: Restrictions;
  sentenceRestrictions: Restrictions;
  /** The figure's clause bounds what it counts by an amount or a span ("awards above 1 million tenge", "for more than 12 months"). */
  bounded: boolean;
  /** The institutions the figure's paragraph and the paragraph before it name. */
  paragraphInstitutions: string[];
  stems: Set<string>;
  events: Set<string>;
  /** The families of its events. */
  families: Set<string>;
  /** The families of the events its sentence names up to its clause's end, and the sentence it carries its subject from ("Of these, 39 …"). */
  contextFamilies: Set<string>;
  predicate?: { event: string; stem: string };
  ownMonitoring: boolean;
  /** Its words speak in the first person ("our documentation centre", "we interviewed"). */
  firstPerson: boolean;
  carriedThings: boolean;
  /** The complement of "acts of …", "victims of …" after the figure. */
  complement?: string;
  /** The stems of its complement's content words. */
  complementStems: string[];
  /** The `part_modifiers` item its counted noun is told with ("212 joint visits"), as its stems. */
  partModifier?: string[];
  partOf: boolean;
  /** The articles of a code its sentence names ("under Article 146 of the Criminal Code"): their numbers. */
  articles: string[];
  /** The one month its sentence dates it in, as year, month (see monthOf). */
  month?: number[];
  /** Its clause says the thing was done, and speaks of no plan (see isDone). */
  done: boolean;
  /** PairFeatures.claimTarget. */
  target: boolean;
  /** PairFeatures.claimNamesPlan. */
  namesPlan: boolean;
  /** PairFeatures.claimNegated. */
  negated: boolean;
  /** PairFeatures.claimPeriodNear. */
  periodNear: boolean;
  /** The stems of those the claim's complaints came from ("complaints from prisoners": prison). */
  senders: string[];
  /** The words that single out the persons a figure is drawn from ("Among the gunshot victims, 37 …": gunshot). */
  drawnModifiers: string[];
  /** Its own words bound an age ("23 were aged over 60", "children under the age of 14"). */
  ageGroup: boolean;
  /** The value of the whole its sentence draws it from (see statedWhole). */
  whole?: number;
  /** The figure is itself the whole a part of its sentence is drawn from (isWholeOfPart). */
  isWhole: boolean;
  /** The values its text states before it, where it gives the figure as their total (see totalOfStated). */
  totalOf: number[];
  /** The stems of the words right after the figure, up to its clause's end ("three in East Kazakhstan …"). */
  after: Set<string>;
  /** The places its own stretch names (not its sentence's subject's: "In Taraz …; in Almaty, 36 of 46"). */
  ownPlaces: string[];
  /** It, or the sentence it carries its subject from, gives the figure as the State's own (see claimByState). */
  byState: boolean;
  /** Its sentence singles out a part of a month or year (see partOfPeriod). */
  partOfPeriod: boolean;
  /** It counts what is left of a breakdown: a table row labelled "Other …", "Others" (PairFeatures.residualOfOther). */
  residual: boolean;
  /** The stems of what its sentence sets aside ("unrelated to the January events": januari, event; see excludedStems). */
  excluded: string[];
  /** Its sentence names a span of years counted back ("over the past five years"; PairFeatures.claimNamesSpan). */
  namesSpan: boolean;
}

export function isPartOf(figure: Figure, blockText: string, sentenceStart: number): boolean {
  return PART_OPENING.test(blockText.slice(sentenceStart, figure.start)) || DRAWN_OPENING.test(blockText.slice(sentenceStart, figure.qualifierStart ?? figure.start)) || PART_AFTER.test(blockText.slice(figure.end, figure.end + 24)) || PART_BEFORE.test(blockText.slice(Math.max(sentenceStart, figure.start - 100), figure.start));
}

/** A measure that is a plan or a projection: "facilities to be built", "planned under the framework", "projected share … by 2030". */
const PLANNED = /\b(?:planned|projected|targets?|targeted|to be (?:built|constructed|created|opened|introduced|equipped|commissioned)|under construction|expected to|envisaged|scheduled)\b/i;
/** Words of a plan in a claim's clause. */
const PLAN_WORDS = /\b(?:plan(?:s|ned)?|projected|targets?|to be|will|shall|would|expected|intends?|envisag\w*|scheduled|aims?|under construction|by\s+20\d\d)\b/i;
/** Words of a plan in a claim's sentence, or of building under way or provided for ("works on the construction … are continuing", a list under "the following is provided for:"). */
const NAMES_PLAN = new RegExp(`${PLAN_WORDS.source}|\\b(?:construction|to build|being built|provided for)\\b`, 'i');
/** "to raise compensation … to at least", "should be cut to": a change proposed, the figure its aim. */
// ("- raise the annual budget … from today's 54.5 million tenge to 150 million tenge": a clause that opens on the bare
// verb, an item of what "we will" do or a recommendation, aims at the value after "to" as well.)
const TARGET_BEFORE = /(?:\b(?:to|should|must|shall|would|will)\s+(?:be\s+)?(?:rais|increas|reduc|lower|bring|brought|cut|extend|doubl|tripl|expand|limit|set)\w*|^\W*(?:(?:and|then|also)\s+)?(?:raise|increase|reduce|lower|bring|cut|extend|double|triple|expand|limit|set)\b)\b(?:[^.;:]|\.(?=\d)){0,120}?\bto\s+(?:(?:at\s+least|no\s+less\s+than|no\s+more\s+than|at\s+most|about|around|some)\s+)?$/i;
/**
 * A negation in a fact's measure ("no", "not", "never", "-n't"; not "without", which tells a circumstance), but not of
 * a bound ("no fewer than", "not only").
 */
const NEGATION = /\b(?:not|no|never|none)\b(?!\s+(?:fewer|more|less|later|longer|sooner|only|least|yet)\b)(?!\.)|n['’]t\b/i;

/** A predicate negated outright: "were not", "did not", "received no", "never", "no longer". */
const NEGATED_PREDICATE = /\b(?:were|was|are|is|had|have|has|did|do|does|could|would|will)\s+(?:not|never)\b(?!\s+(?:only|yet)\b)|\b(?:were|was|are|is|had|have|has|did|do|does|could|would)n['’]t\b|\b(?:received|got|had|obtained|faced|saw|reached|brought)\s+no\b|\bnever\b|\bno\s+longer\b/i;

/**
 * ", or about 22 per cent,", ", that is, more than one in five,", ", i.e. a third,": a share put beside a count in
 * apposition, which says nothing of its own.
 */
const SHARE_APPOSITION = /,\s*(?:or|that is|i\.\s?e\.?|that is to say)\s*,?\s+(?:(?:about|roughly|some|nearly|almost|around|more than|less than|over|under|just over|just under|fully|only)\s+)?(?:\d[\d.,]*\s*(?:per\s*cent|percent|%)|(?:one|two|three|four|\d)\s+(?:in|out of)\s+(?:\w+)|(?:a|one|two|three)\s+(?:half|third|quarter|fifth|sixth|tenth)s?|half)\s*,/i;

/**
 * "14 of the 64 convicted officers, or about 22 per cent, received no real prison term": what the rest of the
 * sentence says of the figure's own count is negated. Read past the figure's whole ("of the 64") and its share (", or
 * about 22 per cent,"), up to the next clause of its own ("; ", "but", "yet", ", and", "as if", "because") or the
 * next count, and over eight words at most ("… questioned 535 people, ordered ten examinations …, yet identified no
 * perpetrator" is not).
 */
function negatedAfter(tail: string): boolean {
  const own = tail
    .replace(/^\s+(?:of|out of)\s+(?:the\s+|these\s+|those\s+)?\d[\d,.]*/i, '')
    .replace(SHARE_APPOSITION, ',');
  const stop = own.search(/;|\b(?:but|yet|while|whereas|although|though|as if|because|since|unless)\b|,\s*and\b|\d/i);
  return NEGATED_PREDICATE.test((stop < 0 ? own : own.slice(0, stop)).split(/\s+/).slice(0, 8).join(' '));
}

/** A writer who proposes, recommends or calls for what follows ("I therefore propose:", "we recommend that …"). */
const PROPOSAL = /\b(?:I|we)\s+(?:therefore\s+|also\s+|further\s+)?(?:propose|recommend|urge|suggest|call\s+for)\b/i;
/** "were put into operation", "have been built", "was opened": a clause that says the thing was done. */
const DONE = /\b(?:were|was|have been|has been|had been)\s+(?:(?:already|now|finally|fully|actually)\s+)?(?:built|constructed|opened|commissioned|completed|put into (?:operation|service)|brought into operation|created|equipped|introduced|launched|established|renovated|repaired|installed)\b/i;

/** The stems of the first three words of a table cell's row label ("| Joint visits with regional representatives | 114 |"). */
function rowLabelOpening(lead: string): string[] {
  return tokenize(lead.split(' · ')[0]!).slice(0, 3).map((t) => t.stem);
}

/** PairFeatures.modifierUnnamed: the claim's part modifier, where the fact's words do not name it. */
function modifierUnnamed(slots: SlotReader, fact: IndexedFact, modifier: string[] | undefined): string | undefined {
  return modifier && !modifier.every((x) => slots.stemsOf(fact).has(x)) ? modifier.join(' ') : undefined;
}

/** A number as written: "1,052", "1 052", "603". */
const WRITTEN_NUMBER = /(?<![\d.,])\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?![\d])|(?<![\d.,])\d+(?![\d.,]\d)/g;

/**
 * The values a figure's sentence, and the sentence it carries its subject from, state before it, where the figure is
 * given as a total ("In addition to them, 603 citizens were released …. Altogether, 1,052 persons were thus freed"): the
 * total includes each of them, so a fact of one of those values is a part of the figure, not its measure.
 */
// (Said by the total words of the `numbers` lists: "altogether", "in total", "a total of" …)
function totalOfStated(before: string, after: string, carriedText: string | undefined, numbers: NumberWording): number[] {
  if (!numbers.totalEarlier.test(before) && !numbers.totalAfter.test(after)) return [];
  return [...`${carriedText ?? ''} ${before}`.matchAll(WRITTEN_NUMBER)].map((m) => Number(m[0].replace(/[ ,\u00a0\u202f]/g, '')));
}

/**
 * "Of the 43 convicted, 29 …", "29 of the 43 convicted", "…; of the 126 complainants, 74 were men, 38 were women": the
 * value of the whole a figure's sentence (or clause, after a semicolon or colon) draws it and its list from.
 */
function statedWhole(before: string, after: string): number | undefined {
  // (The later items of its list too: "Of the 126 injured, 74 were men, 38 were women and 14 were children".)
  // ("Of the said 123 persons", "Of the 1 052 released": a determiner of translated English, a space between thousands.)
  const m = STATED_WHOLE.exec(before) ?? /^\s*(?:out\s+)?of\s+(?:the\s+)?(\d[\d,]*(?:\.\d+)?)\b/i.exec(after);
  // ("Of the 2022 reports, 891 were discontinued": a year written before the noun names the whole's year, not its size.)
  return m && !/^(?:19|20)\d\d$/.test(m[1]!) ? Number(m[1]!.replace(/[ ,\u00a0\u202f]/g, '')) : undefined;
}

/** PairFeatures.sampleUnnamed. */
function sampleUnnamed(slots: SlotReader, fact: IndexedFact, ctx: FigureContext, near: (stem: string) => boolean): string | undefined {
  const sample = slots.surveyedOf(fact);
  if (!sample) return undefined;
  // (A word of the same root will do: "prosecution staff" are the prosecutor's office's.)
  const words = [...ctx.own, ...ctx.clause, ...ctx.sentence, ...(ctx.carried ?? [])];
  const named = (x: string) => near(x) || (x.length >= 7 && words.some((w) => w.length >= 7 && w.slice(0, 7) === x.slice(0, 7)));
  return sample.stems.some(named) ? undefined : sample.words;
}

/** PairFeatures.incidentUnnamed. */
function incidentUnnamed(slots: SlotReader, fact: IndexedFact, ctx: FigureContext, near: (stem: string) => boolean): string | undefined {
  if (!fact.unit || !TIME_UNITS.has(fact.unit) || !fact.period || !INCIDENT_PERIOD.test(fact.period)) return undefined;
  const year = Number(fact.period.slice(0, 4));
  if (ctx.sentenceYears.includes(year) || (ctx.period && ctx.period[0] <= year && year <= ctx.period[1])) return undefined;
  const names = slots.namesOf(fact);
  if (names.some((n) => near(n) || ctx.headings.has(n))) return undefined;
  // ("in hospital the boy was chained to his bed around the clock for 12 days": or tells it in two of its own words.)
  const unit = stem(fact.unit);
  if (fact.termStems.filter((t) => !(t.length === 1 && t[0] === unit) && t.every(near)).length >= 2) return undefined;
  return fact.period;
}
const MONTH_STEMS = new Set(MONTHS.map((m) => stem(m)));
const TIME_UNITS = new Set(['hours', 'days', 'weeks', 'months', 'years']);
/** A single day or month: "2021-01-10", "2021-01". */
const INCIDENT_PERIOD = /^\d{4}-\d\d(?:-\d\d)?$/;

/**
 * The figure's own stretch of its clause, from `from`; where it ends on a count of places or persons ("1,270 complaints
 * in three regions", the next figure's own words), with that count's noun, which restricts the figure.
 */
function ownText(f: { figure: Figure; ctx: FigureContext; blockText: string }, from: number): string {
  const end = Math.max(Math.min(f.ctx.clauseEnd, f.ctx.ownEnd), f.figure.end);
  const text = f.blockText.slice(from, end);
  if (!/\b(?:in|across|throughout|from|of)\s+$/i.test(text)) return text;
  const counted = /^(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+[\p{L}-]+/iu.exec(f.blockText.slice(end, end + 30));
  return counted ? text + counted[0] : text;
}

/**
 * The count earlier in a figure's sentence that the figure is a part of: "41 reports were registered in 2022, and 37 of
 * them were closed" (37 of the 41), "275 officials were held liable — 208 disciplinarily and 67 administratively" and
 * "…: 208 … and 67 …", "275 officials, including 208 …" (each item of the list after the dash, colon or "including").
 * Only a larger count of the figure's unit: a part is never more than its whole.
 */
function earlierWhole(figure: Figure, before: string, after: string, wording: WordingIndex): number | undefined {
  const anaphoric = ANAPHORIC_PART.test(after);
  if (!anaphoric && !LIST_AFTER_WHOLE.test(before)) return undefined;
  const counts = findFigures(before, [], wording).filter((x) => x.kind === 'statistic' && x.unit === figure.unit && !x.derived);
  // ("… 41 reports …, and 37 of them": the nearest count; "… 275 officials … — 208 … and 67 …": the count the list follows.)
  const whole = anaphoric ? counts[counts.length - 1] : counts.find((c) => LIST_AFTER_COUNT.test(before.slice(c.end)));
  if (!whole || whole.value <= figure.value) return undefined;
  // ("945 facts of self-harm … with participation of 961 persons, including 7 group facts": a part that names what it
  // counts names what its whole counts.)
  const own = pluralNouns(after);
  return own.length && !own.some((n) => pluralNouns(before.slice(whole.end, whole.end + 40)).includes(n)) ? undefined : whole.value;
}
/** The stems of the plural nouns a text opens on, up to two words ("group facts" → fact), none before a verb or preposition. */
function pluralNouns(text: string): string[] {
  const words = /^\s*([\p{L}-]+)(?:\s+([\p{L}-]+))?/u.exec(text);
  if (!words || isStopWord(words[1]!.toLowerCase())) return [];
  return tokenize([words[1], words[2]].filter(Boolean).join(' ')).filter((t, i, all) => (/\p{L}{2}s$/u.test(t.word) || IRREGULAR_PLURAL.test(t.word.toLowerCase())) && (i === 0 || !isStopWord(all[i - 1]!.word))).map((t) => t.stem);
}
/** The words that open the parts drawn from a count just before them: "…, of them …", "…, including …". */
const PART_INTRODUCER = '(?:of them|of whom|of which|including|among them)';
/** "37 of them", "12 of whom": a part whose whole its sentence named before it. */
const ANAPHORIC_PART = /^\s*(?:of|out\s+of)\s+(?:them|these|those|whom|which)\b/i;
/** After a whole: words without a figure, a dash, a colon or "including", then the list's earlier items. */
// (No comma before a dash or colon: "383 of these crimes, special prosecutors – 257" names a second count, not a list.)
const LIST_AFTER_COUNT = new RegExp(String.raw`^[^.;:,\d—–()]{1,80}(?:\s[—–]\s*|:\s+|,\s*${PART_INTRODUCER}\s+)(?:[^.;:\d—–()]{0,40}\d[\d,.]*[^.;:\d—–()]{0,40}?(?:,|\band\b)\s*)*(?:only\s+|some\s+|just\s+)?$`, 'i');
/** What a list drawn from a whole may stand after (the cheap test before the sentence's figures are read). */
const LIST_AFTER_WHOLE = new RegExp(String.raw`\s[—–]|:\s|\b${PART_INTRODUCER}\b`, 'i');

/**
 * "| 2022 | 920 | 819 | 16 |" where 920 and 819 agree with one source paragraph's figures for 2022: the row is that
 * statement, and a fact of another paragraph with the cell's value is a coincidence, where the statement has a figure
 * of the cell's unit besides the ones the row agrees with (PairFeatures.rowSeries).
 */
function statementApart(slots: SlotReader, anchors: readonly IndexedFact[], fact: IndexedFact): PairFeatures['rowSeries'] {
  if (anchors.length < 2) return undefined;
  const first = anchors[0]!;
  if (!first.period || anchors.some((a) => a.source !== first.source || a.paragraph !== first.paragraph || a.period !== first.period)) return undefined;
  if (fact.source === first.source && fact.paragraph === first.paragraph) return undefined;
  const ids = new Set(anchors.map((a) => a.id));
  const rest = slots.paragraphFactsOf(first).filter((f) => !ids.has(f.id) && f.period === first.period && f.unit === fact.unit);
  if (!rest.length || slots.facts.relatedFacts(fact.id).has(first.id)) return undefined;
  return { measure: `the figures of one statement (${first.source}, ${first.paragraph})`, periods: [first.period] };
}

/**
 * The series a table row's other cells agree with (two facts at least of one source's paragraph and unit, for
 * different periods), where the fact is neither of it nor the same measure as one of it (PairFeatures.rowSeries).
 */
function seriesApart(facts: FactBase, anchors: readonly IndexedFact[], fact: IndexedFact): PairFeatures['rowSeries'] {
  if (anchors.length < 2) return undefined;
  const first = anchors[0]!;
  const series = anchors.filter((a) => a.source === first.source && a.paragraph === first.paragraph && a.unit === first.unit);
  const periods = [...new Set(series.map((a) => a.period ?? ''))];
  if (series.length !== anchors.length || periods.length < 2 || periods.includes('')) return undefined;
  if (fact.source === first.source && fact.paragraph === first.paragraph && fact.unit === first.unit) return undefined;
  const related = facts.relatedFacts(fact.id);
  if (series.some((a) => related.has(a.id))) return undefined;
  return { measure: first.measure, periods };
}

/** PairFeatures.actsApart. */
function actsApart(w: WordingIndex, claim: Set<string>, measure: Set<string>): boolean {
  const acts = (events: Set<string>) => [...events].filter((e) => !w.records(e));
  const a = acts(claim);
  const b = new Set(acts(measure));
  return a.length > 0 && b.size > 0 && !a.some((e) => b.has(e));
}

/** A table row or column label of the rest of a breakdown: "Other (deferral, …)", "Others", "Remaining cases". */
const RESIDUAL_LABEL = /^\W*(?:others?|all others?|remaining|the rest|rest|miscellaneous)\b(?!\s+than\b)/i;
/** After a figure: what it counts is of the rest ("6 of other official crimes", "12 for other offences"). */
const OTHER_AFTER = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:of|for|under)\s+(?:all\s+)?other\b/iu;
/** A fact's measure that is itself a rest: "other crimes", "the remaining complaints". */
const RESIDUAL_MEASURE = /\b(?:other|others|remaining|rest)\b/i;

/** PairFeatures.digitsSwapped: the same significant digits (the figure's, and the fact's rounded to as many) in another order. */
function digitsSwapped(figure: number, fact: number | undefined): boolean {
  if (fact === undefined || figure === fact || figure <= 0 || fact <= 0 || !Number.isFinite(figure) || !Number.isFinite(fact)) return false;
  // (Both of one order of magnitude or so: "945" for "495", not "9.45" for "495". Asked first: it is cheap, and most
  // pairs of a check are further apart than that.)
  if (Math.abs(Math.log10(figure) - Math.log10(fact)) > 1) return false;
  const digits = (v: number) => v.toPrecision(15).replace(/[^0-9]/g, '').replace(/0+$/, '') || '0';
  const own = digits(figure);
  if (own.length < 2 || own.length > 12) return false;
  const theirs = digits(Number(fact.toPrecision(own.length))).padEnd(own.length, '0');
  if (theirs.length !== own.length || theirs === own) return false;
  return [...own].sort().join('') === [...theirs].sort().join('');
}

/** "unrelated to the January events", "other than torture", "excluding Almaty": the words a text sets aside. */
const EXCLUDING = /\b(?:unrelated|not related|unconnected|not connected|not linked|other than|apart from|except(?: for)?|excluding|not including|outside(?: of)?|not counting|leaving aside)\s+(?:to\s+|with\s+)?(?:the\s+)?((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/giu;

/** The content stems a text sets aside (ClaimSide.excluded). */
function excludedStems(text: string): string[] {
  if (!/\b(?:unrelated|related|unconnected|connected|linked|other than|apart|except|excluding|including|outside|counting|aside)\b/i.test(text)) return [];
  const out: string[] = [];
  for (const m of text.matchAll(EXCLUDING)) for (const t of tokenize(m[1]!)) if (!isStopWord(t.word) && t.stem.length >= 3 && !/^\d/.test(t.word)) out.push(t.stem);
  return out;
}

/** "over the past five years", "in the last 3 years", "a five-year period": a span of several years counted back. */
const YEAR_SPAN = /\b(?:(?:past|last|previous|preceding)\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+years|(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)[- ]year\s+period)\b/i;
/** Words that single out no group ("the above victims", "those other detainees"). */
const NOT_MODIFIERS = new Set(['said', 'above', 'above-mentioned', 'mentioned', 'aforementioned', 'other', 'same', 'such', 'remaining', 'total', 'all', 'own', 'new', 'very', 'latter', 'former']);

/** The stems of the modifiers of a group of persons a sentence draws its figure from (figureContext's DRAWN_FROM). */
function drawnModifiersOf(before: string, peopleStems: Set<string>): string[] {
  // ("Among the gunshot victims, 37 were women": one or two modifiers, then the noun of persons.)
  const group = DRAWN_FROM.exec(before)?.[1];
  if (!group || !/^(?:[\p{L}-]+\s+){1,2}[\p{L}-]+\s*$/u.test(group)) return [];
  const words = group.trim().split(/\s+/);
  const head = tokenize(words.pop()!)[0];
  if (!head || !peopleStems.has(head.stem)) return [];
  return tokenize(words.join(' ')).filter((t) => !isStopWord(t.word) && !NOT_MODIFIERS.has(t.word.toLowerCase()) && !/^\p{L}+ed$/iu.test(t.word) && !/\d/.test(t.word)).map((t) => t.stem);
}

/**
 * "three civil claims have produced awards above 1 million tenge", "14 detainees remained in custody for more than 12
 * months", "31 received custodial sentences of five years or more": what the figure counts is bounded by an amount or a
 * span its clause names. (Not "over three years", the span a count was made in.)
 */
const BOUND_AFTER = /\b(?:(?:more|fewer|less)\s+than|over|above|exceeding|in excess of|at least|under|below|up to)\s+(?:(?:about|some|around)\s+)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve)(?:\s+(?:thousand|million|billion|mln|bn))?\s*(?:tenge|KZT|USD|US dollars|dollars|euros?|EUR|MCI|monthly calculation indices)\b|\b(?:(?:more|longer|less|shorter)\s+than|at least|for\s+(?:over|up to|under))\s+(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:years?|months?|weeks?|days?|hours?)\b|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:years?|months?|days?|hours?)\s+or\s+(?:more|longer|less)\b/i;
/** A bound in a fact's measure: "sentences of more than five years", "detained longer than 72 hours". */
const MEASURE_BOUND = /\b(?:more|longer|fewer|less|shorter)\s+than\b|\b(?:over|above|exceeding|in excess of|at least|under|below|up to)\s+\d|\bor\s+(?:more|longer|less)\b/i;
/** An age bound in a figure's own words: "aged over 60", "under the age of 18", "15-year-old", "children under 14". */
// ("46 were under 21 at the time": an age after a verb of being, not an amount or a span.)
const AGE_GROUP = /\baged\b|\b(?:under|over|above|below)\s+the\s+age\s+of\b|\b\d+\s*(?:-|\s)?years?(?:-|\s)old\b|\b(?:were|was|are|is)\s+(?:under|over|above|below|younger than|older than)\s+\d{1,2}\b(?![.,]\d|\s*(?:%|per\s*cent|percent|hours?|days?|weeks?|months?|million|thousand|tenge|MCI)\b)/i;
/** The stems of words that name an age group in a fact's words. */
const AGE_STEMS = new Set(['minor', 'child', 'children', 'juvenil', 'adolescent', 'teenager', 'age', 'aged', 'elder', 'old', 'pensioner', 'youth', 'young', 'girl', 'boys']);

/** "complaints from prisoners", "appeals received from convicts": a kind of papers and the persons who sent them. */
const FROM_SENDERS = /\b(?:complaints?|appeals?|applications?|petitions?|letters?|allegations?|calls?|requests?)\s+(?:[\p{L}-]+\s+){0,2}?from\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/giu;

/** The stems of the people a text's complaints came from (see FROM_SENDERS): the last noun of people after "from". */
function sendersOf(text: string, peopleStems: Set<string>): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(FROM_SENDERS)) {
    const head = tokenize(m[1]!).filter((t) => !isStopWord(t.word) && peopleStems.has(t.stem)).pop();
    if (head) found.push(head.stem);
  }
  return found;
}

/** "over five years", "in the past three years": a span of years told in passing (PairFeatures.claimPeriodNear). */
const SPAN_NEAR = /\b(?:over|in|during|for|within|across)\s+(?:the\s+)?(?:past\s+|last\s+|previous\s+)?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+years\b/i;
const SPAN_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** How many years a text's span counted back names (PairFeatures.factSpanYears), if any. */
function spanOf(text: string): number | undefined {
  const m = YEAR_SPAN.exec(text);
  if (!m) return undefined;
  const n = (m[1] ?? m[2])!.toLowerCase();
  const years = SPAN_WORDS[n] ?? Number(n);
  return years >= 2 ? years : undefined;
}

/** PairFeatures.wholeElsewhere. */
function wholeElsewhere(slots: SlotReader, anchors: readonly IndexedFact[], whole: number, fact: IndexedFact): string | undefined {
  if (slots.wholesOf(fact).length || fact.value === whole) return undefined;
  if (slots.paragraphValuesOf(fact).some((v) => Math.abs(v - whole) <= Math.max(1, whole * 0.01))) return undefined;
  const w = anchors.find((a) => a.value === whole);
  return w ? `${whole} (${w.id})` : String(whole);
}

/** The places a figure's own words and a fact's measure name apart (PairFeatures.placesApart). */
function placesApart(slots: SlotReader, claim: ClaimSide, fact: IndexedFact, ctx: FigureContext): PairFeatures['placesApart'] {
  if (!claim.ownPlaces.length) return undefined;
  const own = unmatchedRestrictions({ places: claim.ownPlaces, subgroups: [], institutions: [], facilities: [] }, slots.restrictionsOf(fact), slots.stemsOf(fact)).places;
  // (Nor one the words right after the figure name: "three in East Kazakhstan and one in Taldykorgan".)
  const other = own.length ? slots.measureRestrictionsOf(fact).places.filter((x) => !claim.ownPlaces.includes(x) && !x.split(' ').some((w) => ctx.own.has(w) || claim.after.has(w))) : [];
  return other.length ? { claim: own, fact: other } : undefined;
}

/** "visits by NPM participants", "complaints filed by detainees": a plural noun, then its agent after "by". */
const AGENT_OF = /(?<![\p{L}-])([\p{L}-]+s)\s+(?:[\p{L}]+ed\s+)?by\s+(?:the\s+|its\s+|their\s+)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/giu;

/**
 * Whether a text names the fact's counted noun only as the agent of another thing it names ("visits by NPM
 * participants" against a count of participants): what is counted there is the visits.
 */
function countsAgentOnly(text: string, isFactNoun: (stem: string) => boolean): boolean {
  let asAgent = 0;
  for (const m of text.matchAll(AGENT_OF)) {
    const noun = tokenize(m[1]!).pop()?.stem;
    // (The agent's head noun: "participants of the national preventive mechanism" are participants.)
    const agent = tokenize(m[2]!.split(/\s+(?:of|in|at|from)\s+/i)[0]!).filter((t) => !isStopWord(t.word));
    if (noun && !isFactNoun(noun) && agent.length && isFactNoun(agent[agent.length - 1]!.stem)) asAgent++;
  }
  return asAgent > 0 && tokenize(text).filter((t) => isFactNoun(t.stem)).length === asAgent;
}

/**
 * "Of these, 24 …", "Among them were 12 …": a sentence that opens by drawing its figure from what the sentence before
 * counted (not "Of those concerned, 150 …", drawn from the persons that count concerned).
 */
const DRAWN_FROM_BEFORE = new RegExp(String.raw`^\W*${SPEAKER_LABEL}(?:of|out of|among)\s+(?:these|them|those|the\s+(?:said|above|above-mentioned|aforementioned)\s+[\p{L}-]+)\s*,?\s*(?:(?:were|was|are|is)\s+)?(?:only\s+|some\s+|just\s+)?$`, 'iu');
const YEAR = /\b(?:19|20)\d\d\b/;

/** Between a count and the next: the next is drawn from it ("211 918 persons, of them … 109 466"). */
const PARTS_OF_FIRST = new RegExp(String.raw`^[^.;:\d]{0,60}\b${PART_INTRODUCER}\b[^.;:\d]*$`, 'i');

/**
 * "The Coalition passed its 190 torture complaints on to the authorities. Of these, 24 concerned women.": the whole a
 * figure is drawn from is the one count of the sentence its subject is carried from (none where that sentence gives
 * several, or none).
 */
function carriedWhole(before: string, carriedText: string | undefined, wording: WordingIndex): number | undefined {
  if (!carriedText || !DRAWN_FROM_BEFORE.test(before)) return undefined;
  // (Read by the figure reader: years, days, paragraph and article numbers are no counts, and a share is of something.)
  const counts = findFigures(carriedText, [], wording).filter((x) => x.kind === 'statistic' && x.unit !== 'per-cent');
  // ("… 211 918 persons, of them in criminal proceedings – 109 466 persons": the first count is the whole of the others.)
  const first = counts[0];
  const drawsParts = counts.length > 1 && PARTS_OF_FIRST.test(carriedText.slice(first!.end, counts[1]!.start));
  return counts.length === 1 || drawsParts ? first!.value : undefined;
}

/**
 * Whether a figure is the whole a part of its sentence is drawn from: "44 of the 64 were police officers" (the 64),
 * "Of the 43 convicted, 29 received custodial sentences" (the 43). Its sentence's words then say what the part is.
 */
// ("Shymkent: six cases closed out of 9", "the 5 closed cases came out of 12 complaints": a count, then "out of" the whole.)
function isWholeOfPart(before: string, after: string): boolean {
  return WHOLE_OF_PART_BEFORE.test(before) || (OF_THE_WHOLE.test(before) && /^[^,;:.\d]{0,80},\s*(?:only\s+|some\s+|just\s+)?\d/.test(after)) || OUT_OF_AFTER_COUNT.test(before.slice(-80));
}
/** A count, a few words, then "out of" right before the figure. */
const OUT_OF_AFTER_COUNT = /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)[^.;:()\d]{0,50}\bout\s+of\s+(?:the\s+|a\s+total\s+of\s+)?$/i;

/** "in 126 cases": a figure told as a number of instances of what its clause says happened. */
function instancesOf(f: { figure: Figure; ctx: FigureContext; blockText: string }): string | undefined {
  const { figure, ctx, blockText } = f;
  if (!/\bin\s+$/i.test(blockText.slice(Math.max(0, figure.start - 4), figure.qualifierStart ?? figure.start)) || !/^\s+(?:cases|instances)\b/i.test(blockText.slice(figure.end, figure.end + 12))) return undefined;
  const clause = blockText.slice(Math.min(ctx.clauseStart, figure.start), Math.max(ctx.clauseEnd, figure.end));
  const verb = /\b(\p{Ll}{3,}ed)\b/u.exec(clause)?.[1];
  return verb ? tokenize(verb)[0]?.stem : undefined;
}

/** Whether a clause says the thing was done and speaks of no plan ("1,120 places … were put into operation"). */
function isDone(clause: string): boolean {
  return DONE.test(clause) && !PLAN_WORDS.test(clause);
}

/** "62 per cent of complaints", "of the 190 complaints, or 62 per cent", "share of cases closed": what a share is of. */
function shareBases(slots: SlotReader, f: { figure: Figure; ctx: FigureContext; blockText: string }, fact: IndexedFact): Pick<PairFeatures, 'claimShareBase' | 'factShareBase' | 'alikeBases'> {
  if (f.figure.unit !== 'per-cent' || fact.unit !== 'per-cent') return { alikeBases: true };
  const w = slots.facts.wording;
  const known = (text: string | undefined) => (text ? tokenize(text).slice(0, 4).find((t) => w.thingStems.has(t.stem) || w.peopleStems.has(t.stem) || w.personStems.has(t.stem))?.stem : undefined);
  const sentence = f.blockText.slice(f.ctx.sentenceStart, f.figure.start);
  const after = /^\s*of\s+(?:the\s+|all\s+|these\s+|those\s+)?([^,.;()]{1,60})/i.exec(f.blockText.slice(f.figure.end, f.ctx.sentenceEnd))?.[1];
  const before = /\bof\s+(?:the\s+)?\d[\d,.]*\s+([^,.;()]{1,60}?)\s*,?\s*(?:or|\(|that is|i\.e\.)?\s*$/i.exec(sentence)?.[1];
  const claimShareBase = known(after) ?? known(before);
  // ("share of lawyers among the 136 NPM members" is a share of the members.)
  const factShareBase = known(/\bamong\s+(?:the\s+)?(?:\d[\d,.]*\s+)?([^,.;()]{1,60})/i.exec(fact.measure)?.[1]) ?? known(/\bshare\s+of\s+(?:the\s+)?([^,.;()]{1,60})/i.exec(fact.measure)?.[1]);
  return { claimShareBase, factShareBase, alikeBases: !claimShareBase || !factShareBase || claimShareBase === factShareBase || w.countedAlike(claimShareBase, factShareBase) };
}

/** "Article 146", "article 362 (4)", "art. 146-1", "Articles 146 and 362": the numbers of the articles a text names. */
export function articlesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\b(?:articles?|art\.)\s*(\d+(?:-\d+)?)(?:\s*(?:,|and|or)\s*(\d+(?:-\d+)?))*/gi)) {
    for (const n of m[0].match(/\d+(?:-\d+)?/g) ?? []) if (!out.includes(n)) out.push(n);
  }
  return out;
}

/** The restrictions of `claim` that the fact's own words do not name, under any of their names. */
export function unmatchedRestrictions(claim: Restrictions, fact: Restrictions, factStems: Set<string>): Restrictions {
  const missing = (xs: string[], named: string[]) => [...new Set(xs.filter((x) => !named.includes(x) && !x.split(' ').every((s) => factStems.has(s))))];
  return { places: missing(claim.places, fact.places), subgroups: missing(claim.subgroups, fact.subgroups), institutions: missing(claim.institutions, fact.institutions), facilities: missing(claim.facilities, fact.facilities) };
}

/** The fact's own restrictions that the claim does not name. */
export function unnamedInClaim(fact: Restrictions, claim: Restrictions, claimStems: Set<string>): Restrictions {
  // Named under another of its names, or in part ("the Fund" for the Victims Compensation Fund); subgroups in a
  // fact's measure describe it ("juvenile detainee") more often than they restrict it. A facility is named only by
  // one of its names: "office premises" and "temporary holding facilities" share the word "facilities" with others.
  const unnamed = (xs: string[], named: string[], inPart: boolean) => [...new Set(xs.filter((x) => !named.includes(x) && !(inPart && x.split(' ').some((s) => claimStems.has(s)))))];
  return { places: unnamed(fact.places, claim.places, true), subgroups: [], institutions: unnamed(fact.institutions, claim.institutions, true), facilities: unnamed(fact.facilities, claim.facilities, false) };
}

/** How many times the larger of two values is the smaller (1 where one is missing or both are 0; a 0 counts as 1). */
export function ratioOf(a: number, b: number | undefined): number {
  if (b === undefined || (!a && !b)) return 1;
  // (A fact of none, "no such facts", is as far from 41 as 1 is: a zero is no nearer to every count.)
  if (!a || !b) return Math.max(1, Math.abs(a || b));
  return Math.max(Math.abs(a), Math.abs(b)) / Math.min(Math.abs(a), Math.abs(b));
}

/** Whether the carried subject of a figure that counts nothing itself names things (complaints, cases) and no persons. */
function carriedCountsThings(carriedText: string, wording: WordingIndex): boolean {
  const { personStems, thingStems } = wording;
  // The antecedent is what the carried sentence's last statistic counts ("… examined 1,146 complaints and …": complaints).
  const stats = findFigures(carriedText, [], wording).filter((f) => f.kind === 'statistic' && !f.unit);
  const counted = stats.length ? tokenize(stats[stats.length - 1]!.counted).find((t) => !isStopWord(t.word) || personStems.has(t.stem)) : undefined;
  if (counted) return thingStems.has(counted.stem);
  const words = tokenize(carriedText);
  // Without a statistic: every plural noun it names is a thing ("Four cases involving defendants" names persons too).
  const plurals = words.filter((t) => !isStopWord(t.word) && /^[a-z]{3,}[^s'’]s$/.test(t.word));
  return words.some((t) => thingStems.has(t.stem)) && !words.some((t) => personStems.has(t.stem)) && plurals.every((t) => thingStems.has(t.stem));
}

/** The families of a set of events ("convicted" → "proceedings"). */
function familiesOf(facts: FactBase, events: Set<string>): Set<string> {
  return new Set([...events].map((e) => facts.wording.familyOf(e)!).filter(Boolean));
}

export function yearOf(date: string | undefined): number | undefined {
  const m = /\b(19|20)\d\d\b/.exec(date ?? '');
  return m ? Number(m[0]) : undefined;
}
/**
 * What the context counts, as a stem, for a fact whose own unit it does not name (the same for every such fact): the
 * first unit some fact counts, else its head noun, else a word that is not persons. (For a fact whose unit it names,
 * that unit.)
 */
export function countedOtherwise(ctx: FigureContext, facts: FactBase): string | undefined {
  for (const s of ctx.countedStems) if (facts.unitStems.has(s)) return s;
  if (ctx.countedHead !== undefined) return ctx.countedHead;
  for (const s of ctx.countedStems) if (facts.wording.thingStems.has(s)) return s;
  return undefined;
}

/**
 * Whether the words after a figure open on its own noun phrase ("187 vacant posts"), not on a verb ("153 had harmed
 * themselves", "the victims received …"), whose words say nothing of what it counts.
 */
function ownNoun(counted: string | undefined): boolean {
  // (A word in -ed may be a verb: "150 harmed themselves".)
  return !!counted && !/^(?:had|has|have|was|were|is|are|be|been|did|do|does|will|would|could|can|may|might|shall|should|of|from|in|on|at|to|for|by|with|out|among|\p{L}+ed)\b/iu.test(counted);
}

/** "persons" and "people" count the same things as "officials" or "victims" do (the kinds of counted nouns are data). */
export function isGenericCount(counted: string, unit: string, facts: FactBase, strict = false): boolean {
  const { personStems, thingStems, peopleStems } = facts.wording;
  if (personStems.has(counted)) return true;
  // A fact counted in persons may be told as officers or victims, but not as cases or complaints; nor, where the
  // figure's own noun is read (`strict`), as "vacant posts": a noun the lists do not know as people is no evidence that
  // it counts persons.
  return personStems.has(unit) && !thingStems.has(counted) && (!strict || peopleStems.has(counted));
}

const MONTH = `(${MONTHS.join('|')})`;
/** "14 March", "March 14", with the year when given. */
const DAY_MONTH = `(?:(\\d{1,2})\\s+${MONTH}|${MONTH}\\s+(\\d{1,2})(?!\\d))(?:,?\\s+((?:19|20)\\d\\d))?`;
const SAID = STATEMENT_VERBS;
/** "the authorities said on March 14 that …", "On 14 March, the Prosecutor General told …". */
const STATED_ON = [new RegExp(`\\b${SAID}\\b[^.;:]{0,60}?\\bon\\s+${DAY_MONTH}`, 'i'), new RegExp(`^\\W*On\\s+${DAY_MONTH},?\\s[^.;:]{0,80}?\\b${SAID}\\b`, 'i')];
/** "In July 2023 the Agency said that …", "… the Agency reported in July 2023": a statement of a month. */
const MONTH_YEAR = `${MONTH}\\s+((?:19|20)\\d\\d)`;
const STATED_IN = [new RegExp(`\\b${SAID}\\b[^.;:]{0,60}?\\bin\\s+${MONTH_YEAR}\\b`, 'i'), new RegExp(`^\\W*In\\s+${MONTH_YEAR},?\\s[^.;:]{0,80}?\\b${SAID}\\b`, 'i')];

/**
 * The date of the statement a sentence gives its figures as, and whether the fact quotes a statement of that day (its
 * quote or its paragraph's words name the same day and month).
 */
export function statementDate(sentence: string, fact: IndexedFact): PairFeatures['statedOn'] {
  for (const re of STATED_ON) {
    const m = re.exec(sentence);
    if (!m) continue;
    const day = Number(m[1] ?? m[4]);
    const month = MONTHS.indexOf((m[2] ?? m[3])!.toLowerCase()) + 1;
    const date = m[5] ? [Number(m[5]), month, day] : [month, day];
    const monthName = MONTHS[month - 1]!;
    const sameDay = new RegExp(`\\b(?:${day}\\s+${monthName}|${monthName}\\s+${day})\\b`, 'i');
    return { date, inFact: sameDay.test(fact.quote) || sameDay.test(fact.measure), ...(m[5] ? {} : { noYear: true }) };
  }
  for (const re of STATED_IN) {
    const m = re.exec(sentence);
    if (!m) continue;
    const month = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
    const sameMonth = new RegExp(`\\b${MONTHS[month - 1]}\\s+${m[2]}\\b`, 'i');
    return { date: [Number(m[2]), month], inFact: sameMonth.test(fact.quote) || sameMonth.test(fact.measure) || sameMonth.test(fact.attributed_to ?? '') };
  }
  return undefined;
}

/** "July 2023": a month of a year, compiled once (read for every claim). */
const MONTH_OF_YEAR = new RegExp(`\\b${MONTH}\\s+(?:19|20)\\d\\d\\b`, 'i');
const MONTHS_OF_YEARS = new RegExp(MONTH_OF_YEAR.source, 'gi');

/** A text that names one year, as a plain period ("in 2023", "during 2022"), and no month of a year. */
function plainYear(text: string): boolean {
  const years = new Set(text.match(/\b(?:19|20)\d\d\b/g) ?? []);
  // ("in the first half of 2024", "during the first nine months of 2023": a part of one year is in it.)
  return years.size === 1 && /\b(?:in|during|for|throughout)\s+(?:(?:the\s+)?(?:(?:first|second|third|fourth|last)\s+(?:half|quarter|(?:\w+\s+)?months)|\w+\s+months)\s+of\s+)?(?:19|20)\d\d\b/i.test(text) && !MONTH_OF_YEAR.test(text);
}

/** "In July 2023", "by 1 March 2024", "as of June 2023", "at the end of December 2023": a month a figure is dated in. */
const DATED_IN = new RegExp(`\\b(?:in|by|as\\s+(?:of|at)|at\\s+the\\s+end\\s+of|until|up\\s+to)\\s+(?:\\d{1,2}\\s+)?${MONTH}\\s+((?:19|20)\\d\\d)\\b`, 'gi');

/**
 * The month a sentence dates its figures in, when it names one such month and no other date of a month ("In July
 * 2023 the Agency reported 184 finished investigations"); undefined otherwise.
 */
function monthOf(sentence: string): number[] | undefined {
  const found = [...sentence.matchAll(DATED_IN)];
  if (found.length !== 1) return undefined;
  const months = sentence.match(MONTHS_OF_YEARS)?.length ?? 0;
  if (months !== 1) return undefined;
  const m = found[0]!;
  return [Number(m[2]), MONTHS.indexOf(m[1]!.toLowerCase()) + 1];
}

/** "complaints on obstruction of professional activity", "allegations about conditions": what complaints are about (in a row label; right after a figure). */
const COMPLAINTS_ABOUT = /\b(?:complaints?|allegations?)\s+(?:(?:of|from|by)\s+[\p{L}-]+\s+)?(?:on|about|concerning|regarding)\s+(?!(?:behalf|to|that|this|these|those|which|it|them)\b)(?:the\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?)/iu;
const COMPLAINTS_AFTER = new RegExp(`^\\s*(?:[\\p{L}-]+\\s+)?${COMPLAINTS_ABOUT.source.slice(2)}`, 'iu');
/** "acts of self-harm", "cases of torture", "victims of trafficking": a noun that counts only with its complement. */
// ("21 torture convictions of penitentiary staff": whose convictions, which the fact's words must name too.)
const COUNTED_OF = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:acts?|cases?|incidents?|instances?|episodes?|facts?|counts?|victims?|crimes?|offences?|offenses?|convictions?|prosecutions?)\s+of\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)/u;

/**
 * "… 214 crimes of kidnapping were registered. In 2023, 41 such crimes …": "such" counts the noun with the complement
 * the sentence it carries its subject from gives it.
 */
function suchComplement(after: string, carried: string | undefined): string | undefined {
  const noun = /^\s*such\s+([\p{L}-]+)/u.exec(after)?.[1];
  if (!noun || !carried) return undefined;
  const at = new RegExp(`\\b${escapeRegExp(noun)}\\s+of\\s+([\\p{L}-]+(?:\\s+[\\p{L}-]+)?)`, 'iu').exec(carried);
  return at?.[1];
}

/** Whether the claim's sentence, the sentence it carries, its headings or its block hold a stem. */
function namedAround(ctx: FigureContext, stem: string | undefined): boolean {
  return !!stem && (ctx.sentence.has(stem) || !!ctx.carried?.has(stem) || ctx.headings.has(stem) || ctx.block.has(stem));
}

/**
 * PairFeatures.offenceUnnamed: "the share of kidnapping crimes sent to court" against a claim about torture cases. (Read
 * only for a fact whose measure names an offence; most name none.)
 */
function offenceUnnamedOf(facts: FactBase, fact: IndexedFact, ctx: FigureContext): { offenceUnnamed?: string } {
  if (fact.type !== 'statistic') return {};
  let offences = factOffences.get(fact);
  if (!offences) {
    const measure = new Set(fact.measureStems);
    const named = facts.wording.offencesIn((x) => measure.has(x));
    factOffences.set(fact, (offences = named.some((o) => o.topic) ? [] : named));
  }
  if (!offences.length) return {};
  const namedIn = (has: (x: string) => boolean) => offences.some((o) => o.names.some((n) => n.every(has)));
  if (namedIn((x) => namedAround(ctx, x))) return {};
  // ("From 2019 to April 2023, 214 such crimes were registered. ¶ Of these, … 12 cases were sent to court": the offence
  // named a paragraph or two before, in the same section.)
  let before = sectionStems.get(ctx);
  if (!before) sectionStems.set(ctx, (before = new Set(tokenize(ctx.sectionBefore()).map((t) => t.stem))));
  const stems = before;
  return namedIn((x) => stems.has(x)) ? {} : { offenceUnnamed: offences[0]!.name };
}
/** The offences other than the topic each fact's measure is about (none where it names the topic), once per fact. */
const factOffences = new WeakMap<IndexedFact, { name: string; topic: boolean; names: string[][] }[]>();
/** The stems of the blocks before a figure's in its section, once per figure. */
const sectionStems = new WeakMap<FigureContext, Set<string>>();

/**
 * PairFeatures.factEventsUnnamed, the cheap tests first: a period or a year of the claim's own, the month named
 * around it, the fact's body, place or person named, a word of the unrest or a distinctive value of those events beside
 * it, and last the document before it (once per document and event).
 */
function eventsUnnamed(slots: SlotReader, f: { figure: Figure; ctx: FigureContext; blockText: string }, fact: IndexedFact, eventNames: { year: number; month: string }[], named: Restrictions): boolean {
  const ctx = f.ctx;
  if (ctx.period || ctx.sentenceYears.length || eventNames.some((e) => namedAround(ctx, e.month))) return false;
  if (namesFactScope(slots.measureRestrictionsOf(fact), named)) return false;
  let beside = besideOf.get(ctx);
  if (!beside) besideOf.set(ctx, (beside = { eventWords: EVENT_WORDS.test(`${f.blockText} ${ctx.carriedText ?? ''}`), values: valuesBeside(f, ctx) }));
  if (beside.eventWords || namesPersonOf(fact.measure, f.blockText)) return false;
  if (eventNames.some((e) => beside!.values.some((v) => v !== f.figure.value && slots.eventValues(e).has(v)))) return false;
  return !eventNames.some((e) => namesEventsBefore(ctx, e));
}
/** What stands beside a figure that ties it to named events: a word of the unrest, the distinctive values; once per figure. */
const besideOf = new WeakMap<FigureContext, { eventWords: boolean; values: number[] }>();

/**
 * Whether a document's text up to a claim names an event of a fact: its month ("January", "Jan'22", "Jan."), or its
 * year with a word of events ("the 2022 unrest"). Whatever came before in the document may have set the subject: a
 * thread "on accountability for Jan'22", a note on "the January events". (Where each event is first named is found
 * once per document: a table of thousands of cells asks it of each.)
 */
function namesEventsBefore(ctx: FigureContext, e: { year: number; month: string }): boolean {
  const { text, end } = ctx.documentBefore();
  if (text !== mentionsText) {
    mentionsText = text;
    firstMentions = new Map();
  }
  const key = `${e.month} ${e.year}`;
  let at = firstMentions.get(key);
  if (at === undefined) {
    const month = MONTHS.find((m) => tokenize(m)[0]?.stem === e.month);
    const byMonth = month ? new RegExp(`\\b(?:${month}|${month.slice(0, 3)})(?:\\b|\\.|['’]\\d\\d)`, 'i').exec(text) : null;
    const byYear = new RegExp(`\\b${e.year}\\s+(?:events|unrest|protests|riots|crackdown|cases)\\b`, 'i').exec(text);
    at = Math.min(byMonth?.index ?? Infinity, byYear?.index ?? Infinity);
    firstMentions.set(key, at);
  }
  return at < end;
}
/** The document the first mentions are of, and where each event is first named in it (namesEventsBefore). */
let mentionsText: string | undefined;
let firstMentions = new Map<string, number>();

/** Words for what happened in a month of unrest: "the rioters", "the unrest", "the protests", "the state of emergency". */
const EVENT_WORDS = /\b(?:riots?|rioters|rioting|unrest|protests?|protesters|state of emergency|counter-terrorist operation)\b/i;

/** Whether a text names a person the fact's measure names: a capitalised word of its measure, not its first, in the text. */
function namesPersonOf(measure: string, text: string): boolean {
  let names = measureNames.get(measure);
  if (!names) measureNames.set(measure, (names = measure.split(/\s+/).slice(1).filter((w) => /^\p{Lu}\p{Ll}{3,}$/u.test(w) && !MONTHS.some((m) => m.toLowerCase() === w.toLowerCase())).map((w) => new RegExp(`\\b${w}\\b`))));
  return names.some((re) => re.test(text));
}
/** The capitalised words of each measure, as patterns (namesPersonOf). */
const measureNames = new Map<string, RegExp[]>();

/** A value that tells a measure apart: not small, not round ("1,151", "238"; not 20, 300 or 4,000). */
function distinctiveValue(v: number): boolean {
  return Number.isInteger(v) && v >= 100 && v % 50 !== 0;
}

/** The numbers written in a figure's block, the sentence it carries and the paragraph before it (not years). */
function valuesBeside(f: { blockText: string }, ctx: FigureContext): number[] {
  const text = `${f.blockText} ${ctx.carriedText ?? ''} ${ctx.paragraphBefore ?? ''}`;
  return [...text.matchAll(/\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+/g)].map((m) => Number(m[0].replace(/[^\d]/g, ''))).filter((v) => distinctiveValue(v) && !(v >= 1900 && v <= 2100));
}

/** Whether a claim names a place, institution or facility the fact's measure names. */
function namesFactScope(fact: Restrictions, claim: Restrictions): boolean {
  return fact.places.some((x) => claim.places.includes(x)) || fact.institutions.some((x) => claim.institutions.includes(x)) || fact.facilities.some((x) => claim.facilities.includes(x));
}

/** The stem of the month of a period of one month ("2022-01" → "januari"), as the claim's stems hold it. */
function monthStemOf(period: string | undefined): string | undefined {
  const m = /^(?:19|20)\d\d-(\d\d)$/.exec(period ?? '');
  const name = m ? MONTHS[Number(m[1]) - 1] : undefined;
  return name ? tokenize(name)[0]?.stem : undefined;
}

/** "According to the Government, …", "the State itself attributes nine …": a figure given as the State's own. */
// ("The Almaty city prosecutor's office says it closed 82 …": a State body of a region or city, as the subject of a
// reporting verb.)
const STATE_ATTRIBUTION = /\b(?:according\s+to\s+(?:the\s+)?(?:Government|State\s+party|State|authorities|official\s+(?:data|figures|statistics)|Prosecutor\s+General|General\s+Prosecutor|Ministry)|(?:the\s+)?(?:Government|State(?:\s+party)?|authorities|prosecutor['’]s\s+office|procuracy|police\s+department|department\s+of\s+(?:internal\s+affairs|police))(?:\s+(?:itself|themselves))?\s+(?:says|said|reports|reported|states|stated|attributes|attributed|acknowledges|acknowledged|admits|admitted|recognises|recognizes|recognised|recognized))\b/iu;
/** A State body an NGO's fact may quote ("the footage, according to the government report, is kept for 30 days"): its figure is then the State's. */
const STATE_BODY = /\b(?:Government|State\s+party|Prosecutor|Ministry|Agency|Committee|police|court|courts|Ombudsman|Commissioner|authorities|Service)\b/i;

/** Whether a fact is an NGO's statement that names no State body (asked once per fact). */
function isNgoStatement(fact: IndexedFact): boolean {
  let known = ngoStatements.get(fact);
  if (known === undefined) ngoStatements.set(fact, (known = fact.asserted_by.kind === 'ngo' && !STATE_BODY.test(`${fact.attributed_to ?? ''} ${fact.quote}`)));
  return known;
}
const ngoStatements = new WeakMap<IndexedFact, boolean>();

/** Whether a fact's own words single out a part of a month or year (asked once per fact). */
function countsPartOfPeriod(fact: IndexedFact): boolean {
  let known = partsOfPeriod.get(fact);
  if (known === undefined) partsOfPeriod.set(fact, (known = PART_OF_PERIOD.test(`${fact.quote} ${fact.measure}`)));
  return known;
}
const partsOfPeriod = new WeakMap<IndexedFact, boolean>();

/** "in the first week of January", "the first half of 2022", "during the last three months of the year": a part of a period. */
const PART_OF_PERIOD = /\b(?:first|last|second|third|fourth|final|opening|closing)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+)?(?:days?|weeks?|months?|half|quarter)\s+of\b/i;

/** "Its annual budget", "from the fund", "the mechanism's staff": a sentence that refers back to a body named before it. */
const REFERS_TO_BODY = /\b(?:its|the\s+(?:fund|foundation|mechanism|agency|office|ombudsman|commissioner|council|centre|center|body|institution|service|ministry|committee|coalition|bureau)(?:['’]s)?)\b(?!\s+(?:of|for)\b)/i;
/** "…: in the 88 cases where a project lawyer was involved within a day, " before a part: the whole it is drawn from. */
const WHOLE_DRAWN_BEFORE = /(?:^|[;:])\W*(?:of|out of|among|in)\s+(?:the|these|those|all(?:\s+the)?)\s+\d[\d,]*\s+\p{L}[^;:]{0,160},\s*$/iu;
/**
 * An attribution that closes a sentence: ", according to court records we obtained", "(figures supplied to us)", and
 * any aside in parentheses right after the figure that closes it ("Fund recipients: 31 (own count from Fund replies)").
 */
const ATTRIBUTION_TAIL = /^\s*(?:[,(]\s*)?(?:according\s+to|as\s+(?:recorded|documented|shown|reported)\s+(?:in|by)|based\s+on|from)\b[^;]*$|^\s*\([^()]*\)\s*[.;]?\s*$/i;

/** A scope that opens on a month and year: "january-2022-events". */
const SCOPE_EVENTS = new RegExp(`^(${MONTHS.join('|')})-((?:19|20)\\d\\d)\\b`, 'i');

/** A month and year and the two words after them: an event's name when one of those words names events. */
const EVENT_NAME = new RegExp(`\\b(${MONTHS.join('|')})\\s+((?:19|20)\\d\\d)\\s+([a-z][a-z-]*)(?:\\s+([a-z][a-z-]*))?`, 'gi');

/** The features of a figure and one candidate fact. `anchored`: the candidate belongs to a breakdown a neighbour agrees with. */
export function featuresOf(slots: SlotReader, f: { figure: Figure; ctx: FigureContext; blockText: string }, fact: IndexedFact, score: number, anchored: boolean, rowAnchors: readonly IndexedFact[] = []): PairFeatures {
  const { facts } = slots;
  const ctx = f.ctx;
  const scoring = facts.scoringOf(fact);
  const unitStem = slots.countedOf(fact);
  const otherwise = countedOtherwise(ctx, facts);
  // The head noun of the counted phrase decides ("182 penal institution officials" count officials).
  const counted = unitStem ? (ctx.countedStems.includes(unitStem) ? unitStem : ctx.countedHead ?? otherwise) : undefined;
  let countedSlot: PairFeatures['counted'];
  const { personStems, thingStems, peopleStems } = facts.wording;
  // (The head noun names people too: "seven of the victims" are not elements of crimes; "complaints from prisoners" count complaints.)
  const persons = ctx.countedStems.some((x) => personStems.has(x)) || (!!ctx.countedHead && peopleStems.has(ctx.countedHead));
  // "Of these, 87 were granted": a figure that counts nothing itself counts what the carried subject counts; when that
  // names things and no persons, it does not count persons.
  const claim = slots.claimOf(f);
  const carriedThings = !counted && claim.carriedThings;
  const complement = claim.complement;
  const factStems = slots.stemsOf(fact);
  // ("27 cases of suicide were registered": cases of an act count the acts, which a fact may count as persons.)
  const casesOfTerm = !!complement && (counted === 'cas' || counted === 'instanc' || counted === 'episod') && claim.complementStems.some((x) => scoring.oneWordTerms.has(x));
  if (!unitStem || fact.unitClass !== 'count') countedSlot = 'not-a-count';
  else if (casesOfTerm) countedSlot = 'compatible';
  // "the police kettled protesters at least 12 times": how often an act happened is counted by the act, which the
  // clause names in one of the fact's own words ("kettling").
  else if (f.figure.unit === 'times') countedSlot = [...scoring.oneWordTerms].some((t) => ctx.own.has(t) || ctx.clause.has(t)) ? 'compatible' : 'unstated';
  // "| Preventive visits by NPM participants, 2022 | 389 |": the participants make the visits that are counted.
  else if (!counted && countsAgentOnly(ctx.leadText ?? f.blockText.slice(Math.min(ctx.clauseStart, f.figure.start), Math.max(ctx.clauseEnd, f.figure.end)), (x) => x === unitStem || facts.wording.countedAlike(x, unitStem) || scoring.oneWordTerms.has(x))) countedSlot = 'different';
  // "1,140 persons" are not "two facilities": persons against a count of things.
  else if (persons && thingStems.has(unitStem)) countedSlot = 'different';
  else if (carriedThings && personStems.has(unitStem)) countedSlot = 'different';
  // "19 of those trials" counts trials, though the fact's words say its defendants were "on trial".
  else if (counted && counted !== unitStem && thingStems.has(counted) && personStems.has(unitStem)) countedSlot = 'different';
  // "three categories" are not elements of crimes, though the fact's words name its category; nouns that count the
  // same things ("offences", "crimes") stay alike.
  // (Unless a term of the fact's opens on that noun and the claim tells what the fact's measure says was done: "the
  // register logged 580 torture reports" against registered cases whose terms say "reports of torture"; not "went out to
  // the scene on 57 reports of torture".)
  else if (counted && counted !== unitStem && thingStems.has(counted) && thingStems.has(unitStem) && !facts.wording.countedAlike(counted, unitStem) && !(fact.termStems.some((t) => t.length > 1 && t[0] === counted) && [...slots.measureEventsOf(fact)].some((e) => claim.events.has(e) && facts.wording.familyOf(e) !== 'harm'))) countedSlot = 'different';
  // "812 acts of self-harm" are not acts of torture: the complement must be the fact's too.
  else if (complement && !claim.complementStems.some((x) => factStems.has(x))) countedSlot = 'different';
  // A count of persons may be told of people, officers, victims …: only a noun that is not persons tells it apart.
  else if (!counted) countedSlot = personStems.has(unitStem) ? 'compatible' : 'unstated';
  else if (counted === unitStem) countedSlot = 'same';
  else if (facts.wording.countedAlike(counted, unitStem) || scoring.termStemSet.has(counted) || fact.measureStems.includes(counted) || isGenericCount(counted, unitStem, facts, ownNoun(f.figure.counted)) || (counted === ctx.countedHead && scoring.oneWordTerms.has(counted))) countedSlot = 'compatible';
  else countedSlot = 'different';
  const near = (stem: string) => ctx.own.has(stem) || ctx.clause.has(stem) || ctx.sentence.has(stem) || !!ctx.carried?.has(stem) || !!ctx.lead?.has(stem);
  // The counted thing is named near the figure in the fact's own words: its noun, a generic word for persons, or a
  // counted thing its terms use ("Torture investigations … numbered 593").
  const inClause = (stem: string) => ctx.own.has(stem) || ctx.clause.has(stem) || !!ctx.lead?.has(stem);
  // (Read only for a figure that names no counted thing of its own: the rule that asks needs it then alone.)
  // ("They fell to 676 in 2020": the subject a sentence carries is its clause's; not the words of a table's header and introduction, which name registers and sources as often as what the cells count.)
  const inSubject = (stem: string) => inClause(stem) || (!ctx.leadText && !!ctx.carried?.has(stem));
  const countedInContext = countedSlot === 'unstated' && !!unitStem && (near(unitStem) || ctx.headings.has(unitStem) || (personStems.has(unitStem) && [...personStems].some((g) => near(g))) || [...thingStems].some((t) => inSubject(t) && (scoring.termStemSet.has(t) || fact.measureStems.includes(t))));
  let termsNear = 0;
  for (const t of fact.termStems) if (t.every(near)) termsNear++;
  // (Asked only of a figure drawn from a whole: PairFeatures.partWords.)
  const ofPart = claim.partOf ? slots.partWordsOf(fact) : null;
  const partWords = ofPart ? { terms: ofPart.terms.length, termsNear: ofPart.terms.filter((t) => t.every(near)).length, measureNear: ofPart.measure.filter(near).length } : undefined;
  // (A table cell's row and column only: a sentence names its parts beside each other's figures, "363 alleged
  // prohibited methods … and the rest challenged procedural decisions".)
  const lead = ctx.lead;
  const partsNamed = lead && slots.isPart(fact) ? slots.siblingsOf(fact).filter((p) => p.some((t) => t.every((x) => lead.has(x)))).length : 0;
  const claimEvents = claim.events;
  const factEvents = slots.eventsOf(fact);
  const eventNames = slots.eventNamesOf(fact);
  return {
    figure: f.figure,
    fact,
    score,
    counted: countedSlot,
    countedInContext,
    anchored,
    claimEvents,
    claimPredicate: claim.predicate,
    factEvents,
    measureEvents: slots.measureEventsOf(fact),
    actsApart: actsApart(facts.wording, claimEvents, slots.measureEventsOf(fact)),
    factVerbStems: slots.verbStemsOf(fact),
    measurePredicates: slots.measurePredicatesOf(fact),
    measurePredicateFamilies: slots.measurePredicateFamiliesOf(fact),
    inTable: !!ctx.leadText,
    claimFamilies: claim.families,
    contextFamilies: claim.contextFamilies,
    factFamilies: slots.familiesOf(fact),
    claimYears: [...new Set(ctx.sentenceYears)],
    unmatched: unmatchedRestrictions(claim.restrictions, slots.restrictionsOf(fact), slots.stemsOf(fact)),
    // A share is always "of" something; it is a part of a carried whole only when that whole is anaphoric ("22 per
    // cent of these convictions").
    partOf: claim.partOf,
    ...shareBases(slots, f, fact),
    claimWhole: claim.whole,
    claimIsWhole: claim.isWhole,
    modifierUnnamed: modifierUnnamed(slots, fact, claim.partModifier),
    totalOfStated: fact.type === 'statistic' && fact.value !== undefined && fact.value < f.figure.value && claim.totalOf.includes(fact.value),
    instancesOf: instancesOf(f),
    factWholes: slots.wholesOf(fact),
    factWholesRestated: claim.whole !== undefined ? slots.wholesRestatedOf(fact) : [],
    factPlanned: fact.type === 'statistic' && PLANNED.test(withoutAsides(fact.measure)),
    claimDone: claim.done,
    claimTarget: claim.target,
    claimNamesPlan: claim.namesPlan,
    claimNegated: claim.negated,
    // (Not the title of a report it quotes: "We Don't Even Cry Anymore".)
    factNegated: fact.type === 'statistic' && NEGATION.test(withoutAsides(fact.measure).split(';')[0]!.replace(/["“][^"”]*["”]/g, '')),
    claimArticles: claim.articles,
    factArticles: slots.articlesOf(fact),
    factIsPart: slots.isPart(fact),
    ...(partWords ? { partWords } : {}),
    partsNamed,
    residualOfOther: claim.residual && !RESIDUAL_MEASURE.test(fact.measure),
    unnamed: unnamedInClaim(slots.measureRestrictionsOf(fact), { ...claim.sentenceRestrictions, institutions: [...claim.sentenceRestrictions.institutions, ...claim.paragraphInstitutions] }, claim.stems),
    placesApart: placesApart(slots, claim, fact, ctx),
    rowSeries: ctx.leadText !== undefined ? seriesApart(facts, rowAnchors, fact) ?? statementApart(slots, rowAnchors, fact) : undefined,
    wholeElsewhere: claim.whole !== undefined ? wholeElsewhere(slots, rowAnchors, claim.whole, fact) : undefined,
    ownMonitoring: claim.ownMonitoring,
    ownInFirstPerson: claim.ownMonitoring && claim.firstPerson,
    // (An NGO quoting an official's figure gives the official's count: "according to the General Prosecutor".)
    factByNgo: fact.asserted_by.kind === 'ngo' && (!fact.attributed_to || facts.wording.isNgoSource(fact.attributed_to)),
    claimByState: claim.byState,
    factNgoStatement: isNgoStatement(fact),
    factPeriod: fact.periodYears,
    factIsRunningTotal: isRunningTotal(fact.period),
    // ("In 2023 the office registered 14 cases, against 61 in 2022": each figure's own stretch names one year.)
    claimInOneYear: plainYear(f.blockText.slice(ctx.sentenceStart, ctx.sentenceEnd)) || !!ctx.periodRelative || (!!ctx.period && ctx.period[0] === ctx.period[1] && !ctx.periodFromHeading && (plainYear(f.blockText.slice(ctx.sentenceStart, ctx.ownEnd)) || plainYear(f.blockText.slice(ctx.ownStart, ctx.ownEnd)))),
    ...(slots.spanOfFact(fact) !== undefined ? { factSpanYears: slots.spanOfFact(fact)! } : {}),
    claimNamesSpan: claim.namesSpan,
    claimPeriodNear: claim.periodNear,
    drawnFromUnnamed: claim.drawnModifiers.filter((x) => !factStems.has(x)),
    ageGroupUnnamed: claim.ageGroup && ![...factStems].some((x) => AGE_STEMS.has(x)),
    boundUnnamed: claim.bounded && fact.type === 'statistic' && !MEASURE_BOUND.test(fact.measure),
    // (Only against a fact whose words name no persons at all: "complaints from detainees" may be the fact's "persons
    // held in custody" in other words.)
    unnamedSenders: !claim.senders.length || [...factStems].some((x) => peopleStems.has(x) || personStems.has(x)) ? [] : claim.senders.filter((x) => !factStems.has(x)),
    // (Not where the fact's measure sets the same words aside: "complaints not related to the January events".)
    // (Nor the whole of a breakdown whose part names them: "~835 were convicted for something other than the riots
    // articles" is the rest of the 1,413, neither the 578 for riots nor the 1,413.)
    excludedNamed: claim.excluded.length ? claim.excluded.filter((x) => (fact.measureStems.includes(x) && !excludedStems(fact.measure).includes(x)) || slots.partStemsOf(fact).has(x)) : [],
    periodRelative: !!ctx.periodRelative,
    // (A table's column says so for its cells: "| Average per victim (tenge) |".)
    averageOfOther: (facts.wording.endsInAverage(f.blockText.slice(Math.max(ctx.clauseStart, f.figure.start - 40), f.figure.qualifierStart ?? f.figure.start)) || facts.wording.opensOnAverage(f.blockText.slice(Math.min(ctx.clauseStart, f.figure.start), f.figure.qualifierStart ?? f.figure.start)) || facts.wording.namesAverage(ctx.leadText ?? '')) && !facts.wording.namesAverage(`${fact.measure} ${fact.quote}`),
    // (Not where its sentence, what it carries or its table's headers name a year another figure's clause took:
    // "120 suicide attempts were prevented in 2023, 32 of them thanks to video surveillance".)
    incidentUnnamed: incidentUnnamed(slots, fact, ctx, near),
    sampleUnnamed: sampleUnnamed(slots, fact, ctx, near),
    undatedAgainstYear: !ctx.period && !ctx.sentenceYears.length && !YEAR.test(`${ctx.carriedText ?? ''} ${ctx.leadText ?? ''}`) && fact.period ? slots.seriesPeriodOf(fact) : undefined,
    claimPeriod: ctx.periodFromHeading ? undefined : ctx.period,
    headingPeriod: ctx.periodFromHeading ? ctx.period : undefined,
    periodNamesEvents: !!ctx.periodNamesEvents,
    periodCarried: !ctx.sentenceYears.length && !!ctx.carriedText && !ctx.leadText && plainYear(ctx.carriedText),
    assertedYear: yearOf(fact.asserted_on),
    assertedOn: dateParts(fact.asserted_on),
    statedOn: statementDate(f.blockText.slice(ctx.sentenceStart, ctx.sentenceEnd), fact),
    claimMonth: slots.claimOf(f).month ?? f.ctx.presentMonth,
    partOfPeriod: claim.partOfPeriod && !countsPartOfPeriod(fact),
    termsNear,
    valueRatio: ratioOf(f.figure.value, fact.value),
    digitsSwapped: digitsSwapped(f.figure.value, fact.value),
    factEventYears: eventNames.map((e) => e.year),
    claimNamesFactEvents: eventNames.some((e) => namedAround(ctx, e.month)),
    // (Not where the claim names the body or place the fact's measure is about: "Of these employees, 14 belonged to the
    // National Security Committee".)
    // (Nor where the claim's paragraph speaks of what happened then, "victims of the rioters", or names a person the
    // fact's measure names, "Kuanysh Ayniyazov names two policemen".)
    // (Nor where another figure beside it is a value the base states of those events: "The State registered 1,151 injured
    // civilians … Of these, 24 were women.")
    factEventsUnnamed: eventNames.length > 0 && eventsUnnamed(slots, f, fact, eventNames, claim.sentenceRestrictions),
    factMonthYear: /^(?:19|20)\d\d-\d\d$/.test(fact.period ?? '') ? Number(fact.period!.slice(0, 4)) : !fact.period && eventNames.length === 1 ? eventNames[0]!.year : undefined,
    ...offenceUnnamedOf(facts, fact, ctx),
    claimNamesFactMonth: namedAround(ctx, monthStemOf(fact.period) ?? (!fact.period && eventNames.length === 1 ? eventNames[0]!.month : undefined)),
  };
}
