import { isStopWord, tokenize } from '../facts/words';
import { isMoneyUnit, numberWordingOf, type Figure, type NumberWording } from '../parse/figures';
import { positionAt, type ProseBlock, type ReportModel } from '../parse/reportModel';
import type { Finding } from './findings';
import { clauseAround } from './figureContext';

/**
 * Recomputes what a sentence states about its own figures, the way statcheck recomputes reported statistics:
 * exhaustive breakdowns must add up, stated shares and changes must follow from their counts, and a count
 * times an amount each must give the stated total. The message shows the working.
 */
export function checkArithmetic(block: ProseBlock, figures: Figure[], findings: Finding[], antecedent: Figure[] = [], numbers: NumberWording = numberWordingOf()): void {
  // The first sentence's "sentence before" is the antecedent's, when the paragraph counts one ("21 of them").
  let previous: Figure[] = antecedent;
  for (const sentence of block.sentences) {
    const inSentence = figures.filter((f) => f.start >= sentence.start && f.end <= sentence.end);
    const text = block.text;
    const all = withListUnits(text, inSentence.filter((f) => f.kind === 'statistic'));
    // "(12 + 37 = 49)": a sum written out is checked as written (written-sum); its figures, which restate others of
    // the sentence, are no list, part or total of the other relations.
    const equations = writtenSums(text, all);
    const stats = equations.length ? all.filter((f) => !equations.some((e) => e.includes(f))) : all;
    const before = previous;
    previous = stats;
    const s: SentenceFigures = { block, text, stats, inSentence, before, findings, numbers, equations };
    // (A sentence of one figure can only state the total of the sentence before.)
    const rules = stats.length >= 2 || equations.length ? ARITHMETIC_RULES : stats.length === 1 && before.length >= 2 ? ARITHMETIC_RULES.filter((r) => r.ofSentenceBefore) : [];
    for (const rule of rules) if (rule.sentence) named(rule, findings, () => rule.sentence!(s));
  }
  for (const rule of ARITHMETIC_RULES) if (rule.paragraph) named(rule, findings, () => rule.paragraph!(block, figures, findings));
}

/** What a sentence's rules read: its statistics (with list units), all its figures, and the sentence before's. */
interface SentenceFigures {
  block: ProseBlock;
  text: string;
  stats: Figure[];
  inSentence: Figure[];
  before: Figure[];
  findings: Finding[];
  /** The number words of the wording lists: what marks a total ("in total", "a total of"). */
  numbers: NumberWording;
  /** The sums the sentence writes out ("12 + 37 = 49"): each its parts, then its total. */
  equations: Figure[][];
}

/** "12 + 37 = 49", "109,466 + 6,278 + 6,041 + 90,133 = 211,918": runs of figures joined by "+" and closed by "=". */
function writtenSums(text: string, stats: Figure[]): Figure[][] {
  const out: Figure[][] = [];
  for (let i = 0; i < stats.length; i++) {
    let k = i;
    while (k + 1 < stats.length && /^\s*\+\s*$/.test(text.slice(stats[k]!.end, stats[k + 1]!.start))) k++;
    if (k > i && k + 1 < stats.length && /^\s*=\s*$/.test(text.slice(stats[k]!.end, stats[k + 1]!.start))) {
      out.push(stats.slice(i, k + 2));
      i = k + 1;
    }
  }
  return out;
}

/** A written-out sum adds up. */
function checkWrittenSums(block: ProseBlock, equations: Figure[][], findings: Finding[]) {
  for (const eq of equations) {
    const parts = eq.slice(0, -1);
    const total = eq[eq.length - 1]!;
    const sum = sumOf(parts, own);
    if (!agreesWith(sum, total)) push(block, total, `The sum does not add up: ${sumWorking(parts, sum, total)}.`, findings, sum, parts, (v) => agreesWith(sumOf(parts, v), { ...total, value: v(total) }));
  }
}

/**
 * A named arithmetic relation, as the judgement's rules are named (./judgement/rules): an id, what it recomputes, and
 * sentences that test/unit/arithmetic.test.ts runs through the engine (each `flagged` one draws an arithmetic finding
 * that this rule decided; each `holds` one, of the same shape, none). Every finding records its rule.
 */
export interface ArithmeticRule {
  id: string;
  doc: string;
  examples: { flagged: string[]; holds: string[] };
  sentence?: (s: SentenceFigures) => void;
  /** Whether it also reads a sentence of one figure against the figures of the sentence before (a total, a share of them). */
  ofSentenceBefore?: boolean;
  paragraph?: (block: ProseBlock, figures: Figure[], findings: Finding[]) => void;
  /** A relation between the cells of a table (read once per check, over the whole document: see checkTables). */
  table?: (model: ReportModel, blockFigures: readonly Figure[][], findings: Finding[], holding: { start: number; end: number }[]) => void;
}

/**
 * The relations between the cells of a document's tables. Run once per check after every block is read, since a
 * total's cell depends on cells of other rows (the blocks' own checks are kept per block). Returns the cells of totals
 * that do add up (document offsets of their figures): a total a table states of its own rows is this check's to
 * verify, not a rival value for a fact (checkReport sets such cells' mismatches aside).
 */
export function checkTables(model: ReportModel, blockFigures: readonly Figure[][], findings: Finding[]): { start: number; end: number }[] {
  const holding: { start: number; end: number }[] = [];
  for (const rule of ARITHMETIC_RULES) if (rule.table) named(rule, findings, () => rule.table!(model, blockFigures, findings, holding));
  return holding;
}

/** "2020–2023": a label that is a span of years alone. */
const SPAN_ROW = /^\W*(?:19|20)\d\d\s*[–—-]\s*(?:19|20)\d\d\W*$/;
/** "Total", "In total", "Total 2018–2022", "All": the label of a table's row of column totals. */
const TOTAL_ROW = /^\W*(?:(?:in\s+)?total|all|overall|sum)\b/i;
/** "including those not shown", "incl. other regions": a total row that counts more than the rows above it. */
const BEYOND_ROWS = /\b(?:including|incl\.?|with|plus)\s+(?:those|ones|cities|regions|others?|the rest|all others|remaining)\b[^|]*?\b(?:not\s+(?:shown|listed|included|given)|below|above)\b|\b(?:incl(?:uding|\.)?|plus|with)\s+(?:all\s+)?(?:other|remaining)\s+\p{L}+|\bnot\s+(?:all\s+)?shown\b/iu;
/** "of which …", "including …": a row that is part of the row above, not one of the parts a total sums. */
const PART_ROW = /^\W*(?:of which|of whom|including|incl\.|among them)\b/i;

/** A table's rows as the checks of totals read them: each row's label, and its cells with their statistics. */
interface TableRow {
  label: string;
  /** Each cell at its column ("| **Total** | | 93,500 |": an empty cell leaves its column empty). */
  cells: ({ block: ProseBlock; figures: Figure[] } | undefined)[];
}

/** The tables of a check, read once for the relations that read them (column and row totals). */
const tablesOfCheck = new WeakMap<readonly Figure[][], TableRow[][]>();

/** The tables of a document, each as its rows (a row is a line of cells under one header row). */
function tablesOf(model: ReportModel, blockFigures: readonly Figure[][]): TableRow[][] {
  let known = tablesOfCheck.get(blockFigures);
  if (!known) tablesOfCheck.set(blockFigures, (known = readTables(model, blockFigures)));
  return known;
}

function readTables(model: ReportModel, blockFigures: readonly Figure[][]): TableRow[][] {
  const blocks = model.blocks;
  const lineOf = (offset: number) => positionAt(model.lineStarts, offset).line;
  const tables: TableRow[][] = [];
  for (let i = 0; i < blocks.length; ) {
    const first = blocks[i]!;
    if (first.kind !== 'tableCell') {
      i++;
      continue;
    }
    let j = i;
    while (j < blocks.length && blocks[j]!.kind === 'tableCell' && blocks[j]!.tableHeader === first.tableHeader) j++;
    const rows: TableRow[] = [];
    let line = -1;
    for (let k = i; k < j; k++) {
      const b = blocks[k]!;
      const l = lineOf(b.start);
      if (l !== line) {
        rows.push({ label: b.text.trim(), cells: [] });
        line = l;
      }
      rows[rows.length - 1]!.cells[columnOf(model.text, model.lineStarts[l]!, b.start)] = { block: b, figures: (blockFigures[k] ?? []).filter((f) => f.kind === 'statistic') };
    }
    // (A row's label is its first cell's, empty where the first cell is.)
    for (const row of rows) if (!row.cells[0]) row.label = '';
    tables.push(rows);
    i = j;
  }
  return tables;
}

/**
 * The column of a table cell that starts at `at` (a cell starts at the pipe that opens it, the row's first cell at the
 * line's start) on the line that starts at `lineStart`: the pipes before it on its line, not escaped ones ("a \\| b")
 * nor those in code spans.
 */
function columnOf(text: string, lineStart: number, at: number): number {
  let pipes = 0;
  let code = false;
  for (let i = lineStart; i < at; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '`') code = !code;
    else if (c === '|' && !code) pipes++;
  }
  return pipes;
}

/** The one exact count or amount of a cell, if it holds one. */
function soleFigure(cell: { figures: Figure[] } | undefined): Figure | undefined {
  const f = cell && cell.figures.length === 1 ? cell.figures[0]! : undefined;
  return f && f.unit !== 'per-cent' && f.high === undefined && f.qualifier === 'exact' ? f : undefined;
}

/** Reports a total cell that is not the sum of its parts' cells ("column" or "row"). */
function pushTableTotal(kind: 'column' | 'row', totalCell: { block: ProseBlock }, total: Figure, parts: { block: ProseBlock; figure: Figure }[], findings: Finding[], holding: { start: number; end: number }[]): void {
  const sum = parts.reduce((a, p) => a + p.figure.value, 0);
  const tol = Math.max(total.precision, 1e-9);
  // "| Doctors | 512 | … | Nurses | 710 | … | Junior medical staff | 130 | … | Total medical personnel | 1,352 |" under
  // rows of clinics and beds: a total of the rows right above it, two or more, that add up to it exactly.
  let suffix = 0;
  let subtotal = false;
  if (kind === 'column') for (let k = parts.length - 1; k >= 1 && !subtotal; k--) subtotal = Math.abs((suffix += parts[k]!.figure.value) + parts[k - 1]!.figure.value - total.value) <= tol && k - 1 > 0;
  if (Math.abs(sum - total.value) <= tol || subtotal) {
    holding.push({ start: totalCell.block.start + total.start, end: totalCell.block.start + total.end });
    return;
  }
  const placed = parts.map((p) => ({ ...p.figure, start: p.block.start + p.figure.start }));
  const totalAt = totalCell.block.start + total.start;
  const finding: Finding = {
    participants: [totalAt, ...placed.map((f) => f.start)],
    code: 'arithmetic',
    severity: 'warning',
    start: totalAt,
    end: totalCell.block.start + total.end,
    message: `The ${kind} does not add up: ${parts.map((p) => fmt(p.figure.value)).join(' + ')} = ${fmt(sum)}, not ${fmt(total.value)} (a difference of ${fmt(Math.abs(total.value - sum))}).`,
    factIds: [],
    related: [],
    fixes: [{ title: `Change to ${fmt(sum).replace(/\u00a0/g, ' ')}`, start: totalAt, end: totalCell.block.start + total.numberEnd, newText: fmt(sum).replace(/\u00a0/g, ' '), preferred: true }],
  };
  RELATIONS.set(finding, (value) => placed.reduce((a, f) => a + value(f), 0) === value({ ...total, start: totalAt }));
  findings.push(finding);
}

