import type { Element, ElementContent, Nodes as HastNodes, Root as HastRoot } from 'hast';
import type { Nodes as MdastNodes, PhrasingContent, Root as MdastRoot, RootContent, Table } from 'mdast';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import rehypeRemark, { type Options as RehypeRemarkOptions } from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { Block, ExtractedDocument, Footnote, Marker } from './types';

/** A paragraph's leading number (`12.`) or lettered/roman subparagraph mark (`(b)`, `(iv)`). */
export const NUMBER_MARK = /^(\d{1,3})\.(?:\s+|(?=[A-Z]))/;
export const SUB_MARK = /^\(([a-z]{1,2}|[ivxl]{1,5})\)\s+/;

/** Takes a paragraph's own marker off its text. */
export function takeMarker(text: string): { text: string; marker?: Marker } {
  const n = NUMBER_MARK.exec(text);
  if (n) return { text: text.slice(n[0].length), marker: { kind: 'number', value: Number(n[1]) } };
  const s = SUB_MARK.exec(text);
  if (s) return { text: text.slice(s[0].length), marker: { kind: 'sub', value: s[1]! } };
  return { text };
}

const FOOTNOTE_LABEL = /^\[?\s*(\d{1,4}|\*{1,3}|[a-z])\s*\]?$/;

/**
 * HTML to blocks: rehype-parse reads the page, footnote references (`<sup><a href="#fn1">1</a></sup>`, mammoth's
 * `[1]`) and their targets are found by link, the rest goes through rehype-remark's hast-to-mdast conversion and is
 * written back as inline Markdown by mdast-util-to-markdown with GFM (tables, footnote references).
 */
export function htmlToDocument(html: string): ExtractedDocument {
  const tree = unified().use(rehypeParse).parse(html);
  const warnings: string[] = [];
  const footnotes = takeFootnotes(tree);
  const mdast = toMdast(tree, { fnref: fnrefHandler });
  const blocks: Block[] = [];
  const listNumbers = { next: 0, used: false };
  walkBlocks(mdast.children, blocks, listNumbers, 0);
  if (listNumbers.used) warnings.push('some paragraph numbers are list numbering, which the file does not store as text; they were read as numbered in order');
  return { blocks, footnotes, warnings };
}

type Handle = NonNullable<NonNullable<RehypeRemarkOptions['handlers']>[string]>;

const fnrefHandler: Handle = (_state, node) => {
  const label = String((node.properties as Record<string, unknown>).label);
  return { type: 'footnoteReference', identifier: label, label };
};

function elements(node: HastNodes, out: Element[] = []): Element[] {
  if (node.type === 'element') out.push(node);
  if ('children' in node) for (const c of node.children) elements(c, out);
  return out;
}

