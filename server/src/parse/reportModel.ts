import type { Html, Nodes, Parent, Root, Table } from 'mdast';
import { chunkCache, PART_ROW_LABEL, parseChunksInSteps, parseWhole, type Chunk, type ChunkCache, type ChunkParse, type PlainProse } from './chunks';
import { POST_TIME, SUB_NUMBERED_PARAGRAPH } from './figures';
import { finish, type Steps } from './steps';

/** A run of prose in the report (a paragraph, a heading, a table cell). */
export interface ProseBlock {
  kind: 'paragraph' | 'heading' | 'tableCell';
  /** Offsets into the document. */
  start: number;
  end: number;
  /**
   * The block's source with everything that is not prose (markup, inline code, HTML, URLs,
   * footnote markers) replaced by spaces, so `text[i]` stands at document offset `start + i`.
   */
  text: string;
  sentences: { start: number; end: number }[];
  /** Index into ReportModel.sections. */
  section: number;
  /** Footnote labels referenced in this block, with their offsets. */
  footnoteRefs: { label: string; start: number; end: number }[];
  /**
   * For a table cell, what heads it: its row's first cell and its column's header ("Terminated in connection with
   * death · 2023"). A figure in a cell is read with these words, as a sentence would state it.
   */
  lead?: string;
  /** For a table cell, the table's whole header row, and its own column's header. */
  tableHeader?: string;
  columnHeader?: string;
  /**
   * For a table cell, the cell of a year or span of years its row holds before it, other than the row's first
   * ("| Persons released … | 2022 | 471 |"): the year of the row. Kept apart from `lead`, which the cells of a column
   * share across rows for what their words fit.
   */
  rowYear?: string;
}

export interface Section {
  /** Heading text ('' for the part before the first heading). */
  title: string;
  depth: number;
  /** Offsets of the heading itself (empty range for the preamble). */
  start: number;
  end: number;
  /** Index of the enclosing section, or -1. */
  parent: number;
  /** Offset where the section's content ends (next heading of same or higher level). */
  contentEnd: number;
}

export interface Directive {
  /** The HTML comment's inner text, trimmed, e.g. "treaty-disable figure-mismatch". */
  text: string;
  start: number;
  end: number;
  line: number;
}

export interface ReportModel {
  text: string;
  blocks: ProseBlock[];
  sections: Section[];
  /** Footnote definitions: label → block indices of their content. */
  footnoteDefinitions: Map<string, { start: number; end: number; blocks: number[] }>;
  /** HTML comments (suppression directives live here). */
  comments: Directive[];
  lineStarts: number[];
}

/** The whole document in one parse (remark with GFM and front matter), as the checker reads it. */
export function parseMarkdown(text: string): Root {
  return parseWhole(text);
}

export function lineStartsOf(text: string): number[] {
  // Lines end at LF, CRLF or a lone CR, as LSP clients count them (vscode-languageserver-textdocument): counting
  // only LF put every range after a lone CR on the wrong line.
  // (By character, not with a regex: a match object per line was most of what a re-check allocated here.)
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** 0-based line and character of an offset. */
export function positionAt(lineStarts: number[], offset: number): { line: number; character: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - lineStarts[lo]! };
}

export function offsetAt(lineStarts: number[], textLength: number, line: number, character: number): number {
  if (line >= lineStarts.length) return textLength;
  if (line < 0) return 0;
  return Math.min(lineStarts[line]! + Math.max(0, character), line + 1 < lineStarts.length ? lineStarts[line + 1]! - 1 : textLength);
}

/** What one chunk contributes to the model, in document order, with offsets relative to the chunk's start. */
type ChunkEvent =
  | { kind: 'section'; depth: number; title: string; start: number; end: number }
  | { kind: 'block'; block: Omit<ProseBlock, 'section'>; placed?: ProseBlock }
  | { kind: 'footnoteBlock'; label: string }
  | { kind: 'footnoteDefinition'; label: string; start: number; end: number }
  | { kind: 'comment'; text: string; start: number; end: number };

