/**
 * Dated acts read from a source document (issue #17): every act a sentence names by its kind, number and date ("Order
 * No. 162 of the Procurator General of 24 December 2014", "the Decree of the President dated July 19, 2021 No. 622",
 * "orders of the Procurator General, No. 46 of 27 January 2023, the Minister of Internal Affairs, No. 176 of …")
 * becomes a `dated-act` fact with its verbatim sentence, paragraph, asserter and date, so that the date check holds a
 * draft's "Order No. 162 … of 24 December 2015" against the source with the sources alone. Only a date bound to the
 * number (right after it, or right before "No.") is read as the act's: a date elsewhere in the sentence may be its
 * entry into force, an amendment or another event, and then the act is left out.
 */
import type { Fact, SourceDocument } from '../facts/types';
import { addressSlug, asserterOf, laidOut, type LaidOutSource } from './extractFacts';
import { foldSpace } from '../facts/sourceDocument';
import type { WordingIndex } from '../facts/wording';
import { eventIn, nameSpread, STORY_NAME_PARAGRAPHS, type ExtractedEvent } from './extractEvents';
import { MONTH_PATTERN, MONTHS } from '../facts/dates';

/** A dated act extracted from a workspace source. */
export type ExtractedAct = Fact & { type: 'dated-act'; act: { kind: string; number: string; issuer?: string }; date: string; date_text: string; origin: 'workspace' };

const MONTH = `(${MONTH_PATTERN})`;
/** "24 December 2014", "4 December, 2009", "July 19, 2021", "31.12.2022", "August 2021". */
const DATE = `(?:(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})|${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})|(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})|${MONTH}\\s+(\\d{4}))`;
/** Every date of a text (replaced: the flag g starts each search at the beginning). */
const DATES = new RegExp(DATE, 'gu');
/** The kinds of act a number identifies, as the facts files name them. */
const KINDS: Record<string, string> = { decree: 'decree', decrees: 'decree', order: 'order', orders: 'order', law: 'law', laws: 'law', act: 'law', code: 'code', resolution: 'resolution', resolutions: 'resolution', decision: 'decision', decisions: 'decision' };
const KIND = /\b(decrees?|orders?|laws?|act|code|resolutions?|decisions?)\b/gi;
/** "No. 162", "No 212-VII", "No264", "№ 216-IV", "No.7", "No. 194/2020". */
const NUMBER = /(?:No\.?|№|Nos\.?)\s*(\d[\w/.-]*\w|\d)/y;

interface ActDate {
  iso: string;
  text: string;
}

function readDate(m: RegExpExecArray, at: number): ActDate | undefined {
  const g = (i: number) => m[at + i];
  const pad = (n: number | string) => String(n).padStart(2, '0');
  const month = (name: string) => MONTHS.indexOf(name.toLowerCase()) + 1;
  let iso: string;
  if (g(1)) iso = `${g(3)}-${pad(month(g(2)!))}-${pad(g(1)!)}`;
  else if (g(4)) iso = `${g(6)}-${pad(month(g(4)!))}-${pad(g(5)!)}`;
  else if (g(7)) {
    if (Number(g(8)) < 1 || Number(g(8)) > 12 || Number(g(7)) > 31) return undefined;
    iso = `${g(9)}-${pad(g(8)!)}-${pad(g(7)!)}`;
  } else if (g(10)) iso = `${g(11)}-${pad(month(g(10)!))}`;
  else return undefined;
  return { iso, text: m[at]!.trim() };
}

/** The date written right after an act's number: "No. 162 of the Procurator General of 24 December 2014", "No264 dated 31.12.2022". */
const DATE_AFTER = new RegExp(`^(\\s*,?\\s*(?:(?:of|by)\\s+(?:the\\s+)?((?:[A-Z][\\p{L}'’-]*|of|the|and|for|on|RK|GP)(?:\\s+(?:[A-Z][\\p{L}'’-]*|of|the|and|for|on|RK|GP)){0,8}?)\\s*,?\\s+)?(?:of|dated|from)\\s+)(${DATE})`, 'u');
/** The date written right before it: "dated July 19, 2021 No. 622", "of June 25, 2015 No. 4", "from 27.01.2022 No 46". */
const DATE_BEFORE = new RegExp(`(?:dated|of|from)\\s+(${DATE})\\s*,?\\s*$`, 'u');