/** Finds footnote references and their definitions; replaces the references by `fnref` elements and removes the definitions. */
function takeFootnotes(tree: HastRoot): Footnote[] {
  const all = elements(tree);
  const byId = new Map<string, Element>();
  for (const e of all) if (typeof e.properties.id === 'string') byId.set(e.properties.id, e);
  const refIds = new Set<string>();
  const footnotes: Footnote[] = [];
  const targets = new Map<Element, string>();
  const replace = new Map<Element, Element>();
  const inSup = new Set(all.filter((e) => e.tagName === 'sup').flatMap((e) => elements(e)));
  for (const a of all) {
    if (a.tagName !== 'a' || typeof a.properties.href !== 'string' || !a.properties.href.startsWith('#')) continue;
    const target = byId.get(a.properties.href.slice(1));
    const shown = toText(a).trim();
    const label = FOOTNOTE_LABEL.exec(shown)?.[1];
    if (!target || !label || target === a) continue;
    // A note reference is raised, bracketed ("[1]") or points at something called a note; its note holds no heading.
    // A contents entry "2" linking to section 2 is none of these.
    const marked = inSup.has(a) || shown.startsWith('[') || /fn|foot|note/i.test(`${a.properties.href} ${String(target.properties.className ?? '')}`);
    if (!marked || elements(target).some((e) => /^h[1-6]$/.test(e.tagName))) continue;
    // A backlink from the note to its reference points at an element inside the body text, which is not a note.
    if (targets.has(target) || ['li', 'p', 'div', 'aside', 'section', 'dd'].includes(target.tagName)) {
      if (typeof a.properties.id === 'string') refIds.add(a.properties.id);
      if (!targets.has(target)) targets.set(target, label);
      replace.set(a, { type: 'element', tagName: 'fnref', properties: { label: targets.get(target)! }, children: [] });
    }
  }
  if (!targets.size) return footnotes;
  // A `<sup>` holding only the reference is replaced as a whole.
  const swap = (parent: HastRoot | Element) => {
    parent.children = parent.children.map((c) => {
      if (c.type !== 'element') return c;
      if (c.tagName === 'sup') {
        const inner = c.children.filter((k) => !(k.type === 'text' && !k.value.trim()));
        if (inner.length === 1 && inner[0]!.type === 'element' && replace.has(inner[0])) return replace.get(inner[0])!;
      }
      if (replace.has(c)) return replace.get(c)!;
      swap(c);
      return c;
    }) as typeof parent.children;
  };
  swap(tree);
  for (const [target, label] of targets) {
    const clone: Element = { ...target, children: target.children.map((c) => stripBacklinks(c, refIds)).filter((c): c is ElementContent => !!c) };
    const md = toMdast({ type: 'root', children: [clone] });
    const text = md.children.map((c) => blockText(c)).filter(Boolean).join(' ');
    footnotes.push({ id: label, text: text.replace(/\s*[↑↩]\s*$/u, '').trim() });
  }
  removeElements(tree, new Set(targets.keys()));
  return footnotes;
}

function stripBacklinks(node: ElementContent, refIds: Set<string>): ElementContent | undefined {
  if (node.type !== 'element') return node;
  const href = node.properties.href;
  if (node.tagName === 'a' && typeof href === 'string' && (refIds.has(href.slice(1)) || /^[↑↩^]+$/u.test(toText(node).trim()))) return undefined;
  return { ...node, children: node.children.map((c) => stripBacklinks(c, refIds)).filter((c): c is ElementContent => !!c) };
}

/** Removes the notes, then lists, sections and rules that held only notes. */
function removeElements(parent: HastRoot | Element, remove: Set<Element>): boolean {
  let removedAny = false;
  parent.children = parent.children.filter((c) => {
    if (c.type !== 'element') return true;
    if (remove.has(c)) {
      removedAny = true;
      return false;
    }
    const had = removeElements(c, remove);
    if (had) removedAny = true;
    return !(had && !c.children.some((k) => k.type === 'element' || (k.type === 'text' && k.value.trim())));
  }) as typeof parent.children;
  return removedAny;
}

/** hast to mdast through rehype-remark; line breaks are spaces (a source paragraph is one line). */
function toMdast(tree: HastRoot, handlers: RehypeRemarkOptions['handlers'] = {}): MdastRoot {
  // Links are kept as their text, as in the bundled sources: the words are what a quote or a citation matches.
  return unified().use(rehypeRemark, { handlers: { br: () => ({ type: 'text', value: ' ' }), a: (state, node) => state.all(node), ...handlers } }).runSync(tree) as MdastRoot;
}

/**
 * Markdown as the bundled sources write it: verbatim text, no backslash escapes (`https://`, `_layouts`, `&Lang` stay
 * as printed, so quotes match the source), emphasis with `*`; only a table cell's `|` is escaped. Lines that the
 * source parser would read as structure are guarded where they are written (`guardLine`).
 */
const stringifier = unified().use(remarkGfm).use(remarkStringify, {
  bullet: '-',
  emphasis: '*',
  strong: '*',
  handlers: { text: (node: { value: string }, _parent: unknown, state: { stack: string[] }) => (state.stack.includes('tableCell') ? node.value.replace(/\|/g, '\\|') : node.value) },
});