/** A column header of values a total row does not sum: averages, shares, rates. */
const NOT_SUMMED = /\baverag|\bmean\b|\bmedian\b|\bper\s+(?:victim|person|capita|head|case|month|year)\b|\bshare\b|\brate\b|\bper\s*cent|%/i;

/**
 * "| Total 2021–2023 | 414 |" under rows of 2021, 2022 and 2023 that hold 167, 128 and 109: a row of totals equals the
 * sum of the rows above it in each column (those of its years, where its label names a span), when every one of them
 * holds one exact count of the same kind in that column.
 */
function checkColumnTotals(model: ReportModel, blockFigures: readonly Figure[][], findings: Finding[], holding: { start: number; end: number }[] = []): void {
  for (const rows of tablesOf(model, blockFigures)) {
    let from = 0;
    rows.forEach((row, r) => {
      // ("| 2020–2023 | 2,612 | …" under rows of 2020 to 2023: a row of a span of the years above is their total.)
      if (!TOTAL_ROW.test(row.label) && !SPAN_ROW.test(row.label)) return;
      // ("| All cities, including those not shown | 190 |": a total of more rows than the table holds.)
      if (BEYOND_ROWS.test(row.label)) {
        from = r + 1;
        return;
      }
      const span = /\b((?:19|20)\d\d)\s*[–—-]\s*((?:19|20)\d\d)\b/.exec(row.label);
      const yearOf = (label: string) => (/^\W*((?:19|20)\d\d)\W*$/.exec(label) ? Number(/(?:19|20)\d\d/.exec(label)![0]) : undefined);
      const above = rows.slice(from, r).filter((x) => !PART_ROW.test(x.label) && (!span || ((y) => y !== undefined && y >= Number(span[1]) && y <= Number(span[2]))(yearOf(x.label))));
      from = r + 1;
      // (A span must be covered year by year: "Total 2018–2022" over rows of 2019–2022 alone says nothing.)
      if (above.length < 2 || (span && above.length !== Number(span[2]) - Number(span[1]) + 1)) return;
      for (let c = 1; c < row.cells.length; c++) {
        const total = soleFigure(row.cells[c]);
        // ("| Average per victim (tenge) |": a column of averages or shares is not summed in its total row.)
        if (!total || NOT_SUMMED.test(row.cells[c]!.block.columnHeader ?? '')) continue;
        const parts = above.map((x) => ({ block: x.cells[c]?.block, figure: soleFigure(x.cells[c]) }));
        if (parts.some((p) => !p.block || !p.figure || p.figure.unit !== total.unit)) continue;
        pushTableTotal('column', row.cells[c]!, total, parts as { block: ProseBlock; figure: Figure }[], findings, holding);
      }
    });
  }
}

/**
 * "| 2023 | 49 | 39 | 86 |" under "| Year | Remand centres | Educational colony | Total |": a column of totals equals
 * the sum of the row's other cells, when each holds one exact count of the same kind (not a share, not an "of which"
 * column, which is a part of another).
 */
function checkRowTotals(model: ReportModel, blockFigures: readonly Figure[][], findings: Finding[], holding: { start: number; end: number }[] = []): void {
  for (const rows of tablesOf(model, blockFigures)) {
    for (const row of rows) {
      const t = row.cells.findIndex((c, k) => k > 0 && !!c && TOTAL_ROW.test(c.block.columnHeader ?? ''));
      if (t < 0) continue;
      const total = soleFigure(row.cells[t]);
      if (!total) continue;
      const others = row.cells.filter((c, k): c is NonNullable<typeof c> => !!c && k > 0 && k !== t && !PART_ROW.test(c.block.columnHeader ?? '') && !/%|per\s?cent|share/i.test(c.block.columnHeader ?? ''));
      const parts = others.map((c) => ({ block: c.block, figure: soleFigure(c) }));
      if (parts.length < 2 || parts.some((p) => !p.figure || p.figure.unit !== total.unit)) continue;
      pushTableTotal('row', row.cells[t]!, total, parts as { block: ProseBlock; figure: Figure }[], findings, holding);
    }
  }
}

/** Runs one rule and names it on the findings it adds. */
function named(rule: ArithmeticRule, findings: Finding[], run: () => void): void {
  const n = findings.length;
  run();
  for (let i = n; i < findings.length; i++) findings[i]!.rules = [`${rule.id}: ${rule.doc}`];
}

/** The figures' values as a relation sees them: their own, or the values a caller substitutes. */
type Values = (f: Figure) => number;
/** Each arithmetic finding's relation, recomputable with other values (kept beside the finding, which stays plain data). */
const RELATIONS = new WeakMap<Finding, (value: Values) => boolean>();

/**
 * Whether the arithmetic finding still stands when some figures take other values (document offset → value):
 * a slip that a figure contradicted by the fact base explains holds once that figure takes its sourced value.
 */
export function arithmeticStandsWith(finding: Finding, values: Map<number, number>): boolean {
  const holds = RELATIONS.get(finding);
  return !holds || !holds((f) => values.get(f.start) ?? f.value);
}

const SCALE_WORD = /\b(thousand|million|mln|billion|bn)\b/i;

/**
 * "33.5 million tenge in 2020, 122.2 million in 2021 and 143.4 million in 2022": in a list, an amount written with the
 * same scale word as the money amount before it, and no unit of its own, is in that currency too.
 */