/** The chunks the model was built from, so that the next version of the text re-parses only what changed. */
const chunksOf = new WeakMap<ReportModel, ChunkCache<ChunkEvent[]>>();

/**
 * One chunk's share of the model: its blocks (`blocks[from]` up to `blocks[to]`), where the chunk starts, and what it
 * was made from. `source` is the same object for the same chunk in successive versions of the text (the chunk's
 * events, reused with it), wherever it now stands: a re-check takes the outcomes of such a chunk's blocks together
 * when nothing before it changed what they read (checkReport.ts), instead of looking each block up.
 */
export interface ModelPiece {
  source: object;
  start: number;
  from: number;
  to: number;
}

const piecesOf = new WeakMap<ReportModel, ModelPiece[]>();

/** The pieces of a model, in order; a model not built from chunks is one piece of its own. */
export function modelPieces(model: ReportModel): ModelPiece[] {
  return piecesOf.get(model) ?? [{ source: model, start: 0, from: 0, to: model.blocks.length }];
}

/** What the model keeps of a chunk's parse: its events. */
const digest = (body: string, parse: ChunkParse): ChunkEvent[] => ('tree' in parse ? chunkEvents(body, parse.tree, parse.prefix) : plainEvents(body, parse.plain));

/**
 * The parsed chunks of several models, for texts made of the same pieces: a source's paragraphs are read back one by
 * one, each with the paragraph before it and the notes it calls (../sources/factLinks.ts), and each piece is parsed
 * once for all of them. A chunk is taken only where it parses as it did (the same text, place in the document, label
 * definitions around it and table context: see chunks.ts), so a model built with a store is the model built without.
 */
export type ChunkStore = ChunkCache<ChunkEvent[]>;

/** Adds the chunks a model was built from to a store. */
export function keepChunks(store: ChunkStore, model: ReportModel): void {
  for (const [body, chunks] of chunksOf.get(model) ?? []) {
    const known = store.get(body);
    if (!known) store.set(body, [...chunks]);
    else for (const c of chunks) if (!known.includes(c)) known.push(c);
  }
}

/**
 * Builds the report model: prose blocks with exact offsets, sentences, sections, footnotes and comments.
 * With `previous` (the model of an earlier version of the same document, or a store of chunks of texts made of the
 * same pieces), chunks whose text did not change are reused.
 */
export function buildReportModel(text: string, previous?: ReportModel | ChunkStore): ReportModel {
  return finish(buildReportModelInSteps(text, previous));
}

/** `buildReportModel` in steps: one after each chunk remark parses (see steps.ts). */
export function* buildReportModelInSteps(text: string, previous?: ReportModel | ChunkStore): Steps<ReportModel> {
  const old = previous instanceof Map ? previous : previous ? chunksOf.get(previous) : undefined;
  return modelFromChunks(text, yield* parseChunksInSteps(text, digest, old));
}

/** The model from one parse of the whole document with every extension: what the chunked parse must reproduce. */
export function buildReportModelWhole(text: string): ReportModel {
  return modelFromChunks(text, [{ start: 0, end: text.length, body: text, first: true, affix: '', defines: [], digest: chunkEvents(text, parseWhole(text), 0) }]);
}

