import type { Figure } from '../parse/figures';
import type { ProseBlock } from '../parse/reportModel';
import type { Finding } from './findings';
import { clauseAround } from './figureContext';

/**
 * Recomputes what a sentence states about its own figures, the way statcheck recomputes reported statistics:
 * exhaustive breakdowns must add up, stated shares and changes must follow from their counts, and a count
 * times an amount each must give the stated total. The message shows the working.
 */
export function checkArithmetic(block: ProseBlock, figures: Figure[], findings: Finding[]): void {
  let previous: Figure[] = [];
  for (const sentence of block.sentences) {
    const inSentence = figures.filter((f) => f.start >= sentence.start && f.end <= sentence.end);
    const stats = inSentence.filter((f) => f.kind === 'statistic');
    const before = previous;
    previous = stats;
    if (stats.length < 2) continue;
    const text = block.text;
    checkBreakdowns(block, text, stats, findings);
    checkShareBreakdown(block, stats, before, findings);
    checkShares(block, text, stats, findings, before);
    checkChanges(block, text, stats, inSentence, findings);
    checkEach(block, text, stats, findings);
  }
}

const fmt = (n: number) => (Number.isInteger(n) ? n.toLocaleString('en-GB') : n.toLocaleString('en-GB', { maximumFractionDigits: 1 }));
const money = (f: Figure) => f.unit === 'tenge' || f.unit === 'usd' || f.unit === 'eur';
const countLike = (f: Figure) => !f.unit && !f.derived && f.high === undefined;
const sameKind = (a: Figure, b: Figure) => (money(a) && money(b)) || (countLike(a) && countLike(b)) || (a.unit === b.unit && a.unit !== 'per-cent');

function push(block: ProseBlock, f: Figure, message: string, findings: Finding[], correct?: number, involved: Figure[] = []) {
  findings.push({
    participants: [f, ...involved].map((x) => block.start + x.start),
    code: 'arithmetic',
    severity: 'warning',
    start: block.start + f.start,
    end: block.start + f.end,
    message,
    factIds: [],
    related: [],
    fixes: correct !== undefined && Number.isFinite(correct) ? [{ title: `Change to ${fmt(correct)}`, start: block.start + f.start, end: block.start + f.numberEnd, newText: fmt(correct).replace(/\u00a0/g, ' '), preferred: true }] : [],
  });
}

const GROUPS: [RegExp, RegExp][] = [
  [/\b(?:officers|law enforcement|military|police|servicemen|security forces|personnel)\b/i, /\bcivilians?\b/i],
  [/\b(?:men|male)\b/i, /\b(?:women|female)\b/i],
  [/\badults?\b/i, /\b(?:minors?|children|juveniles?)\b/i],
  [/\b(?:citizens|nationals)\b/i, /\b(?:foreigners|foreign nationals|stateless)\b/i],
];

