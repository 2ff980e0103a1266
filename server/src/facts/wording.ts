import { contentStems, contentTokens, isStopWord, NUMBER_WORD, phrasePattern, stem, tokenize } from './words';
import { countedNounsOf, type CountedNouns } from '../sources/countedNouns';
import { numberWordingOf, POST_TIME, type NumbersList, type NumberWording } from '../parse/figures';
import { MONTHS } from './dates';

/** A noun of an act or a process ("conscription", "detentions"), which the stemmer gives the stem of its agent or object. */
const NOMINALISATION = /(?:tion|sion)s?$/i;

/** An auxiliary between a counter and its verb: "the Coalition had recorded", "the Coalition having counted". */
const AUXILIARY = /\b(?:has|have|had|having)(?:\s+(?:already|also|since|so far))?\s+(?=\p{Ll}+ed\b)/u;
const AUXILIARIES = new RegExp(AUXILIARY.source, 'gu');

/** A past participle or past tense: what a sentence says happened ("registered", "beaten", "paid", "took part"). */
const VERB_FORM = /^(?:\w+(?:ed|en)|paid|held|sent|took|made|brought|found|kept|put|set|hurt)$/i;

/** The wording lists of server/data/wording/wording.yaml, as the schema (wording.schema.json) gives them. */
export interface WordList {
  words: string[];
  kinds?: string[];
  note: string;
}

export interface Wording {
  counted_nouns: { persons: string[]; things: string[]; alike?: string[][]; people?: string[]; groups?: string[][]; note: string };
  places: WordList;
  subgroups: WordList;
  institutions: WordList;
  facilities: WordList;
  reporting: WordList;
  own_monitoring: WordList & { headings?: string[] };
  /** Who counted (optional: older compiled data has none). */
  counters?: { first_person: string[]; ngo_sources: string[]; note: string };
  /** Words of an average (optional: older compiled data has none). */
  averages?: { before: string[]; subjects?: string[]; words: string[]; note: string };
  /** The number reader's words: qualifiers, currencies, words of a total (optional: older compiled data has none). */
  numbers?: NumbersList;
  /** Nouns a month and year before them name as events (optional: older compiled data has none). */
  event_names?: WordList;
  /** Verbs of things that happen on a day, beside the events (optional: older compiled data has none). */
  dated_events?: WordList;
  /** The last words of a table column's header that make its numbers labels (optional: older compiled data has none). */
  label_columns?: WordList;
  /** Offences a measure may be about, each with its other names, the checker's own topic first (optional: older compiled data has none). */
  offences?: WordList;
  /** Words before a counted noun that single out a part of what is counted (optional: older compiled data has none). */
  part_modifiers?: WordList;
  /** How a fact's measure says whom a survey reached (optional: older compiled data has none). */
  surveys?: { words: string[]; generic: string[]; note: string };
  events: { name: string; family: string; words: string[]; records?: boolean }[];
  carried_subject: { openings: string[]; measures?: string[]; measure_determiners?: string[]; clauses?: string[]; determiners?: string[]; connectives?: string[] };
  time_limits: { before: string[]; rule_words: string[] };
  /** Phrases that date a figure by the year named before it (optional: older compiled data has none). */
  relative_years?: { same: string[]; following: string[]; previous: string[]; current?: string[]; last?: string[]; present?: string[]; reported?: string[]; note: string };
  /** The library of standard recommendation text (server/src/sources/recommendations.ts); absent in older compiled data. */
  recommendations?: RecommendationWording;
}

/** How recommendations are recognised and grouped (the `recommendations` section of wording.yaml). */
export interface RecommendationWording {
  subjects: string[];
  adverbs: string[];
  verbs: string[];
  reference_words: string[];
  lead_in: string[];
  min_quote_words: number;
  themes: { word: string; label: string; words: string[] }[];
  note: string;
}

/** What a claim names that a fact may not: each as the stem that was found. */
export interface Restrictions {
  places: string[];
  subgroups: string[];
  institutions: string[];
  facilities: string[];
}

const DIGITS = /[0-9]/g;
/** ", which the NPM has assessed as unfit to live in," — a comment on what the sentence names, between commas. */
const RELATIVE_CLAUSE = /,\s*(?:which|who|whom|whose|where)\b[^,;.]*(?=,)/gi;

/**
 * What a text must hold for a pattern of listed phrases (matched ignoring case) to match in it: the first word of one
 * of the phrases, as letters of either case, or one of the two signs that match an ASCII letter when case is ignored
 * (ſ for s, the Kelvin sign for k). Running the word-list patterns over every sentence and block was a tenth of
 * extracting a workspace's sources, and most hold none of their words: this one pass over the text finds that out.
 * Undefined (every text may match) when a first word is not plain ASCII letters, whose case could fold beyond them.
 */