/**
 * Every act of a source named with its kind, number and date, in the order of the text. Deterministic. `read`: the
 * source laid out and parsed, when its statistics were read from it too.
 */
export function extractActs(doc: SourceDocument, read: LaidOutSource = laidOut(doc)): ExtractedAct[] {
  return extractDated(doc, undefined, read).filter((f): f is ExtractedAct => f.type === 'dated-act');
}

/**
 * The dated acts of a source and, given the wording lists, its dated events (./extractEvents): a sentence that names a
 * numbered act gives the act's date; another gives an event's. One pass over the source, in the order of the text.
 */
export function extractDated(doc: SourceDocument, wording?: WordingIndex, read: LaidOutSource = laidOut(doc)): (ExtractedAct | ExtractedEvent)[] {
  const { text, spans, model } = read;
  const asserted_by = asserterOf(doc);
  const out: (ExtractedAct | ExtractedEvent)[] = [];
  const counters = new Map<string, number>();
  const events = new Map<string, number>();
  // How many paragraphs use each name: read when a sentence first asks, one that gives a day and tells an event (most
  // sources' sentences do neither; reading the names of every paragraph was a third of reading a source's acts).
  let spread: Map<string, number> | undefined;
  const rare = (name: string) => ((spread ??= nameSpread(doc.order.map((a) => doc.paragraphs.get(a)!.text))).get(name) ?? 0) <= STORY_NAME_PARAGRAPHS;
  for (const block of model.blocks) {
    if (block.kind === 'heading') continue;
    const span = spans.find((s) => block.start >= s.start && block.end <= s.end);
    if (!span) continue;
    const t = block.text;
    for (const sentence of block.sentences) {
      const s = t.slice(sentence.start, sentence.end);
      // Most sentences name no act, and give no date an event could have: the quote is read only for one that does.
      const acts = actsIn(s);
      const event = !acts.length && wording && block.kind !== 'tableCell' ? eventIn(s, () => foldSpace(text.slice(block.start + sentence.start, block.start + sentence.end)), wording, rare) : undefined;
      if (event) {
        const n = (events.get(span.address) ?? 0) + 1;
        events.set(span.address, n);
        out.push({ id: `${doc.meta.id}.x.${addressSlug(span.address)}.event${n}`, ...event, asserted_by, asserted_on: doc.meta.date, paragraph: span.address, source: doc.meta.id, origin: 'workspace' });
      }
      if (!acts.length) continue;
      const quote = foldSpace(text.slice(block.start + sentence.start, block.start + sentence.end));
      for (const act of acts) {
        if (out.some((f) => f.type === 'dated-act' && f.paragraph === span.address && f.act.number === act.number && f.act.kind === act.kind && f.date === act.date.iso)) continue;
        const n = (counters.get(span.address) ?? 0) + 1;
        counters.set(span.address, n);
        const named = `${act.kind[0]!.toUpperCase()}${act.kind.slice(1)} No. ${act.number}`;
        out.push({
          id: `${doc.meta.id}.x.${addressSlug(span.address)}.act${n}`,
          type: 'dated-act',
          measure: `${named}${act.issuer ? ` of the ${act.issuer}` : ''}${act.title ? ` ${act.title}` : ''}`,
          act: { kind: act.kind, number: act.number, ...(act.issuer ? { issuer: act.issuer } : {}) },
          date: act.date.iso,
          date_text: act.date.text,
          terms: [`${act.kind} no. ${act.number}`, ...(act.issuer ? [act.issuer.toLowerCase()] : [])],
          asserted_by,
          asserted_on: doc.meta.date,
          paragraph: span.address,
          quote,
          source: doc.meta.id,
          origin: 'workspace',
        });
      }
    }
  }
  return out;
}

interface ActMention {
  kind: string;
  number: string;
  issuer?: string;
  title?: string;
  date: ActDate;
}

