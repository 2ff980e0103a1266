import type { FactBase, IndexedFact } from '../facts/factBase';
import type { Figure } from '../parse/figures';
import type { ProseBlock } from '../parse/reportModel';
import { capitalisedStems, contentStems, tokenize } from '../facts/words';
import { describeAsserter, relatedSource } from './describe';
import type { FigureJudgement, Finding } from './findings';
import { datesIn, MONTH_PATTERN, MONTHS, type WrittenDate } from '../facts/dates';
import { findCitations } from '../parse/citations';

const ACT = /\b(decree|order|law|act|resolution|decision|regulation)s?\b/gi;
const NUMBER = /(?:No\.?|№|number|Nos\.?)\s*([0-9][\w/.-]*[0-9IVX]|[0-9])/y;

const KIND: Record<string, string[]> = { decree: ['decree'], order: ['order'], law: ['law', 'code'], act: ['law', 'code', 'other'], resolution: ['resolution', 'decision'], decision: ['decision', 'resolution'], regulation: ['order', 'other'] };

/** Whether a fact's date (YYYY, YYYY-MM or YYYY-MM-DD) agrees with a date as written in the draft. */
function sameDate(factDate: string, draft: WrittenDate): boolean {
  const n = Math.min(factDate.length, draft.iso.length);
  return factDate.slice(0, n) === draft.iso.slice(0, n);
}

/**
 * A dated act named by kind and number ("Presidential Decree No. 409 of 8 December 2022") whose date
 * differs from the fact base: `date-mismatch`, or `figure-disputed` when the sources themselves disagree.
 */
export function checkDates(facts: FactBase, block: ProseBlock, _figures: Figure[], findings: Finding[]): void {
  const text = block.text;
  const dates = datesIn(text);
  if (!dates.length) return;
  const judged = new Set<number>();
  for (const m of text.matchAll(ACT)) {
    NUMBER.lastIndex = m.index! + m[0].length;
    // (A numeric date may stand between: "Law … from 17.03.2024 No 212-VII".)
    const gap = /^(?:[^.;]|\.(?=\d)){0,80}?(?=No\.|No\s*\d|№|number)/.exec(text.slice(NUMBER.lastIndex));
    if (!gap) continue;
    NUMBER.lastIndex += gap[0].length;
    const num = NUMBER.exec(text);
    if (!num) continue;
    const number = num[1]!;
    const numEnd = NUMBER.lastIndex;
    // The act's date, by the first binding that finds one (DATE_BINDINGS).
    const at: ActAt = { text, dates, kindStart: m.index!, numberStart: num.index, numberEnd: numEnd };
    let binding: DateBinding | undefined;
    let date: WrittenDate | undefined;
    for (const b of DATE_BINDINGS) if ((date = b.find(at))) { binding = b; break; }
    if (!date || !binding) continue;
    judged.add(date.start);
    const kinds = KIND[m[1]!.toLowerCase()] ?? [];
    let candidates = datedIndex(facts).actsByNumber.get(number)?.filter((f) => kinds.includes(f.act!.kind) && f.date) ?? [];
    if (!candidates.length) continue;
    // The issuer, when the sentence names one, narrows it down ("Order No. 14 of the Procurator General").
    const sentence = block.sentences.find((s) => m.index! >= s.start && m.index! < s.end) ?? { start: 0, end: text.length };
    const words = new Set(tokenize(text.slice(sentence.start, sentence.end)).map((t) => t.stem));
    const byIssuer = candidates.filter((f) => f.act?.issuer && contentStems(f.act.issuer).every((s) => words.has(s)));
    if (byIssuer.length) candidates = byIssuer;
    const agreeing = candidates.filter((f) => sameDate(f.date!, date));
    const disputed = facts.relations.some((r) => r.kind === 'same-measure' && r.status === 'dispute' && candidates.some((c) => r.facts.includes(c.id)));
    const others = disputed ? disputeGroup(facts, candidates) : candidates;
    const distinctDates = new Set(others.map((f) => f.date));
    const start = block.start + date.start;
    const end = block.start + date.end;
    const listing = (fs: IndexedFact[]) => fs.map((f) => `${f.date_text} (${describeAsserter(facts, f)})`).join('; ');
    if (disputed && distinctDates.size > 1) {
      findings.push({ code: 'figure-disputed', severity: 'information', start, end, message: `Sources disagree on the date of ${m[0]} No. ${number}: ${listing(others)}.`, factIds: others.map((f) => f.id), related: others.map((f) => relatedSource(facts, f)), fixes: [] });
      continue;
    }
    if (agreeing.length) continue;
    const main = candidates[0]!;
    findings.push({
      code: 'date-mismatch',
      severity: 'warning',
      start,
      end,
      message: `${text.slice(date.start, date.end)} does not match the source: ${main.measure} is dated ${main.date_text} according to ${describeAsserter(facts, main)}.`,
      rules: [`${binding.id}: ${binding.doc}`],
      factIds: candidates.map((f) => f.id),
      related: candidates.map((f) => relatedSource(facts, f)),
      fixes: [{ title: `Replace with ${formatDate(main.date!, text.slice(date.start, date.end))}`, start, end, newText: formatDate(main.date!, text.slice(date.start, date.end)), factId: main.id, preferred: true }],
    });
  }
  checkNamedActs(facts, block, dates.filter((d) => !judged.has(d.start)), findings);
}