function firstWordsPattern(phrases: string[]): RegExp | undefined {
  const words = [...new Set(phrases.map((p) => p.trim().split(/\s+/)[0]!.toLowerCase()))];
  return words.every((w) => /^[a-z]+$/.test(w)) ? new RegExp(`[\u017f\u212a]|${words.join('|') || '(?!)'}`, 'i') : undefined;
}

/** How a sentence dates itself by reference: years after the year named before it, or the draft's year, headings' year or moment. */
export type RelativeYear = number | 'current' | 'last' | 'reported' | 'present';

/** No lists: nothing restricts a claim, nothing is carried (a fact base built from data without wording). */
export const NO_WORDING: Wording = { counted_nouns: { persons: [], things: [], note: '' }, places: { words: [], note: '' }, subgroups: { words: [], note: '' }, institutions: { words: [], note: '' }, facilities: { words: [], note: '' }, reporting: { words: [], note: '' }, own_monitoring: { words: [], note: '' }, events: [], carried_subject: { openings: [] }, time_limits: { before: [], rule_words: [] } };

/** After a reporting verb, the speaker itself as the one who acted: "says it closed", "said that they had registered". */
const OWN_ACT = /^\s+(?:that\s+)?(?:it|they|we)\s+(?!(?:is|was|were|are|would|will)\b)/i;
/** "per GPO,", "per the Fund's reply,": who gives a figure, by "per" and a capitalised name (not "per cent", "per person"). */
const PER_SOURCE = /\bper\s+(?:the\s+)?[A-Z][^,.;:\d]*/g;
/** A speaker named before a colon that opens a quotation (QUOTED_SPEAKER's groups: what comes before, who, the colon). */
const QUOTED_SPEAKER = /(^|[.;]\s+)((?:\d{1,3}\/\s+)?[^.;:"“”\d]{1,40})(:)(?=\s*["“])/g;
/** "data of the General Prosecutor's Office", "Source: Ministry of Justice": whose data a table or sentence gives. */
const DATA_WORD = /\b(?:data|figures|statistics|information|sources?)\b/i;
const DATA_SOURCE = /\b(?:data|figures|statistics|information)\s+(?:of|from|provided\s+by)\s+(?:the\s+)?[^,.;:()\d]*|\bsources?:\s*[^,.;:()\d]*/giu;

/**
 * A label a paragraph opens on, a transcript's speaker or a field's name ("PROSECUTOR:", "Status:"), or the time of a
 * post in a feed or a log ("16:46."), or the number of a post in a thread ("**10/25**", "3/"): optional, as a pattern.
 */
export const SPEAKER_LABEL = `(?:(?:\\p{Lu}[\\p{L}.'’ -]{0,40}:|[*_]{0,2}\\d{1,3}\\/\\d{0,3}[*_]{0,2}|${POST_TIME}?)\\s+)?`;

/**
 * The wording lists made ready for reading claims: stems, and patterns compiled once per fact base (a fact base
 * lives as long as the data it was built from, so the lists do too).
 */
