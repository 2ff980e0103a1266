/**
 * The nouns sources count by, beyond the wording lists' persons and things (server/data/wording: counted_nouns): nouns
 * for people, and groups of nouns that name one kind of thing in the sources' words ("compositions of crimes" for
 * "elements of crimes", "police" for "officers"). Used to read what an extracted fact counts and to compare it.
 */
import { stem } from '../facts/words';

/** Nouns that count people (the wording lists' generic persons aside). */
export const PERSON_NOUNS = ['officers', 'officials', 'policemen', 'police', 'prisoners', 'inmates', 'detainees', 'convicts', 'victims', 'suspects',
  'defendants', 'accused', 'children', 'minors', 'juveniles', 'women', 'men', 'girls', 'boys', 'citizens', 'civilians', 'servicemen', 'soldiers',
  'employees', 'staff', 'personnel', 'doctors', 'nurses', 'judges', 'lawyers', 'prosecutors', 'procurators', 'investigators', 'inspectors', 'members',
  'participants', 'journalists', 'activists', 'defenders', 'protesters', 'demonstrators', 'foreigners', 'migrants', 'refugees', 'families', 'relatives',
  'patients', 'students', 'volunteers', 'experts', 'specialists', 'psychologists', 'guards', 'persons', 'people', 'individuals', 'users', 'applicants'];

/** Groups of nouns that count one kind of thing or person in the sources' words. */
export const NOUN_GROUPS: string[][] = [
  ['cases', 'crimes', 'offences', 'offenses', 'proceedings', 'investigations', 'elements', 'compositions', 'facts', 'episodes', 'incidents'],
  ['complaints', 'claims', 'appeals', 'applications', 'petitions', 'reports', 'submissions', 'communications', 'statements'],
  ['facilities', 'institutions', 'places', 'establishments', 'centres', 'centers', 'prisons', 'colonies', 'clinics', 'hospitals'],
  ['visits', 'occasions', 'inspections', 'times'],
  ['officers', 'officials', 'employees', 'staff', 'personnel', 'police', 'policemen', 'servicemen'],
  ['documents', 'laws', 'acts', 'regulations', 'procedures', 'guidelines', 'instructions', 'rules', 'orders', 'decrees', 'amendments'],
];
const OFFICERS = 4;

const personStems = new Set(PERSON_NOUNS.map(stem));
const groupOf = new Map(NOUN_GROUPS.flatMap((g, i) => g.map((w) => [stem(w), i] as const)));
const GENERIC_PERSONS = new Set(['person', 'people', 'individual', 'individuals', 'persons'].map(stem));
const GENERIC_THINGS = stem('cases');

/** The noun a count counts: "criminal cases" → case, "elements of crimes" → element, "housing units" → unit. */
export function countedHeadStem(unit: string): string {
  const phrase = unit.toLowerCase().split(/\s+of\s+/)[0]!.trim();
  const last = phrase.split(/\s+/).pop() ?? phrase;
  return stem(last);
}

/** Whether a counted noun counts people. */
export function isPersonNoun(word: string): boolean {
  const s = countedHeadStem(word);
  return personStems.has(s) || groupOf.get(s) === OFFICERS;
}

/** Whether a noun is one the sources count by: a person, a listed thing, or a word of a group. */
export function isCountedNoun(word: string, thingStems: Set<string>): boolean {
  const s = countedHeadStem(word);
  return personStems.has(s) || groupOf.has(s) || thingStems.has(s);
}

/**
 * Whether two counted nouns may name the same thing: the same noun, two words of one group, "persons" (generic for
 * any noun that is not a listed thing) or "cases" (generic for any noun that is not a person).
 */
export function countsCompatible(a: string, b: string, thingStems: Set<string>): boolean {
  const x = countedHeadStem(a);
  const y = countedHeadStem(b);
  if (x === y) return true;
  if (groupOf.has(x) && groupOf.get(x) === groupOf.get(y)) return true;
  const isThing = (s: string) => thingStems.has(s) || (groupOf.has(s) && groupOf.get(s) !== OFFICERS);
  const isPerson = (s: string) => personStems.has(s) || groupOf.get(s) === OFFICERS;
  if (GENERIC_PERSONS.has(x) && !isThing(y)) return true;
  if (GENERIC_PERSONS.has(y) && !isThing(x)) return true;
  if (x === GENERIC_THINGS && !isPerson(y)) return true;
  if (y === GENERIC_THINGS && !isPerson(x)) return true;
  return false;
}