/**
 * "On 5 January 2024 the head of the Agency said his agency had investigated 432 complaints": a figure that agrees with
 * a fact its source dates to a day (the day its quote opens on, "On 04.07.2023, … sentenced to 6.5 years", or the day
 * of the statement it is attributed to, "(5 January 2023)") identifies that event; the day the sentence gives it
 * ("On …", "… said on …") must be the source's. Only where the sentence names one day, and no fact of the same value
 * is dated to the day the sentence gives.
 */
export function checkFigureDates(facts: FactBase, block: ProseBlock, judgements: FigureJudgement[], findings: Finding[]): void {
  const text = block.text;
  for (const j of judgements) {
    if (j.status !== 'verified' || !j.factIds.length) continue;
    const at = j.start - block.start;
    const sentence = block.sentences.find((s) => at >= s.start && at < s.end);
    if (!sentence) continue;
    const days = datesIn(text.slice(sentence.start, sentence.end)).filter((d) => d.precision === 'day');
    if (days.length !== 1) continue;
    const day = days[0]!;
    const before = text.slice(sentence.start, sentence.start + day.start);
    // The day of what the sentence tells: "On 5 January 2024 …", "… said on 5 January 2024"; not "as of", "by", "since".
    if (!/(?:^\W*|\bon\s+)$/i.test(before) || /(?:as\s+of|by|since|until|before|after)\s+$/i.test(before)) continue;
    const fact = j.factIds.map((id) => facts.facts.get(id)).find((f): f is IndexedFact => !!f && !!dayOfFact(f));
    if (!fact) continue;
    const factDay = dayOfFact(fact)!;
    if (factDay === day.iso) continue;
    // Another statement of the same value on the sentence's day (a figure repeated by someone else) is no slip.
    if (daysOfValue(facts, j.value).has(day.iso)) continue;
    const start = block.start + sentence.start + day.start;
    const end = block.start + sentence.start + day.end;
    if (findings.some((f) => f.start === start && (f.code === 'date-mismatch' || f.code === 'figure-disputed'))) continue;
    const written = text.slice(sentence.start + day.start, sentence.start + day.end);
    findings.push({
      code: 'date-mismatch',
      severity: 'warning',
      start,
      end,
      message: `${written} does not match the source: ${j.text} (${fact.measure}) is of ${formatDate(factDay, written)} according to ${describeAsserter(facts, fact)}.`,
      rules: ['day-of-a-figure: the day of the event or statement the figure agrees with'],
      factIds: [fact.id],
      related: [relatedSource(facts, fact)],
      fixes: [{ title: `Replace with ${formatDate(factDay, written)}`, start, end, newText: formatDate(factDay, written), factId: fact.id, preferred: true }],
    });
  }
}

