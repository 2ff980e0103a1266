import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Heading, Html, Nodes, Parent, Root } from 'mdast';

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

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);

export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}

export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
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

const start = (n: Nodes) => n.position?.start.offset ?? 0;
const end = (n: Nodes) => n.position?.end.offset ?? 0;

/** Builds the report model: prose blocks with exact offsets, sentences, sections, footnotes and comments. */
export function buildReportModel(text: string): ReportModel {
  const tree = parseMarkdown(text);
  const model: ReportModel = { text, blocks: [], sections: [{ title: '', depth: 0, start: 0, end: 0, parent: -1, contentEnd: text.length }], footnoteDefinitions: new Map(), comments: [], lineStarts: lineStartsOf(text) };
  const stack: number[] = [0];

  const addBlock = (node: Parent & Nodes, kind: ProseBlock['kind']) => {
    const s = start(node);
    const e = end(node);
    if (e <= s) return;
    const chars: string[] = new Array(e - s).fill(' ');
    const footnoteRefs: ProseBlock['footnoteRefs'] = [];
    const reveal = (n: Nodes) => {
      if (n.type === 'text') {
        const a = start(n);
        const b = end(n);
        for (let i = a; i < b; i++) chars[i - s] = text[i]!;
      } else if (n.type === 'footnoteReference') {
        footnoteRefs.push({ label: n.identifier, start: start(n), end: end(n) });
      } else if (n.type === 'link') {
        // A bare URL (autolink) is not prose; a link's label is.
        const label = n.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
        if (label === n.url || /^(https?:|www\.|mailto:)/i.test(label)) return;
        n.children.forEach(reveal);
      } else if (n.type === 'inlineCode' || n.type === 'html' || n.type === 'image' || n.type === 'imageReference') {
        if (n.type === 'html') collectComment(n);
        return;
      } else if ('children' in n) {
        (n.children as Nodes[]).forEach(reveal);
      }
    };
    node.children.forEach((c) => reveal(c as Nodes));
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
    model.blocks.push({ kind, start: s, end: e, text: masked, sentences: splitSentences(masked), section: stack[stack.length - 1]!, footnoteRefs });
  };

  const collectComment = (n: Html) => {
    const re = /<!--([\s\S]*?)-->/g;
    for (let m = re.exec(n.value); m; m = re.exec(n.value)) {
      const s = start(n) + m.index;
      model.comments.push({ text: m[1]!.trim(), start: s, end: s + m[0].length, line: positionAt(model.lineStarts, s).line });
    }
  };

  const openSection = (h: Heading) => {
    while (stack.length > 1 && model.sections[stack[stack.length - 1]!]!.depth >= h.depth) {
      model.sections[stack.pop()!]!.contentEnd = start(h);
    }
    const title = h.children.map(plain).join('').trim();
    model.sections.push({ title, depth: h.depth, start: start(h), end: end(h), parent: stack[stack.length - 1]!, contentEnd: text.length });
    stack.push(model.sections.length - 1);
  };

  const walk = (node: Nodes, footnote?: string) => {
    switch (node.type) {
      case 'heading':
        openSection(node);
        addBlock(node, 'heading');
        return;
      case 'paragraph':
        addBlock(node, 'paragraph');
        if (footnote) model.footnoteDefinitions.get(footnote)!.blocks.push(model.blocks.length - 1);
        return;
      case 'tableCell':
        addBlock(node, 'tableCell');
        return;
      case 'code':
      case 'yaml':
      case 'definition':
        return;
      case 'html':
        collectComment(node);
        return;
      case 'footnoteDefinition':
        model.footnoteDefinitions.set(node.identifier, { start: start(node), end: end(node), blocks: [] });
        node.children.forEach((c) => walk(c as Nodes, node.identifier));
        return;
      default:
        if ('children' in node) (node.children as Nodes[]).forEach((c) => walk(c, footnote));
    }
  };
  walk(tree);
  return model;
}

function plain(n: Nodes): string {
  if (n.type === 'text' || n.type === 'inlineCode') return n.value;
  if ('children' in n) return (n.children as Nodes[]).map(plain).join('');
  return '';
}

/** Words after which a period does not end a sentence. */
const ABBREVIATIONS = new Set(['para', 'paras', 'no', 'nos', 'art', 'arts', 'e.g', 'i.e', 'etc', 'mr', 'ms', 'mrs', 'dr', 'corr', 'add', 'rev', 'vs', 'cf', 'pp', 'p', 'st', 'sub', 'subpara', 'ch', 'sect', 'approx', 'incl', 'ibid', 'op', 'cit', 'al', 'vol', 'fig']);

/** Splits prose into sentences, as offsets into the given text. */
export function splitSentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let s = 0;
  const push = (e: number) => {
    let a = s;
    while (a < e && /\s/.test(text[a]!)) a++;
    let b = e;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push({ start: a, end: b });
    s = e;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n' && text[i + 1] === '\n') {
      push(i);
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
