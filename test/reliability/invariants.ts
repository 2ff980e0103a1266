/**
 * What must hold of every check result, whatever the input: the properties the fuzz and hostile-input tests assert.
 * Each returns a list of violations (empty when all hold), so a failing case says what went wrong and where.
 */
import type { CheckResult } from '../../server/src/checks/checkReport';
import type { Finding } from '../../server/src/checks/findings';

const FIGURE_CODES = new Set(['figure-mismatch', 'figure-superseded', 'figure-unverified', 'arithmetic']);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const isInt = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n);

/** The index of the block holding [start, end), or -1. */
function blockOf(result: CheckResult, start: number, end: number): number {
  return result.model.blocks.findIndex((b) => b.start <= start && end <= b.end);
}

/**
 * The report model: blocks in order, inside the text, their prose text aligned with the document (every character
 * is the document's own or a blank standing for markup), sentences inside their block.
 */
export function modelViolations(text: string, result: CheckResult): string[] {
  const out: string[] = [];
  let previousEnd = 0;
  for (const [i, b] of result.model.blocks.entries()) {
    if (!isInt(b.start) || !isInt(b.end) || b.start < 0 || b.end > text.length || b.start >= b.end) out.push(`block ${i} [${b.start}, ${b.end}) outside the text (length ${text.length})`);
    if (b.start < previousEnd) out.push(`block ${i} starts at ${b.start}, before the end of the previous block (${previousEnd})`);
    previousEnd = b.end;
    if (b.text.length !== b.end - b.start) out.push(`block ${i}: prose text has length ${b.text.length}, its range ${b.end - b.start}`);
    for (let k = 0; k < b.text.length; k++) {
      const c = b.text[k]!;
      if (c !== text[b.start + k] && c !== ' ' && c !== '\n') {
        out.push(`block ${i}: prose character ${k} is ${JSON.stringify(c)}, the document has ${JSON.stringify(text[b.start + k])}`);
        break;
      }
    }
    for (const s of b.sentences) if (s.start < 0 || s.end > b.text.length || s.start >= s.end) out.push(`block ${i}: sentence [${s.start}, ${s.end}) outside the block`);
  }
  const lines = text.split(/\r\n|\r|\n/).length;
  if (result.model.lineStarts.length !== lines) out.push(`lineStarts has ${result.model.lineStarts.length} lines, the text ${lines}`);
  return out;
}

/** One finding: its range inside the text and on the thing it names; its fixes inside the text and on that range. */
export function findingViolations(text: string, result: CheckResult, f: Finding): string[] {
  const out: string[] = [];
  const where = `${f.code} [${f.start}, ${f.end})`;
  if (!isInt(f.start) || !isInt(f.end) || f.start < 0 || f.end > text.length || f.start >= f.end) return [`${where}: range outside the text (length ${text.length})`];
  const bi = blockOf(result, f.start, f.end);
  if (bi < 0) return [`${where}: not inside one prose block`];
  const block = result.model.blocks[bi]!;
  const base = block.start;
  const prose = block.text.slice(f.start - base, f.end - base);
  const written = text.slice(f.start, f.end);
  if (/^\s|\s$/.test(prose)) out.push(`${where}: range starts or ends on a blank: ${JSON.stringify(written)}`);
  // Off-by-n ranges show here: every character of the range is the document's, or a blank for markup inside it.
  for (let k = 0; k < prose.length; k++) {
    if (prose[k] !== written[k] && !/\s/.test(prose[k]!)) {
      out.push(`${where}: range text ${JSON.stringify(written)} is not the prose ${JSON.stringify(prose)}`);
      break;
    }
  }
  const figures = result.blockFigures[bi] ?? [];
  const onFigure = figures.find((x) => base + x.start === f.start && (base + x.end === f.end || base + x.numberEnd === f.end));
  switch (f.code) {
    case 'figure-mismatch':
    case 'figure-superseded':
    case 'figure-unverified':
      if (!onFigure) out.push(`${where}: range is not on a figure the engine found: ${JSON.stringify(written)}`);
      else if (!squash(f.message).includes(squash(onFigure.text)) && !squash(f.message).includes(squash(prose))) out.push(`${where}: message does not name ${JSON.stringify(onFigure.text)}: ${f.message}`);
      break;
    case 'arithmetic':
      if (!onFigure) out.push(`${where}: range is not on a figure the engine found: ${JSON.stringify(written)}`);
      break;
    case 'figure-disputed':
      // A disputed figure, or the date of a disputed act ("Decree No. 622 of 19 July 2022").
      if (!onFigure && !/\d/.test(prose)) out.push(`${where}: range is neither a figure nor a date: ${JSON.stringify(written)}`);
      break;
    case 'date-mismatch':
      if (!squash(f.message).startsWith(squash(prose))) out.push(`${where}: message does not start with the date at the range ${JSON.stringify(prose)}: ${f.message}`);
      break;
    case 'unknown-document':
      if (!f.message.startsWith(`${prose.replace(/\s+/g, '')} is not in the document catalogue`)) out.push(`${where}: message does not name the symbol at the range ${JSON.stringify(prose)}: ${f.message}`);
      break;
    case 'unknown-paragraph':
      if (!result.citations.some((c) => c.paragraphs.some((p) => p.start === f.start && p.end === f.end))) out.push(`${where}: range is not on a cited paragraph: ${JSON.stringify(written)}`);
      if (!/^[(\d]/.test(prose)) out.push(`${where}: a paragraph reference starts with a number: ${JSON.stringify(prose)}`);
      break;
  }
  for (const fix of f.fixes) {
    if (!isInt(fix.start) || !isInt(fix.end) || fix.start < 0 || fix.end > text.length || fix.start > fix.end) out.push(`${where}: fix "${fix.title}" [${fix.start}, ${fix.end}) outside the text`);
    else if (fix.start < f.start || fix.end > f.end) out.push(`${where}: fix "${fix.title}" [${fix.start}, ${fix.end}) reaches outside the finding`);
    if (typeof fix.newText !== 'string') out.push(`${where}: fix "${fix.title}" has no text`);
  }
  if (FIGURE_CODES.has(f.code) && !f.fixes.every((x) => x.start === f.start)) out.push(`${where}: a figure's fix does not start at the figure`);
  return out;
}

/** Everything: the model, every finding, and the judgements features read (figures and citations). */
export function resultViolations(text: string, result: CheckResult): string[] {
  const out = modelViolations(text, result);
  for (const f of result.findings) out.push(...findingViolations(text, result, f));
  for (const j of [...result.figures, ...result.citations, ...result.citations.flatMap((c) => c.paragraphs)]) {
    if (!isInt(j.start) || !isInt(j.end) || j.start < 0 || j.end > text.length || j.start >= j.end) out.push(`judgement [${j.start}, ${j.end}) outside the text`);
  }
  const sorted = result.findings.every((f, i, a) => i === 0 || a[i - 1]!.start <= f.start);
  if (!sorted) out.push('findings are not in document order');
  return out;
}

/** Findings as plain data, for comparing two checks of the same text. */
export function findingsDigest(result: CheckResult): string {
  return JSON.stringify(result.findings.map((f) => [f.code, f.severity, f.start, f.end, f.message, f.factIds, f.fixes, f.related]));
}