/** The days the facts of one value are dated to, per fact base, read for the values asked about. */
const valueDays = new WeakMap<FactBase, Map<number, Set<string>>>();
function daysOfValue(facts: FactBase, value: number): Set<string> {
  let byValue = valueDays.get(facts);
  if (!byValue) valueDays.set(facts, (byValue = new Map()));
  let days = byValue.get(value);
  if (!days) {
    days = new Set();
    for (const f of facts.facts.values()) if (f.value === value) {
      const d = dayOfFact(f);
      if (d) days.add(d);
    }
    byValue.set(value, days);
  }
  return days;
}

/** dayOfFact's answers, once per fact. */
const factDays = new WeakMap<IndexedFact, string | null>();

/** The one day a fact's quote opens on, else the one day of the statement it is attributed to, as an ISO date. */
function dayOfFact(fact: IndexedFact): string | undefined {
  let d = factDays.get(fact);
  if (d === undefined) factDays.set(fact, (d = readDayOfFact(fact) ?? null));
  return d ?? undefined;
}

function readDayOfFact(fact: IndexedFact): string | undefined {
  const opening = datesIn(fact.quote).filter((d) => d.precision === 'day');
  if (opening.length === 1 && /^\W*(?:on\s+)?$/i.test(fact.quote.slice(0, opening[0]!.start))) return opening[0]!.iso;
  const stated = datesIn(fact.attributed_to ?? '').filter((d) => d.precision === 'day');
  return stated.length === 1 ? stated[0]!.iso : undefined;
}

/** Where an act named by kind and number stands in its text. */
interface ActAt {
  text: string;
  dates: WrittenDate[];
  kindStart: number;
  numberStart: number;
  numberEnd: number;
}

/**
 * Where a numbered act's date stands, in the manner of the judgement's named rules: an id, what it says, and sentences
 * that test/unit/arithmetic.test.ts runs (each `flagged` one draws a date-mismatch bound by it, each `holds` one none).
 */
export interface DateBinding {
  id: string;
  doc: string;
  examples: { flagged: string[]; holds: string[] };
  find(at: ActAt): WrittenDate | undefined;
}

/** The bindings, in the order they are tried. */
export const DATE_BINDINGS: readonly DateBinding[] = [
  {
    id: 'date-after-number',
    doc: 'The date right after the number ("No. 622 of 19 July 2021", "No 46 dated …").',
    examples: { flagged: ['The plan was approved by Presidential Decree No. 409 of 8 December 2022.'], holds: ['The plan was approved by Presidential Decree No. 409 of 8 December 2023.'] },
    find: ({ text, dates, numberEnd }) => dates.find((d) => d.start >= numberEnd && /^\s*(?:,\s*)?(?:of|dated|from|on|,)?\s*$/i.test(text.slice(numberEnd, d.start))),
  },
  {
    id: 'date-before-kind',
    doc: 'The date right before the act\'s kind ("the 19 July 2021 Decree No. 622").',
    examples: { flagged: ['Under the 8 December 2022 Decree No. 409 the plan was approved.'], holds: ['Under the 8 December 2023 Decree No. 409 the plan was approved.'] },
    find: ({ text, dates, kindStart, numberEnd }) => dates.find((d) => d.end <= kindStart + 40 && d.end <= numberEnd && /^\s*(?:No\.|№)?\s*$/.test(text.slice(d.end, kindStart))),
  },
  {
    id: 'date-before-number',
    doc: 'The date between the kind and the number, as translations write it ("Law … from 17.03.2023 No 212-VII").',
    examples: { flagged: ['The Rules were approved by order of the Prosecutor General from 27.01.2021 No 46.'], holds: ['The Rules were approved by order of the Prosecutor General from 27.01.2023 No 46.'] },
    find: ({ text, dates, kindStart, numberStart }) => dates.find((d) => d.start > kindStart && d.end <= numberStart && /^\s*,?\s*$/.test(text.slice(d.end, numberStart))),
  },
  {
    id: 'date-closing-clause',
    doc: 'The date that closes the act\'s clause, bound by "on", "of" or "dated" and by nothing else said of the act ("signed Order No. 85 on video surveillance on 27 February 2023").',
    examples: { flagged: ['The Chair of the Anti-Corruption Agency approved Order No. 85 on video surveillance on 20 February 2023.'], holds: ['The Chair of the Anti-Corruption Agency signed Order No. 85, which entered into force on 1 April 2023.'] },
    find: ({ text, dates, numberEnd }) => dateLaterInClause(text, dates, numberEnd),
  },
  {
    id: 'date-opening-clause',
    doc: 'The date that opens the clause naming the act ("On 27 February 2023 the Chair … signed Order No. 85").',
    examples: { flagged: ['On 2 March 2023 the Chair of the Anti-Corruption Agency signed Order No. 85 on video surveillance.'], holds: ['On 27 February 2023 the Chair of the Anti-Corruption Agency signed Order No. 85 on video surveillance.'] },
    find: ({ text, dates, kindStart }) => dateOpeningClause(text, dates, kindStart),
  },
];