function modelFromChunks(text: string, chunks: Chunk<ChunkEvent[]>[]): ReportModel {
  const model: ReportModel = { text, blocks: [], sections: [{ title: '', depth: 0, start: 0, end: 0, parent: -1, contentEnd: text.length }], footnoteDefinitions: new Map(), comments: [], lineStarts: lineStartsOf(text) };
  const stack: number[] = [0];
  const pieces: ModelPiece[] = [];
  for (const chunk of chunks) {
    const events = chunk.digest;
    const base = chunk.start;
    const from = model.blocks.length;
    for (const e of events) {
      switch (e.kind) {
        case 'section':
          while (stack.length > 1 && model.sections[stack[stack.length - 1]!]!.depth >= e.depth) {
            model.sections[stack.pop()!]!.contentEnd = base + e.start;
          }
          model.sections.push({ title: e.title, depth: e.depth, start: base + e.start, end: base + e.end, parent: stack[stack.length - 1]!, contentEnd: text.length });
          stack.push(model.sections.length - 1);
          break;
        case 'block': {
          // The block of the previous version, when it stands at the same place in the same section.
          const section = stack[stack.length - 1]!;
          if (!e.placed || e.placed.start !== base + e.block.start || e.placed.section !== section) e.placed = placeBlock(e.block, base, section);
          model.blocks.push(e.placed);
          break;
        }
        case 'footnoteBlock':
          model.footnoteDefinitions.get(e.label)!.blocks.push(model.blocks.length - 1);
          break;
        case 'footnoteDefinition':
          model.footnoteDefinitions.set(e.label, { start: base + e.start, end: base + e.end, blocks: [] });
          break;
        case 'comment':
          model.comments.push({ text: e.text, start: base + e.start, end: base + e.end, line: positionAt(model.lineStarts, base + e.start).line });
          break;
      }
    }
    pieces.push({ source: events, start: base, from, to: model.blocks.length });
  }
  chunksOf.set(model, chunkCache(chunks));
  piecesOf.set(model, pieces);
  return model;
}

/**
 * A chunk's block at its place in the document. Every block after an edit is placed again (18,000 cells for a table of
 * 3,000 rows): one object literal of a fixed shape each, without spreading the optional table fields in.
 */
function placeBlock(b: Omit<ProseBlock, 'section'>, base: number, section: number): ProseBlock {
  const footnoteRefs = b.footnoteRefs.length ? b.footnoteRefs.map((r) => ({ label: r.label, start: base + r.start, end: base + r.end })) : [];
  if (b.lead === undefined) return { kind: b.kind, start: base + b.start, end: base + b.end, text: b.text, sentences: b.sentences, footnoteRefs, section };
  return { kind: b.kind, start: base + b.start, end: base + b.end, text: b.text, sentences: b.sentences, footnoteRefs, section, lead: b.lead, tableHeader: b.tableHeader, columnHeader: b.columnHeader, ...(b.rowYear !== undefined ? { rowYear: b.rowYear } : {}) };
}

/** The events of plain prose: the block is its own text (a heading's marks, emphasis marks and footnote references masked). */
function plainEvents(body: string, plain: PlainProse): ChunkEvent[] {
  const events: ChunkEvent[] = plain.comment ? [{ kind: 'comment', ...plain.comment }] : [];
  if (plain.kind === 'none') return events;
  if (plain.kind === 'footnotes') {
    // As the walk of a parse gives them: the definition, its paragraph, and the paragraph's place in the definition.
    for (const d of plain.definitions!) {
      events.push({ kind: 'footnoteDefinition', label: d.identifier, start: d.start, end: d.end });
      plainParagraph(body, d.paragraph, events);
      events.push({ kind: 'footnoteBlock', label: d.identifier });
    }
    return events;
  }
  const content = body.slice(0, plain.end);
  if (plain.kind === 'paragraph') {
    plainParagraph(body, plain, events);
    return events;
  }
  const masked = ' '.repeat(plain.textStart) + content.slice(plain.textStart);
  events.push(
    { kind: 'section', depth: plain.depth!, title: content.slice(plain.textStart).trim(), start: 0, end: plain.end },
    { kind: 'block', block: { kind: 'heading', start: 0, end: plain.end, text: masked, sentences: splitSentences(masked), footnoteRefs: [] } },
  );
  return events;
}