export class WordingIndex {
  /**
   * Each listed name as its content stems, by the first stem ("National Center for Human Rights" → nation center
   * human right), with the key of its entry: the first of the entry's alternative names ("Ombudsman | Commissioner
   * for Human Rights" → ombudsman), so that two names of one body meet.
   */
  private readonly names = new Map<string, { stems: string[]; nouns: boolean[]; list: keyof Restrictions; key: string }[]>();
  /** Each event word or phrase as content stems, by the first stem, with its event. */
  private readonly eventPhrases = new Map<string, { stems: string[]; event: string }[]>();
  /** The event words listed as they are written ("employs"): a present tense the list names is a verb too. */
  private readonly eventWords = new Set<string>();
  private readonly placeKinds: RegExp;
  private readonly reporting: RegExp;
  /** `reporting`, where a claim's speaker may also follow a comma. */
  private readonly reportingInClaim: RegExp;
  /** What a text must hold for `reporting` to match in it (firstWordsPattern). */
  private readonly reportingWords: RegExp | undefined;
  private readonly carried: RegExp;
  private readonly carriedDeterminer: RegExp | undefined;
  /** What a text must hold for `carriedDeterminer` to match in it (firstWordsPattern). */
  private readonly determinerWords: RegExp | undefined;
  private readonly ownMonitoring: RegExp;
  private readonly ownSectionHeading: RegExp | undefined;
  private readonly eventNameWords: Set<string>;
  private readonly datedEvent: RegExp | undefined;
  readonly timeLimitBefore: RegExp;
  /** Stems of the generic words for persons ("persons", "people"), and of counted things that are never persons. */
  readonly personStems: Set<string>;
  readonly thingStems: Set<string>;
  /** Stems of the nouns that count people beyond the generic ones ("officers", "victims", "doctors"). */
  readonly peopleStems: Set<string>;
  /** The nouns of people as written (counted_nouns.people). */
  private readonly peopleWords: Set<string>;
  /** The counted nouns as extraction reads and compares them (../sources/countedNouns). */
  readonly countedNouns: CountedNouns;
  /** The number reader's words, compiled (../parse/figures). */
  readonly numbers: NumberWording;
  private readonly alikeGroup = new Map<string, number>();
  private readonly ruleWords: Set<string>;
  /** Whether what the lists read of a text reads every digit alike (see readingKey). */
  private readonly digitsAlike: boolean;
  private readonly firstPerson: RegExp | undefined;
  private readonly ngoSource: RegExp | undefined;
  private readonly averageBefore: RegExp | undefined;
  private readonly averageSubject: RegExp | undefined;
  private readonly averageWord: RegExp | undefined;
  /** "in the region", "for the four regions": places a text names by their kind alone (restrictionsOf). */
  private readonly placeReference: RegExp | undefined;
  /** After a figure: the places it counts ("four regions", "three large cities"). */
  private readonly placeCount: RegExp | undefined;
  /** `surveys`: whom a measure says a survey reached, before its verb or after an opening one. */
  private readonly surveyed: RegExp | undefined;
  private readonly sampleGeneric: Set<string>;
  private readonly labelColumn: RegExp | undefined;
  /** The phrases of `relative_years`, each kind a group: same, following, previous. */
  private readonly relativeYear: RegExp | undefined;
  /** `offences`, each with the stems of its names. */
  private readonly offenceGroups: { name: string; topic: boolean; names: string[][] }[];
  /** `part_modifiers`, each as its stems. */
  private readonly partModifiers: string[][];
  /** Each event group's family, by the group's name. */
  private readonly families = new Map<string, string>();

