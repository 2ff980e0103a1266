import { extractTextItems, getDocumentProxy } from 'unpdf';
import { takeMarker } from './html';
import { ImportError, type Block, type ExtractedDocument, type Footnote } from './types';

interface Item { str: string; x: number; y: number; width: number; size: number }
interface Line { page: number; y: number; x: number; size: number; text: string; /** the line starts with a raised footnote mark */ leadingMark?: string }

const round = (n: number) => Math.round(n * 2) / 2;

/**
 * A PDF: pdf.js (through unpdf, with code evaluation off) gives each run of text with its position and size. Runs
 * are put together into lines by baseline, lines into paragraphs by vertical gaps, first-line indents and paragraph
 * numbers; small text below a page's body is its footnotes; raised small digits in a line are footnote references;
 * page numbers and running heads repeated from page to page are left out. Text larger than the body is a heading.
 */
export async function pdfToDocument(bytes: Uint8Array): Promise<ExtractedDocument> {
  if (!/^%PDF-/.test(Buffer.from(bytes.subarray(0, 1024)).toString('latin1').trimStart())) throw new ImportError('not a PDF: the file does not start with %PDF-');
  const warnings: string[] = [];
  let pages: { items: Item[]; height: number }[];
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, verbosity: 0 });
    const { items } = await extractTextItems(pdf);
    pages = [];
    for (let i = 0; i < items.length; i++) {
      const page = await pdf.getPage(i + 1);
      pages.push({
        height: page.view[3]! - page.view[1]!,
        items: items[i]!.filter((t) => t.str.length > 0).map((t) => ({ str: t.str, x: t.x, y: t.y, width: t.width, size: t.fontSize || t.height })),
      });
    }
    await pdf.destroy();
  } catch (e) {
    throw new ImportError(`not a readable PDF: ${(e as Error).message.split('\n')[0]}`);
  }
  const allItems = pages.flatMap((p) => p.items);
  if (!allItems.some((i) => i.str.trim())) throw new ImportError('the PDF has no text layer (a scan?): run it through OCR first');

  // The body size: the size most of the text is set in.
  const weight = new Map<number, number>();
  for (const i of allItems) weight.set(round(i.size), (weight.get(round(i.size)) ?? 0) + i.str.length);
  const body = [...weight].sort((a, b) => b[1] - a[1])[0]![0];

  const lines: Line[][] = pages.map((p, n) => toLines(p.items, n, body));

  // Page furniture: page numbers and lines repeated in the top or bottom margin of several pages.
  const margin = (l: Line, height: number) => l.y > height * 0.9 || l.y < height * 0.08;
  const key = (t: string) => t.replace(/\d+/g, '#');
  const seen = new Map<string, number>();
  pages.forEach((p, n) => {
    for (const k of new Set(lines[n]!.filter((l) => margin(l, p.height)).map((l) => key(l.text)))) seen.set(k, (seen.get(k) ?? 0) + 1);
  });
  let furniture = 0;
  pages.forEach((p, n) => {
    lines[n] = lines[n]!.filter((l) => {
      const drop = margin(l, p.height) && (/^(page\s+)?\d{1,4}(\s*\/\s*\d+)?$/i.test(l.text) || /^GE\.\d/.test(l.text) || (n > 0 && (seen.get(key(l.text)) ?? 0) >= 2));
      if (drop) furniture++;
      return !drop;
    });
  });

  // Footnotes: the small lines below the last body-size line of a page.
  const footnotes: Footnote[] = [];
  const bodyLines: Line[] = [];
  for (const pageLines of lines) {
    const lowestBody = Math.min(...pageLines.filter((l) => l.size >= body * 0.9).map((l) => l.y));
    for (const l of pageLines) {
      if (l.size < body * 0.9 && l.y < lowestBody) {
        const m = l.leadingMark ? [l.text, l.leadingMark, l.text] : /^(\d{1,3}|\*{1,3})\s+(.*)$/.exec(l.text);
        if (m) footnotes.push({ id: m[1]!, text: m[2]!.trim() });
        else if (footnotes.length) footnotes[footnotes.length - 1]!.text += joiner(footnotes[footnotes.length - 1]!.text, l.text) + l.text;
        else warnings.push(`small text at the foot of page ${l.page + 1} ("${l.text.slice(0, 40)}") is not a numbered note; it was left out`);
      } else bodyLines.push(l);
    }
  }

  if (!footnotes.length) {
    const trailing = trailingNotes(bodyLines);
    if (trailing) {
      bodyLines.splice(trailing.start);
      footnotes.push(...trailing.notes);
      warnings.push(`no notes in small type at the foot of the pages: the numbered lines at the end of the document were read as its ${trailing.notes.length} note(s), and ${trailing.refs} number(s) glued to the text before them as their references`);
    }
  }

  const blocks = toBlocks(bodyLines, body);
  if (furniture) warnings.push(`${furniture} page number and running-head line(s) were left out`);
  return { blocks, footnotes, warnings };
}

/**
 * Notes set in body type at the end of the document (a PDF without size differences): the shortest run of lines at
 * the end whose numbered lines count 1, 2, 3 … with nothing between them but their continuations. Their references
 * are the same numbers glued to a word or punctuation in the text ("Parliament.1"), taken in order, each once; with
 * no such reference the lines stay text.
 */