function withListUnits(text: string, stats: Figure[]): Figure[] {
  let lastMoney: Figure | undefined;
  return stats.map((f) => {
    if (money(f)) {
      lastMoney = f;
      return f;
    }
    if (f.unit || f.derived || f.high !== undefined || !lastMoney) return f;
    const scale = SCALE_WORD.exec(f.text)?.[1]?.toLowerCase();
    const gap = text.slice(lastMoney.end, f.start);
    if (!scale || scale !== SCALE_WORD.exec(lastMoney.text)?.[1]?.toLowerCase() || /[;(]|[.:]\s/.test(gap) || gap.length > 60) return f;
    lastMoney = { ...f, unit: lastMoney.unit };
    return lastMoney;
  });
}

/** Half the unit of the last digit written: "75" → 0.5, "74.8" → 0.05, "299 million" → 500,000. */
const lastDigit = (f: Figure) => (f.precision > 0 ? f.precision : 0.5);

/**
 * Whether a value computed from the draft's other figures agrees with a stated figure, allowing for the rounding
 * the text shows and for its qualifier ("about", "over", "nearly" …). `rounded`: the stated figure is itself a
 * result the writer rounded (an average), so half its last written digit is allowed.
 */
function agreesWith(computed: number, stated: Figure, rounded = false): boolean {
  const eps = 1e-9 * Math.max(1, Math.abs(stated.value));
  const tol = Math.max(stated.precision, rounded ? lastDigit(stated) : 0) + eps;
  switch (stated.qualifier) {
    case 'exact': return Math.abs(computed - stated.value) <= tol;
    case 'about': return Math.abs(computed - stated.value) <= Math.max(tol, lastDigit(stated) + eps, 0.05 * stated.value);
    case 'nearly': return computed <= stated.value + Math.max(tol, lastDigit(stated)) && computed >= 0.9 * stated.value - tol;
    case 'more-than':
    case 'at-least': return computed >= stated.value - tol;
    case 'up-to':
    case 'less-than': return computed <= stated.value + tol;
  }
}

const QUALIFIED: Record<string, string> = { exact: '', about: 'about ', nearly: 'nearly ', 'more-than': 'more than ', 'at-least': 'at least ', 'up-to': 'up to ', 'less-than': 'less than ' };
/** A figure as the draft states it, with its qualifier: "about 57 million". */
const written = (f: Figure) => `${QUALIFIED[f.qualifier] ?? ''}${writtenLike(f.value, f)}`;

/** "12.4 + 15.1 + 16 = 43.5 million, not about 48 million": amounts in the total's scale word when it has one. */
function sumWorking(parts: Figure[], sum: number, total: Figure): string {
  const scale = /(thousand|million|mln|billion|bn)\s*$/i.exec(total.text.slice(0, total.numberEnd - total.start))?.[1];
  if (!scale) return `${parts.map((p) => fmt(p.value)).join(' + ')} = ${fmt(sum)}, not ${QUALIFIED[total.qualifier] ?? ''}${fmt(total.value)}`;
  const inScale = (n: number) => writtenLike(n, total).replace(/(?<!\s)\s+\S+$/, '');
  return `${parts.map((p) => inScale(p.value)).join(' + ')} = ${writtenLike(sum, total)}, not ${written(total)}`;
}

/** A recomputed value written the way the figure it replaces is written ("57 million" → "74.8 million"). */
function writtenLike(value: number, like: Figure): string {
  const scale = /(thousand|million|mln|billion|bn)\s*$/i.exec(like.text.slice(0, like.numberEnd - like.start))?.[1];
  if (!scale) return fmt(Number(value.toFixed(Number.isInteger(value) || value >= 100 ? 0 : 1))).replace(/\u00a0/g, ' ');
  const factor = { thousand: 1e3, million: 1e6, mln: 1e6, billion: 1e9, bn: 1e9 }[scale.toLowerCase()]!;
  return `${fmt(Number((value / factor).toFixed(1)))} ${scale}`;
}

const fmt = (n: number) => (Number.isInteger(n) ? n.toLocaleString('en-GB') : n.toLocaleString('en-GB', { maximumFractionDigits: 1 }));
const currency = (f: Figure) => (f.unit === 'usd' ? 'US dollars' : f.unit === 'eur' ? 'euros' : 'tenge');
const money = (f: Figure) => isMoneyUnit(f.unit);
const countLike = (f: Figure) => !f.unit && !f.derived && f.high === undefined;
const sameKind = (a: Figure, b: Figure) => (money(a) && money(b)) || (countLike(a) && countLike(b)) || (a.unit === b.unit && a.unit !== 'per-cent');

/**
 * Whether two counts may count the same thing (issue #16): "five of these investigations were closed … 8 complaints
 * in all" are not a total and its part. Counts whose own plural nouns differ count different things; a count that
 * names none ("377 in 2022"), or a generic word for persons, goes with any. A list of several parts may name each part
 * by its own noun ("2,453 employees … and 1,487 employees …, 3,490 officials in all"), so this is asked of one part alone.
 */
function sameCountedNoun(a: Figure, b: Figure): boolean {
  const x = countedNoun(a);
  const y = countedNoun(b);
  return !x || !y || x === y || GENERIC_NOUNS.has(x) || GENERIC_NOUNS.has(y);
}
const GENERIC_NOUNS = new Set(['persons', 'people', 'individuals', 'cases', 'times']);
function countedNoun(f: Figure): string | undefined {
  const words = f.counted.replace(/^(?:of|out of)\s+(?:the|these|those|them|whom|which)\s+/, '').split(/\s+/);
  const w = words[0] ?? '';
  return /^[a-z]{3,}[^s's]s$/.test(w) ? w : undefined;
}

const sumOf = (parts: Figure[], value: Values) => parts.reduce((a, p) => a + value(p), 0);
const own: Values = (f) => f.value;

/** Reports a slip on `f`; `holds` recomputes the relation from the figures' values (own or substituted). */
function push(block: ProseBlock, f: Figure, message: string, findings: Finding[], correct: number | string | undefined, involved: Figure[], holds: (value: Values) => boolean) {
  // One finding per figure: two rules that see the same slip report it once.
  if (findings.some((x) => x.code === 'arithmetic' && x.start === block.start + f.start)) return;
  const newText = typeof correct === 'string' ? correct : correct !== undefined && Number.isFinite(correct) ? fmt(correct).replace(/\u00a0/g, ' ') : undefined;
  const finding: Finding = {
    participants: [f, ...involved].map((x) => block.start + x.start),
    code: 'arithmetic',
    severity: 'warning',
    start: block.start + f.start,
    end: block.start + f.end,
    message,
    factIds: [],
    related: [],
    fixes: newText !== undefined ? [{ title: `Change to ${newText}`, start: block.start + f.start, end: block.start + f.numberEnd, newText, preferred: true }] : [],
  };
  // Relations are written over block offsets; substitutions come keyed by document offsets.
  RELATIONS.set(finding, (value) => holds((x) => value({ ...x, start: block.start + x.start })));
  findings.push(finding);
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

// "(1,309 military, …", "(imprisonment – 294, …": a parenthesis opens the list, its first part possibly labelled.
// Linear in the gap (issue #10): no run of blanks can be split between two quantifiers. The lead-in (at most 140
// characters) ends on a non-blank, and the keywords follow a comma and its blanks or directly the blanks before them.
// ("… distributed as follows: medical care — 402, …": a label and a dash may stand between the colon and the first part.)
const EXHAUSTIVE_OPEN = /^(?:[^.;()]{0,139}[^.;()\s])?\s*(?:\((?:[^\d().;:]{0,60}?(?:\s[–—-]|:))?|:(?:\s*[^\d().;:,]{1,60}?\s[–—])?|(?:,\s*)?(?:of whom|of which|namely|broken down as follows:?|broken down as|divided into|comprising|consisting of|as follows:))\s*$/i;
// ("The region has 5 institutions, and in one of them 212 persons are held": "one of them" picks a member of the
// whole; what follows counts something within it.)
const PARTIAL = /\b(?:including|among them|among whom|(?<!\b(?:one|each|any|none|every|either|neither|both|another)\s+)(?:of these|of them)|such as|in particular|notably|inter alia)\b/i;
/** Whether the figures from `from` on are two or more joined by plus signs ("6 in 2022 + 4 in 2023 + 3"), up to an equals sign or the sentence's end. */
function plusJoined(text: string, stats: Figure[], from: number): boolean {
  let joined = 0;
  for (let j = from + 1; j < stats.length; j++) {
    const gap = text.slice(stats[j - 1]!.end, stats[j]!.start);
    if (!/^[^.;=]*\+[^.;=]*$/.test(gap)) break;
    joined++;
  }
  return joined >= 1;
}

/** "…, 58 of them on rehabilitating grounds": a first part drawn out of the figure before it. */
const OF_THEM_AFTER = /^\s*(?:out\s+)?of\s+(?:them|these|those|which|whom)\b/i;
/** "Of the 214 cases, …": a total named as the set the following parts are drawn from. */
const OF_THE = /(?:^|[^\w-])(?:of|out of)\s+(?:the\s+|all\s+(?:the\s+)?|these\s+|those\s+)?$/i;
/**
 * What closes a list as the whole of its total: a residual last part ("and 5 are still under investigation",
 * "the remaining 12", "the other 40") or a bare negation of the one before ("and 14 were not").
 */
const RESIDUAL_AFTER = /^\s*(?:[a-z]+\s+){0,3}?(?:still\s+(?:being|under|pending|in\s+(?:progress|process|custody|court)|awaiting|before|open|on\s+trial|ongoing|to\s+be|not)|remain(?:s|ed)?\s+(?:pending|open|under|in\s+(?:progress|process)|unresolved|outstanding)|(?:are|were|is|was)\s+(?:pending|outstanding|ongoing))\b|^\s*(?:are|were|is|was|did|do|does|have|has|had)\s+not\s*(?:[.;,)]|$)/i;
const RESIDUAL_BEFORE = /\b(?:the\s+)?(?:remaining|other|rest\s+of\s+(?:the|them|these))\s*$/i;

function checkBreakdowns(block: ProseBlock, text: string, stats: Figure[], findings: Finding[], numbers: NumberWording) {
  for (let i = 0; i < stats.length; i++) {
    const total = stats[i]!;
    if (total.derived || total.unit === 'per-cent') continue;
    const next = stats[i + 1];
    if (!next) continue;
    const opener = between(text, total.end, next.start);
    let exhaustive = EXHAUSTIVE_OPEN.test(opener) && !PARTIAL.test(opener);
    const partial = PARTIAL.test(opener);
    // "Of the 10,169 recommendations, 4,780 were implemented, 381 … and 5,005 are still being implemented": a list
    // drawn from a named set is partial unless its last part closes it (see RESIDUAL_*).
    // So is one that "of whom" or "of which" opens without a colon ("1,352 medical personnel, of whom 512 are doctors and
    // 710 are nurses" says nothing of the rest).
    // So is "75 complaints were discontinued, 58 of them on rehabilitating grounds and 19 after a plea bargain": parts
    // drawn out of the figure before them by "N of them".
    // (Not when they are parts of a figure before it: "52 volunteers took part in 18 visits, 14 of them from Shymkent and
    // 38 from Turkistan".)
    const ofThem = !exhaustive && !partial && /,\s*$/.test(opener) && !/[;:()]/.test(opener) && OF_THEM_AFTER.test(text.slice(next.end, next.end + 16)) && !stats.slice(0, i).some((s) => s.unit === total.unit && !s.derived);
    const ofWhom = (exhaustive && /(?:^|,)\s*of\s+(?:whom|which)\s*$/i.test(opener)) || ofThem;
    const drawnFrom = ofWhom || (!exhaustive && !partial && OF_THE.test(text.slice(Math.max(0, total.start - 16), total.qualifierStart ?? total.start)) && /,\s*$/.test(opener) && !/[;:()]/.test(opener));
    // "11 verdicts, 6 in 2022 + 4 in 2023 + 3 in 2024": parts joined by plus signs right after a total add up to it.
    if (!exhaustive && !partial && !drawnFrom && /^[^.;()+=]{0,60}[,:–—-]\s*$/.test(opener) && plusJoined(text, stats, i + 1)) exhaustive = true;
    if (!exhaustive && !partial && !drawnFrom) continue;
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
        // (The "of them" that drew the first part out of the total is not a new list.)
        const gap = text.slice(parts[parts.length - 1]!.end, p.start);
        if (PARTIAL.test(ofThem && parts.length === 1 ? gap.replace(OF_THEM_AFTER, '') : gap)) break;
      }
      if (!sameKind(p, total) || p.derived) {
        if (p.unit === 'per-cent') continue; // "4,780 (47%)": a share inside the list
        break;
      }
      if (parts.length && /[;.]\s/.test(between(text, parts[parts.length - 1]!.end, p.start)) && close < 0) break;
      parts.push(p);
    }
    if (parts.length < 2 && !(parts.length === 1 && partial && sameCountedNoun(parts[0]!, total))) continue;
    // "… of the 3,998 officers treated (2,689 of 3,998)": a proportion in parentheses, not two parts.
    if (parts.length === 2 && /^\s*(?:of|out of|in)\s*$/i.test(between(text, parts[0]!.end, parts[1]!.start))) {
      i += parts.length;
      continue;
    }
    // "including 3,998 officers … and 1,151 civilians": two complementary groups make up the whole.
    if (partial && parts.length === 2 && complementary(text, parts[0]!, parts[1]!)) exhaustive = true;
    // "…, and the remaining 64 other matters": a last part told as the rest is what the total leaves of the others.
    const lastPart = parts[parts.length - 1]!;
    const residual = RESIDUAL_BEFORE.test(text.slice(Math.max(0, lastPart.start - 30), lastPart.qualifierStart ?? lastPart.start));
    if (drawnFrom) {
      const last = lastPart;
      exhaustive = RESIDUAL_AFTER.test(text.slice(last.end, last.end + 50)) || residual || (parts.length === 2 && complementary(text, parts[0]!, parts[1]!));
      // (Parts that exceed the set they are drawn from out of "of whom" are wrong all the same.)
      if (!exhaustive && !(ofWhom && parts.reduce((a, p) => a + p.value, 0) > total.value)) {
        i += parts.length;
        continue;
      }
    }
    // "two in Almaty, three in East Kazakhstan and one in Taldykorgan": the number reader leaves "one" alone (it is
    // more often a pronoun than a count), but as an item of the list it is a part.
    const last = parts[parts.length - 1]!;
    const listEnd = close >= 0 ? close : sentenceEnd(text, last.end);
    const ones = text.slice(last.end, listEnd).match(/(?:,|;|\band\b|\bor\b)\s+one\b(?!\s+(?:of|another|that|which|who)\b)/gi)?.length ?? 0;
    const sum = parts.reduce((a, p) => a + p.value, 0) + ones;
    // "49 officers …, 12 of them from the National Security Committee and 37 from the police": a figure followed by
    // "of them" whose parts add up, with it, to a figure before it is a part beside them, not their total.
    // ("6 of the civilians …; two of these men died in Almaty and three in East Kazakhstan": so is one drawn from a whole
    // the sentence named before it, whatever they add up to.)
    if (OF_THEM_AFTER.test(opener) && stats.slice(0, i).some((s) => sameKind(s, total) && (s.value === total.value + sum || (s.value > total.value && /^\s*(?:out\s+)?of\s+(?:them|these|those)\b[^(]*$/i.test(opener))))) {
      i += parts.length;
      continue;
    }
    // "The three annual figures (167, 128 and 109)": a total that is the number of its parts counts them.
    if (parts.length + ones === total.value && sum !== total.value) {
      i += parts.length;
      continue;
    }
    const working = `${[...parts.map((p) => fmt(p.value)), ...Array<string>(ones).fill('1')].join(' + ')} = ${fmt(sum)}`;
    const rest = total.value - (sum - lastPart.value);
    if (exhaustive && residual && total.qualifier === 'exact' && lastPart.qualifier === 'exact' && !ones && sum !== total.value && rest >= 0) {
      // The rest is the figure the arithmetic decides: reported on it, with the value the total leaves.
      push(block, lastPart, `The breakdown does not add up: ${working}, not ${fmt(total.value)}; what ${fmt(total.value)} leaves after the other parts is ${fmt(rest)}.`, findings, rest, [total, ...parts.slice(0, -1)], (v) => sumOf(parts, v) === v(total));
      i += parts.length;
      continue;
    }
    if (sum > total.value && total.qualifier !== 'more-than' && total.qualifier !== 'at-least' && total.qualifier !== 'about' && total.qualifier !== 'nearly') {
      // "1,273 persons, 543 of them … (215, 538, 505, 10, 5)": say which figure the parts do add up to.
      const matches = stats.find((s) => s !== total && !parts.includes(s) && sameKind(s, total) && s.value === sum);
      push(block, total, `The parts exceed their total: ${working}, more than ${fmt(total.value)}${matches ? ` (they add up to the ${fmt(matches.value)} stated in the same sentence)` : ''}.`, findings, undefined, parts, (v) => (exhaustive && total.qualifier === 'exact' ? sumOf(parts, v) + ones === v(total) : sumOf(parts, v) + ones <= v(total)));
      i += parts.length;
      continue;
    }
    // "209 of the 219 civilian deaths (66 "suspects" plus 143 "violators")": a breakdown right after a part and its whole
    // may be the part's.
    const partBefore = stats[i - 1];
    if (partBefore && sameKind(partBefore, total) && partBefore.value === sum && /^\s*(?:out\s+)?of\s+(?:the\s+|all\s+(?:the\s+)?)?$/i.test(between(text, partBefore.end, total.qualifierStart ?? total.start))) {
      i += parts.length;
      continue;
    }
    if (exhaustive && total.qualifier === 'exact' && sum !== total.value) {
      push(block, total, `The breakdown does not add up: ${working}, not ${fmt(total.value)} (a difference of ${fmt(Math.abs(total.value - sum))}).`, findings, undefined, parts, (v) => sumOf(parts, v) + ones === v(total));
    }
    i += parts.length;
  }
  // "…, 6,041 in administrative cases and 90,133 given legal advice, 211,918 in total."
  for (let i = 2; i < stats.length; i++) {
    const total = stats[i]!;
    if (total.derived || total.unit === 'per-cent' || total.high !== undefined) continue;
    const after = text.slice(total.end, total.end + 30);
    const before = text.slice(Math.max(0, total.start - 25), total.qualifierStart ?? total.start);
    if (!numbers.totalAfter.test(after) && !numbers.totalBefore.test(before)) continue;
    // ("Among these respondents were 41 minors and 63 women, out of 388 persons in total": the total they are drawn from,
    // not their sum.)
    if (/\bout\s+of\s+(?:the\s+|a\s+total\s+of\s+)?$/i.test(before)) continue;
    let parts = stats.slice(0, i).filter((p) => sameKind(p, total) && !p.derived && p.high === undefined);
    // "The four quarterly figures (31, 44, 27 and 19) add up to 121": the first number counts the others.
    if (parts.length > 2 && parts[0]!.value === parts.length - 1) parts = parts.slice(1);
    if (parts.length < 2) continue;
    const sum = parts.reduce((a, p) => a + p.value, 0);
    // "About 3,500 internal investigations were conducted, and 167 officials in 2021, 128 in 2022 and 109 in 2023 were
    // disciplined, 404 officials in total": the total of the list right before it, not of every count of the sentence.
    const ofLastList = parts.some((_, k) => k > 0 && k <= parts.length - 2 && agreesWith(sumOf(parts.slice(k), own), total));
    if (!agreesWith(sum, total) && !ofLastList && !PARTIAL.test(text.slice(parts[0]!.start, total.start))) {
      // (Where the figures end on a list of their own, "… 167, 128 and 109 officials were disciplined …, in total 414
      // persons", the working shows that list's sum, not one with the 3,500 investigations before it.)
      const run = lastList(text, parts);
      const shown = run.length >= 2 ? run : parts;
      push(block, total, `The figures do not add up: ${sumWorking(shown, sumOf(shown, own), total)}.`, findings, undefined, parts, (v) => agreesWith(sumOf(parts, v), { ...total, value: v(total) }) || agreesWith(sumOf(shown, v), { ...total, value: v(total) }));
    }
  }
}

/** What joins two items of one list: a few words at most, then a comma or "and", and no verb of a clause of its own. */
const ITEM_JOIN = /^(?![^]*\b(?:were|was|are|is|had|have|has)\b)[^.;:()]{0,30}?(?:,\s*(?:and\s+)?|\s+and\s+)$/i;
/** The last run of figures joined as one list ("167, 128 and 109"), from the end of `parts`. */
function lastList(text: string, parts: Figure[]): Figure[] {
  let k = parts.length - 1;
  while (k > 0 && ITEM_JOIN.test(text.slice(parts[k - 1]!.end, parts[k]!.qualifierStart ?? parts[k]!.start))) k--;
  return parts.slice(k);
}

/** A sentence that states a total, and words that say it is the total of figures already given. */
export const TOTAL_WORDS = /\b(?:the\s+total(?:\s+number)?|in\s+total|a\s+total\s+of|altogether|in\s+all|combined)\b/i;
const BACK_REFERENCE = /\b(?:these|those|them|so|thus|therefore|such|above|both)\b/i;

/**
 * "… released 318 persons from the office premises and 276 persons from the temporary detention isolators. The total
 * number of persons so released … therefore amounts to 612 persons": a sentence that states a total of the figures
 * of the sentence before (its first statistic, after total words and words that refer back) must equal their sum.
 */
function checkCarriedTotal(block: ProseBlock, text: string, stats: Figure[], before: Figure[], findings: Finding[]) {
  const total = stats[0];
  if (!total || total.derived || total.unit === 'per-cent' || total.high !== undefined || total.qualifier !== 'exact') return;
  const sentence = block.sentences.find((x) => total.start >= x.start && total.start < x.end);
  if (!sentence) return;
  const lead = text.slice(sentence.start, total.start);
  if (!TOTAL_WORDS.test(lead) || !BACK_REFERENCE.test(text.slice(sentence.start, sentence.end))) return;
  const parts = before.filter((p) => sameKind(p, total) && !p.derived && p.high === undefined && p.unit !== 'per-cent');
  if (parts.length < 2 || parts.length !== before.filter((p) => p.unit !== 'per-cent').length) return;
  // ("In 26 of the 38 observed cases, …. In total, 83 defendants …": a count drawn from the next is no part beside it.)
  if (parts.some((p) => /^(?:out\s+)?of\s+(?:the\s+)?\d/i.test(p.counted ?? ''))) return;
  const sum = parts.reduce((a, p) => a + p.value, 0);
  if (agreesWith(sum, total)) return;
  push(block, total, `The figures do not add up: ${sumWorking(parts, sum, total)}.`, findings, sum, parts, (v) => agreesWith(sumOf(parts, v), { ...total, value: v(total) }));
}

/**
 * "…, 248 adults and 13 children, 660 recipients in these four groups"; "…, about 399 million over the three years":
 * a total that names how many parts it sums must equal the last that many figures of its kind before it.
 */
const CARDINAL_BETWEEN = /^\s*(?:[a-z]+\s+){0,2}?(?:in|over|across|for|from|of|during|among|between)\s+(?:these|the|those|all(?:\s+the)?|all)\s+$/i;

/** Where the sentence that holds `from` ends (at its full stop, else at the end of the text). */
function sentenceEnd(text: string, from: number): number {
  const m = /[.!?](?=\s|$)/.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

function checkListTotals(block: ProseBlock, text: string, stats: Figure[], findings: Finding[]) {
  for (let i = 2; i + 1 < stats.length; i++) {
    const total = stats[i]!;
    const count = stats[i + 1]!;
    if (total.derived || total.unit === 'per-cent' || total.high !== undefined) continue;
    if (!Number.isInteger(count.value) || count.value < 2 || count.value > 12 || count.derived || count.unit === 'per-cent' || isMoneyUnit(count.unit)) continue;
    if (!CARDINAL_BETWEEN.test(text.slice(total.end, count.start))) continue;
    const parts = stats.slice(0, i).filter((p) => sameKind(p, total) && !p.derived && p.high === undefined);
    if (parts.length < count.value) continue;
    const used = parts.slice(-count.value);
    if (PARTIAL.test(text.slice(used[0]!.start, total.start))) continue;
    const sum = used.reduce((a, p) => a + p.value, 0);
    if (!agreesWith(sum, total)) {
      push(block, total, `The figures do not add up: ${sumWorking(used, sum, total)}.`, findings, undefined, used, (v) => agreesWith(sumOf(used, v), { ...total, value: v(total) }));
    }
  }
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
  if (sum !== total.value) push(block, total, `The breakdown does not add up: ${parts.map((p) => fmt(p.value)).join(' + ')} = ${fmt(sum)}, not ${fmt(total.value)} (a difference of ${fmt(Math.abs(total.value - sum))}).`, findings, undefined, parts, (v) => sumOf(parts, v) === v(total));
}

/** "104 of the 190 complaints": a count and the base it is drawn from. */
const OF_BASE = /^\s*(?:[a-z-]+\s+){0,2}?(?:out\s+)?of\s+(?:the\s+|all\s+(?:the\s+)?|a total of\s+)?$/i;
const QUALIFIER_WORDS = /(?:roughly|about|around|approximately|some|nearly|almost|just under|just over|over|under|more than|less than)\s*$/i;

/**
 * The words that set a share in apposition to the count or clause it is a share of: "35 were convicted, or 83 per
 * cent", "31 of the 46 complaints were closed, which is more than three quarters", "making 12 per cent".
 */
// ("7 of 685 registered cases went to court, a rate of 1 per cent": a share may be named as a rate or proportion.)
const APPOSITION = 'or|i\\.e\\.,?|that is,?|representing|accounting for|which is|which was|which makes|which made|which represents|which amounts to|amounting to|making|an? (?:rate|share|proportion) of';
const SHARE_RIGHT_AFTER = new RegExp(`^(?:\\s*\\(\\s*|\\s*,\\s*(?:(?:${APPOSITION})\\s*)?|\\s+or\\s+)$`, 'i');
const SHARE_AFTER_OF_THEM = new RegExp(`^\\s+of\\s+(?:them|whom|which|these|those)\\b[^;:()\\d]{0,60}?,\\s*(?:(?:${APPOSITION})\\s*)?$`, 'i');
const SHARE_CLOSING_CLAUSE = /^\s+[^;:()\d,]{1,40}?\s\(\s*$/;
const SHARE_AFTER_CLAUSE = new RegExp(`^\\s+[^;:()\\d,]{0,60}?,\\s*(?:${APPOSITION})\\s+$`, 'i');
// ("47 out of 212 is almost 26 %": the share may be what the proportion itself is.)
const SHARE_AFTER_BASE = new RegExp(`^(?:[^;:()]{0,120}?(?:,\\s*|\\(\\s*|\\s+or\\s+)(?:(?:${APPOSITION})\\s*)?|\\s+(?:is|was|makes|made|equals|represents|amounts\\s+to|comes\\s+to|came\\s+to)\\s+)$`, 'i');

/**
 * "4,780 (47%)" of a stated base, "Of the 338 …, 301, roughly 89 per cent", "109,466 of the 211,918 people …,
 * around 52 per cent": the share must follow from the counts.
 */
function checkShares(block: ProseBlock, text: string, stats: Figure[], findings: Finding[], before: Figure[]) {
  // "In 2022 the same share was 95 per cent (55 of 61)": a share, then in parentheses the count and its base.
  for (let i = 0; i + 2 < stats.length; i++) {
    const [pct, part, base] = [stats[i]!, stats[i + 1]!, stats[i + 2]!];
    if (pct.unit !== 'per-cent' || pct.derived || !countLike(part) || !sameKind(part, base) || part.derived || base.derived || base.value <= part.value) continue;
    if (/^\s*\(\s*$/.test(text.slice(pct.end, part.qualifierStart ?? part.start)) && /^\s+(?:out\s+)?of\s+$/i.test(text.slice(part.end, base.qualifierStart ?? base.start)) && /^\s*\)/.test(text.slice(base.end, base.end + 3))) judgeShare(block, pct, part, base, findings);
  }
  for (let i = 1; i < stats.length; i++) {
    const pct = stats[i]!;
    if (pct.unit !== 'per-cent' || pct.derived) continue;
    // "47 per cent of the budget": a percentage that names its own base is about something else.
    if (/^\s*of\s+(?!them\b|these\b|those\b|the total\b|all\b|which\b|whom\b)/i.test(text.slice(pct.end, pct.end + 20))) continue;
    const gapBefore = text.slice(stats[i - 1]!.end, pct.qualifierStart ?? pct.start).replace(QUALIFIER_WORDS, '');
    const drawn = i >= 2 ? stats[i - 2]! : undefined;
    const named = stats[i - 1]!;
    if (drawn && (countLike(drawn) || money(drawn)) && sameKind(drawn, named) && !named.derived && named.value > drawn.value && OF_BASE.test(text.slice(drawn.end, named.qualifierStart ?? named.start))) {
      // The share stands in apposition after the clause that names the base: ", around 52 per cent", "(52%)", ", or 52 per cent".
      if (!SHARE_AFTER_BASE.test(gapBefore)) continue;
      judgeShare(block, pct, drawn, named, findings);
      continue;
    }
    // "412 concerned medical care and 367 conditions of detention, which together make 45,6 per cent of all complaints":
    // a share of the parts taken together, of the whole they are drawn from (in the sentence, or the one before).
    if (TOGETHER.test(gapBefore)) {
      const parts = stats.slice(0, i).filter((b) => (countLike(b) || money(b)) && !b.derived && b.unit !== 'per-cent');
      const sum = parts.reduce((a, b) => a + b.value, 0);
      const whole = parts.length >= 3 && parts[0]!.value > sum - parts[0]!.value ? parts.shift() : before.find((b) => sameKind(b, named) && !b.derived && b.value > sum);
      if (whole && parts.length >= 2 && parts.every((b) => sameKind(b, whole))) judgeSumShare(block, pct, parts, whole, findings);
      continue;
    }
    const part = named;
    if (!countLike(part) && !money(part)) continue;
    const gap = gapBefore;
    // "301, roughly 89 per cent"; "208 of them disciplinarily, about 76 per cent"; "35 were convicted, or 83 per cent":
    // the share follows its count, right after it or in apposition to the count's clause.
    // (Each alternative reads its own blanks, so no two quantifiers share a run of them: linear, issue #10.)
    if (!SHARE_RIGHT_AFTER.test(gap)
      && !SHARE_AFTER_OF_THEM.test(gap)
      && !SHARE_AFTER_CLAUSE.test(gap)
      // "of which 70 were accepted (81 per cent)." — the share in parentheses closes its count's clause.
      && !(SHARE_CLOSING_CLAUSE.test(gap) && /^\s*\)\s*(?:[.;,]|$)/.test(text.slice(pct.end, pct.end + 4)))
      // "only 10 cases were sent to court, roughly 15 per cent." — the share closes the sentence after its count's clause.
      && !(/^\s+[^;:()\d,]{0,60}?,\s*$/.test(gap) && /^\s*(?:[.;]|$)/.test(text.slice(pct.end, pct.end + 3)))) continue;
    // The base: a larger count of the same kind earlier in the sentence ("Of the 338 cases…"), else none.
    // A figure that carries its own share ("4,780 (47%)") is a sibling part, not the base.
    const hasShare = (b: Figure) => {
      const k = stats.indexOf(b);
      const n = stats[k + 1];
      return !!n && n.unit === 'per-cent' && /^\s*(?:[(,]\s*)?$/.test(text.slice(b.end, n.start));
    };
    const earlier = stats.slice(0, i - 1).filter((b) => sameKind(b, part) && !b.derived && !hasShare(b));
    // (The nearest before it: "…; whereas the Coalition registered 190 complaints and investigations into 104 of them,
    // or some 55 %, had been closed" after a clause of 238 deaths, in a run of recitals one sentence long.)
    const base = earlier.filter((b) => b.value > part.value).pop() ?? (earlier.length ? undefined : before.find((b) => sameKind(b, part) && b.value > part.value && !b.derived));
    if (!base) continue;
    judgeShare(block, pct, part, base, findings);
  }
}

/**
 * "… numbers 1 352 workers, of them 512 doctors, 710 nurses and 130 junior staff. Thus, the doctors make up 42,1 per
 * cent of the medical personnel."; "64 persons …: 50 received a prison term, 9 probation and 5 restriction of liberty.
 * Probation or restriction of liberty was thus imposed on 28 per cent of those convicted.": a sentence whose one figure
 * is a share, and whose words before it name what counts of the sentence before count (a word of each that the others
 * do not have), gives those counts' share of their whole there.
 */
function checkNamedShare(block: ProseBlock, text: string, stats: Figure[], before: Figure[], findings: Finding[]) {
  const pct = stats[0];
  if (stats.length !== 1 || !pct || pct.unit !== 'per-cent' || pct.derived || pct.high !== undefined) return;
  const sentence = block.sentences.find((x) => pct.start >= x.start && pct.start < x.end);
  if (!sentence) return;
  const lead = new Set(tokenize(text.slice(sentence.start, pct.qualifierStart ?? pct.start)).map((t) => t.stem));
  const counts = before.filter((b) => countLike(b) && !b.derived);
  // Each count's own words (up to the next figure), and those no other count's words share: "suspended" of "9
  // received a suspended sentence", not the "sentenced" that "50 were sentenced" shares with "5 were sentenced".
  const words = counts.map((b) => new Set(tokenize(b.counted.split(/\d/)[0]!).filter((t) => !isStopWord(t.word) && !GENERIC_NOUNS.has(t.word.toLowerCase())).map((t) => t.stem)));
  const named = counts.filter((_, i) => [...words[i]!].some((w) => lead.has(w) && words.every((other, k) => k === i || !other.has(w))));
  if (!named.length) return;
  const sum = named.reduce((a, b) => a + b.value, 0);
  // The whole: the count before them that is the total of all the others, else the only one larger than they are.
  const all = counts.reduce((a, b) => a + b.value, 0);
  const wholes = counts.filter((b) => b.start < named[0]!.start && b.value > sum);
  const whole = wholes.find((b) => b.value === all - b.value) ?? (wholes.length === 1 ? wholes[0] : undefined);
  if (!whole) return;
  if (named.length === 1) judgeShare(block, pct, named[0]!, whole, findings);
  else judgeSumShare(block, pct, named, whole, findings);
}

/**
 * "Staff prevented 120 suicide attempts in 2023, compared with 78 in 2022. That was an increase of 42 per cent.": a
 * sentence whose one figure is a change, after a sentence of exactly two values of one kind, states the change between
 * them; which came first, its word says (an increase goes from the smaller to the larger).
 */
function checkCarriedChange(block: ProseBlock, text: string, stats: Figure[], before: Figure[], findings: Finding[]) {
  const change = stats[0];
  if (stats.length !== 1 || !change || change.derived !== 'change' || change.high !== undefined) return;
  const values = before.filter((b) => !b.derived && b.unit !== 'per-cent' && b.high === undefined && (countLike(b) || money(b)));
  if (values.length !== 2 || before.length !== 2 || !sameKind(values[0]!, values[1]!) || values[0]!.value === values[1]!.value) return;
  const decrease = /\b(decrease|drop|fall|reduction|decline|fell|dropped|declined|decreased|reduced)\b/i.test(text.slice(Math.max(0, change.start - 40), change.start)) || /^\s*(?:fewer|less|lower|down)\b/i.test(text.slice(change.end, change.end + 12));
  const [small, large] = values[0]!.value < values[1]!.value ? [values[0]!, values[1]!] : [values[1]!, values[0]!];
  const [a, b] = decrease ? [large, small] : [small, large];
  judgeChangeBetween(block, change, a, b, findings);
}

/**
 * A change told as a count, from `a` to `b`: the difference itself ("from 29 in 2022 to 22 in 2023, a fall of seven
 * cases"; "… 447 in 2022. That is 282 complaints fewer").
 */
function judgeCountChange(block: ProseBlock, change: Figure, a: Figure, b: Figure, findings: Finding[]): void {
  const holds = (v: Values) => agreesWith(Math.abs(v(b) - v(a)), { ...change, value: v(change) });
  if (!holds(own)) push(block, change, `From ${fmt(a.value)} to ${fmt(b.value)} is a${b.value < a.value ? ' decrease' : 'n increase'} of ${fmt(Math.abs(b.value - a.value))}, not ${change.text}.`, findings, Math.abs(b.value - a.value), [a, b], holds);
}

/** A stated change from `a` to `b`, a share of `a` or a count (the direction theirs: an increase goes from the smaller to the larger). */
function judgeChangeBetween(block: ProseBlock, change: Figure, a: Figure, b: Figure, findings: Finding[]): void {
  if (change.unit !== 'per-cent') return judgeCountChange(block, change, a, b, findings);
  const decrease = b.value < a.value;
  const holds = (v: Values) => v(a) !== 0 && percentHolds((Math.abs(v(b) - v(a)) / v(a)) * 100, change, v(change)) && (v(b) < v(a)) === decrease;
  if (holds(own)) return;
  const decimals = /[.,](\d+)/.exec(change.text)?.[1]?.length ?? 0;
  const actual = (Math.abs(b.value - a.value) / a.value) * 100;
  push(block, change, `From ${fmt(a.value)} to ${fmt(b.value)} is a${decrease ? ' decrease' : 'n increase'} of ${actual.toFixed(1)} per cent, not ${statedPercent(change)}.`, findings, Number(actual.toFixed(decimals)), [a, b], holds);
}

/** "This number rose to 944 the following year": a new value of the one count before, by a verb of change. */
const ROSE_TO = /\b(?:rose|risen|increased|grew|grown|climbed|went\s+up|jumped|fell|fallen|dropped|declined|decreased|went\s+down)\s+to\s+$/i;

/**
 * "Compensation in 2020 went to 262 victims. This number rose to 944 the following year, an increase of 360 per cent.":
 * a sentence of one count reached by a verb of change, and a change, after a sentence of one count of the same kind,
 * states the change from that count to this one.
 */
function checkRiseFromBefore(block: ProseBlock, text: string, stats: Figure[], before: Figure[], findings: Finding[]) {
  if (stats.length !== 2) return;
  const [b, change] = stats as [Figure, Figure];
  if (change.derived !== 'change' || change.high !== undefined || b.derived || !countLike(b) && !money(b) || !ROSE_TO.test(text.slice(Math.max(0, (b.qualifierStart ?? b.start) - 30), b.qualifierStart ?? b.start))) return;
  const values = before.filter((x) => !x.derived && x.unit !== 'per-cent' && x.high === undefined);
  if (values.length !== 1 || !sameKind(values[0]!, b) || values[0]!.value === 0) return;
  judgeChangeBetween(block, change, values[0]!, b, findings);
}

/** Words that make a share that of several parts together. */
const TOGETHER = /\b(?:together|combined|jointly|between them|taken together)\b/i;

/**
 * Whether a percentage computed from the draft's counts is the one it states, with the rounding its digits show and
 * its qualifier: "more than 70 per cent" holds for 75.2, "about 52 per cent" for 52.9, "three quarters" (a fraction
 * in words, itself rounded) for 73 to 77.
 */
function percentHolds(actual: number, stated: Figure, value: number): boolean {
  const decimals = /[.,](\d+)/.exec(stated.text)?.[1]?.length ?? 0;
  const tolerance = 0.5 * 10 ** -decimals + (stated.qualifier === 'exact' ? 0.05 : 1.5) + (stated.word ? stated.precision : 0);
  if (stated.qualifier === 'more-than' || stated.qualifier === 'at-least') return actual >= value - tolerance;
  if (stated.qualifier === 'less-than' || stated.qualifier === 'up-to') return actual <= value + tolerance;
  // ("almost 26 per cent" is not 22.2.)
  if (stated.qualifier === 'nearly') return actual <= value + tolerance && actual >= value - Math.max(tolerance, 0.05 * value);
  return Math.abs(actual - value) <= tolerance;
}

/** A percentage as the draft states it: "70", "more than three quarters (75 per cent)". */
const statedPercent = (f: Figure) => (f.word && f.precision > 0 ? `${QUALIFIED[f.qualifier] ?? ''}${f.text.replace(/\s+/g, ' ')} (${fmt(f.value)} per cent)` : fmt(f.value));

/** judgeShare for the sum of several parts. */
function judgeSumShare(block: ProseBlock, pct: Figure, parts: Figure[], base: Figure, findings: Finding[]) {
  const decimals = /[.,](\d+)/.exec(pct.text)?.[1]?.length ?? 0;
  const holds = (v: Values) => percentHolds((sumOf(parts, v) / v(base)) * 100, pct, v(pct));
  const sum = parts.reduce((a, b) => a + b.value, 0);
  const actual = (sum / base.value) * 100;
  if (!holds(own)) push(block, pct, `${parts.map((b) => fmt(b.value)).join(' + ')} = ${fmt(sum)} of ${fmt(base.value)} is ${actual.toFixed(Math.max(1, decimals))} per cent, not ${statedPercent(pct)}.`, findings, Number(actual.toFixed(decimals)), [...parts, base], holds);
}

function judgeShare(block: ProseBlock, pct: Figure, part: Figure, base: Figure, findings: Finding[]) {
  const decimals = /[.,](\d+)/.exec(pct.text)?.[1]?.length ?? 0;
  const holds = (v: Values) => percentHolds((v(part) / v(base)) * 100, pct, v(pct));
  const actual = (part.value / base.value) * 100;
  if (!holds(own)) push(block, pct, `${fmt(part.value)} of ${fmt(base.value)} is ${actual.toFixed(Math.max(1, decimals))} per cent, not ${statedPercent(pct)}.`, findings, Number(actual.toFixed(decimals)), [part, base], holds);
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
      const right = inClause.find((y) => y.start >= f.end && /^\s*(?:(?:in|for|during)\s*)?$/i.test(text.slice(f.end, y.start)));
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
    if (change.derived === 'change' && change.unit !== 'per-cent') {
      judgeCountChange(block, change, a, b, findings);
    } else if (change.derived === 'change') {
      const decimals = /[.,](\d+)/.exec(change.text)?.[1]?.length ?? 0;
      // ("… fell from 920 in 2022 to 195 in 2023, that is, by almost 79 per cent": the verb before the two values.)
      const word = /\b(decrease|drop|fall|reduction|decline|fell|dropped|declined|decreased|reduced)\b/i.test(text.slice(Math.max(0, Math.min(change.start, a.start, b.start) - 40), change.start)) || /^\s*(?:fewer|less|lower|down)\b/i.test(text.slice(change.end, change.end + 12)) ? 'decrease' : 'increase';
      const holds = (v: Values) => v(a) !== 0 && percentHolds((Math.abs(v(b) - v(a)) / v(a)) * 100, change, v(change)) && word === (v(b) < v(a) ? 'decrease' : 'increase');
      if (!holds(own)) {
        const actual = (Math.abs(to - from) / from) * 100;
        const direction = to < from ? 'decrease' : 'increase';
        push(block, change, `From ${fmt(from)} to ${fmt(to)} is a${direction === 'increase' ? 'n' : ''} ${direction} of ${actual.toFixed(1)} per cent, not ${statedPercent(change)}.`, findings, Number(actual.toFixed(decimals)), [a, b], holds);
      }
    } else {
      const lo = change.qualifier === 'nearly' ? change.value * 0.85 : change.qualifier === 'about' ? change.value * 0.85 : change.value - 0.05;
      const hi = change.qualifier === 'nearly' ? change.value : change.qualifier === 'about' ? change.value * 1.15 : change.value + 0.05;
      const holds = (v: Values) => {
        const ratio = Math.max(v(a), v(b)) / Math.min(v(a), v(b));
        return ratio >= lo - 1e-9 && ratio <= hi + 1e-9;
      };
      const ratio = Math.max(from, to) / Math.min(from, to);
      if (!holds(own)) push(block, change, `${fmt(Math.max(from, to))} / ${fmt(Math.min(from, to))} = ${ratio.toFixed(2)} times, not ${change.text}.`, findings, undefined, [a, b], holds);
    }
  }
}

/** A total marked as one ("244 million tenge altogether", "a total of 211,918"), by the wording lists' words. */
const markedTotal = (text: string, f: Figure, numbers: NumberWording) => numbers.totalAfter.test(text.slice(f.end, f.end + 40)) || numbers.totalBefore.test(text.slice(Math.max(0, (f.qualifierStart ?? f.start) - 25), f.qualifierStart ?? f.start));

/**
 * "to the families of 151 dead civilians – 1 billion 1 million tenge (7 million tenge each)", "Each of the 148
 * children received 2 million tenge …, 244 million tenge altogether": count × amount each = total.
 */
function checkEach(block: ProseBlock, text: string, stats: Figure[], findings: Finding[], numbers: NumberWording) {
  // "Each of the 148 children received 2 million tenge": the first amount after "each of the N" is per head.
  const eachOf = new Map<Figure, Figure>();
  for (const c of stats) {
    if (!countLike(c) || !/\beach\s+of\s+(?:the\s+|these\s+|those\s+)?$/i.test(text.slice(Math.max(0, c.start - 20), c.start))) continue;
    const a = stats.find((s) => s.start > c.end && money(s));
    if (a && !a.derived && !/;/.test(text.slice(c.end, a.start))) eachOf.set(a, c);
  }
  for (const amount of stats.filter((s) => (s.derived === 'per-unit' && money(s)) || eachOf.has(s))) {
    const i = stats.indexOf(amount);
    let total: Figure | undefined;
    if (eachOf.has(amount)) {
      total = stats.slice(i + 1).find((s) => money(s) && !s.derived && s.unit === amount.unit);
      if (!total || !markedTotal(text, total, numbers) || /;/.test(text.slice(amount.end, total.start))) continue;
    } else {
      // The total: the nearest amount of money before it in the same line of the list; the count: the nearest count before that.
      total = [...stats.slice(0, i)].reverse().find((s) => money(s) && !s.derived);
      if (!total || amount.start - total.end > 60 || /;/.test(text.slice(total.end, amount.start))) {
        // "7 million tenge to each of the 151 families …, a total of 1,001 million tenge"
        total = stats.slice(i + 1).find((s) => money(s) && !s.derived);
        if (!total || /;/.test(text.slice(amount.end, total.start))) continue;
      }
    }
    const j = stats.indexOf(total);
    const lo = Math.min(i, j);
    const counts = stats.filter((s, k) => countLike(s) && (k < lo ? !/;/.test(text.slice(s.end, stats[lo]!.start)) : !/;/.test(text.slice(stats[lo]!.end, s.start))));
    // "3,450 tenge per MCI": the count is in the unit the amount is per.
    const perMci = /^\s*(?:(?:tenge|KZT|US\s+dollars|dollars|euros?)\s*)?per\s+MCI\b/i.test(text.slice(amount.end, amount.end + 25));
    const counted = (s: Figure) => (perMci ? s.unit === 'mci' : countLike(s));
    const count = eachOf.get(amount) ?? (perMci ? stats.filter(counted).length === 1 ? stats.find(counted) : undefined : counts.length === 1 ? counts[0] : [...stats.slice(0, j)].reverse().find((s) => countLike(s)));
    if (!count || Math.abs(total.start - count.end) > 120) continue;
    if (total.qualifier !== 'exact' || amount.qualifier !== 'exact' || count.qualifier !== 'exact') continue;
    const product = amount.value * count.value;
    if (Math.abs(product - total.value) > Math.max(total.precision, 0.5)) {
      push(block, total, `${fmt(count.value)} × ${fmt(amount.value)} = ${fmt(product)}, not ${fmt(total.value)}.`, findings, undefined, [count, amount], (v) => Math.abs(v(amount) * v(count) - v(total)) <= Math.max(total.precision, 0.5));
    }
  }
}

/**
 * "30 MCI (103,500 tenge) … 40 MCI (138 000 tenge)": amounts given in MCI with their value in money imply a rate,
 * and every such pair in the paragraph must imply the same one (within the rounding of the money amount).
 */
function checkConversions(block: ProseBlock, figures: Figure[], findings: Finding[]) {
  const text = block.text;
  const stats = figures.filter((f) => f.kind === 'statistic');
  const pairs: { mci: Figure; amount: Figure }[] = [];
  for (let i = 0; i + 1 < stats.length; i++) {
    const mci = stats[i]!;
    const amount = stats[i + 1]!;
    if (mci.unit !== 'mci' || mci.derived || mci.high !== undefined || !money(amount) || amount.derived || amount.qualifier !== 'exact' || mci.qualifier !== 'exact') continue;
    // "5 MCI (17,250 tenge)", "5 MCI, or 17,250 tenge", "5 MCI or 17,250 tenge"; each run of blanks read by one quantifier.
    if (!/^(?:\s*(?:MCI|monthly calculation indices))?(?:\s*\(\s*|\s*,\s*(?:or|i\.e\.|that is|equivalent to)\s+|\s+or\s+)$/i.test(text.slice(mci.end, amount.qualifierStart ?? amount.start))) continue;
    pairs.push({ mci, amount });
  }
  const first = pairs[0];
  if (!first || first.mci.value === 0) return;
  const rate = first.amount.value / first.mci.value;
  for (const { mci, amount } of pairs.slice(1)) {
    if (amount.unit !== first.amount.unit) continue;
    const holds = (v: Values) => Math.abs(v(mci) * (v(first.amount) / v(first.mci)) - v(amount)) <= Math.max(amount.precision, 0.5) + v(mci) * first.amount.precision / v(first.mci);
    if (!holds(own)) push(block, amount, `${fmt(first.mci.value)} MCI = ${fmt(first.amount.value)} ${currency(amount)} makes one MCI ${fmt(Number(rate.toFixed(2)))}, so ${fmt(mci.value)} MCI = ${fmt(Number((mci.value * rate).toFixed(2)))}, not ${fmt(amount.value)}.`, findings, undefined, [mci, first.mci, first.amount], holds);
  }
}

/** "a year", "per month", "annually": the period a rate is given for. */
const PER_PERIOD = /^\s*(?:(?:tenge|KZT|US\s+dollars|dollars|euros?|[a-z]+)\s+){0,2}?(?:a|per|each|every)\s+(year|month)\b|^\s*(?:(?:tenge|KZT|US\s+dollars|dollars|euros?|[a-z]+)\s+){0,2}?(annually|yearly|monthly)\b/i;
/** What marks a figure as the average the text derives from its total: "an average of", "works out at", ", or". */
const AVERAGING = /\b(?:averag\w*|works?\s+out|worked\s+out|comes?\s+to|came\s+to|equivalent\s+to|equals?|i\.e\.|that is|or)\b/i;

/**
 * "748 million tenge over the ten years 2014–2023 … about 57 million tenge a year": an average per year or month
 * must be the total divided by the number of periods the text states (a count of years, or an inclusive range).
 */
function checkAverages(block: ProseBlock, text: string, stats: Figure[], all: Figure[], findings: Finding[]) {
  for (const rate of stats) {
    if (rate.unit === 'per-cent' || rate.high !== undefined || (!countLike(rate) && !money(rate) && rate.derived !== 'per-unit')) continue;
    const per = PER_PERIOD.exec(text.slice(rate.end, rate.end + 40));
    if (!per) continue;
    const period = (per[1] ?? per[2]!).toLowerCase().startsWith('month') ? 'months' : 'years';
    // The number of periods: "over ten years", "for 18 months", else a range of years "2014–2023" (inclusive).
    const counted = stats.filter((s) => s.unit === period && !s.derived && Number.isInteger(s.value) && s.value >= 2 && s.high === undefined);
    const ranges = period === 'years' ? all.filter((y) => y.kind === 'year' && y.high !== undefined) : [];
    const n = counted.length === 1 ? counted[0]!.value : counted.length === 0 && ranges.length === 1 ? ranges[0]!.high! - ranges[0]!.value + 1 : undefined;
    if (n === undefined || n < 2) continue;
    const rateMoney = money(rate);
    const totals = stats.filter((s) => s !== rate && !s.derived && s.high === undefined && s.unit !== 'per-cent' && (rateMoney ? money(s) && s.unit === rate.unit : countLike(s)) && s.value > rate.value && !PER_PERIOD.test(text.slice(s.end, s.end + 40)));
    if (totals.length !== 1) continue;
    const total = totals[0]!;
    if (total.qualifier !== 'exact' && total.qualifier !== 'about') continue;
    const [a, b] = total.start < rate.start ? [total.end, rate.qualifierStart ?? rate.start] : [rate.end, total.qualifierStart ?? total.start];
    const lead = text.slice(Math.max(0, (rate.qualifierStart ?? rate.start) - 30), rate.qualifierStart ?? rate.start);
    if (!AVERAGING.test(text.slice(a, b)) && !/averag/i.test(lead)) continue;
    const holds = (v: Values) => agreesWith(v(total) / n, { ...rate, value: v(rate) }, true) || (total.qualifier === 'about' && Math.abs(v(total) / n - v(rate)) <= 0.05 * (v(total) / n) + lastDigit(rate));
    const average = total.value / n;
    if (!holds(own)) {
      const unit = period === 'years' ? 'a year' : 'a month';
      push(block, rate, `${written(total)} over ${n} ${period} is ${writtenLike(average, rate)} ${unit}, not ${written(rate)}.`, findings, writtenLike(average, rate), [total], holds);
    }
  }
}

/** "… tenge per recipient", "tenge for each victim": the thing an amount is given per, after the amount. */
const PER_THING_AFTER = /^\s*(?:(?:tenge|KZT|US\s+dollars|dollars|euros?)\s+)?(?:per|for\s+each|for\s+every)\s+(?:new\s+|single\s+)?(\p{L}+)/iu;
/** "The average payment per victim in 2021 was about …": the thing an average is per, named before it. */
const PER_THING_BEFORE = /\baverag\w*\s+(?:[\p{L}-]+\s+){0,2}?per\s+(\p{L}+)\b/iu;
const PERIOD_NOUN = /^(?:year|month|day|week|annum|quarter|hour|capita|head|cent)s?$/i;
const PERSONS_NOUN = /^(?:persons?|people|individuals?)$/i;

/** Whether a count's noun counts what an average is per: the same noun, or persons when the average is per a person. */
function countsPerThing(count: Figure, thing: string): boolean {
  const noun = /^\p{L}+/u.exec(count.counted.trim())?.[0]?.toLowerCase();
  if (!noun) return false;
  const singular = (w: string) => w.replace(/(?<=[^s])s$/, '');
  return singular(noun) === singular(thing.toLowerCase()) || PERSONS_NOUN.test(noun);
}

/**
 * "In 2022 it paid roughly 143 million tenge to 1,058 people. That is an average of about 165,000 tenge per recipient":
 * an average amount per person or thing is the total amount divided by the count of them the text states, in its
 * sentence or, for a sentence that names no year of its own, the sentence before. Only where the text says it is an
 * average and holds exactly one such total and one such count.
 */
function checkAveragePerThing(block: ProseBlock, text: string, stats: Figure[], inSentence: Figure[], before: Figure[], findings: Finding[]) {
  for (const rate of stats) {
    if (!money(rate) || rate.high !== undefined || (rate.derived && rate.derived !== 'per-unit')) continue;
    const start = rate.qualifierStart ?? rate.start;
    const lead = text.slice(Math.max(0, start - 100), start).split(/[.;!?]\s+(?=\p{Lu})/u).pop()!;
    const thing = PER_THING_AFTER.exec(text.slice(rate.end, rate.end + 40))?.[1] ?? PER_THING_BEFORE.exec(lead)?.[1];
    if (!thing || PERIOD_NOUN.test(thing) || !/averag/i.test(lead)) continue;
    const read = (pool: Figure[]) => ({
      totals: pool.filter((s) => s !== rate && money(s) && s.unit === rate.unit && !s.derived && s.high === undefined && s.value > rate.value && (s.qualifier === 'exact' || s.qualifier === 'about')),
      counts: pool.filter((s) => countLike(s) && Number.isInteger(s.value) && s.value >= 2 && s.qualifier === 'exact' && countsPerThing(s, thing)),
    });
    let { totals, counts } = read(stats);
    if (!totals.length && !counts.length && !inSentence.some((y) => y.kind === 'year')) ({ totals, counts } = read(before));
    if (totals.length !== 1 || counts.length !== 1) continue;
    const total = totals[0]!;
    const count = counts[0]!;
    const holds = (v: Values) => agreesWith(v(total) / v(count), { ...rate, value: v(rate) }, true) || (total.qualifier === 'about' && Math.abs(v(total) / v(count) - v(rate)) <= 0.05 * (v(total) / v(count)) + lastDigit(rate));
    if (holds(own)) continue;
    const average = total.value / count.value;
    push(block, rate, `${written(total)} for ${fmt(count.value)} is ${writtenLike(average, rate)} ${currency(rate)} each, not ${written(rate)}.`, findings, writtenLike(average, rate), [total, count], holds);
  }
}

/** The arithmetic relations a draft states about its own figures, in the order they are asked (the first to report a figure wins). */
export const ARITHMETIC_RULES: readonly ArithmeticRule[] = [
  {
    id: 'breakdown-sum',
    doc: 'An exhaustive breakdown adds up to its total; the parts of any breakdown do not exceed it.',
    examples: {
      flagged: ['In total, 5,419 people sought medical help: 3,998 officers and 1,151 civilians.', 'Of the 90 applicants, 61 were admitted and 30 were not.', 'The clinic employs 140 staff, of whom 90 are doctors and 62 are nurses.', 'The monitors documented eight deaths in custody: four in Aktobe, two in Atyrau and one in Oral.', 'In all, 52 volunteers took part, of them 14 from Shymkent and 39 from Turkistan.', 'The other 75 complaints were discontinued, 58 of them on rehabilitating grounds and 19 after a plea bargain.', 'Quick count of the torture verdicts we tracked: 11 verdicts, 6 in 2022 + 4 in 2023 + 3 in 2024.', 'The four quarterly figures published by the service (31, 44, 27 and 19) add up to 125.', 'Of the 310 letters received, 120 concerned health care, 95 food and the remaining 105 other matters.', 'By subject the 310 letters were distributed as follows: health care — 120, food — 95, other matters — 105.', 'By our count the courts sent 51 of the 60 complaints (22 in 2022 plus 19 in 2023) back for review.'],
      holds: ['The region has 5 institutions of the penal system, and in one of them 212 persons are held in cell-type premises.',
        'By subject the 310 letters were distributed as follows: health care — 120, food — 95, other matters — 95.',
        // "14 of them" is a part of the 52 beside the 38, not the total of what follows it.
        'In all, 52 volunteers took part in 18 visits, 14 of them from Shymkent and 38 from Turkistan.',
        // A part of the 6 before it, not the total of the three after it.
        'The State concedes that 6 of the civilians who died had been tortured; our members record that two of these men died in Almaty and three in East Kazakhstan.',
        // Parts joined by plus signs that add up to the total before them.
        'Quick count of the torture verdicts we tracked: 13 verdicts, 6 in 2022 + 4 in 2023 + 3 in 2024.',
        // Parts drawn by "N of them" need not be all of it.
        'The other 75 complaints were discontinued, 58 of them on rehabilitating grounds and 9 after a plea bargain.',
        // "four" counts the figures in parentheses; it is not their total.
        'The four quarterly figures published by the service (31, 44, 27 and 19) add up to 121.',
        'Of the 310 letters received, 120 concerned health care, 95 food and the remaining 95 other matters.',
        'In total, 5,149 people sought medical help: 3,998 officers and 1,151 civilians.',
        // A breakdown right after a part and its whole, that adds up to the part.
        'By our count the courts sent 51 of the 60 complaints (22 in 2022 plus 29 in 2023) back for review.',
        'More than 5,300 crimes were registered, including 120 murders and 79 cases of mass rioting.',
        'The clinic employs 160 staff, of whom 90 are doctors and 62 are nurses.',
        // "one" is an item of the list, though the number reader does not read it as a figure.
        'The monitors documented seven deaths in custody: four in Aktobe, two in Atyrau and one in Oral.',
        // A proportion in parentheses is no breakdown.
        'Police made up about 67 % of the 3,998 officers treated (2,689 of 3,998).',
        // The total of the list right before it, not of the 2,100 visits the sentence opens on.
        'Some 2,100 visits were made, and 61 staff in 2022 and 47 in 2023 were dismissed, 108 staff in total.',
      ],
    },
    sentence: (s) => checkBreakdowns(s.block, s.text, s.stats, s.findings, s.numbers),
  },
  {
    id: 'carried-total',
    doc: 'A total that refers back to the figures of the sentence before ("The total number of persons so released … amounts to 612") equals their sum.',
    examples: {
      flagged: ['In May the helpline answered 214 calls from Almaty and 187 from Shymkent. The total number of calls so answered therefore came to 411.'],
      holds: ['In May the helpline answered 214 calls from Almaty and 187 from Shymkent. The total number of calls so answered therefore came to 401.', 'In 26 of the 38 cases we followed, a defendant said he had been tortured. In total, 83 such defendants spoke up in court.', 'In May the helpline answered 214 calls from Almaty and 187 from Shymkent. The total number of calls it received was 520.'],
    },
    sentence: (s) => checkCarriedTotal(s.block, s.text, s.stats, s.before, s.findings),
    ofSentenceBefore: true,
  },
  {
    id: 'share-of-named-part',
    doc: 'A share of one part the sentence before counted ("Thus, the doctors make up 37.9 per cent") follows from that part and the whole it was drawn from.',
    examples: {
      flagged: [
        'The medical staff of the prisons numbers 1,352 workers, of them 512 doctors and 710 nurses. Thus, the doctors make up 42.1 per cent of the medical staff.',
        'In the past five years 64 persons have been convicted of torture: 50 received a real prison term, 9 probation and 5 restriction of liberty. Probation or restriction of liberty was thus imposed on 28 per cent of those convicted.',
      ],
      holds: [
        'The medical staff of the prisons numbers 1,352 workers, of them 512 doctors and 710 nurses. Thus, the doctors make up 37.9 per cent of the medical staff.',
        'In the past five years 64 persons have been convicted of torture: 50 received a real prison term, 9 probation and 5 restriction of liberty. Probation or restriction of liberty was thus imposed on 21.9 per cent of those convicted.',
        // A share that names no part counted before is of something else.
        'The medical staff of the prisons numbers 1,352 workers, of them 512 doctors and 710 nurses. Thus, women make up 42.1 per cent of the medical staff.',
      ],
    },
    sentence: (s) => checkNamedShare(s.block, s.text, s.stats, s.before, s.findings),
    ofSentenceBefore: true,
  },
  {
    id: 'carried-change',
    doc: 'A change told of the two values of the sentence before ("… 120 in 2023, compared with 78 in 2022. That was an increase of 54 per cent.") follows from them.',
    examples: {
      flagged: ['Staff prevented 120 suicide attempts in 2023, compared with 78 in 2022. That was an increase of 42 per cent.'],
      holds: ['Staff prevented 120 suicide attempts in 2023, compared with 78 in 2022. That was an increase of 54 per cent.', 'Staff prevented 120 suicide attempts in 2023, compared with 78 in 2022 and 64 in 2021. That was an increase of 42 per cent.'],
    },
    sentence: (s) => checkCarriedChange(s.block, s.text, s.stats, s.before, s.findings),
    ofSentenceBefore: true,
  },
  {
    id: 'change-from-before',
    doc: 'A value reached by a verb of change ("This number rose to 944"), with its change, follows from the one count of the sentence before.',
    examples: {
      flagged: ['Compensation in 2020 went to 262 victims. This number rose to 944 the following year, an increase of 360 per cent.'],
      holds: ['Compensation in 2020 went to 262 victims. This number rose to 944 the following year, an increase of 260 per cent.', 'Compensation in 2020 went to 262 victims and in 2019 to 100. This number rose to 944 the following year, an increase of 360 per cent.'],
    },
    sentence: (s) => checkRiseFromBefore(s.block, s.text, s.stats, s.before, s.findings),
    ofSentenceBefore: true,
  },
  {
    id: 'list-total',
    doc: 'A total that names how many parts it sums ("in the three groups", "over the three years") equals them.',
    examples: {
      flagged: ['The clinics advised 420 tenants, 315 workers and 96 pensioners, 841 clients in the three groups.'],
      holds: ['The clinics advised 420 tenants, 315 workers and 96 pensioners, 831 clients in the three groups.'],
    },
    sentence: (s) => checkListTotals(s.block, s.text, s.stats, s.findings),
  },
  {
    id: 'column-total',
    doc: "A table's row of totals equals the sum of the rows above it in each column (of its years, where it names a span; or of the last two or more rows, which add up to it exactly).",
    examples: {
      flagged: ['| Year | Officials disciplined |\n|---|---|\n| 2021 | 167 |\n| 2022 | 128 |\n| 2023 | 109 |\n| Total 2021–2023 | 414 |', '| Grantee | Region | Complaints | Exams |\n|---|---|---|---|\n| Taraz Desk | Zhambyl | 33 | 21 |\n| Semey Initiative | Abai | 6 | 6 |\n| **Total** | | **39** | **29** |'],
      holds: ['| Year | Officials disciplined |\n|---|---|\n| 2021 | 167 |\n| 2022 | 128 |\n| 2023 | 109 |\n| Total 2021–2023 | 404 |', '| Year | Officials disciplined |\n|---|---|\n| 2020 | 150 |\n| 2021 | 167 |\n| 2022 | 128 |\n| Total 2021–2022 | 295 |', '| Item | Number |\n|---|---|\n| Prison clinics | 40 |\n| Hospital beds | 90 |\n| Doctors | 300 |\n| Nurses | 420 |\n| Total medical staff | 720 |',
        // A total of more rows than the table shows.
        '| City | Complaints |\n|---|---|\n| Taraz | 33 |\n| Almaty | 46 |\n| All cities, including those not shown | 190 |',
        // A total row that leaves a column empty: each total is of its own column.
        '| Grantee | Region | Complaints | Exams | In court |\n|---|---|---|---|---|\n| Taraz Desk | Zhambyl | 33 | 21 | 1 |\n| Semey Initiative | Abai | 6 | 6 | 1 |\n| **Total** | | **39** | **27** | **2** |'],
    },
    table: checkColumnTotals,
  },
  {
    id: 'row-total',
    doc: "A table's column of totals equals the sum of the row's other counts (not its shares, nor an \"of which\" column).",
    examples: {
      flagged: ['| Year | Men | Women | Total |\n|---|---|---|---|\n| 2022 | 61 | 26 | 83 |'],
      holds: ['| Year | Men | Women | Total |\n|---|---|---|---|\n| 2022 | 61 | 26 | 87 |', '| Year | Complaints | of which upheld | Total |\n|---|---|---|---|\n| 2022 | 61 | 26 | 61 |', '| Year | Men | Share, % | Total |\n|---|---|---|---|\n| 2022 | 61 | 70 | 87 |'],
    },
    table: checkRowTotals,
  },
  {
    id: 'share-breakdown',
    doc: 'Parts whose shares add up to 100 per cent are the whole of the total stated before them.',
    examples: {
      flagged: ['The commission received 10,169 appeals in all. Of these, 4,780 (47%) were rejected, 381 (3,7%) were returned and 5005 (49,2) are in process.'],
      holds: ['The commission received 10,166 appeals in all. Of these, 4,780 (47%) were rejected, 381 (3,7%) were returned and 5005 (49,2) are in process.'],
    },
    sentence: (s) => checkShareBreakdown(s.block, s.stats, s.before, s.findings),
  },
  {
    id: 'written-sum',
    doc: 'A sum written out ("12 + 37 = 49") adds up; its figures are no list or total of the other relations.',
    examples: {
      flagged: ['Officers prosecuted: 12 from the Committee and 37 from the police (12 + 37 = 48).'],
      holds: ['Officers prosecuted: 12 from the Committee and 37 from the police, i.e. 49 in all (12 + 37 = 49).', 'The rest went to 6,278 civil cases, 6,041 administrative cases and 90,133 consultations: 109,466 + 6,278 + 6,041 + 90,133 = 211,918.'],
    },
    sentence: (s) => checkWrittenSums(s.block, s.equations, s.findings),
  },
  {
    id: 'share-of-base',
    doc: 'A stated share follows from its count and the base it is drawn from (in the sentence, or the one before).',
    examples: {
      flagged: ['Of the 520 letters, 120 concerned health care and 95 food, which together make 48 per cent of all letters.', 'The regional offices resolved 57 of the 230 petitions they examined in 2021, or 31 per cent.', 'Of the 64 persons convicted, 50 (87%) were imprisoned.', 'Of the 120 detainees interviewed, 84 reported ill-treatment, which is more than three quarters.', 'Of the complaints, 47 out of 212 is almost 26 per cent.', 'Only 9 of 540 registered complaints reached a court, a rate of 0.4 per cent.', 'Recommendations to military units: 95 in 2024, of which 70 accepted (81 per cent).', 'In 2022 the share closed on rehabilitating grounds was 95 per cent (55 of 61).'],
      holds: ['Of the 520 letters, 120 concerned health care and 95 food, which together make 41.3 per cent of all letters.', 'The regional offices resolved 57 of the 230 petitions they examined in 2021, or 25 per cent.', 'In 45 of the 160 hearings, 12 per cent of witnesses did not appear.', 'Of the 120 detainees interviewed, 97 reported ill-treatment, which is more than three quarters.', 'Of the complaints, 47 out of 212 is almost 23 per cent.', 'Only 9 of 540 registered complaints reached a court, a rate of 1.7 per cent.', 'Recommendations to military units: 95 in 2024, of which 70 accepted (73.7 per cent).', 'In 2022 the share closed on rehabilitating grounds was 90 per cent (55 of 61).',
        // The nearest larger count before the share is its base, in a run of recitals one sentence long.
        'F. whereas 238 people were killed;\nG. whereas the Coalition registered 190 complaints and investigations into 104 of them, or some 55 %, had been closed;'],
    },
    sentence: (s) => checkShares(s.block, s.text, s.stats, s.findings, s.before),
  },
  {
    id: 'stated-change',
    doc: 'A stated change ("a decrease of 32 per cent", "three times less") follows from the two values it compares.',
    examples: {
      flagged: ['Prison suicides fell from 29 in 2022 to 22 in 2023, a fall of nine cases.', 'Prison suicides fell from 29 in 2022 to 22 in 2023, a decrease of 32 per cent.', 'Registered complaints fell from 400 in 2021 to 190 in 2023, a drop of two thirds.', 'Complaints about food rose from 587 in 2021 to 702 in 2022, or by 15 per cent.'],
      holds: ['Registered torture cases fell from 920 in 2022 to 195 in 2023, that is, by almost 79 per cent.', 'Prison suicides fell from 29 in 2022 to 22 in 2023, a fall of seven cases.', 'Prison suicides fell from 29 in 2022 to 22 in 2023, a decrease of 24 per cent.', 'Complaints about food rose from 587 in 2021 to 702 in 2022, or by 20 per cent.', 'Registered complaints fell from 400 in 2021 to 90 in 2023, a reduction of more than 70 per cent.', 'Registered complaints fell from 400 in 2021 to 130 in 2023, a drop of two thirds.'],
    },
    sentence: (s) => checkChanges(s.block, s.text, s.stats, s.inSentence, s.findings),
  },
  {
    id: 'count-times-each',
    doc: 'A count times the amount each gives the stated total.',
    examples: {
      flagged: ['Each of the 36 shelters received 4 million tenge from the regional budget, 150 million tenge altogether.'],
      holds: ['Each of the 36 shelters received 4 million tenge from the regional budget, 144 million tenge altogether.'],
    },
    sentence: (s) => checkEach(s.block, s.text, s.stats, s.findings, s.numbers),
  },
  {
    id: 'average-per-period',
    doc: 'An average per year or month is the total divided by the periods the text counts.',
    examples: {
      flagged: ['Over 18 months the shelters took in 540 residents, an average of 45 a month.'],
      holds: ['Over 18 months the shelters took in 540 residents, an average of 30 a month.'],
    },
    sentence: (s) => checkAverages(s.block, s.text, s.stats, s.inSentence, s.findings),
  },
  {
    id: 'average-per-thing',
    doc: 'An average amount per person or thing is the total amount divided by the count the text states.',
    examples: {
      flagged: ['In 2022 the Fund paid roughly 143 million tenge to 1,058 people, an average of about 165,000 tenge per recipient.'],
      holds: ['In 2022 the Fund paid roughly 143 million tenge to 1,058 people, an average of about 135,000 tenge per recipient.'],
    },
    ofSentenceBefore: true,
    sentence: (s) => checkAveragePerThing(s.block, s.text, s.stats, s.inSentence, s.before, s.findings),
  },
  {
    id: 'conversion-rate',
    doc: 'Amounts given in MCI with their value in money all imply the same rate per MCI.',
    examples: {
      flagged: ['The scheme pays 20 MCI (69,000 tenge) for a minor injury and 80 MCI (286,000 tenge) for a permanent one.'],
      holds: ['The scheme pays 20 MCI (69,000 tenge) for a minor injury and 80 MCI (276,000 tenge) for a permanent one.'],
    },
    paragraph: (block, figures, findings) => checkConversions(block, figures, findings),
  },
];