/** Words that bind a later date to something else than the act just named ("which entered into force on …"). */
const OTHER_EVENT = /\b(?:which|that|who|whose|entered|enters?|came|comes|effective|amend\w*|regist\w*|publish\w*|until|since|before|after|and|replac\w*|repeal\w*|supersed\w*|expir\w*)\b|No\.|№|\d/i;

/** "… signed Order No. 7 on the instructions on 6 January 2023": the date that closes the act's clause. */
function dateLaterInClause(text: string, dates: WrittenDate[], numEnd: number): WrittenDate | undefined {
  const d = dates.find((x) => x.start >= numEnd);
  if (!d) return undefined;
  const gap = text.slice(numEnd, d.start);
  return /^[^,;.()]{0,80}?\s(?:on|of|dated)\s+$/i.test(gap) && !OTHER_EVENT.test(gap) ? d : undefined;
}

/** "On 6 January 2023 the Chair signed Order No. 7": a date opening the clause that names the act. */
function dateOpeningClause(text: string, dates: WrittenDate[], actStart: number): WrittenDate | undefined {
  const d = [...dates].reverse().find((x) => x.end <= actStart);
  if (!d || !/(?:^|[.;:]\s*|\n\s*)On\s+$/.test(text.slice(Math.max(0, d.start - 12), d.start))) return undefined;
  const gap = text.slice(d.end, actStart);
  return /^,?\s[^,;.()]{0,80}$/.test(gap) && !OTHER_EVENT.test(gap) ? d : undefined;
}

const KIND_WORDS: Record<string, RegExp> = {
  appointment: /\bappoint/i,
  law: /\b(?:law|act|code)\b/i,
  code: /\bcode\b/i,
  decree: /\bdecree\b/i,
  order: /\border\b/i,
  resolution: /\bresolution\b/i,
  decision: /\b(?:decision|decided|ruled|ruling|terminated|refused|dismissed|convicted|sentenced)\b/i,
};
/** An act's date is not what a sentence about its entry into force or amendment gives. */
const NOT_ADOPTION = /\b(?:into force|in force|effective|amended|amendments? to|repealed|expired)\b/i;

/** What the date checks look up in a fact base, built once per fact base: every block would otherwise scan all facts. */
interface DatedIndex {
  /** Dated acts by their number ("409"), in fact-base order. */
  actsByNumber: Map<string, IndexedFact[]>;
  /** How many dated acts and events use each term: a term few of them share ("zhilin") picks out one story. */
  termCounts: Map<string, number>;
  /**
   * The acts and events without a number that a day or month can be checked against, with the names in their words
   * and the content stems of their issuer (without what its name has in parentheses).
   */
  dated: { fact: IndexedFact; names: Set<string>; issuer: string[] }[];
  /** How many of them use each name in their own words ("Oyan", "Zhilin"). */
  nameCounts: Map<string, number>;
}
/** A term at most this many dated facts share names one story; a one-word name, at most RARE_NAME. */
const RARE_TERM = 4;
const RARE_NAME = 6;
const datedIndexes = new WeakMap<FactBase, DatedIndex>();
function datedIndex(facts: FactBase): DatedIndex {
  let index = datedIndexes.get(facts);
  if (!index) {
    const actsByNumber = new Map<string, IndexedFact[]>();
    const termCounts = new Map<string, number>();
    const nameCounts = new Map<string, number>();
    const dated: DatedIndex['dated'] = [];
    for (const f of facts.facts.values()) {
      if (f.type === 'statistic') continue;
      for (const k of new Set(f.termStems.map((t) => t.join(' ')))) termCounts.set(k, (termCounts.get(k) ?? 0) + 1);
      if (f.type === 'dated-act' && f.act?.number !== undefined) {
        const list = actsByNumber.get(f.act.number);
        if (list) list.push(f);
        else actsByNumber.set(f.act.number, [f]);
      }
      // A year alone ("In 2019", "Since 2021") is too loose to hold a day against; acts with a number are the other rule's.
      if (!f.date || f.date.length < 7 || f.act?.number) continue;
      const names = capitalisedStems(`${f.measure} ${f.quote}`);
      dated.push({ fact: f, names, issuer: f.act?.issuer ? contentStems(f.act.issuer.replace(/\([^)]*\)/g, '')) : [] });
      for (const n of names) nameCounts.set(n, (nameCounts.get(n) ?? 0) + 1);
    }
    datedIndexes.set(facts, (index = { actsByNumber, termCounts, dated, nameCounts }));
  }
  return index;
}