/** The acts one sentence names by kind, number and a date bound to the number. */
export function actsIn(sentence: string): ActMention[] {
  const out: ActMention[] = [];
  const numbers = [...sentence.matchAll(/(?:No\.?|№|Nos\.?)\s*(?=\d)/g)];
  if (!numbers.length) return out;
  const kinds = [...sentence.matchAll(KIND)];
  for (const number of numbers) {
    NUMBER.lastIndex = number.index;
    const n = NUMBER.exec(sentence);
    if (!n) continue;
    const value = n[1]!.replace(/[.]$/, '');
    const numEnd = number.index + n[0].length;
    // Its kind: the nearest kind word before it, with no other number between ("orders of the Procurator General,
    // No. 46 of 27 January 2023, the Minister of Internal Affairs, No. 176 of …" are all orders).
    const kindMatch = kinds.filter((k) => k.index < number.index && number.index - k.index <= 400).pop();
    if (!kindMatch) continue;
    const fromKind = sentence.slice(kindMatch.index + kindMatch[0].length, number.index);
    // In a list, what belongs to this number is what follows the item before it ("…, No. 46 of 27 January 2023, the
    // Minister of Internal Affairs, No. 176"); a list item is far from its kind word, a lone act is not.
    const listed = /^[\s\S]*(?:No\.?|№)\s*\d[^,]*,\s*/.exec(fromKind);
    if (!listed && number.index - kindMatch.index > 220) continue;
    const between = (listed ? fromKind.slice(listed[0].length) : fromKind).replace(/^\s*(?:and|or)\s+/, ' ');
    // "Law No. 81-VII of 2021": a year alone dates nothing to the day; "Article 146 … No." is no act.
    if (/[.;]\s/.test(fromKind.replace(/\bNos?\./g, 'No')) || /\d/.test(between.replace(DATES, ''))) continue;
    const kind = KINDS[kindMatch[1]!.toLowerCase()]!;
    let date: ActDate | undefined;
    let issuer: string | undefined;
    const after = DATE_AFTER.exec(sentence.slice(numEnd));
    if (after) {
      date = readDate(after, 3);
      issuer = after[2]?.trim();
    } else {
      const before = DATE_BEFORE.exec(sentence.slice(kindMatch.index, number.index));
      if (before) date = readDate(before, 1);
    }
    if (!date) continue;
    // The issuer named between the kind and the number ("Decree of the President of the Republic of Kazakhstan dated …",
    // "orders of the Procurator General, No. 46"), or before the kind ("Ministry of Health Order No. 58").
    if (!issuer) {
      const named = /^\s*(?:of\s+(?:the\s+)?)?((?:[A-Z][\p{L}'’-]*|of|the|and|for|on)(?:\s+(?:[A-Z][\p{L}'’-]*|of|the|and|for|on)){0,10}?)\s*(?:,|\bdated\b|\bof\s+(?=\d|[A-Z][a-z]+\s+\d)|\bfrom\b|$)/u.exec(between.replace(new RegExp(`(?:dated|of|from)\\s+${DATE}\\s*,?\\s*$`, 'u'), ''));
      issuer = named?.[1]?.trim() || undefined;
      const last = sentence.slice(Math.max(0, kindMatch.index - 60), kindMatch.index);
      if (!issuer) issuer = /((?:[A-Z][\p{L}'’-]*\s+)(?:(?:of|for|and)\s+)?(?:[A-Z][\p{L}'’-]*\s+){0,4}?)$/u.exec(last)?.[1]?.trim();
    }
    // "Presidential Decree" is the President's; "Supreme Court Regulatory Resolution" the Supreme Court's.
    if (issuer) issuer = issuer.replace(/^(?:the|of)\s+/i, '').replace(/(?:\s+(?:of|the|and|for|on|Regulatory|Normative|Joint))+$/i, '').replace(/^(\p{Lu}\p{L}+t)ial$/u, '$1').trim();
    if (issuer && !/^\p{Lu}/u.test(issuer)) issuer = undefined;
    const title = /^\s*(?:[^"“]{0,60}?)?["“]([^"”]{3,160})["”]/.exec(sentence.slice(numEnd, numEnd + 200))?.[1];
    out.push({ kind, number: value, date, ...(issuer ? { issuer } : {}), ...(title ? { title: `"${title}"` } : {}) });
  }
  return out;
}