  constructor(readonly lists: Wording) {
    const stems = (words: string[]) => new Set(words.flatMap((w) => tokenize(w).map((t) => t.stem)));
    for (const list of ['places', 'subgroups', 'institutions', 'facilities'] as const) {
      for (const entry of lists[list].words) {
        const alternatives = entry.split('|').map((w) => contentTokens(w)).filter((n) => n.length);
        const key = alternatives[0]?.map((t) => t.stem).join(' ');
        for (const tokens of alternatives) {
          const name = { stems: tokens.map((t) => t.stem), nouns: tokens.map((t) => NOMINALISATION.test(t.word)), list, key: key! };
          const known = this.names.get(name.stems[0]!);
          if (known) known.push(name);
          else this.names.set(name.stems[0]!, [name]);
        }
      }
    }
    for (const known of this.names.values()) known.sort((a, b) => b.stems.length - a.stems.length);
    for (const e of lists.events) {
      for (const w of e.words) {
        this.eventWords.add(w.toLowerCase());
        const stems = contentStems(w);
        if (!stems.length) continue;
        const known = this.eventPhrases.get(stems[0]!);
        if (known) known.push({ stems, event: e.name });
        else this.eventPhrases.set(stems[0]!, [{ stems, event: e.name }]);
      }
    }
    for (const known of this.eventPhrases.values()) known.sort((a, b) => b.stems.length - a.stems.length);
    // "Zhambyl region", "the city of Taraz", "the Abai oblast".
    const kinds = phrasePattern(lists.places.kinds ?? []);
    this.placeKinds = new RegExp(`\\b(\\p{Lu}[\\p{L}-]+)\\s+(?:${kinds})\\b|\\b(?:${kinds})\\s+of\\s+(\\p{Lu}[\\p{L}-]+)`, 'gu');
    // "Only 2 officials in the region were held liable": one place the text named before; "Total for the four regions":
    // some places, not the whole country.
    const plural = (lists.places.kinds ?? []).map((k) => (k.endsWith('y') ? `${k.slice(0, -1)}ies` : `${k}s`));
    // ("in our region", "across three regions": a place the writer's own or a few of them, named without a name; a
    // number in digits only after a determiner: "from 20 regions" may be all of them; "across the pilot regions": some
    // of them, singled out by a word.)
    this.placeReference = kinds ? new RegExp(`\\b(?:in|of|across|throughout|for|from)\\s+(?:(?:the|that|this|the same|our|my|their|its)\\s+(${kinds})\\b(?!-)|(?:(?:the|these|those|our|its|their)\\s+(?:(two|three|four|five|six|seven|eight|nine|ten|several|\\d{1,2})\\s+)|(?:(two|three|four|five|six|seven|eight|nine|ten|several|some|certain|a few)\\s+)|(?:the|these|those|our|its|their)\\s+(?!(?:all|whole|various|different|many|respective|country's|republic's)\\b)[a-z]+\\s+)(${phrasePattern(plural)})\\b)`, 'i') : undefined;
    this.placeCount = kinds ? new RegExp(`^\\s+(?:[\\p{L}-]+\\s+)?(?:${phrasePattern(plural)})\\b`, 'iu') : undefined;
    // The speaker of a reporting verb: "The Ombudsman reported that", "according to the Prosecutor General's Office" (whose
    // data a table or a sentence gives is read apart: DATA_SOURCE).
    // ("Forwarded from the Ministry of Health channel: …": a word of the list that ends on its preposition names the
    // speaker after it, as "according to" does.)
    const prepositional = lists.reporting.words.filter((w) => /\s(?:from|to)$/i.test(w));
    const verbs = phrasePattern(lists.reporting.words.filter((w) => w !== 'according' && !prepositional.includes(w)));
    // ("On 14 March 2022 the Prosecutor General told …": a date may open the sentence before the one who reports; any
    // digit reads alike here, see readingKey. "… told parliament on 5 January 2023 that …": or stand before its "that".
    // '"…", says a statement of the Prosecutor General\'s Office.': or follow its verb, after a quotation.)
    this.reporting = new RegExp(`(?:,|\\s[–—]\\s)["”’']?\\s*(?:${verbs})\\s+[^,.;:\\d]*?(?=\\s*(?:[.;]|$))|(?:^|[.;:]\\s*)(?:\\d{1,3}\\/\\s+)?(?:(?:on|in|by)\\s+(?:\\d{1,2}\\s+)?(?:\\p{L}+\\s+)?(?:\\d{1,2},?\\s+)?\\d{4},?\\s+)?[^.;:,\\d]*?\\b(?:${verbs})\\b(?:\\s*\\([^()\\d]{0,60}\\))?(?:(?:\\s+[^\\s.;:,\\d]+){0,3}?(?:,?\\s+(?:\\d{1,2}\\s+)?\\p{L}+\\s+\\d{4},?)?\\s+that\\b)?|(?:,|\\s[–—]\\s)\\s*[^,.;:\\d]*?\\b(?:${verbs})\\b(?=\\s*(?:[.;,]|$))|\\b(?:according\\s+to${prepositional.length ? `|${phrasePattern(prepositional)}` : ''})\\s+[^,.;:\\d]*`, 'giu');
    // ("…, as the papers reported at the time, the Prosecutor General told parliament that …": in a claim the one who
    // reports may also follow a comma, after an aside or an opening phrase of time or place, which stays read. A
    // source's quote keeps such a speaker: whose count a fact is belongs to it, as its `attributed_to` does.)
    this.reportingInClaim = new RegExp(this.reporting.source.replace('(?:^|[.;:]\\s*)', '(?:^|[.;:,]\\s*)'), 'giu');
    this.reportingWords = firstWordsPattern([...lists.reporting.words.filter((w) => w !== 'according'), 'according']);
    // "It registered …", and after an opening adverbial of time: "In 2023 this share stood at …".
    // "Once the facilities are complete, the share is expected to reach …": a clause before the subject, and a measure
    // named by its kind alone.
    // (Its comma is often left out: "Once the facilities are complete the share is to reach …".)
    const clauses = lists.carried_subject.clauses?.length ? `(?:(?:${phrasePattern(lists.carried_subject.clauses)})\\s[^,.;:]{1,120}?(?:,\\s*|\\s+))?` : '';
    const measures = lists.carried_subject.measures?.length ? `|(?:${phrasePattern(lists.carried_subject.measure_determiners ?? ['the'])})\\s+(?:${phrasePattern(lists.carried_subject.measures)})\\b(?!\\s+(?:of|for|in)\\b)` : '';
    // "41 such crimes": a determiner that refers back wherever it stands (not "such as").
    // "A payment of 30 MCI therefore came to …": a consequence of the sentence before, wherever the adverb stands.
    const connectives = lists.carried_subject.connectives?.length ? `|\\b(?:${phrasePattern(lists.carried_subject.connectives)})\\b` : '';
    this.carriedDeterminer = lists.carried_subject.determiners?.length || connectives ? new RegExp(`\\b(?:${phrasePattern(lists.carried_subject.determiners ?? [])})\\s+(?!as\\b)\\p{L}${connectives}`, 'iu') : undefined;
    this.determinerWords = firstWordsPattern([...(lists.carried_subject.determiners ?? []), ...(lists.carried_subject.connectives ?? [])]);
    // (So is a year named by reference: "The next year the figure fell to 323".)
    const byReference = [...(lists.relative_years?.same ?? []), ...(lists.relative_years?.following ?? []), ...(lists.relative_years?.previous ?? [])];
    const yearByReference = byReference.length ? `|(?:${phrasePattern(byReference)}),?\\s+` : '';
    // (After a speaker's or a field's label: "PROSECUTOR: Of these submissions, about 40 …".)
    this.carried = new RegExp(`^\\s*(?:[*_"“(]\\s*)?${SPEAKER_LABEL}(?:(?:in|by|as of|since|during|between|from|over|throughout)\\s+(?:[\\p{L}\\d]+\\s+){0,2}(?:19|20)\\d\\d(?:\\s*(?:[–-]|and|to)\\s*(?:19|20)\\d\\d)?,?\\s+${yearByReference})?${clauses}(?:(?:${phrasePattern(lists.carried_subject.openings)})\\b${measures})`, 'iu');
    // The patterns below are made of classes that take every digit alike (\\d, \\b, \\w, letters) and of the listed
    // words: when none of those has a digit, any digit reads as any other (names and events are words, runs of letters).
    this.digitsAlike = ![...lists.reporting.words, ...(lists.places.kinds ?? []), ...lists.own_monitoring.words, ...lists.carried_subject.openings, ...(lists.carried_subject.measures ?? []), ...(lists.carried_subject.clauses ?? []), ...(lists.carried_subject.determiners ?? []), ...(lists.carried_subject.connectives ?? []), ...(lists.dated_events?.words ?? [])].some((w) => /\d/.test(w));
    for (const e of lists.events) if (!this.families.has(e.name)) this.families.set(e.name, e.family);
    this.ownMonitoring = new RegExp(`\\b(?:${phrasePattern(lists.own_monitoring.words)})\\b`, 'i');
    this.ownSectionHeading = lists.own_monitoring.headings?.length ? new RegExp(`\\b(?:${phrasePattern(lists.own_monitoring.headings)})\\b`, 'i') : undefined;
    const words = (list: string[] | undefined, flags = 'i') => (list?.length ? new RegExp(`\\b(?:${phrasePattern(list)})\\b`, flags) : undefined);
    this.firstPerson = words(lists.counters?.first_person);
    this.ngoSource = words(lists.counters?.ngo_sources);
    this.averageBefore = lists.averages?.before.length ? new RegExp(`\\b(?:${phrasePattern(lists.averages.before)})\\s*$`, 'i') : undefined;
    this.averageWord = words(lists.averages?.words);
    // ("The average payment they received was about": the subject, a few words, a verb of being, the figure's qualifier.)
    const subjects = lists.averages?.subjects ?? [];
    this.averageSubject = subjects.length ? new RegExp(`^\\W*(?:${phrasePattern(subjects)})\\s+[^.;:,\\d]{1,80}?\\b(?:was|is|were|are|stood at|stands at|came to|comes to|amounted to|amounts to)\\s*$`, 'i') : undefined;
    const relative = lists.relative_years;
    const group = (name: string, list: string[] | undefined) => (list?.length ? [`(?<${name}>${phrasePattern(list)})`] : []);
    this.relativeYear = relative ? new RegExp(`\\b(?:${[...group('same', relative.same), ...group('following', relative.following), ...group('previous', relative.previous), ...group('current', relative.current), ...group('last', relative.last), ...group('reported', relative.reported), ...group('present', relative.present)].join('|')})\\b`, 'i') : undefined;
    this.timeLimitBefore = new RegExp(`\\b(?:${phrasePattern(lists.time_limits.before)})\\s+$`, 'i');
    this.ruleWords = stems(lists.time_limits.rule_words);
    this.eventNameWords = new Set((lists.event_names?.words ?? []).map((w) => w.toLowerCase()));
    const survey = lists.surveys?.words ?? [];
    const opening = survey.filter((w) => !/\s/.test(w));
    this.surveyed = survey.length ? new RegExp(`^(?:share\\s+of\\s+)?((?:[\\p{L}\\d'’-]+\\s+){1,6}?)(?:${phrasePattern(survey)})\\b${opening.length ? `|^(?:${phrasePattern(opening)})\\s+((?:[\\p{L}'’-]+\\s+){1,6}?)(?:who|which|that)\\b` : ''}`, 'iu') : undefined;
    this.sampleGeneric = stems([...(lists.surveys?.generic ?? []), ...MONTHS]);
    this.partModifiers = (lists.part_modifiers?.words ?? []).map((w) => tokenize(w).map((t) => t.stem)).filter((n) => n.length > 0);
    this.offenceGroups = (lists.offences?.words ?? []).map((item, i) => {
      const names = item.split('|').map((n) => n.trim());
      return { name: names[0]!, topic: i === 0, names: names.map((n) => tokenize(n).filter((t) => !isStopWord(t.word)).map((t) => t.stem)).filter((n) => n.length > 0) };
    });
    const labels = lists.label_columns?.words ?? [];
    this.labelColumn = labels.length ? new RegExp(`(?:^|[^\\p{L}])(?:${phrasePattern(labels)})\\.?\\s*$`, 'iu') : undefined;
    const dated = lists.dated_events?.words ?? [];
    this.datedEvent = dated.length ? new RegExp(`\\b(?:${phrasePattern(dated)})\\b`, 'gi') : undefined;
    this.personStems = stems(lists.counted_nouns.persons);
    this.thingStems = stems(lists.counted_nouns.things);
    this.peopleStems = stems(lists.counted_nouns.people ?? []);
    this.peopleWords = new Set((lists.counted_nouns.people ?? []).map((w) => w.toLowerCase()));
    this.countedNouns = countedNounsOf(lists.counted_nouns);
    this.numbers = numberWordingOf(lists.numbers);
    lists.counted_nouns.alike?.forEach((group, i) => {
      // The head noun of each ("criminal offences" → offence) stands for the group.
      for (const w of group) {
        const head = tokenize(w).pop();
        if (head) this.alikeGroup.set(head.stem, i);
      }
    });
  }

  /** Whether the text after a figure says it counts places ("four regions", "three large cities"). */
  countsPlaces(after: string): boolean {
    return !!this.placeCount?.test(after);
  }

  /** The first `part_modifiers` item all of whose stems stand among a figure's counted stems ("joint visits"), as its stems. */
  partModifierIn(counted: readonly string[]): string[] | undefined {
    return this.partModifiers.find((m) => m.every((x) => counted.includes(x)));
  }

  /** Whether two counted nouns (stems) count the same things ("offences" and "crimes"). */
  countedAlike(a: string, b: string): boolean {
    const g = this.alikeGroup.get(a);
    return g !== undefined && g === this.alikeGroup.get(b);
  }

  /** Whether a sentence carries its subject over from the sentence before ("It registered …", "Of these, …"). */
  carriesSubject(sentence: string): boolean {
    return this.carried.test(sentence) || (!!this.carriedDeterminer && this.determinerWords?.test(sentence) !== false && this.carriedDeterminer.test(sentence));
  }

  /**
   * The offences (`offences`) whose names all stand among `stems`: each as its first name, the stems of each of its
   * names beside it. The first offence of the list is the checker's own topic.
   */
  offencesIn(has: (stem: string) => boolean): { name: string; topic: boolean; names: string[][] }[] {
    return this.offenceGroups.filter((g) => g.names.some((n) => n.every(has)));
  }

  /** Whether a table column's header makes its numbers labels ("CO/4 para.", "Score"): see `label_columns`. */
  headsLabels(header: string): boolean {
    return !!this.labelColumn?.test(header);
  }

  /**
   * Whom a survey reached, in the words of a fact's measure that counts them (`surveys`): "prosecutor's office staff
   * surveyed in the study" → the words "prosecutor's office staff" and the stems that tell that sample apart (not the
   * generic "staff"); undefined for a measure that counts no survey's sample.
   */
  sampleOf(measure: string): { words: string; stems: string[] } | undefined {
    const m = this.surveyed?.exec(measure);
    const words = m ? (m[1] ?? m[2] ?? '').trim() : '';
    const own = words ? contentStems(words).filter((x) => !this.sampleGeneric.has(x)) : [];
    return own.length ? { words, stems: own } : undefined;
  }

  /** The verbs of things that happen on a day ("appointed", "entered into force") a text uses: see `dated_events`. */
  datedEventsOf(text: string): string[] {
    return this.datedEvent ? [...new Set([...text.matchAll(this.datedEvent)].map((m) => m[0].toLowerCase()))] : [];
  }

  /** Whether a month and year before this word name events ("the January 2022 events"): see `event_names`. */
  namesEvents(word: string): boolean {
    return this.eventNameWords.has(word.toLowerCase());
  }

  /**
   * How many years after the year named before it a sentence dates itself ("That year …" 0, "the following year" 1,
   * "the year before" -1; "the current year", the year the draft is dated in; "last year", the year before it; "the reporting year", the year its
   * headings name; "now", the moment the draft is dated), or undefined where it names no such year: see
   * `relative_years`.
   */
  relativeYearOf(sentence: string): RelativeYear | undefined {
    const g = this.relativeYear?.exec(sentence)?.groups;
    return !g ? undefined : g.same ? 0 : g.following ? 1 : g.previous ? -1 : g.current ? 'current' : g.last ? 'last' : g.reported ? 'reported' : 'present';
  }

  /** Whether a phrase's stems are those of a named body of the `institutions` list ("anti-corruption agency"). */
  namesBody(stems: readonly string[]): boolean {
    return !!stems.length && !!this.names.get(stems[0]!)?.some((n) => n.list === 'institutions' && n.stems.length === stems.length && n.stems.every((x, k) => x === stems[k]));
  }

  /** A listed noun of people ("convicts") that no event lists as its own word (the act is "convicted"). */
  isPeopleNounOnly(word: string): boolean {
    const w = word.toLowerCase();
    return this.peopleWords.has(w) && !this.eventWords.has(w);
  }

  /** Whether a text speaks in the first person ("we interviewed", "our documentation centre"): see `counters`. */
  speaksInFirstPerson(text: string): boolean {
    return !!this.firstPerson?.test(text);
  }

  /** Whether whom an NGO's fact is attributed to is itself non-governmental (its survey, its monitors): see `counters`. */
  isNgoSource(text: string): boolean {
    return !!this.ngoSource?.test(text);
  }

  /** Whether the words right before a figure make it an average ("averaging"): see `averages`. */
  endsInAverage(text: string): boolean {
    return !!this.averageBefore?.test(text);
  }

  /** Whether a clause up to its figure opens on an average as its subject ("The average payment they received was"): see `averages`. */
  opensOnAverage(clause: string): boolean {
    return !!this.averageSubject?.test(clause);
  }

  /** Whether a text (a fact's measure, a table's column) names an average: see `averages`. */
  namesAverage(text: string): boolean {
    return !!this.averageWord?.test(text);
  }

  /** Whether a text gives the writer's own monitoring data ("our monitors documented …"). */
  isOwnMonitoring(text: string): boolean {
    // (The list's "the Coalition counted" also reads "the Coalition had counted", "the Coalition having counted".)
    return this.ownMonitoring.test(text) || (AUXILIARY.test(text) && this.ownMonitoring.test(text.replace(AUXILIARIES, ' ')));
  }

  /** Whether a section's headings say it gives the writer's own data (own_monitoring.headings). */
  headsOwnData(titles: string): boolean {
    return !!this.ownSectionHeading?.test(titles);
  }

  /** Whether a sentence states a rule (a law, a must, a limit): its durations are time limits, not statistics. */
  statesRule(sentence: string): boolean {
    return tokenize(sentence).some((t) => this.ruleWords.has(t.stem));
  }

  /** Whether an event's verbs only record a count ("recorded", "registered"): see the schema's `records`. */
  records(event: string): boolean {
    return !!this.lists.events.find((e) => e.name === event)?.records;
  }

  /** The family of an event group ("convicted" → "proceedings"). */
  familyOf(event: string): string | undefined {
    return this.families.get(event);
  }

  /** The events a text names (event group names). */
  eventsOf(text: string): Set<string> {
    return new Set(this.eventsInOrder(text));
  }

  /** The events a text names, in the order it names them. */
  eventsInOrder(text: string): string[] {
    const out: string[] = [];
    const words = contentStems(text);
    for (let i = 0; i < words.length; i++) {
      const phrase = this.eventPhrases.get(words[i]!)?.find((p) => p.stems.every((s, k) => words[i + k] === s));
      if (!phrase) continue;
      out.push(phrase.event);
      i += phrase.stems.length - 1;
    }
    return out;
  }

  /**
   * The events a text names in the form of a verb ("were suspended", "examined", "took part"), with how many content
   * words stand before each (after each, `fromEnd`): the nearest first. A noun ("the 2023 visits", "convictions")
   * names a topic or the counted thing, not what the sentence says happened.
   */
  verbEventsWithDistance(text: string, fromEnd = false): { event: string; stem: string; distance: number }[] {
    const tokens = tokenize(text).filter((t) => !isStopWord(t.word) && t.word.length > 1 && !NUMBER_WORD.test(t.word));
    const out: { event: string; stem: string; distance: number }[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const phrase = this.eventPhrases.get(tokens[i]!.stem)?.find((p) => p.stems.every((s, k) => tokens[i + k]?.stem === s));
      if (!phrase) continue;
      // ("The Office employs 48 prosecutors": before a figure, a present tense the lists name is its verb too.)
      // (Not after a determiner: "the visits" is a noun.)
      const word = tokens[i]!.word;
      const present = fromEnd && phrase.stems.length === 1 && /s$/i.test(word) && this.eventWords.has(word.toLowerCase()) && !new RegExp(`\\b(?:the|a|an|its|their|these|those|his|her|our|all|many|some|of|and|or)\\s+${word}\\b`, 'i').test(text);
      if (VERB_FORM.test(word) || present) out.push({ event: phrase.event, stem: tokens[i]!.stem, distance: fromEnd ? tokens.length - i - phrase.stems.length : i });
      i += phrase.stems.length - 1;
    }
    return fromEnd ? out.reverse() : out;
  }

  /** The text with who reports a figure blanked out ("According to the Prosecutor General's Office, …"), offsets kept. */
  withoutReporting(text: string, claim = false): string {
    const blank = (m: string) => ' '.repeat(m.length);
    // ("The Almaty city prosecutor's office says it closed 82 investigations": a speaker that tells of its own acts is
    // whose figure it is, and stays read.)
    const speaker = (m: string, at: number, whole: string) => (OWN_ACT.test(whole.slice(at + m.length, at + m.length + 16)) ? m : blank(m));
    const said = this.reportingWords?.test(text) !== false ? text.replace(claim ? this.reportingInClaim : this.reporting, speaker) : text;
    // ("per GPO, 4,998 law enforcement officers …": "per" and a name, as "according to" is read.)
    const perSaid = said.includes('per ') ? said.replace(PER_SOURCE, blank) : said;
    // ('GPO earlier: "673 cases sent to court"': who is quoted, named before a colon and the quotation.)
    const out = perSaid.includes(':') ? perSaid.replace(QUOTED_SPEAKER, (_m, lead: string, who: string, colon: string) => `${lead}${blank(who)}${colon}`) : perSaid;
    // (Whose data a text gives is read only where such a word stands: most texts have none.)
    return DATA_WORD.test(out) ? out.replace(DATA_SOURCE, blank) : out;
  }

  /**
   * A key for what the lists read of a text (restrictionsOf, eventsOf, isOwnMonitoring, and the words `tokenize`
   * finds): texts with the same key read the same. Every digit reads alike there (a digit is in no word, so in no name
   * or event, and the patterns take any digit where they take one), so the key writes each as 0: "Almaty · Complaints
   * of torture . 412" and "… . 377" have one key. The cells of a statistics table are read with their row label and
   * column header, which many cells share.
   */
  readingKey(text: string): string {
    return this.digitsAlike ? text.replace(DIGITS, '0') : text;
  }

  /**
   * The places, subgroups and institutions a text names, leaving out who reports ("the Ombudsman said that …") and
   * what a non-restrictive relative clause adds (", which the NPM has assessed as unfit,"): neither narrows what is
   * counted. `claim`: the text is a draft's, whose speaker may follow a comma (see `reportingInClaim`).
   */
  restrictionsOf(text: string, claim = false): Restrictions {
    const spoken = this.withoutReporting(text, claim);
    const plain = spoken.replace(RELATIVE_CLAUSE, (m) => ' '.repeat(m.length));
    const out = this.namesOf(plain);
    // ("Kyrgyzstan's National Centre for the Prevention of Torture reported 1,126 visits": the place of who reports is
    // the place its figures are of.)
    if (spoken !== text) for (const place of this.namesOf(text).places) if (!out.places.includes(place)) out.places.push(place);
    return out;
  }

  /** The names restrictionsOf reads of a text, its speaker and asides left in or blanked out before. */
  private namesOf(plain: string): Restrictions {
    const out: Restrictions = { places: [], subgroups: [], institutions: [], facilities: [] };
    const tokens = contentTokens(plain);
    const words = tokens.map((t) => t.stem);
    for (let i = 0; i < words.length; i++) {
      // The longest listed name that starts here: "Anti-Corruption Agency" before "Anti-Corruption". A noun of an act
      // ("conscription") is not the name its stem shares ("conscripts"), unless the name is such a noun too.
      const name = this.names.get(words[i]!)?.find((n) => n.stems.every((s, k) => words[i + k] === s && (n.nouns[k] || !NOMINALISATION.test(tokens[i + k]!.word))));
      if (!name) continue;
      // ("the Russian-language version": a language, not a group of persons.)
      if (name.list === 'subgroups' && /^languages?$/i.test(tokens[i + name.stems.length]?.word ?? '')) continue;
      if (!out[name.list].includes(name.key)) out[name.list].push(name.key);
      i += name.stems.length - 1;
    }
    const reference = this.placeReference?.exec(plain);
    if (reference) {
      // (Several places by their number are some of them, whatever the number: "in three regions" and "in 14 regions".)
      const name = reference[1] ? `the ${stem(reference[1])}` : `some ${stem(reference[4]!)}`;
      if (!out.places.includes(name)) out.places.push(name);
    }
    this.placeKinds.lastIndex = 0;
    for (let m = this.placeKinds.exec(plain); m; m = this.placeKinds.exec(plain)) {
      const name = stem(m[1] ?? m[2]!);
      if (!out.places.includes(name) && !/^(?:the|this|that|each|every|any|whole|same)$/i.test(m[1] ?? m[2]!)) out.places.push(name);
    }
    return out;
  }
}