/** A document that answers another, named before the date: "Reply of Kazakhstan to …", "the State's answers to the list of …". */
// (Its words may abbreviate: "the request … No. AL KAZ 2/2024, July 2024".)
const REPLY_TO = /\b(?:reply|replies|response|responses|answer|answers|comments|observations)\b[^.;()]{0,60}?\b(?:to|on)\b(?:[^.;]|\bNo\.)*$/i;
/** "State reply of 4 July 2024 to the Special Procedures (AL KAZ 2/2024)": the date is the reply's, before what it answers. */
const REPLY_OF = /\b(?:reply|replies|response|responses|answer|answers)\s+(?:of|dated)\s*$/i;
const ANSWERS_AFTER = /^,?\s*(?:to|on)\b/i;
/** "statement of", "press release dated": the date of a document or statement a text cites, not of what it tells. */
const STATEMENT_OF = /\b(?:statement|press release|news release|letter|briefing|interview|post|announcement|publication)\s+(?:of|dated|on)\s*$/i;

/** What comes before the end of a span of days or months: "7–", "between 7 and ", "January–", "from March to ". */
const SPAN_END = new RegExp(`(?:\\d|\\b(?:${MONTH_PATTERN}))\\s*(?:[–—-]|\\bto|\\band|\\bthrough|\\buntil)\\s*$`);
/** What comes after the start of a span: "June 2024 – March 2025", "June 2024 to May 2025" (not "… 2023 to four years"). */
const SPAN_START = new RegExp(`^\\s*(?:[–—]|-\\s|(?:to|until|through)\\s+(?:(?:19|20)\\d\\d|\\d{1,2}\\s+(?:${MONTH_PATTERN})|(?:${MONTH_PATTERN})))`);

/**
 * A dated act or event without a number, named by a name few of them share and what happened ("the Beskaragay
 * village court convicted Mikhail Zhilin … on 12 December 2022", "X was appointed Ombudsperson on …"): a sentence
 * with one date that picks out exactly one of them must give its date. The name is one word, capitalised in the
 * draft and in the fact, that at most four dated facts use; the act must be named by a second term or by its
 * issuer. Any dated fact of the same story that agrees with the date means the sentence may be about that one,
 * and nothing is reported.
 */