/** A paragraph of plain prose: its text with emphasis marks and footnote references masked (offsets in the chunk). */
function plainParagraph(body: string, plain: PlainProse, events: ChunkEvent[]): void {
  let prose = body.slice(plain.textStart, plain.end);
  const footnoteRefs = (plain.footnotes ?? []).map((c) => ({ label: c.identifier, start: c.start, end: c.end }));
  if (plain.emphasis?.length || footnoteRefs.length) prose = masked(prose, plain.textStart, plain.emphasis ?? [], footnoteRefs);
  // As `addBlock` does: a paragraph with nothing to read is no block.
  if (!/\S/.test(prose) && footnoteRefs.length === 0) return;
  events.push({ kind: 'block', block: { kind: 'paragraph', start: plain.textStart, end: plain.end, text: prose, sentences: splitSentences(prose), footnoteRefs } });
}

/**
 * `text` with the code units at `marks` and in `ranges` (offsets in the chunk, `textStart` where the text begins) made
 * spaces. Kept as stretches: splitting a paragraph into its code units and joining them again was most of reading a
 * plain paragraph with notes. (An offset past the text, which the split would have added, is masked that way.)
 */
function masked(text: string, textStart: number, marks: readonly number[], ranges: readonly { start: number; end: number }[]): string {
  const mask = new Uint8Array(text.length);
  const mark = (at: number) => {
    const i = at - textStart;
    if (i >= text.length || !Number.isInteger(i)) return false;
    if (i >= 0) mask[i] = 1;
    return true;
  };
  let inside = marks.every(mark);
  for (const r of ranges) for (let i = r.start; inside && i < r.end; i++) inside = mark(i);
  if (!inside) {
    const chars = text.split('');
    for (const at of marks) chars[at - textStart] = ' ';
    for (const r of ranges) for (let i = r.start; i < r.end; i++) chars[i - textStart] = ' ';
    return chars.join('');
  }
  let out = '';
  for (let i = 0; i < text.length; ) {
    let j = i;
    while (j < text.length && mask[j] === mask[i]) j++;
    out += mask[i] ? ' '.repeat(j - i) : text.slice(i, j);
    i = j;
  }
  return out;
}

