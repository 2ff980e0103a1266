/**
 * Dated events read from a source document (issue #17): a sentence that dates one thing that happened to someone or
 * something it names ("Artur Lastayev, the current Ombudsperson who was appointed on 29 December 2022", "On 12
 * December 2022 the Beskaragay District Court convicted Zhilin") becomes an `event` fact with its verbatim sentence,
 * paragraph, asserter and date. The date check (../checks/dateCheck, checkNamedActs) then holds a draft's "appointed
 * Ombudsperson on 29 December 2021" against the source with the sources alone, as it does with the curated events.
 *
 * Only what the date check can use, and only where the sentence leaves no doubt which date is the event's: exactly
 * one date in the sentence, to the month at least, not the end of a span ("7–8 January 2022"), not a bound ("since",
 * "until", "by"), not in parentheses nor a document's ("dated …"); an event the wording lists (appointed, convicted,
 * detained, deported …) in the date's own clause; a name, capitalised, that the check can pick the story out by. Sentences that name a numbered act are the act extractor's (./extractActs, which
 * reads both in one pass over the source: extractDated).
 * Plain TypeScript: no editor, no protocol.
 */
import type { Fact } from '../facts/types';
import type { WordingIndex } from '../facts/wording';
import { foldSpace } from '../facts/sourceDocument';
import { eachWord, escapeRegExp, isStopWord } from '../facts/words';
import { datesIn, MONTHS } from '../facts/dates';

/** A dated event extracted from a workspace source. */
export type ExtractedEvent = Fact & { type: 'event'; date: string; date_text: string; origin: 'workspace' };

/** A date that ends a span ("7–8 January", "between 5 and 8 January") or starts one ("5 January to 8 January"). */
const SPAN_BEFORE = /(?:\d\s*(?:[–—-]|to|and)|\bbetween|\bnight\s+of)\s*$/i;
const SPAN_AFTER = /^\s*(?:[–—-]|to\b|and\s+\d|until\b)/i;
/** Words that make a date a bound or a reference point, not the day something happened. */
const BOUND_BEFORE = /\b(?:since|until|till|by|before|after|from|as\s+of|as\s+at|prior\s+to|starting|beginning|effective|valid|end\s+of|beginning\s+of)\s+(?:(?:early|mid|late|the)[\s-]+)?$/i;
/** The preposition that introduces the date, dropped from the measure with it. */
const DATE_WITH_PREPOSITION = (date: string) => new RegExp(`\\s*,?\\s*\\b(?:on|in|of|dated)?\\s*${escapeRegExp(date)}\\s*,?`, 'i');

interface EventDate {
  iso: string;
  text: string;
  start: number;
  end: number;
}

/** The one date a sentence gives an event, or undefined when it gives none or several, or a span or a bound. */
export function eventDateOf(sentence: string): EventDate | undefined {
  // Read as the date check reads a draft's dates (datesIn), and only a real day of a real month.
  const dates = datesIn(sentence);
  if (dates.length !== 1) return undefined;
  const [, month, day] = dates[0]!.iso.split('-').map(Number);
  if (month! < 1 || month! > 12 || (day !== undefined && (day < 1 || day > 31))) return undefined;
  const date: EventDate = { iso: dates[0]!.iso, text: sentence.slice(dates[0]!.start, dates[0]!.end), start: dates[0]!.start, end: dates[0]!.end };
  const before = sentence.slice(Math.max(0, date.start - 30), date.start);
  if (SPAN_BEFORE.test(before) || SPAN_AFTER.test(sentence.slice(date.end)) || BOUND_BEFORE.test(before)) return undefined;
  return date;
}

/**
 * The names a sentence gives, as the date check reads them: capitalised words after its first, months and stop words
 * aside ("Artur", "Lastayev", "Ombudsperson").
 */
function namesOf(sentence: string): string[] {
  const out: string[] = [];
  eachWord(
    sentence,
    (word, start, end) => {
      if (end - start < 3 || isStopWord(word) || MONTHS.includes(word)) return;
      if (!out.includes(word)) out.push(word);
    },
    // (Only the capitalised words after the first are read: most words of a paragraph are passed over unmade.)
    (start) => start !== 0 && startsUpperCase(sentence, start),
  );
  return out;
}

/** Whether the character at `at` is an upper-case letter (\p{Lu}). */
function startsUpperCase(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(text.slice(at, at + 2));
}

/** How many paragraphs of a source use each capitalised word (lower-cased): a name used in few of them is a story's. */
export function nameSpread(paragraphs: Iterable<string>): Map<string, number> {
  const spread = new Map<string, number>();
  for (const text of paragraphs) for (const name of new Set(namesOf(` ${text}`))) spread.set(name, (spread.get(name) ?? 0) + 1);
  return spread;
}

/** A name in at most this many paragraphs of its source picks out a story. */
export const STORY_NAME_PARAGRAPHS = 2;

/**
 * The dated event one sentence of a source tells, as an `event` fact without its id: undefined when the sentence gives
 * no single date, names a numbered act (that is the act's date), or names no event or no name to pick its story out by.
 * `quoteOf`: the sentence as the fact quotes it, made only for a sentence that tells an event (most do not).
 */
export function eventIn(sentence: string, quoteOf: () => string, wording: WordingIndex, rare: (name: string) => boolean): Omit<ExtractedEvent, 'id' | 'asserted_by' | 'asserted_on' | 'paragraph' | 'source' | 'origin'> | undefined {
  const date = eventDateOf(sentence);
  if (!date || /\b(?:No\.?|№)\s*\d/.test(sentence)) return undefined;
  // A date in parentheses, or a document's ("the letter dated 10 May 2023"), is no event's.
  const open = sentence.lastIndexOf('(', date.start);
  if ((open >= 0 && sentence.indexOf(')', open) > date.start) || /\bdated\s*$/i.test(sentence.slice(0, date.start))) return undefined;
  // What happened on the day is told in the date's own clause ("the current Ombudsperson who was appointed on …").
  const from = Math.max(...[',', ';', ':', '(', '—'].map((c) => sentence.lastIndexOf(c, date.start))) + 1;
  const ends = [',', ';', ':', ')', '—'].map((c) => sentence.indexOf(c, date.end)).filter((i) => i >= 0);
  const clause = `${sentence.slice(from, date.start)} ${sentence.slice(date.end, ends.length ? Math.min(...ends) : sentence.length)}`;
  const events = [...new Set([...wording.eventsInOrder(clause), ...wording.datedEventsOf(clause)])];
  if (!events.length) return undefined;
  // The names that pick out a story are those the source uses in a paragraph or two ("Lastayev", "Zhilin"), up to the
  // end of the date's clause; a body's name ("Prosecutor General", "Anti-Corruption Agency") recurs through a source
  // and would tie every sentence about that body to this day.
  const names = namesOf(`${sentence.slice(0, date.start)} ${clause}`).filter(rare);
  if (!names.length) return undefined;
  // The sentence without its date: what happened, to whom, by whom ("Artur Lastayev, the current Ombudsperson who was appointed, had …").
  const measure = foldSpace(sentence.replace(DATE_WITH_PREPOSITION(date.text), ', ')).replace(/\s+,/g, ',').replace(/,\s*,/g, ',').replace(/^\W+|[\s,;:.]+$/g, '');
  return {
    type: 'event',
    measure: measure.length > 200 ? `${measure.slice(0, 197).replace(/\s+\S*$/, '')} …` : measure,
    date: date.iso,
    date_text: date.text,
    // What happened, then the names that pick out whom it happened to.
    terms: [...new Set([...events, ...names.slice(0, 4)])],
    quote: quoteOf(),
  };
}