function checkNamedActs(facts: FactBase, block: ProseBlock, dates: WrittenDate[], findings: Finding[]): void {
  const text = block.text;
  const { termCounts: df, dated, nameCounts } = datedIndex(facts);
  for (const sentence of block.sentences) {
    const inSentence = datesIn(text.slice(sentence.start, sentence.end));
    if (inSentence.length !== 1) continue;
    const date = dates.find((d) => d.start === sentence.start + inSentence[0]!.start);
    // "between 7 and 17 January 2022", "7–17 January 2022", "January–June 2024": the end of a span is not the date of
    // an act; nor is its start ("June 2024 – March 2025").
    if (!date || SPAN_END.test(text.slice(Math.max(0, date.start - 14), date.start)) || SPAN_START.test(text.slice(date.end, date.end + 24))) continue;
    // The date's own words ("March") name nothing.
    const span = text.slice(sentence.start, date.start) + ' '.repeat(date.end - date.start) + text.slice(date.end, sentence.end);
    // Acts named by number are the other rule's; a sentence that names one is about it.
    if (/\b(?:decree|order|law|act|resolution|decision|regulation)s?\b[^.;]{0,80}?(?:No\.?\s*\d|№)/i.test(span)) continue;
    // "Reply of Kazakhstan to joint communication AL KAZ 2/2024 (July 2024)": the date is the reply's, which answers
    // what the sentence names after it.
    if (REPLY_TO.test(text.slice(sentence.start, date.start))) continue;
    if (REPLY_OF.test(text.slice(sentence.start, date.start)) && ANSWERS_AFTER.test(text.slice(date.end, sentence.end))) continue;
    // "Almaty city court press office, statement of 2 October 2023.": the date of the statement a note cites.
    if (STATEMENT_OF.test(text.slice(sentence.start, date.start))) continue;
    // "As of 1 September 2024, 118 posts of doctors remained vacant": the day a count stands at, not the day of an event.
    // (Nor "had received any payment by June 2024", "were still under investigation in March 2024": the day by which,
    // or on which, a state of things held.)
    if (/\b(?:as\s+(?:of|at|on)|by|until|till|up\s+to)\s+(?:(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+)?$/i.test(text.slice(Math.max(0, date.start - 30), date.start))) continue;
    if (/\b(?:still|remained|remains|remain|yet\s+to)\b/i.test(text.slice(sentence.start, date.start))) continue;
    // "Correction (14 March 2025): An earlier version …": the date of the note that follows, not of what it tells.
    if (/\(\s*$/.test(text.slice(Math.max(0, date.start - 3), date.start)) && /^\s*\)\s*:/.test(text.slice(date.end, date.end + 4))) continue;
    const tokens = tokenize(span);
    const words = new Set(tokens.map((t) => t.stem));
    const capitalised = capitalisedStems(span, true);
    const acronyms = new Set(tokens.filter((t) => t.end - t.start > 1 && /^\p{Lu}+$/u.test(span.slice(t.start, t.end))).map((t) => t.stem));
    const story: { fact: IndexedFact; score: number; eligible: boolean }[] = [];
    let spanEvents: Set<string> | undefined;
    // "The Committee issues its list of issues (CAT/C/KAZ/Q/4)": a sentence that names a document by its kind or its
    // symbol is not about an act of another document the fact names so (the concluding observations, CAT/C/KAZ/CO/4).
    const spanDocument = documentNamedIn(span);
    for (const { fact, names: named, issuer } of dated) {
      if (namesAnotherDocument(spanDocument, factDocumentOf(fact))) continue;
      // A name: a term capitalised both in the draft and in the fact ("Zhilin", "AL KAZ 2/2024") that few dated facts use.
      // A surname ("Ayniyazov") is rarer in the world than a body's name ("Anti-Corruption Agency") is in the sources.
      const rare = (t: string[]) => (df.get(t.join(' ')) ?? 0) <= (t.length === 1 ? RARE_NAME : RARE_TERM);
      // …or the long title of an act of the kind the sentence names ("the Law on the Victims Compensation Fund").
      const titled = !!fact.act && (KIND_WORDS[fact.act.kind]?.test(span) ?? false);
      // Several words are a name when written in capitals, as a symbol is ("AL KAZ 2/2024"); a body's name ("the
      // Anti-Corruption Agency") appears in too many stories.
      // What the act is about, apart from who issued it, and a name among those words.
      const matchedAt = fact.termStems.flatMap((t, k) => (t.every((s) => words.has(s)) && !t.every((s) => issuer.includes(s)) ? [k] : []));
      const matched = matchedAt.map((k) => fact.termStems[k]!);
      // (…or a phrase of several words that few dated facts use, with another of the fact's terms of several words,
      // none of them the name of a body, which is in too many stories: "the exclusive jurisdiction over the
      // investigation of torture".)
      const topics = matchedAt.filter((k) => fact.termStems[k]!.length >= 2 && !facts.wording.namesBody(fact.termStems[k]!));
      const distinctive = (t: string[]) => rare(t) && ((t.every((s) => named.has(s) && (t.length === 1 ? capitalised.has(s) : acronyms.has(s))) && (t.length > 1 || t[0]!.length > 2)) || (titled && t.length >= 3) || (topics.length >= 2 && topics.some((k) => fact.termStems[k] === t)));
      // …or a name in the fact's own words that at most two of them use ("Oyan"), with one of its terms.
      const rareName = matched.length > 0 && [...named].some((s) => s.length > 3 && capitalised.has(s) && (nameCounts.get(s) ?? 0) <= 2 && !MONTHS.includes(s));
      if (!matched.some(distinctive) && !rareName) continue;
      const byIssuer = issuer.length > 0 && issuer.every((s) => words.has(s));
      if (!byIssuer && matched.length < 2) continue;
      const byKind = !!fact.act && (KIND_WORDS[fact.act.kind]?.test(span) ?? false);
      // "A police patrol found him … on 8 January 2021" names the person a decision was about, not the decision: the
      // sentence must name the act (its kind or issuer) or what happened (an event of the fact's measure).
      // (An event may be told in other words, "Police took him from his home": only another event the sentence names
      // rules it out.)
      spanEvents ??= facts.wording.eventsOf(span);
      if (!byIssuer && !byKind && !sharesEvent(facts, fact, spanEvents) && (fact.act || spanEvents.size)) continue;
      // A sentence about an act's entry into force or amendment does not give the date it was adopted.
      const eligible = fact.type === 'event' || !NOT_ADOPTION.test(span);
      story.push({ fact, score: matched.length + (byIssuer ? 2 : 0) + (byKind ? 1 : 0) + (rareName ? 2 : 0), eligible });
    }
    if (!story.length) continue;
    const start = block.start + date.start;
    const end = block.start + date.end;
    const written = text.slice(date.start, date.end);
    const disputedFinding = (all: IndexedFact[]) => ({ code: 'figure-disputed' as const, severity: 'information' as const, start, end, message: `Sources disagree on the date of ${all[0]!.measure}: ${all.map((f) => `${f.date_text} (${describeAsserter(facts, f)})`).join('; ')}.`, factIds: all.map((f) => f.id), related: all.map((f) => relatedSource(facts, f)), fixes: [] });
    const agreeing = story.filter((c) => sameDate(c.fact.date!, date)).map((c) => c.fact);
    if (agreeing.length) {
      // The date one source gives and another contradicts ("adopted on 10 January 2018" / "passed in June 2018").
      const differing = disputeGroup(facts, agreeing).filter((f) => f.date && !agreeing.includes(f) && !sameDate(f.date, date));
      if (differing.length) findings.push(disputedFinding([...agreeing, ...differing]));
      continue;
    }
    // A dated fact of the sentence's very day that speaks of what the sentence speaks of (a term of it in the sentence's
    // words) may be what the sentence tells, though it does not pick it out by name ("the Office refused to grant him
    // refugee status" on the day a draft says Zhilin "was refused refugee status"): when in doubt, nothing is reported.
    if (dated.some(({ fact, issuer }) => sameDate(fact.date!, date) && fact.termStems.some((t) => t.every((s) => words.has(s)) && !t.every((s) => issuer.includes(s))))) continue;
    // "The Law on the Fund was adopted on …" is about the law, not about the day the Fund started work.
    const ofKind = story.filter((c) => c.fact.act && (KIND_WORDS[c.fact.act.kind]?.test(span) ?? false));
    const pool = ofKind.length ? ofKind : story;
    const best = pool.filter((c) => c.eligible).sort((a, b) => b.score - a.score)[0];
    const compatible = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);
    if (!best) continue;
    const tied = pool.filter((c) => c !== best && c.score >= best.score && !compatible(c.fact.date!, best.fact.date!));
    const main = best.fact;
    const disputed = disputeGroup(facts, [main]).filter((f) => f.date && f.date !== main.date);
    // Equally good stories with other dates leave the sentence's subject open, unless the sources dispute that very date.
    if (tied.some((c) => !disputed.includes(c.fact))) continue;
    if (disputed.length) {
      const all = [main, ...disputed];
      findings.push(disputedFinding(all));
      continue;
    }
    findings.push({
      code: 'date-mismatch',
      severity: 'warning',
      start,
      end,
      message: `${written} does not match the source: ${main.measure} is dated ${main.date_text} according to ${describeAsserter(facts, main)}.`,
      rules: ['named-act: the one sentence date of an act or event the sentence picks out by a rare name and by its kind, issuer or what happened'],
      factIds: [main.id],
      related: [relatedSource(facts, main)],
      fixes: [{ title: `Replace with ${formatDate(main.date!, written)}`, start, end, newText: formatDate(main.date!, written), factId: main.id, preferred: true }],
    });
  }
}