/** Walks one chunk's tree. `shift` is the length of definitions parsed before the chunk's own text. */
function chunkEvents(text: string, tree: Root, shift: number): ChunkEvent[] {
  const events: ChunkEvent[] = [];
  const start = (n: Nodes) => (n.position?.start.offset ?? 0) - shift;
  const end = (n: Nodes) => (n.position?.end.offset ?? 0) - shift;

  const addBlock = (node: Parent & Nodes, kind: ProseBlock['kind'], lead?: { lead: string; header: string; column: string; rowYear?: string }) => {
    const s = start(node);
    const e = end(node);
    if (e <= s) return;
    const chars: string[] = new Array(e - s).fill(' ');
    const footnoteRefs: ProseBlock['footnoteRefs'] = [];
    // Inside <sup>…</sup>: a footnote marker or an ordinal's letters, not prose.
    let superscript = false;
    const reveal = (n: Nodes): Nodes[] | undefined => {
      if (n.type === 'html' && /^<\/?sup\b/i.test(n.value)) superscript = !n.value.startsWith('</');
      if (superscript && n.type === 'text') return undefined;
      if (n.type === 'text') {
        const a = start(n);
        const b = end(n);
        for (let i = a; i < b; i++) chars[i - s] = text[i]!;
      } else if (n.type === 'footnoteReference') {
        footnoteRefs.push({ label: n.identifier, start: start(n), end: end(n) });
      } else if (n.type === 'link') {
        // A bare URL (autolink) is not prose; a link's label is.
        const label = n.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
        if (label === n.url || /^(https?:|www\.|mailto:)/i.test(label)) return undefined;
        return n.children as Nodes[];
      } else if (n.type === 'inlineCode' || n.type === 'html' || n.type === 'image' || n.type === 'imageReference') {
        if (n.type === 'html') collectComment(n);
      } else if ('children' in n) {
        return n.children as Nodes[];
      }
      return undefined;
    };
    inOrder(node.children as Nodes[], reveal);
    // Line starts inside a block (blockquote markers, indentation) are not prose.
    for (let i = 0; i < chars.length; i++) {
      if (text[s + i] === '\n') {
        chars[i] = '\n';
        let j = i + 1;
        while (j < chars.length && /[ \t>]/.test(text[s + j]!)) chars[j++] = ' ';
      }
      if (text[s + i] === '\r') chars[i] = ' ';
    }
    const masked = chars.join('');
    if (!/\S/.test(masked) && footnoteRefs.length === 0) return;
    const sentences = splitSentences(masked);
    // Literals of two fixed shapes (not an optional part spread in), as `placeBlock` reads them again after every edit.
    const block = lead ? { kind, start: s, end: e, text: masked, sentences, footnoteRefs, lead: lead.lead, tableHeader: lead.header, columnHeader: lead.column, ...(lead.rowYear !== undefined ? { rowYear: lead.rowYear } : {}) } : { kind, start: s, end: e, text: masked, sentences, footnoteRefs };
    events.push({ kind: 'block', block });
  };
  /** A cell of figures with their units or qualifiers ("about 1,200 cases", "12 per cent") is no label. */
  const NUMBER_WORDS_IN_CELL = /[\d.,%]+|\b(?:per cent|percent|about|around|over|under|some|cases|persons|people|thousand|million|billion|tenge|KZT|USD|EUR)\b/gi;
  const leadOfCell = new Map<Nodes, { lead: string; header: string; column: string; rowYear?: string }>();
  /** The header of a column of notes on each row: "Note", "Source", "Comments". */
  const NOTE_COLUMN = /^\W*(?:notes?|comments?|remarks?|sources?|data source|source of (?:the )?data|basis)\W*$/i;
  const YEAR_CELL = /^(?:19|20)\d\d(?:\s*[–—-]\s*(?:(?:19|20)\d\d|\d\d))?$/;
  const PERIOD_COLUMN = /^\W*(?:period|reporting period|year|years)\W*$/i;
  /**
   * "| Responsible body |", "| Lead agency |", "| Implementing bodies |": a column of an implementation matrix that names
   * who is to act on each row, not whose or where the row's figures are.
   */
  const RESPONSIBLE_COLUMN = /^\W*(?:(?:responsible|lead|implementing|executing|competent)\s+(?:bod(?:y|ies)|agenc(?:y|ies)|authorit(?:y|ies)|institutions?|ministr(?:y|ies)|partners?)|responsible|executors?|in charge)\W*$/i;
  /** A cell of one figure and nothing else: "64", "1,097", "45.5 %", "about 3,500". */
  const FIGURE_CELL = /^(?:(?:about|some|over|nearly|almost|more than|at least)\s+)?[\d][\d\s,.\u00a0\u202f]*(?:\s*(?:%|per cent|percent))?$/i;
  /**
   * What heads each cell of a table: its column's header, and its row's label: the row's cells of words before it
   * ("| 12 July 2022 | Ministry of Justice | January cases closed as unsubstantiated | 173 |"), not its other figures.
   */
  const noteTableLeads = (table: Table) => {
    const rows = table.children;
    const header = rows[0]?.children.map((c) => plain(c).trim()) ?? [];
    const headerRow = header.filter(Boolean).join(' · ');
    let above = '';
    for (const row of rows.slice(1)) {
      const texts = row.children.map((c) => plain(c).trim());
      // "| of which prevented through video surveillance | 7 |": a row that is part of the row above reads with its label.
      const partOfAbove = above && PART_ROW_LABEL.test(texts[0] ?? '') ? `${above} · ` : '';
      if (!partOfAbove) above = texts[0] ?? '';
      row.children.forEach((cell, i) => {
        // ("| 64 | Coalition complaints from Almaty |": a box of numbers gives the figure first and what it counts after it.)
        // (Not a row's number before its label and its figures: "| 7 | Persons convicted … | 64 |".)
        const valueFirst = i === 0 && FIGURE_CELL.test(texts[0] ?? '') && !YEAR_CELL.test(texts[0] ?? '') && !texts.slice(1).some((t) => /^\W*\d/.test(t));
        const words = valueFirst ? texts.slice(1).filter((t) => /\p{L}{3}/u.test(t.replace(NUMBER_WORDS_IN_CELL, ''))) : [];
        const label = partOfAbove + (words.length ? words.join(' · ') : texts.slice(0, i).filter((t, k) => k === 0 || (/\p{L}{3}/u.test(t.replace(NUMBER_WORDS_IN_CELL, '')) && !RESPONSIBLE_COLUMN.test(header[k] ?? ''))).join(' · '));
        // ("| Semey | 9 of 14 | our count, 2024 |": a column of notes or sources says whose the row's figures are, and when.)
        const notes = texts.filter((t, k) => k > i && t && NOTE_COLUMN.test(header[k] ?? ''));
        const lead = [label, header[i] ?? '', ...notes].filter(Boolean).join(' · ');
        // (A cell of a year or span of years before it, "| Persons released … | 2022 | 471 |", dates the row.)
        // (So does a column headed "Period" or "Year" after it: "| Officials disciplined … | 141 | January–June 2024 |".)
        const rowYear = texts.slice(1, i).find((t) => YEAR_CELL.test(t)) ?? texts.find((t, k) => k > i && PERIOD_COLUMN.test(header[k] ?? '') && /\b(?:19|20)\d\d\b/.test(t));
        if (lead) leadOfCell.set(cell, { lead, header: headerRow, column: header[i] ?? '', ...(rowYear !== undefined ? { rowYear } : {}) });
      });
    }
  };

  const collectComment = (n: Html) => {
    // indexOf, not /<!--([\s\S]*?)-->/g: an unclosed comment runs to the end of the document, and the regex rescanned
    // that rest from every later "<!--" (quadratic on "<!--<!--<!--…").
    const v = n.value;
    for (let open = v.indexOf('<!--'); open >= 0; ) {
      const close = v.indexOf('-->', open + 4);
      if (close < 0) break;
      const s = start(n) + open;
      events.push({ kind: 'comment', text: v.slice(open + 4, close).trim(), start: s, end: s + close + 3 - open });
      open = v.indexOf('<!--', close + 3);
    }
  };

  // Iterative (see `inOrder`): 10,000 nested block quotes overflowed the stack when this recursed.
  const footnoteOf = new Map<Nodes, string>();
  const visit = (node: Nodes): Nodes[] | undefined => {
    const footnote = footnoteOf.get(node);
    switch (node.type) {
      case 'heading':
        events.push({ kind: 'section', depth: node.depth, title: plain(node).trim(), start: start(node), end: end(node) });
        addBlock(node, 'heading');
        return undefined;
      case 'paragraph':
        addBlock(node, 'paragraph');
        if (footnote) events.push({ kind: 'footnoteBlock', label: footnote });
        return undefined;
      case 'table':
        if (footnote) for (const c of node.children) footnoteOf.set(c, footnote);
        noteTableLeads(node);
        return node.children as Nodes[];
      case 'tableCell':
        addBlock(node, 'tableCell', leadOfCell.get(node));
        return undefined;
      case 'code':
      case 'yaml':
      case 'definition':
        return undefined;
      case 'html':
        collectComment(node);
        return undefined;
      case 'footnoteDefinition':
        events.push({ kind: 'footnoteDefinition', label: node.identifier, start: start(node), end: end(node) });
        for (const c of node.children) footnoteOf.set(c as Nodes, node.identifier);
        return node.children as Nodes[];
      default:
        if (!('children' in node)) return undefined;
        if (footnote) for (const c of node.children as Nodes[]) footnoteOf.set(c, footnote);
        return node.children as Nodes[];
    }
  };
  const walk = (node: Nodes) => inOrder([node], visit);
  // Only the chunk's own nodes: definitions parsed around it for context are not part of it.
  for (const c of tree.children) {
    const s = start(c);
    if (s >= 0 && s < Math.max(text.length, 1)) walk(c);
    // A chunk that starts among a table's rows is parsed after the table's header (chunks.ts): its rows are its own.
    else if (s < 0 && c.type === 'table' && end(c) > 0) {
      noteTableLeads(c);
      for (const row of c.children) if (start(row) >= 0) walk(row);
    }
  }
  return events;
}

