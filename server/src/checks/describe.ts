import type { FactBase } from '../facts/factBase';
import type { Fact } from '../facts/types';
import type { Figure } from '../parse/figures';
import type { RelatedSource } from './findings';

/** "the State party (Government of Kazakhstan), 2024" */
export function describeAsserter(facts: FactBase, fact: Fact): string {
  const who = fact.attributed_to ? `${fact.asserted_by.name}, citing ${fact.attributed_to}` : fact.asserted_by.name;
  return `${who}, ${sourceLabel(facts, fact)}`;
}

/** Where a finding points in its source: the fact's paragraph, with its verbatim quote and the source's label. */
export function relatedSource(facts: FactBase, fact: Fact): RelatedSource {
  return { sourceId: fact.source, paragraph: fact.paragraph, message: `“${fact.quote}” (${sourceLabel(facts, fact)})` };
}

/** "CAT/C/KAZ/Q/4, para. 23" or "State follow-up reply to CAT/C/KAZ/CO/4 (2024), para. 20" */
export function sourceLabel(facts: FactBase, fact: Fact): string {
  const s = facts.sources.get(fact.source);
  if (!s) return `${fact.source}, ${paragraphLabel(fact.paragraph)}`;
  const name = s.meta.symbol ?? s.meta.short_title ?? `${s.meta.title} (${s.meta.date})`;
  return `${name}, ${paragraphLabel(fact.paragraph)}`;
}

export function paragraphLabel(address: string): string {
  if (/^\d/.test(address)) {
    const m = /^(\d+(?:\.\d+)*)(?:\(([a-z]+)\))?$/.exec(address);
    return m ? `para. ${m[1]}${m[2] ? ` (${m[2]})` : ''}` : `para. ${address}`;
  }
  const rec = /^s(\d+)\.r(\d+)$/.exec(address);
  if (rec) return `section ${rec[1]}, recommendation ${rec[2]}`;
  const sec = /^s(\d+)(?:\.(\d+))?$/.exec(address);
  if (sec) return sec[2] ? `section ${sec[1]}, paragraph ${sec[2]}` : `section ${sec[1]}`;
  return address;
}

/** Writes a fact's value the way the draft writes its figures (separator, words vs digits). */
export function formatLike(figure: Figure, fact: Fact): string {
  // A cell of a column "(million tenge)" is written in millions.
  const value = (fact.value ?? 0) / (figure.scale ?? 1);
  const written = figure.text.slice(0, figure.numberEnd - figure.start);
  if (!figure.scale && (figure.word || /million|billion|thousand/i.test(written))) return (fact.value_text ?? String(value)).replace(/(?<!\s)\s*(%|per\s?cent|tenge|US dollars)$/i, '');
  const sep = /\d([,\u00A0\u202F\u2009 ])\d{3}/.exec(written)?.[1] ?? (/\d{4}/.test(written) ? '' : ',');
  const decimalComma = /\d,\d{1,2}$/.test(written);
  const [int, frac] = String(value).split('.');
  const grouped = value >= 1000 || int!.length > 3 ? groupThousands(int!, sep) : int!;
  return frac ? `${grouped}${decimalComma ? ',' : '.'}${frac}` : grouped;
}

/** "1234567" → "1,234,567": the lookahead regex usually written for this rescans the rest of the digits at every position. */
function groupThousands(digits: string, sep: string): string {
  const head = digits.length % 3 || 3;
  const groups = [digits.slice(0, head)];
  for (let i = head; i < digits.length; i += 3) groups.push(digits.slice(i, i + 3));
  return groups.join(sep);
}