/** A text line that would read as a heading, an anchor or a footnote definition gets a leading backslash. */
export function guardLine(text: string): string {
  return /^(#{1,6}\s|<a id=|\[\^[^\]\s]+\]:)/.test(text) ? `\\${text}` : text;
}

function toMarkdown(node: MdastRoot['children'][number]): string {
  return stringifier.stringify({ type: 'root', children: [node] });
}

/** Inline Markdown of phrasing content, on one line. */
export function inlineMarkdown(children: PhrasingContent[]): string {
  return toMarkdown({ type: 'paragraph', children }).replace(/\s*\n\s*/g, ' ').trim();
}

function blockText(node: RootContent): string {
  if (node.type === 'paragraph' || node.type === 'heading') return inlineMarkdown(node.children);
  if ('children' in node) return (node.children as RootContent[]).map(blockText).filter(Boolean).join(' ');
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  return '';
}

/** The paragraph's first text, with its marker taken off before Markdown escaping could touch it (`12\.`). */
function paragraphBlock(children: PhrasingContent[]): Block {
  const kids = [...children];
  while (kids[0]?.type === 'text' && !kids[0].value.trim()) kids.shift();
  let marker: Marker | undefined;
  // A marker may sit inside emphasis (`<b>12.</b>`) or be plain text.
  const first = kids[0];
  const firstText = first?.type === 'text' ? first : (first?.type === 'strong' || first?.type === 'emphasis') && first.children[0]?.type === 'text' ? first.children[0] : undefined;
  if (firstText) {
    const taken = takeMarker(firstText.value.replace(/^\s+/, ''));
    if (taken.marker) {
      marker = taken.marker;
      firstText.value = taken.text;
    }
  }
  const bold = kids.length > 0 && kids.every((k) => k.type === 'strong' || (k.type === 'text' && !k.value.trim()));
  return { kind: 'paragraph', text: inlineMarkdown(kids).trim(), marker, bold: bold || undefined };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function walkBlocks(nodes: RootContent[] | MdastNodes[], out: Block[], list: { next: number; used: boolean }, depth: number) {
  for (const node of nodes) {
    switch (node.type) {
      case 'heading': {
        const text = inlineMarkdown(node.children);
        if (text) out.push({ kind: 'heading', depth: node.depth, text });
        break;
      }
      case 'paragraph': {
        const block = paragraphBlock(node.children);
        if (block.kind === 'paragraph' && (block.text || block.marker)) out.push(block);
        break;
      }
      case 'table':
        out.push({ kind: 'table', markdown: tableMarkdown(node) });
        break;
      case 'list':
        node.children.forEach((item, i) => {
          const [head, ...rest] = item.children;
          const block = head?.type === 'paragraph' ? paragraphBlock(head.children) : undefined;
          if (block?.kind === 'paragraph') {
            if (!block.marker && node.ordered && depth === 0) {
              // Word's automatic numbers: the file holds the list, not the digits; UN documents number on across headings.
              list.next = node.start && node.start > 1 && i === 0 ? node.start : list.next + 1;
              block.marker = { kind: 'number', value: list.next };
              block.fromList = true;
              list.used = true;
            } else if (!block.marker && node.ordered) {
              block.marker = { kind: 'sub', value: LETTERS[i % 26]! };
              block.fromList = true;
              list.used = true;
            } else if (!block.marker) block.continuation = true;
            if (block.marker?.kind === 'number') list.next = block.marker.value;
            out.push(block);
          }
          walkBlocks(block ? rest : item.children, out, list, depth + 1);
        });
        break;
      case 'blockquote': {
        const start = out.length;
        walkBlocks(node.children, out, list, depth);
        for (const b of out.slice(start)) if (b.kind === 'paragraph' && !b.marker) b.continuation = true;
        break;
      }
      case 'code':
        if (node.value.trim()) out.push({ kind: 'paragraph', text: node.value.replace(/\s+/g, ' ').trim() });
        break;
      default:
        if ('children' in node && node.type !== 'footnoteDefinition') walkBlocks(node.children as RootContent[], out, list, depth);
    }
  }
}

function tableMarkdown(table: Table): string {
  // Word tables have no header row; hast-util-to-mdast then makes an empty one: the first row is the header.
  const empty = (row: Table['children'][number]) => row.children.every((c) => !c.children.length || c.children.every((k) => k.type === 'text' && !k.value.trim()));
  if (table.children.length > 1 && empty(table.children[0]!)) table = { ...table, children: table.children.slice(1) };
  // Cells hold inline content only: paragraphs inside cells (Word, mammoth) are already flattened by hast-util-to-mdast.
  return toMarkdown(table).trim();
}