/**
 * The kinds of treaty-body document a text names: a date of one is not a date of another. (Not the periodic report,
 * which the others are "on".)
 */
const DOCUMENT_KINDS: readonly [string, RegExp][] = [
  ['concluding-observations', /\bconcluding observations\b/i],
  ['list-of-issues', /\blists? of (?:additional )?issues\b/i],
  ['summary-record', /\bsummary records?\b/i],
];
/** The kinds of document and the UN symbols a text names. */
interface NamedDocument {
  kinds: Set<string>;
  symbols: string[];
}
function documentNamedIn(text: string, kindsFrom = text): NamedDocument {
  return { kinds: new Set(DOCUMENT_KINDS.filter(([, re]) => re.test(kindsFrom)).map(([k]) => k)), symbols: text.includes('/') ? findCitations(text).flatMap((c) => (c.symbol ? [c.symbol] : [])) : [] };
}
/** Whether a sentence names a document (by kind or by symbol) and the fact names others, none of them that one. */
function namesAnotherDocument(sentence: NamedDocument, fact: NamedDocument): boolean {
  const kindsApart = sentence.kinds.size > 0 && fact.kinds.size > 0 && ![...fact.kinds].some((k) => sentence.kinds.has(k));
  const symbolsApart = sentence.symbols.length > 0 && fact.symbols.length > 0 && !fact.symbols.some((x) => sentence.symbols.includes(x));
  return kindsApart || symbolsApart;
}
/** What a dated fact names, read once per fact: the kinds its measure names, the symbols its words cite. */
function factDocumentOf(fact: IndexedFact): NamedDocument {
  let out = factDocuments.get(fact);
  if (!out) factDocuments.set(fact, (out = documentNamedIn(`${fact.measure} . ${fact.terms.join(' . ')} . ${fact.quote}`, fact.measure)));
  return out;
}
const factDocuments = new WeakMap<IndexedFact, NamedDocument>();

