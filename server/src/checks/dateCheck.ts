import type { FactBase, IndexedFact } from '../facts/factBase';
import type { Figure } from '../parse/figures';
import type { ProseBlock } from '../parse/reportModel';
import { contentStems, tokenize } from '../facts/words';
import { describeAsserter, sourceLabel } from './describe';
import type { Finding } from './findings';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December)';
const DATE = new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b|\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b|\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b|\\b${MONTH}\\s+(\\d{4})\\b`, 'g');
const ACT = /\b(decree|order|law|act|resolution|decision|regulation)s?\b/gi;
const NUMBER = /(?:No\.|№|number|Nos\.)\s*([0-9][\w/.-]*[0-9IVX]|[0-9])/y;

interface DraftDate { start: number; end: number; iso: string; precision: 'day' | 'month' }

function datesIn(text: string): DraftDate[] {
  const out: DraftDate[] = [];
  for (const m of text.matchAll(DATE)) {
    const pad = (n: number) => String(n).padStart(2, '0');
    let iso: string;
    let precision: DraftDate['precision'] = 'day';
    if (m[1]) iso = `${m[3]}-${pad(MONTHS.indexOf(m[2]!.toLowerCase()) + 1)}-${pad(Number(m[1]))}`;
    else if (m[4]) iso = `${m[6]}-${pad(MONTHS.indexOf(m[4]!.toLowerCase()) + 1)}-${pad(Number(m[5]))}`;
    else if (m[7]) iso = `${m[9]}-${pad(Number(m[8]))}-${pad(Number(m[7]))}`;
    else {
      iso = `${m[11]}-${pad(MONTHS.indexOf(m[10]!.toLowerCase()) + 1)}`;
      precision = 'month';
    }
    out.push({ start: m.index!, end: m.index! + m[0].length, iso, precision });
  }
  return out;
}

const KIND: Record<string, string[]> = { decree: ['decree'], order: ['order'], law: ['law', 'code'], act: ['law', 'code', 'other'], resolution: ['resolution', 'decision'], decision: ['decision', 'resolution'], regulation: ['order', 'other'] };

/** Whether a fact's date (YYYY, YYYY-MM or YYYY-MM-DD) agrees with a date as written in the draft. */
function sameDate(factDate: string, draft: DraftDate): boolean {
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
  for (const m of text.matchAll(ACT)) {
    NUMBER.lastIndex = m.index! + m[0].length;
    const gap = /^[^.;]{0,40}?(?=No\.|№|number)/.exec(text.slice(NUMBER.lastIndex));
    if (!gap) continue;
    NUMBER.lastIndex += gap[0].length;
    const num = NUMBER.exec(text);
    if (!num) continue;
    const number = num[1]!;
    const numEnd = NUMBER.lastIndex;
    // The act's date: right after its number ("No. 622 of 19 July 2021", "dated …") or right before its kind ("… dated 19 July 2021 No. 622").
    const date = dates.find((d) => d.start >= numEnd && /^\s*(?:,\s*)?(?:of|dated|from|on|,)?\s*$/i.test(text.slice(numEnd, d.start)))
      ?? dates.find((d) => d.end <= m.index! + 40 && d.end <= numEnd && /^\s*(?:No\.|№)?\s*$/.test(text.slice(d.end, m.index!)));
    if (!date) continue;
    const kinds = KIND[m[1]!.toLowerCase()] ?? [];
    let candidates = [...facts.facts.values()].filter((f) => f.type === 'dated-act' && f.act?.number === number && kinds.includes(f.act.kind) && f.date);
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
      findings.push({ code: 'figure-disputed', severity: 'information', start, end, message: `Sources disagree on the date of ${m[0]} No. ${number}: ${listing(others)}.`, factIds: others.map((f) => f.id), related: others.map((f) => ({ sourceId: f.source, paragraph: f.paragraph, message: `“${f.quote}” (${sourceLabel(facts, f)})` })), fixes: [] });
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
      factIds: candidates.map((f) => f.id),
      related: candidates.map((f) => ({ sourceId: f.source, paragraph: f.paragraph, message: `“${f.quote}” (${sourceLabel(facts, f)})` })),
      fixes: [{ title: `Replace with ${formatDate(main.date!, text.slice(date.start, date.end))}`, start, end, newText: formatDate(main.date!, text.slice(date.start, date.end)), factId: main.id, preferred: true }],
    });
  }
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