function trailingNotes(lines: Line[]): { start: number; notes: Footnote[]; refs: number } | undefined {
  const NOTE = /^(\d{1,3})\s+(\S.*)$/;
  for (let start = 0; start < lines.length; start++) {
    // Note 1 starts a block: the line before it ends a sentence ("… on\n1 January 2023" is no note).
    if (NOTE.exec(lines[start]!.text)?.[1] !== '1' || (start > 0 && !/[.:;]$/.test(lines[start - 1]!.text))) continue;
    const notes: Footnote[] = [];
    let ok = true;
    for (const l of lines.slice(start)) {
      const m = NOTE.exec(l.text);
      if (m && Number(m[1]) === notes.length + 1) notes.push({ id: m[1]!, text: m[2]! });
      else if (m || takeMarker(l.text).marker) {
        ok = false;
        break;
      } else notes[notes.length - 1]!.text += joiner(notes[notes.length - 1]!.text, l.text) + l.text;
    }
    if (!ok) continue;
    let next = 1;
    for (const l of lines.slice(0, start)) {
      l.text = l.text.replace(/(?<=[\p{L}.,;:)\]”’"])(\d{1,3})(?=[\s,.;:]|$)/gu, (d: string) => (Number(d) === next && next <= notes.length ? `[^${next++}]` : d));
    }
    // Notes nothing refers to are more likely the document's last lines than its notes: they stay text.
    return next > 1 ? { start, notes, refs: next - 1 } : undefined;
  }
  return undefined;
}

function joiner(before: string, after: string): string {
  return /[-‐]$/.test(before) && /^\p{Ll}/u.test(after) ? '' : ' ';
}

/** Runs to lines: one line per baseline, raised small digits as footnote references. */
function toLines(items: Item[], page: number, body: number): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: { y: number; size: number; items: Item[] }[] = [];
  for (const it of sorted) {
    const g = groups.slice(-3).find((l) => Math.abs(l.y - it.y) <= 0.6 * Math.max(l.size, it.size));
    if (g) {
      g.items.push(it);
      if (it.size > g.size || (it.size === g.size && it.y < g.y)) {
        g.size = it.size;
        g.y = it.y;
      }
    } else groups.push({ y: it.y, size: it.size, items: [it] });
  }
  return groups.map((g) => {
    const its = g.items.sort((a, b) => a.x - b.x);
    let text = '';
    let leadingMark: string | undefined;
    let end = -Infinity;
    its.forEach((it, i) => {
      const raised = it.size < g.size * 0.85 && it.y > g.y + g.size * 0.15 && /^\s*(\d{1,3}|\*{1,3})\s*$/.test(it.str);
      if (raised && i === 0 && g.size < body * 0.9) leadingMark = it.str.trim();
      else if (raised) text += `[^${it.str.trim()}]`;
      else {
        const gap = it.x - end > g.size * 0.15;
        if (text && gap && !/\s$/.test(text) && !/^\s/.test(it.str)) text += ' ';
        text += it.str;
      }
      end = it.x + it.width;
    });
    return { page, y: g.y, x: its[0]!.x, size: g.size, text: text.replace(/\s+/g, ' ').trim(), leadingMark };
  }).filter((l) => l.text);
}

/** Lines to headings and paragraphs. */
function toBlocks(lines: Line[], body: number): Block[] {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (a.page === b.page && Math.abs(a.size - body) < 0.5 && Math.abs(b.size - body) < 0.5) gaps.push(a.y - b.y);
  }
  gaps.sort((a, b) => a - b);
  const lineGap = gaps.length ? gaps[Math.floor(gaps.length / 4)]! : body * 1.2;
  const left = Math.min(...lines.filter((l) => Math.abs(l.size - body) < 0.5).map((l) => l.x));
  const headingSizes = [...new Set(lines.filter((l) => l.size > body * 1.15).map((l) => round(l.size)))].sort((a, b) => b - a);

  const blocks: Block[] = [];
  let para: { lines: string[] } | undefined;
  let heading: { depth: number; text: string; size: number } | undefined;
  const flush = () => {
    if (para) {
      const text = para.lines.reduce((acc, l) => (acc ? acc + joiner(acc, l) + l : l), '');
      const taken = takeMarker(text);
      blocks.push({ kind: 'paragraph', text: taken.text, marker: taken.marker });
    }
    if (heading) blocks.push({ kind: 'heading', depth: heading.depth, text: heading.text });
    para = undefined;
    heading = undefined;
  };
  let prev: Line | undefined;
  for (const l of lines) {
    const isHeading = l.size > body * 1.15;
    const samePage = prev?.page === l.page;
    const gap = prev && samePage ? prev.y - l.y : 0;
    if (isHeading) {
      const depth = Math.min(headingSizes.indexOf(round(l.size)) + 1, 6);
      if (heading && heading.size === l.size && gap < l.size * 1.6) heading.text += ` ${l.text}`;
      else {
        flush();
        heading = { depth, text: l.text, size: l.size };
      }
      prev = l;
      continue;
    }
    const startsMarked = !!takeMarker(l.text).marker;
    const prevEnds = !!para && /[.:;]$/.test(para.lines[para.lines.length - 1]!);
    const newPara = !para
      || (samePage && gap > lineGap * 1.4)
      || (startsMarked && (prevEnds || (samePage && gap > lineGap * 1.2)))
      || (l.x > left + body * 0.8 && prevEnds)
      || (!samePage && prevEnds && !/^\p{Ll}/u.test(l.text));
    if (newPara || heading) {
      flush();
      para = { lines: [l.text] };
    } else para!.lines.push(l.text);
    prev = l;
  }
  flush();
  return blocks;
}