/** Whether a sentence names an event of the dated fact's measure (convicted, deported, appointed …), or the fact names none. */
function sharesEvent(facts: FactBase, fact: IndexedFact, spanEvents: Set<string>): boolean {
  const own = facts.wording.eventsOf(fact.measure);
  return !own.size || [...own].some((e) => spanEvents.has(e));
}

function disputeGroup(facts: FactBase, candidates: IndexedFact[]): IndexedFact[] {
  const ids = new Set(candidates.map((c) => c.id));
  for (const r of facts.relations) if (r.kind === 'same-measure' && r.status === 'dispute' && r.facts.some((id) => ids.has(id))) r.facts.forEach((id) => ids.add(id));
  return [...ids].map((id) => facts.facts.get(id)!).filter(Boolean);
}

/** A fact's date in the draft's style ("19 July 2021", "July 19, 2021", "19.07.2021"). */
function formatDate(iso: string, like: string): string {
  const [y, m, d] = iso.split('-');
  const month = m ? MONTHS[Number(m) - 1]! : undefined;
  const Month = month ? month[0]!.toUpperCase() + month.slice(1) : undefined;
  if (!Month) return y!;
  if (!d) return `${Month} ${y}`;
  if (/^\d{1,2}\.\d{1,2}\.\d{4}$/.test(like)) return `${d}.${m}.${y}`;
  if (/^[A-Z]/.test(like)) return `${Month} ${Number(d)}, ${y}`;
  return `${Number(d)} ${Month} ${y}`;
}
