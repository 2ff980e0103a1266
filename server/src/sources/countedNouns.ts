/**
 * What the sources count by, as the wording lists give it (server/data/wording: `counted_nouns`: things, people, and
 * groups of nouns that name one kind of thing in the sources' words, "compositions of crimes" for "elements of crimes",
 * "police" for "officers"). Used to read what an extracted fact counts and to compare it.
 */
import { stem } from '../facts/words';

/** The counted nouns of the wording lists (`counted_nouns`: things, people, groups), as stems. */
export interface CountedNouns {
  thingStems: Set<string>;
  personStems: Set<string>;
  /** Each noun's group (`counted_nouns.groups`), by stem. */
  groupOf: Map<string, number>;
  /** The group that counts people ("officers", "officials", …), or -1. */
  peopleGroup: number;
}

/** The counted nouns of the wording lists as stems, for the functions below. */
export function countedNounsOf(lists: { things: string[]; people?: string[]; groups?: string[][] }): CountedNouns {
  const groups = lists.groups ?? [];
  return {
    thingStems: new Set(lists.things.map(stem)),
    personStems: new Set((lists.people ?? []).map(stem)),
    groupOf: new Map(groups.flatMap((g, i) => g.map((w) => [stem(w), i] as const))),
    peopleGroup: groups.findIndex((g) => g.includes('officers')),
  };
}

const GENERIC_PERSONS = new Set(['person', 'people', 'individual', 'individuals', 'persons'].map(stem));
const GENERIC_THINGS = stem('cases');

/** The noun a count counts: "criminal cases" → case, "elements of crimes" → element, "housing units" → unit. */
export function countedHeadStem(unit: string): string {
  const phrase = unit.toLowerCase().split(/\s+of\s+/)[0]!.trim();
  const last = phrase.split(/\s+/).pop() ?? phrase;
  return stem(last);
}

/** Whether a counted noun counts people. */
export function isPersonNoun(word: string, nouns: CountedNouns): boolean {
  const s = countedHeadStem(word);
  return nouns.personStems.has(s) || (nouns.peopleGroup >= 0 && nouns.groupOf.get(s) === nouns.peopleGroup);
}

/** Whether a noun is one the sources count by: a person, a listed thing, or a word of a group. */
export function isCountedNoun(word: string, nouns: CountedNouns): boolean {
  const s = countedHeadStem(word);
  return nouns.personStems.has(s) || nouns.groupOf.has(s) || nouns.thingStems.has(s);
}

/**
 * Whether two counted nouns may name the same thing: the same noun, two words of one group, "persons" (generic for
 * any noun that is not a listed thing) or "cases" (generic for any noun that is not a person).
 */
export function countsCompatible(a: string, b: string, nouns: CountedNouns): boolean {
  const x = countedHeadStem(a);
  const y = countedHeadStem(b);
  if (x === y) return true;
  const { groupOf, thingStems, personStems, peopleGroup } = nouns;
  if (groupOf.has(x) && groupOf.get(x) === groupOf.get(y)) return true;
  const isThing = (s: string) => thingStems.has(s) || (groupOf.has(s) && groupOf.get(s) !== peopleGroup);
  const isPerson = (s: string) => personStems.has(s) || groupOf.get(s) === peopleGroup;
  if (GENERIC_PERSONS.has(x) && !isThing(y)) return true;
  if (GENERIC_PERSONS.has(y) && !isThing(x)) return true;
  if (x === GENERIC_THINGS && !isPerson(y)) return true;
  if (y === GENERIC_THINGS && !isPerson(x)) return true;
  return false;
}