/** Whether the words after two parts name complementary groups (officers and civilians, men and women …). */
function complementary(text: string, a: Figure, b: Figure): boolean {
  const wa = text.slice(a.end, a.end + 40).split(/[,;(]/)[0]!;
  const wb = text.slice(b.end, b.end + 40).split(/[,;(]/)[0]!;
  return GROUPS.some(([x, y]) => (x.test(wa) && y.test(wb)) || (y.test(wa) && x.test(wb)));
}

/** Words between two offsets, for deciding how figures relate. */
const between = (text: string, a: number, b: number) => text.slice(a, b);

const EXHAUSTIVE_OPEN = /^(?:[^.;()]{0,80}?)?\s*(?:\(|:|,?\s*(?:of whom|of which|namely|broken down as follows:?|broken down as|divided into|comprising|consisting of|as follows:))\s*$/i;
const PARTIAL = /\b(?:including|among them|among whom|of these|of them|such as|in particular|notably|inter alia)\b/i;
const TOTAL_AFTER = /^\s*(?:(?:[a-z]+\s+){0,3})?(?:in total|in all|altogether|overall)|^\s*[a-z ]{0,20}\btotal(?:ling)?\s+of\s*$/i;

function checkBreakdowns(block: ProseBlock, text: string, stats: Figure[], findings: Finding[]) {
  for (let i = 0; i < stats.length; i++) {
    const total = stats[i]!;
    if (total.derived || total.unit === 'per-cent') continue;
    const next = stats[i + 1];
    if (!next) continue;
    const opener = between(text, total.end, next.start);
    const lead = /^[^,;:(]*/.exec(opener)![0];
    let exhaustive = EXHAUSTIVE_OPEN.test(opener) && !PARTIAL.test(opener);
    const partial = PARTIAL.test(opener);
    if (!exhaustive && !partial) continue;
    // Parts: following figures of the same kind up to the end of the list (closing parenthesis or end of sentence).
    const close = opener.includes('(') ? text.indexOf(')', next.start) : -1;
    const parts: Figure[] = [];
    for (let j = i + 1; j < stats.length; j++) {
      const p = stats[j]!;
      if (close >= 0 && p.start > close) break;
      if (parts.length) {
        // A sub-breakdown in parentheses ("3,998 officers (1,309 military, 2,689 police)") is not a sibling part.
        const span = text.slice(parts[0]!.start, p.start);
        if ((span.match(/\(/g)?.length ?? 0) > (span.match(/\)/g)?.length ?? 0)) continue;
        if (PARTIAL.test(text.slice(parts[parts.length - 1]!.end, p.start))) break;
      }
      if (!sameKind(p, total) || p.derived) {
        if (p.unit === 'per-cent') continue; // "4,780 (47%)": a share inside the list
        break;
      }
      if (parts.length && /[;.]\s/.test(between(text, parts[parts.length - 1]!.end, p.start)) && close < 0) break;
      parts.push(p);
    }
    if (parts.length < 2 && !(parts.length === 1 && partial)) continue;
    // "including 3,998 officers … and 1,151 civilians": two complementary groups make up the whole.
    if (partial && parts.length === 2 && complementary(text, parts[0]!, parts[1]!)) exhaustive = true;
    void lead;
    const sum = parts.reduce((a, p) => a + p.value, 0);
    const working = `${parts.map((p) => fmt(p.value)).join(' + ')} = ${fmt(sum)}`;
    if (sum > total.value && total.qualifier !== 'more-than' && total.qualifier !== 'at-least' && total.qualifier !== 'about' && total.qualifier !== 'nearly') {
      push(block, total, `The parts exceed their total: ${working}, more than ${fmt(total.value)}.`, findings, undefined, parts);
      i += parts.length;
      continue;
    }
    if (exhaustive && total.qualifier === 'exact' && sum !== total.value) {
      push(block, total, `The breakdown does not add up: ${working}, not ${fmt(total.value)} (a difference of ${fmt(Math.abs(total.value - sum))}).`, findings, undefined, parts);
    }
    i += parts.length;
  }
  // "…, 6,041 in administrative cases and 90,133 given legal advice, 211,918 in total."
  for (let i = 2; i < stats.length; i++) {
    const total = stats[i]!;
    const after = text.slice(total.end, total.end + 30);
    const before = text.slice(Math.max(0, total.start - 25), total.start);
    if (!/^\s*(?:[a-z]+\s+){0,2}(?:in total|in all|altogether)\b/i.test(after) && !/\b(?:a total of|in total|totalling|altogether)\s+$/i.test(before)) continue;
    const parts = stats.slice(0, i).filter((p) => sameKind(p, total) && !p.derived);
    if (parts.length < 2 || total.qualifier !== 'exact') continue;
    const sum = parts.reduce((a, p) => a + p.value, 0);
    if (sum !== total.value && !PARTIAL.test(text.slice(parts[0]!.start, total.start))) {
      push(block, total, `The figures do not add up: ${parts.map((p) => fmt(p.value)).join(' + ')} = ${fmt(sum)}, not ${fmt(total.value)}.`, findings, undefined, parts);
    }
  }
  void TOTAL_AFTER;
}

/**
 * "4,780 (47%) …, 381 (3,7%) … and 5005 (49,2)": parts whose shares add up to about 100 per cent are the whole
 * breakdown of the total stated just before, so their sum must equal it.
 */
function checkShareBreakdown(block: ProseBlock, stats: Figure[], before: Figure[], findings: Finding[]) {
  const parts: Figure[] = [];
  let share = 0;
  for (let i = 0; i + 1 < stats.length; i++) {
    const part = stats[i]!;
    const pct = stats[i + 1]!;
    if (!countLike(part) || part.derived) continue;
    const gap = block.text.slice(part.end, pct.start);
    if (!/^\s*\(\s*$/.test(gap)) continue;
    if (pct.unit !== 'per-cent' && !(countLike(pct) && pct.value < 100 && /^[\d,.]+$/.test(pct.text) && /[.,]\d$/.test(pct.text))) continue;
    parts.push(part);
    share += pct.value;
  }
  if (parts.length < 2 || Math.abs(share - 100) > 0.75) return;
  // "… and 2 are still under investigation": a further part without a share means the shares do not cover it all.
  const last = stats.indexOf(parts[parts.length - 1]!) + 1;
  if (stats.slice(last + 1).some((s) => countLike(s) && !/\(\s*$/.test(block.text.slice(Math.max(0, s.start - 3), s.start)))) return;
  const first = parts[0]!;
  const candidates = [...stats.filter((s) => s.end <= first.start), ...before].filter((s) => countLike(s) && s.value > Math.max(...parts.map((p) => p.value)));
  const total = candidates[candidates.length - 1] && stats.includes(candidates[candidates.length - 1]!) ? candidates[candidates.length - 1]! : candidates[0];
  if (!total || total.qualifier !== 'exact') return;
  const sum = parts.reduce((a, p) => a + p.value, 0);
  if (sum !== total.value) push(block, total, `The breakdown does not add up: ${parts.map((p) => fmt(p.value)).join(' + ')} = ${fmt(sum)}, not ${fmt(total.value)} (a difference of ${fmt(Math.abs(total.value - sum))}).`, findings, undefined, parts);
}

/** "4,780 (47%)" of a stated base, "Of the 338 …, 301, roughly 89 per cent": the share must follow from the counts. */
function checkShares(block: ProseBlock, text: string, stats: Figure[], findings: Finding[], before: Figure[]) {
  for (let i = 1; i < stats.length; i++) {
    const pct = stats[i]!;
    if (pct.unit !== 'per-cent' || pct.derived) continue;
    const part = stats[i - 1]!;
    if (!countLike(part) && !money(part)) continue;
    const gap = between(text, part.end, pct.start);
    if (!/^\s*(?:\(|,\s*(?:or|i\.e\.|that is|roughly|about|around|approximately|some|nearly|almost)?\s*|\s+or\s+)\s*$/i.test(gap.replace(/(roughly|about|around|approximately|some|nearly|almost)\s*$/i, ''))) continue;
    // The base: a larger count of the same kind earlier in the sentence ("Of the 338 cases…"), else none.
    // A figure that carries its own share ("4,780 (47%)") is a sibling part, not the base.
    const hasShare = (b: Figure) => {
      const k = stats.indexOf(b);
      const n = stats[k + 1];
      return !!n && n.unit === 'per-cent' && /^\s*[(,]?\s*$/.test(text.slice(b.end, n.start));
    };
    const earlier = stats.slice(0, i - 1).filter((b) => sameKind(b, part) && !b.derived && !hasShare(b));
    const base = earlier.find((b) => b.value > part.value) ?? (earlier.length ? undefined : before.find((b) => sameKind(b, part) && b.value > part.value && !b.derived));
    if (!base) continue;
    const actual = (part.value / base.value) * 100;
    const decimals = /[.,](\d+)/.exec(pct.text)?.[1]?.length ?? 0;
    const tolerance = 0.5 * 10 ** -decimals + (pct.qualifier === 'exact' ? 0.05 : 1.5);
    if (Math.abs(actual - pct.value) > tolerance) {
      push(block, pct, `${fmt(part.value)} of ${fmt(base.value)} is ${actual.toFixed(Math.max(1, decimals))} per cent, not ${fmt(pct.value)}.`, findings, Number(actual.toFixed(decimals)), [part, base]);
    }
  }
}

/** "from 29 in 2022 to 22 in 2023, a decrease of 32 per cent"; "almost three times less". */
function checkChanges(block: ProseBlock, text: string, stats: Figure[], all: Figure[], findings: Finding[]) {
  for (const change of stats.filter((s) => s.derived === 'change' || s.derived === 'ratio')) {
    const eligible = stats.filter((s) => s !== change && !s.derived && s.unit !== 'per-cent' && s.high === undefined && (countLike(s) || money(s)));
    // The two counts the change is about: the nearest ones before it, else around it.
    const before = eligible.filter((s) => s.end <= change.start);
    const counts = before.length >= 2 ? before.slice(-2) : eligible.length === 2 ? eligible : [];
    if (counts.length !== 2) continue;
    const years = all.filter((y) => y.kind === 'year');
    const clauseYear = (f: Figure) => {
      const c = clauseAround(text, { start: 0, end: text.length }, f.start, f.end);
      const inClause = years.filter((y) => y.start >= c.start && y.end <= c.end);
      const right = inClause.find((y) => y.start >= f.end && /^\s*(?:in|for|during)?\s*$/i.test(text.slice(f.end, y.start)));
      if (right) return right.value;
      return inClause.length ? inClause.reduce((a, b) => (Math.abs(b.start - f.start) < Math.abs(a.start - f.start) ? b : a)).value : undefined;
    };
    let [a, b] = counts as [Figure, Figure];
    let ya = clauseYear(a);
    let yb = clauseYear(b);
    // "In 2023, there were 22 suicides (29 in 2022 …)": a figure without a year of its own takes the sentence's other year.
    const sentenceYears = years.map((y) => y.value);
    if (ya === undefined && yb !== undefined) ya = sentenceYears.find((y) => y !== yb);
    if (yb === undefined && ya !== undefined) yb = sentenceYears.find((y) => y !== ya);
    if (ya !== undefined && yb !== undefined && ya > yb) [a, b] = [b, a];
    if (ya === undefined || yb === undefined) {
      if (!/\bfrom\b/i.test(text.slice(Math.max(0, a.start - 12), a.start))) continue;
    }
    const from = a.value;
    const to = b.value;
    if (from === 0) continue;
    if (change.derived === 'change') {
      const actual = (Math.abs(to - from) / from) * 100;
      const decimals = /[.,](\d+)/.exec(change.text)?.[1]?.length ?? 0;
      const tolerance = 0.5 * 10 ** -decimals + (change.qualifier === 'exact' ? 0.05 : 1.5);
      const word = /\b(decrease|drop|fall|reduction|decline|fell|dropped|declined|decreased|reduced)\b/i.test(text.slice(Math.max(0, change.start - 40), change.start)) ? 'decrease' : 'increase';
      const direction = to < from ? 'decrease' : 'increase';
      if (Math.abs(actual - change.value) > tolerance || word !== direction) {
        push(block, change, `From ${fmt(from)} to ${fmt(to)} is a${direction === 'increase' ? 'n' : ''} ${direction} of ${actual.toFixed(1)} per cent, not ${fmt(change.value)}.`, findings, Number(actual.toFixed(decimals)), [a, b]);
      }
    } else {
      const ratio = Math.max(from, to) / Math.min(from, to);
      const lo = change.qualifier === 'nearly' ? change.value * 0.85 : change.qualifier === 'about' ? change.value * 0.85 : change.value - 0.05;
      const hi = change.qualifier === 'nearly' ? change.value : change.qualifier === 'about' ? change.value * 1.15 : change.value + 0.05;
      if (ratio < lo - 1e-9 || ratio > hi + 1e-9) push(block, change, `${fmt(Math.max(from, to))} / ${fmt(Math.min(from, to))} = ${ratio.toFixed(2)} times, not ${change.text}.`, findings);
    }
  }
}

/** "to the families of 151 dead civilians – 1 billion 1 million tenge (7 million tenge each)": count × amount each = total. */
function checkEach(block: ProseBlock, text: string, stats: Figure[], findings: Finding[]) {
  for (const amount of stats.filter((s) => s.derived === 'per-unit' && money(s))) {
    const i = stats.indexOf(amount);
    // The total: the nearest amount of money before it in the same line of the list; the count: the nearest count before that.
    let total = [...stats.slice(0, i)].reverse().find((s) => money(s) && !s.derived);
    if (!total || amount.start - total.end > 60 || /;/.test(text.slice(total.end, amount.start))) {
      // "7 million tenge to each of the 151 families …, a total of 1,001 million tenge"
      total = stats.slice(i + 1).find((s) => money(s) && !s.derived);
      if (!total || /;/.test(text.slice(amount.end, total.start))) continue;
    }
    const j = stats.indexOf(total);
    const lo = Math.min(i, j);
    const counts = stats.filter((s, k) => countLike(s) && (k < lo ? !/;/.test(text.slice(s.end, stats[lo]!.start)) : !/;/.test(text.slice(stats[lo]!.end, s.start))));
    const count = counts.length === 1 ? counts[0] : [...stats.slice(0, j)].reverse().find((s) => countLike(s));
    if (!count || Math.abs(total.start - count.end) > 120) continue;
    if (total.qualifier !== 'exact' || amount.qualifier !== 'exact' || count.qualifier !== 'exact') continue;
    const product = amount.value * count.value;
    if (Math.abs(product - total.value) > Math.max(total.precision, 0.5)) {
      push(block, total, `${fmt(count.value)} × ${fmt(amount.value)} = ${fmt(product)}, not ${fmt(total.value)}.`, findings, undefined, [count, amount]);
    }
  }
}