/** The text of a node's text and code descendants, in order. */
function plain(n: Nodes): string {
  let out = '';
  inOrder((n as Parent).children as Nodes[], (c) => {
    if (c.type === 'text' || c.type === 'inlineCode') out += c.value;
    return 'children' in c ? (c.children as Nodes[]) : undefined;
  });
  return out;
}

/**
 * Visits nodes depth first in document order without recursion, so that no nesting depth (block quotes, lists,
 * emphasis) can overflow the stack. `visit` returns the children to descend into, if any.
 */
function inOrder(roots: Nodes[], visit: (n: Nodes) => Nodes[] | undefined): void {
  const stack: Nodes[] = [];
  for (let i = roots.length - 1; i >= 0; i--) stack.push(roots[i]!);
  while (stack.length) {
    const children = visit(stack.pop()!);
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/** Words after which a period does not end a sentence. */
const ABBREVIATIONS = new Set(['para', 'paras', 'no', 'nos', 'art', 'arts', 'e.g', 'i.e', 'etc', 'mr', 'ms', 'mrs', 'dr', 'corr', 'add', 'rev', 'vs', 'cf', 'pp', 'p', 'st', 'sub', 'subpara', 'ch', 'sect', 'approx', 'incl', 'ibid', 'op', 'cit', 'al', 'vol', 'fig']);

/** A label alone: a paragraph number with a sub-number ("8-1.", "12.3.") or the time of a post in a feed or a log ("16:46."). */
const LABEL_ONLY = new RegExp(`^(?:${SUB_NUMBERED_PARAGRAPH}|${POST_TIME})$`);

/** Splits prose into sentences, as offsets into the given text. */
export function splitSentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let s = 0;
  const push = (e: number) => {
    let a = s;
    while (a < e && /\s/.test(text[a]!)) a++;
    let b = e;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    // A paragraph's own number ("8-1.", "12.3.") or a post's time ("16:46.") is no sentence: the one after it carries
    // its subject from the paragraph before ("8-1. Of them, 93 were women").
    if (b > a && !LABEL_ONLY.test(text.slice(a, b))) out.push({ start: a, end: b });
    s = e;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n' && text[i + 1] === '\n') {
      push(i);
      continue;
    }
    // "F. whereas 238 people were killed;⏎G. whereas …": a line that ends on a semicolon ends its sentence (recitals,
    // operative paragraphs and list-like lines of one paragraph).
    if (c === ';' && (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n'))) {
      push(i + 1);
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    const next = text[i + 1];
    if (next !== undefined && !/\s/.test(next) && !/["'”’)\]]/.test(next)) continue;
    if (c === '.') {
      const before = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, i - 12), i))?.[1]?.toLowerCase();
      if (before && (ABBREVIATIONS.has(before) || /^[a-z]$/i.test(before))) continue;
      // "No. 5" style and decimals are handled above; a following lowercase word continues the sentence.
      const after = /^\s+(\S)/.exec(text.slice(i + 1, i + 4));
      if (after && /[a-z0-9(]/.test(after[1]!)) continue;
    }
    push(i + 1);
  }
  push(text.length);
  return out;
}
