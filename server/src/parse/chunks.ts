import { unified, type Data, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, Root, RootContent } from 'mdast';
import { finish, type Steps } from './steps';

/**
 * Markdown cut into pieces that parse alone exactly as they do in the whole document, so that an edit
 * re-parses only the piece it touches and a piece without GitHub syntax skips the GFM extensions.
 *
 * A piece starts at a line that begins in column 1 after a blank line: there every container (list item,
 * block quote, footnote definition, table, HTML block of kinds 6–7) has ended. What can still reach across
 * such a line is handled:
 * - a fenced code block or an HTML block of kinds 1–5 (comments, `<pre>` …) left open: the parse of the piece
 *   shows it as its last block, and the piece is joined with the ones after it up to the closing line;
 * - indented code as the last block: micromark reads the next line as interrupting it, so the next piece is joined;
 * - definitions (`[label]: url`, `[^label]: note`) are document-wide: a piece that cites labels defined in other
 *   pieces is parsed with those definitions around it, and whatever the parse makes of them is dropped.
 * Front matter is only recognised in the first piece, as in the whole document; an unclosed opening fence
 * (which micromark tries as front matter, changing how what follows parses) keeps the document in one piece.
 * Tests compare the chunked model with the model of one parse of the whole document.
 */
export interface Chunk<T> {
  start: number;
  end: number;
  /** The chunk's text (its own copy: a chunk kept for the next version must not hold on to this version's text). */
  body: string;
  /** Whether it is the first chunk (where front matter may be). */
  first: boolean;
  /** Definitions of labels the chunk cites and other chunks define, parsed with it. */
  affix: string;
  /** Labels the chunk defines, as written: `[label]` or `[^label]`. */
  defines: string[];
  /** The chunk's bracketed spans that could cite a label, folded (see `spansOf`); computed once per text. */
  spans?: string[];
  /** When the chunk's last block is left open: which line closes it. */
  closer?: (line: string) => boolean;
  /**
   * A chunk that starts inside a table (see `innerStarts`): the table's header and delimiter rows, parsed before it
   * (after the affix), so that its rows parse as rows of that table.
   */
  context?: string;
  /** When the chunk's last top-level block is a list: its marker (`-`, `*`, `+`, or an ordered list's `.` or `)`). */
  listMarker?: string;
  /** When the chunk's last top-level block is a table: its header and delimiter rows, as parsed (with the newline). */
  tableHead?: string;
  /** What the caller makes of the chunk's parse (the tree itself is not kept). */
  digest: T;
}

/**
 * A chunk's parse: the tree of its text with the affix (and the table context) before it (`prefix` is their length)
 * or, for the first chunk, the affix after it; or, for plain prose, the block it is without parsing. With a table
 * context, the table node starts before the chunk: its rows in the chunk are the chunk's.
 */
export type ChunkParse = { tree: Root; prefix: number } | { plain: PlainProse };

/** 'gfm-': GFM without the search for autolink literals, for text that has none (see `withoutLiteralSearch`). */
type Variant = 'plain' | 'gfm' | 'gfm-' | 'frontmatter' | 'gfm+frontmatter' | 'gfm-+frontmatter';
const processors = new Map<Variant, Processor<Root>>();
function processor(variant: Variant): Processor<Root> {
  let p = processors.get(variant);
  if (!p) {
    const base = unified().use(remarkParse);
    if (variant.startsWith('gfm')) base.use(remarkGfm);
    if (variant.startsWith('gfm-')) base.use(withoutLiteralSearch);
    if (variant.endsWith('frontmatter')) base.use(remarkFrontmatter, ['yaml', 'toml']);
    p = base as unknown as Processor<Root>;
    processors.set(variant, p);
  }
  return p;
}

/**
 * remark-gfm without the tree transforms it gives mdast-util-from-markdown. It has one (mdast-util-gfm-autolink-literal's):
 * after each parse, it searches every text node for `http://`, `https://`, `www.` and e-mail addresses (all with `@`)
 * to make links of them; on a piece of a table, whose every cell is a text node, that was a fifth of remark's time.
 * Only for text without those (LITERAL_TRIGGER), where it finds nothing.
 */
function withoutLiteralSearch(this: Processor): void {
  const data = this.data();
  type Extension = Exclude<NonNullable<Data['fromMarkdownExtensions']>[number], unknown[]>;
  const strip = (e: Extension): Extension => (e.transforms?.length ? { ...e, transforms: [] } : e);
  data.fromMarkdownExtensions = data.fromMarkdownExtensions?.map((e) => (Array.isArray(e) ? e.map(strip) : strip(e)));
}

/**
 * What can make a GFM extension produce something: autolink literals need `www.`, `http(s)://` or `@`,
 * footnotes `[^`, strikethrough `~`, tables `|`, task list items `[ ]`/`[x]`. Text with none of these parses the
 * same with and without GFM.
 */
const GFM_TRIGGER = /www\.|https?:\/\/|[@~|]|\[\^|\[[ \t\r\nxX]\]/i;
const FRONTMATTER_OPEN = /^(---|\+\+\+)[ \t]*(?:\r?\n|\r)/;

/** What the search for autolink literals looks for (its patterns all start with one of these, or hold an `@`). */
const LITERAL_TRIGGER = /www\.|https?:\/\/|@/i;

function variantFor(text: string, first: boolean): Variant {
  const gfm = GFM_TRIGGER.test(text);
  const fm = first && FRONTMATTER_OPEN.test(text);
  if (!gfm) return fm ? 'frontmatter' : 'plain';
  const literals = LITERAL_TRIGGER.test(text);
  return fm ? (literals ? 'gfm+frontmatter' : 'gfm-+frontmatter') : literals ? 'gfm' : 'gfm-';
}

/** The whole document in one parse, with every extension the checker uses. */
export function parseWhole(text: string): Root {
  return processor('gfm+frontmatter').parse(tame(text));
}

/** What remark is given: the text with the two shapes it cannot parse in reasonable time defused (same length, same lines). */
export function tame(text: string): string {
  return limitDelimiterRuns(limitNesting(text));
}

/** Emphasis delimiter runs (`*`, `_`) read as such in one paragraph; later ones are read as blanks. */
export const MAX_DELIMITER_RUNS = 1000;
/** Marks of one delimiter run read as such ("***" is bold italic; no one writes 32 of them). */
export const MAX_DELIMITER_RUN_LENGTH = 32;

/**
 * remark matches emphasis delimiters in time that grows with the square of their number in a paragraph: 20 KB of
 * "*_*_…" took 5 s, 100 KB minutes. Past MAX_DELIMITER_RUNS runs in a paragraph (reset at a blank line) the rest are
 * turned into spaces; their characters stay in the document, only remark does not try to pair them.
 */
export function limitDelimiterRuns(text: string): string {
  let out: string[] | undefined;
  let from = 0;
  let runs = 0;
  let lineBlank = true;
  // Still in the line's marks (indentation, quote and list markers, thematic breaks): a `*` there is not emphasis.
  let linePrefix = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (lineBlank) runs = 0;
      lineBlank = true;
      linePrefix = true;
      continue;
    }
    if (c !== 32 && c !== 9) lineBlank = false;
    if (c !== 42 && c !== 95) {
      if (linePrefix && !/[ \t>+\-0-9.)]/.test(text[i]!)) linePrefix = false;
      continue;
    }
    let j = i;
    while (j < text.length && text.charCodeAt(j) === c) j++;
    // A list marker or a thematic break stands before a blank or the end of the line; anything else is inline.
    if (linePrefix && !(j >= text.length || /[ \t\r\n]/.test(text[j]!))) linePrefix = false;
    if (!linePrefix && ++runs > MAX_DELIMITER_RUNS) {
      out ??= [];
      out.push(text.slice(from, i), ' '.repeat(j - i));
      from = j;
    } else if (!linePrefix && j - i > MAX_DELIMITER_RUN_LENGTH) {
      // Two runs of 10,000 "*" took 11 s to pair: a run keeps its first marks, the rest are blanks.
      out ??= [];
      out.push(text.slice(from, i + MAX_DELIMITER_RUN_LENGTH), ' '.repeat(j - i - MAX_DELIMITER_RUN_LENGTH));
      from = j;
    }
    i = j - 1;
  }
  if (!out) return text;
  out.push(text.slice(from));
  return out.join('');
}

/** Containers (block quotes, list items) opened on one line beyond this depth are read as blanks (see `limitNesting`). */
export const MAX_NESTING = 100;

/**
 * The text with container markers beyond MAX_NESTING levels on a line ("> > > …", "- - - …") turned into spaces:
 * same length and lines, so every offset stays. remark's cost grows with the square of the nesting depth (100 KB
 * of ">" took minutes) and its GFM transforms recurse once per level (10,000 levels overflowed the stack); no report
 * nests a hundred quotes or lists. What is left past the limit is indented, so remark reads it as code, not prose.
 */
export function limitNesting(text: string): string {
  let out: string[] | undefined;
  let from = 0;
  for (let line = 0; line < text.length; ) {
    let i = line;
    let depth = 0;
    let cut = -1;
    for (;;) {
      let j = i;
      while (j < text.length && j - i < 3 && (text[j] === ' ' || text[j] === '\t')) j++;
      const c = text[j];
      let end = -1;
      if (c === '>') end = j + 1;
      else if ((c === '-' || c === '*' || c === '+') && (text[j + 1] === ' ' || text[j + 1] === '\t')) end = j + 2;
      else {
        let k = j;
        while (k < text.length && k - j < 9 && text[k]! >= '0' && text[k]! <= '9') k++;
        if (k > j && (text[k] === '.' || text[k] === ')') && (text[k + 1] === ' ' || text[k + 1] === '\t')) end = k + 2;
      }
      if (end < 0) break;
      if (++depth === MAX_NESTING + 1) cut = j;
      i = end;
    }
    if (cut >= 0) {
      out ??= [];
      out.push(text.slice(from, cut), text.slice(cut, i).replace(/[^\t]/g, ' '));
      from = i;
    }
    const nl = text.indexOf('\n', i);
    line = nl < 0 ? text.length : nl + 1;
  }
  if (!out) return text;
  out.push(text.slice(from));
  return out.join('');
}

const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/y;

export interface PlainProse {
  /** 'none': no prose block (a fenced code block, or a comment alone); 'footnotes': footnote definitions (`definitions`). */
  kind: 'paragraph' | 'heading' | 'none' | 'footnotes';
  /** The block's extent in the chunk (without the blank lines after it). */
  end: number;
  /** Where the text starts, after a heading's or a list item's marks. */
  textStart: number;
  /** Headings: the depth. */
  depth?: number;
  /** Paragraphs: where the `*` that open and close emphasis stand (they are markup, not prose). */
  emphasis?: number[];
  /** An HTML comment on the chunk's first line (a suppression directive), before the block. */
  comment?: { text: string; start: number; end: number };
  /** Paragraphs: the footnote references (`[^label]` of a defined label), in order. */
  footnotes?: FootnoteCall[];
  /** 'footnotes': each definition and its paragraph (a PlainProse of kind 'paragraph', offsets in the chunk). */
  definitions?: { identifier: string; label: string; start: number; end: number; paragraph: PlainProse }[];
}

/** A footnote reference read without the parser: the label's identifier as mdast gives it, and the reference's extent. */
export interface FootnoteCall {
  identifier: string;
  start: number;
  end: number;
}

/**
 * A label as micromark compares labels (normalizeIdentifier: white space collapsed and trimmed, case folded).
 * mdast's `identifier` is this in lower case.
 */
export const normalizeLabel = (label: string) => label.replace(/[\t\n\r ]+/g, ' ').replace(/^ | $/g, '').toLowerCase().toUpperCase();

/**
 * The footnote labels defined in the document that a chunk cites, as its affix lists them (`[^label]`), normalized;
 * undefined when a link definition is among them (the plain reader then leaves brackets to the parser).
 */
export function definedFootnotes(labels: readonly string[]): Set<string> | undefined {
  const out = new Set<string>();
  for (const l of labels) {
    if (!l.startsWith('[^')) return undefined;
    out.add(normalizeLabel(l.slice(2, -1)));
  }
  return out;
}

/**
 * A footnote reference the plain reader takes: `[^label]` with a label of letters, digits, `.`, `:` and `-` (no
 * escapes, white space, emphasis marks or brackets inside). With its label defined anywhere in the document it is a
 * footnote reference, else text; the parser agrees unless a `!` stands before it (`![^1]` may be an image) or a `(`
 * or `[` after it (an undefined `[^1](x)` is a link). Those, and any other bracket, go to the parser.
 */
const FOOTNOTE_CALL = /\[\^([\p{L}\p{N}.:-]{1,100})\]/gu;
/** The start of a footnote definition the plain reader takes: its label as above, `: ` and its text. */
const FOOTNOTE_DEFINITION = /^\[\^([\p{L}\p{N}.:-]{1,100})\]: (?=[^ \t\n])/u;

/**
 * The text with each footnote reference the plain reader takes with its brackets replaced by parentheses (a placeholder
 * of the same length and the same kind of characters at its edges: punctuation, so that stars next to it open and
 * close as they do next to the reference), and the references of defined labels; undefined when a reference stands
 * where the parser could read it otherwise.
 */
function maskFootnoteCalls(content: string, defined: ReadonlySet<string>): { masked: string; calls: FootnoteCall[] } | undefined {
  if (!content.includes('[^')) return { masked: content, calls: [] };
  const calls: FootnoteCall[] = [];
  let bad = false;
  const masked = content.replace(FOOTNOTE_CALL, (m: string, label: string, at: number) => {
    const after = content[at + m.length];
    if (content[at - 1] === '!' || after === '(' || after === '[') bad = true;
    const id = normalizeLabel(label);
    if (defined.has(id)) calls.push({ identifier: id.toLowerCase(), start: at, end: at + m.length });
    // The label stays: an undefined "[^www.x]" is text with an autolink in it, which NOT_PLAIN must see.
    return `(^${label})`;
  });
  return bad ? undefined : { masked, calls };
}

/**
 * Whether the plain reader can take a chunk, and what it makes of it: plain prose (plainProse); a fenced code block
 * that is the whole chunk (no prose at all); or an HTML comment alone on the first line, as suppression directives
 * are written, followed by a paragraph of plain prose or nothing; footnote references in prose and footnote
 * definitions of plain prose, given `defined` (the footnote labels defined in other chunks that this one cites;
 * undefined when it cites a link definition, and then no bracket is plain). Anything else goes to the parser.
 */
export function plainChunk(body: string, defined: ReadonlySet<string> | undefined): PlainProse | undefined {
  const prose = plainProse(body, defined);
  if (prose) return prose;
  if (body.includes('\r')) return undefined;
  if (defined && body.startsWith('[^')) return plainFootnotes(body, defined);
  if (body.startsWith('<!--')) return commentThenProse(body);
  if ((body.startsWith('```') || body.startsWith('~~~')) && isFencedCodeAlone(body)) return { kind: 'none', end: body.length, textStart: 0 };
  return undefined;
}

/**
 * "<!-- treaty-disable-next-line … -->" on the first line, then plain prose: an HTML block of the comment kind ends at
 * the line holding "-->", and the next line starts a block of its own.
 */
function commentThenProse(body: string): PlainProse | undefined {
  const nl = body.indexOf('\n');
  const first = nl < 0 ? body : body.slice(0, nl);
  // One comment, the whole line: "-->" only at its end.
  const m = /^<!--((?:(?!-->).)*)-->[ \t]*$/.exec(first);
  if (!m) return undefined;
  const comment = { text: m[1]!.trim(), start: 0, end: m[1]!.length + 7 };
  const rest = nl < 0 ? '' : body.slice(nl + 1);
  if (!/\S/.test(rest)) return { kind: 'none', end: first.length, textStart: 0, comment };
  const p = plainProse(rest);
  if (!p || p.kind !== 'paragraph') return undefined;
  const shift = nl + 1;
  return { ...p, end: p.end + shift, textStart: p.textStart + shift, emphasis: p.emphasis?.map((x) => x + shift), comment };
}

/** A fenced code block that the chunk holds alone, closed on its last line and not before. */
function isFencedCodeAlone(body: string): boolean {
  let end = body.length;
  while (end > 0 && body.charCodeAt(end - 1) === 10) end--;
  const lines = body.slice(0, end).split('\n');
  if (lines.length < 2) return false;
  const open = /^(`{3,}|~{3,})(.*)$/.exec(lines[0]!);
  if (!open) return false;
  const mark = open[1]![0]!;
  // A backtick fence's info string cannot hold a backtick (else the line is not a fence).
  if (mark === '`' && open[2]!.includes('`')) return false;
  const closes = (line: string) => {
    const c = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
    return !!c && c[1]![0] === mark && c[1]!.length >= open[1]!.length;
  };
  if (!closes(lines[lines.length - 1]!)) return false;
  for (let i = 1; i < lines.length - 1; i++) if (closes(lines[i]!)) return false;
  return true;
}

/**
 * Characters that can make Markdown of a line of prose: emphasis, code, links, images, HTML, autolinks, entities,
 * escapes, strikethrough, tables, footnotes; control characters other than line feeds; and the start of an
 * autolink literal. A chunk without any of them, whose lines do not open a block (list, quote, heading, fence,
 * setext underline, thematic break, indented code) nor end in spaces, is one paragraph of its own text. The one
 * exception is emphasis in the plainest form, `*word*` (see `simpleEmphasis`).
 */
const NOT_PLAIN = /[\\`_[\]<>&~|@\u0000-\u0009\u000b-\u001f\u007f]|www\.|https?:\/\//i;
const BLOCK_START = /^(?:[\s#>\-+=_|<~`[]|\*(?!\*?[^\s*])|\d{1,9}[.)](?:\s|$))/;

/**
 * Whether a chunk is plain prose, and which block it makes. Anything else goes to the parser. `defined`: the footnote
 * labels defined in the document that the chunk cites (normalized); without it, no footnote reference is plain.
 */
export function plainProse(body: string, defined?: ReadonlySet<string>): PlainProse | undefined {
  let end = body.length;
  while (end > 0 && body.charCodeAt(end - 1) === 10) end--;
  const content = body.slice(0, end);
  if (!content) return undefined;
  const calls = defined ? maskFootnoteCalls(content, defined) : { masked: content, calls: [] };
  if (!calls || NOT_PLAIN.test(calls.masked) || / \n| $/.test(content)) return undefined;
  const lines = content.split('\n');
  const heading = /^(#{1,6}) (?=[^ ])/.exec(lines[0]!);
  const stars = content.includes('*');
  if (heading) {
    // A heading's title leaves footnote references out: the parser reads those.
    if (stars || lines.length > 1 || content.includes('#', heading[0].length) || calls.masked !== content) return undefined;
    return { kind: 'heading', end, depth: heading[1]!.length, textStart: heading[0].length };
  }
  // A numbered paragraph ("12. The State party …") is a list item holding one paragraph.
  const item = /^(?:\d{1,9}[.)]|[-+]) {1,4}(?=[^ ])/.exec(lines[0]!);
  const textStart = item ? item[0].length : 0;
  if (item && BLOCK_START.test(content.slice(textStart))) return undefined;
  if (lines.some((l, i) => l === '' || ((i > 0 || !item) && BLOCK_START.test(l)))) return undefined;
  const footnotes = calls.calls.length ? { footnotes: calls.calls } : {};
  if (!stars) return { kind: 'paragraph', end, textStart, ...footnotes };
  const emphasis = simpleEmphasis(calls.masked, textStart);
  return emphasis && { kind: 'paragraph', end, textStart, emphasis, ...footnotes };
}

/**
 * Footnote definitions one after the other, each `[^label]: ` and plain prose (lines after the first continue its
 * paragraph, as long as they start no block), as footnotes are listed at the end of a report. A definition starts a
 * container that ends where a line is not indented, so the next `[^label]: ` line starts the next definition.
 * References in them resolve against the labels defined here and in `defined`.
 */
function plainFootnotes(body: string, defined: ReadonlySet<string>): PlainProse | undefined {
  let end = body.length;
  while (end > 0 && body.charCodeAt(end - 1) === 10) end--;
  const content = body.slice(0, end);
  const starts: { at: number; label: string; textStart: number }[] = [];
  for (let at = 0; at < content.length; ) {
    const nl = content.indexOf('\n', at);
    const lineEnd = nl < 0 ? content.length : nl;
    const line = content.slice(at, lineEnd);
    const m = FOOTNOTE_DEFINITION.exec(line);
    if (m) starts.push({ at, label: m[1]!, textStart: at + m[0].length });
    else if (!starts.length || line === '' || BLOCK_START.test(line)) return undefined;
    at = lineEnd + 1;
  }
  const all = new Set(defined);
  for (const s of starts) all.add(normalizeLabel(s.label));
  const definitions: NonNullable<PlainProse['definitions']> = [];
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i]!;
    const defEnd = i + 1 < starts.length ? starts[i + 1]!.at - 1 : content.length;
    const text = content.slice(s.textStart, defEnd);
    // The definition's text must be a paragraph of plain prose that starts no block of its own.
    if (BLOCK_START.test(text)) return undefined;
    const p = plainProse(text, all);
    if (!p || p.kind !== 'paragraph' || p.textStart !== 0) return undefined;
    const shift = s.textStart;
    definitions.push({
      identifier: normalizeLabel(s.label).toLowerCase(),
      label: s.label,
      start: s.at,
      end: defEnd,
      paragraph: { ...p, end: p.end + shift, textStart: shift, emphasis: p.emphasis?.map((x) => x + shift), footnotes: p.footnotes?.map((c) => ({ ...c, start: c.start + shift, end: c.end + shift })) },
    });
  }
  return { kind: 'footnotes', end, textStart: 0, definitions };
}

/**
 * How micromark classes the character before or after a delimiter run: 1 white space (or the paragraph's edge),
 * 2 punctuation or symbol, 0 anything else. Undefined for half of a surrogate pair, which the plain reader leaves to
 * the parser.
 */
function characterClass(text: string, at: number): 0 | 1 | 2 | undefined {
  if (at < 0 || at >= text.length) return 1;
  const c = text.charCodeAt(at);
  if (c >= 0xd800 && c <= 0xdfff) return undefined;
  const ch = text[at]!;
  if (/\s/.test(ch)) return 1;
  if (/\p{P}|\p{S}/u.test(ch)) return 2;
  return 0;
}

/**
 * The offsets of the `*` of a paragraph's emphasis, when its runs of `*` are read by CommonMark's delimiter algorithm
 * in its plainest form ("the *Istanbul Protocol*", "**Special Rapporteur**", "(*dated …\"*)"): runs of one or two
 * stars, each closing the nearest run still open before it if it can close and one is open, else opening if it can.
 * A run that closes one of another length (where the algorithm splits runs and its rule of three applies) or a longer
 * run is left to the parser (undefined). Runs that neither open nor close, or stay open, are prose.
 */
function simpleEmphasis(content: string, from: number): number[] | undefined {
  const out: number[] = [];
  const open: { at: number; length: number }[] = [];
  for (let at = content.indexOf('*', from); at >= 0; ) {
    let end = at + 1;
    while (content[end] === '*') end++;
    const length = end - at;
    if (length > 2) return undefined;
    const before = characterClass(content, at - 1);
    const after = characterClass(content, end);
    if (before === undefined || after === undefined) return undefined;
    // micromark's attention: a run can open when not followed by white space, nor by punctuation unless preceded by
    // white space or punctuation; and close the other way round.
    const canOpen = after !== 1 && (after !== 2 || before !== 0);
    const canClose = before !== 1 && (before !== 2 || after !== 0);
    if (canClose && open.length) {
      const opener = open.pop()!;
      if (opener.length !== length) return undefined;
      for (let i = 0; i < length; i++) out.push(opener.at + i, at + i);
    } else if (canOpen) open.push({ at, length });
    at = content.indexOf('*', end);
  }
  return out.sort((x, y) => x - y);
}

/** Offsets of lines that start in column 1 after a blank line, outside the front matter. */
export function candidateStarts(text: string): number[] {
  const out: number[] = [];
  const from = frontMatterEnd(text);
  if (from < 0) return [];
  if (text.includes('\r')) return candidateStartsSlow(text, from);
  // Line by line with indexOf: most lines are long and start with a letter, so this stays near memchr speed.
  let blank = false;
  for (let at = from; at < text.length; ) {
    const nl = text.indexOf('\n', at);
    const next = nl < 0 ? text.length : nl + 1;
    let i = at;
    while (i < next - 1 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    const isBlank = nl < 0 ? i === text.length : i === nl;
    if (blank && !isBlank && i === at && at > from) out.push(at);
    blank = isBlank;
    at = next;
  }
  return out;
}

/**
 * Where the front matter ends (0 without it); -1 when its closing fence is missing: the opening one is then not front
 * matter, but the failed attempt changes how the blocks after it parse (a block quote comes out as a paragraph), so
 * such a document is parsed in one piece.
 */
function frontMatterEnd(text: string): number {
  const fm = FRONTMATTER_OPEN.exec(text);
  if (!fm) return 0;
  // The front matter runs to its closing fence, blank lines and all.
  const close = new RegExp(`^${fm[1] === '---' ? '---' : '\\+\\+\\+'}[ \\t]*$`, 'm');
  const m = close.exec(text.slice(fm[0].length));
  return m ? fm[0].length + m.index + m[0].length : -1;
}

function candidateStartsSlow(text: string, from: number): number[] {
  const out: number[] = [];
  let blank = false;
  LINE.lastIndex = from;
  while (LINE.lastIndex < text.length) {
    const at = LINE.lastIndex;
    const m = LINE.exec(text)!;
    if (m[0].length === 0) break;
    const c = text.charCodeAt(at);
    const isBlank = /^[ \t]*(?:\r\n|\r|\n|$)/.test(m[0]);
    if (blank && !isBlank && c !== 32 && c !== 9 && at > from) out.push(at);
    blank = isBlank;
  }
  return out;
}

/** A table's delimiter row ("|---|:--:|"): a cut before it could never hold (the piece before is no table yet). */
const DELIMITER_ROW = /^\|(?=[\s:|-]*$)[\s:|]*-/;
/**
 * A table row label that makes its row a part of the row above ("of which …", "including …"): the report model reads
 * such a row with the label above it, so a table is never cut before it.
 */
export const PART_ROW_LABEL = /^\W*(?:of which|of whom|of them|of these|including|incl\.|among them|among these|among whom|inter alia)\b/i;

/** A line that starts a list item in column 1 (not a thematic break), or a table row. */
const LIST_ITEM_LINE = /^(?:[-+*]|\d{1,9}[.)])[ \t]+\S/;
const THEMATIC_BREAK = /^(?:([-*_])[ \t]*)(?:\1[ \t]*){2,}$/;
/**
 * Where a chunk may end inside a list or a table: on about one table row in 4 and one list item (in column 1) in 4,
 * and at most this far apart. A piece of 2 KB of a table or a list takes remark 2–3 ms (8 KB took 9 ms, and three times
 * that on a busy machine); a piece costs about 0.2 ms more in a full check than in one parse. One row in 8 made the
 * piece a keystroke falls in 1.4 KB of a table at the median, 2.2 KB at the 95th percentile (the longer a piece, the
 * likelier an edit lands in it); one in 4, 0.5 and 0.9 KB, for a full check of a 3,000-row table about 1.5 % slower.
 */
const INNER_MAX = 2048;
const TABLE_MASK = 3;
const LIST_MASK = 3;

/**
 * Where a long list or table may be cut where no blank line is (a list of 2,000 points, a table of 3,000 rows: one
 * piece of 150 KB, re-parsed whole after each keystroke). Candidates are lines in column 1 after a non-blank line
 * that start a list item or a table row ("|"); a cut stands only where the piece before it is seen to end in a list
 * (the line then starts the list's next item, or a new list, whatever came before) or in a table (the line is its
 * next row; the piece after is parsed with the table's header before it), else the chunk is joined with the rest of
 * its region.
 * Cuts are chosen by the line's content (a hash; and at most INNER_MAX characters apart), so that an edit moves no
 * cut but the one on the line it changes (and, rarely, cuts made for the distance, up to the next one chosen by
 * content). `strong` are the candidate starts (after blank lines).
 */
export function innerStarts(text: string, strong: readonly number[]): { at: number; table: boolean }[] {
  const from = frontMatterEnd(text);
  if (text.includes('\r') || from < 0) return [];
  const out: { at: number; table: boolean }[] = [];
  let next = 0;
  let last = 0;
  let regionHasDefinition = false;
  let regionTables: number[] = [];
  const endRegion = () => {
    // A definition among table rows: the rows could be read without their table in the pass that learns
    // definitions (see parseChunksInSteps), so such a region is not cut inside its tables.
    if (regionHasDefinition && regionTables.length) {
      const drop = new Set(regionTables);
      for (let k = out.length - 1; k >= 0 && out[k]!.at >= (regionTables[0] ?? 0); k--) if (drop.has(out[k]!.at)) out.splice(k, 1);
    }
    regionHasDefinition = false;
    regionTables = [];
  };
  let previousBlank = true;
  // Read in place, without a copy of each line: this runs on every version of the text (3,000 rows of a table).
  const nonBlank = /\S/g;
  let visibleAt = -1;
  let definition = -1;
  for (let at = from; at < text.length; ) {
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 ? text.length : nl;
    while (next < strong.length && strong[next]! <= at) {
      if (strong[next] === at) {
        endRegion();
        last = at;
      }
      next++;
    }
    const c = text.charCodeAt(at);
    // The next visible character from here, found once and kept while the lines before it go by (a search from every
    // line of a long run of blank lines scanned the whole run again each time).
    if (visibleAt < at) {
      nonBlank.lastIndex = at;
      visibleAt = nonBlank.exec(text)?.index ?? Infinity;
    }
    const blank = visibleAt >= lineEnd;
    // The next "]:" from here (none: past any offset).
    if (definition < at) definition = text.indexOf(']:', at) >>> 0;
    if (!regionHasDefinition && definition + 1 < lineEnd) regionHasDefinition = true;
    if (!blank && !previousBlank && at > from) {
      const table = c === 124; // '|'
      const item = () => {
        const line = text.slice(at, lineEnd);
        return LIST_ITEM_LINE.test(line) && !THEMATIC_BREAK.test(line);
      };
      // ("| of which … |": a row that is part of the row above reads with its label, so it is never cut from it.)
      if ((table ? !PART_ROW_LABEL.test(text.slice(at + 1, Math.min(lineEnd, at + 40))) && !DELIMITER_ROW.test(text.slice(at, Math.min(lineEnd, at + 200))) : item()) && (at - last >= INNER_MAX || (hashOf(text, at, lineEnd) & (table ? TABLE_MASK : LIST_MASK)) === 0)) {
        out.push({ at, table });
        if (table) regionTables.push(at);
        last = at;
      }
    }
    previousBlank = blank;
    at = lineEnd + 1;
  }
  endRegion();
  return out;
}

/** FNV-1a of a line (`text` from `start` to `end`), for choosing cuts by content. */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The marker of a list item's line (after up to 3 spaces): the bullet, or an ordered item's delimiter. */
function listMarkerOf(line: string): string | undefined {
  const m = /^ {0,3}(?:([-+*])|\d{1,9}([.)]))/.exec(line);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** Labels match case-insensitively with white space collapsed, as micromark compares them. */
const fold = (s: string) => s.replace(/[\t\n\r ]+/g, ' ').replace(/\[ /g, '[').replace(/ \]/g, ']').toLowerCase().toUpperCase();

const labelOf = (d: { footnote: boolean; label: string }) => (d.footnote ? `[^${d.label}]` : `[${d.label}]`);

function definitionsIn(tree: Root, from: number, to: number): string[] {
  const out: string[] = [];
  const visit = (n: Nodes) => {
    if (n.type === 'definition' || n.type === 'footnoteDefinition') {
      const s = n.position?.start.offset ?? 0;
      if (s >= from && s < to && n.label !== undefined && n.label !== null) out.push(labelOf({ footnote: n.type === 'footnoteDefinition', label: n.label }));
    }
    if ('children' in n) for (const c of n.children as Nodes[]) visit(c);
  };
  visit(tree);
  return out;
}

/** The end marker of an HTML block that can span blank lines (CommonMark kinds 1–5), by its first line. */
function htmlEnd(firstLine: string): RegExp | undefined {
  if (/^ {0,3}<(?:script|pre|style|textarea)(?:[ \t>]|$)/i.test(firstLine)) return /<\/(?:script|pre|style|textarea)>/i;
  if (/^ {0,3}<!--/.test(firstLine)) return /-->/;
  if (/^ {0,3}<\?/.test(firstLine)) return /\?>/;
  if (/^ {0,3}<!\[CDATA\[/.test(firstLine)) return /\]\]>/;
  if (/^ {0,3}<![A-Za-z]/.test(firstLine)) return />/;
  return undefined;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;

/**
 * If the chunk's last block is a fenced code block or an HTML block (kinds 1–5) that its own text does not close,
 * a line that closes it in the document: that block goes on past the chunk. Undefined when the chunk ends closed.
 */
function openAtEnd(tree: Root, text: string, from: number, to: number): ((line: string) => boolean) | undefined {
  let last: RootContent | undefined;
  for (const c of tree.children) if ((c.position?.start.offset ?? 0) >= from && (c.position?.start.offset ?? 0) < to) last = c;
  if (!last || (last.type !== 'code' && last.type !== 'html')) return undefined;
  const s = last.position!.start.offset!;
  const e = last.position!.end.offset!;
  const lines = text.slice(s, e).split(/\r\n|\r|\n/);
  const firstLine = text.slice(text.lastIndexOf('\n', s - 1) + 1, s) + lines[0]!;
  const reachesEnd = e > to || !/\S/.test(text.slice(e, to));
  if (last.type === 'code') {
    const open = FENCE_OPEN.exec(firstLine);
    // Indented code ends at the first line in column 1, but micromark reads that line as interrupting the code:
    // "12. …" right after it is a paragraph, not a list. The next chunk goes with this one.
    if (!open) return reachesEnd ? () => true : undefined;
    const char = open[1]![0]!;
    const closer = new RegExp(`^ {0,3}\\${char}{${open[1]!.length},}[ \\t]*$`);
    if (lines.length >= 2 && closer.test(lines[lines.length - 1]!) && !(e > to)) return undefined;
    return reachesEnd ? (line) => closer.test(line) : undefined;
  }
  const end = htmlEnd(firstLine);
  if (!end) return undefined; // kinds 6 and 7 end at a blank line
  const lastLine = lines.length > 1 ? lines[lines.length - 1]! : firstLine.replace(/^ {0,3}<(?:!--|\?|!\[CDATA\[|!)/, '');
  if (end.test(lastLine) && !(e > to)) return undefined;
  return reachesEnd ? (line) => end.test(line) : undefined;
}

/** Parsed chunks by text, from an earlier version of the document. */
export type ChunkCache<T> = Map<string, Chunk<T>[]>;

/** The chunks as a cache for the next version of the text. */
export function chunkCache<T>(chunks: Chunk<T>[]): ChunkCache<T> {
  const cache: ChunkCache<T> = new Map();
  for (const c of chunks) {
    const list = cache.get(c.body);
    if (list) list.push(c);
    else cache.set(c.body, [c]);
  }
  return cache;
}

/** A copy of a string that does not keep the string it was sliced from alive. */
const own = (s: string) => (s.length > 12 ? ` ${s}`.slice(1) : s);

/**
 * Parses `text` as chunks, taking unchanged chunks from `previous` (the chunks of an earlier version of the text).
 * `digest` turns a chunk's parse into what is kept of it. `starts` are where chunks may begin (defaults to every
 * candidate, and cuts inside long lists and tables); one start gives the whole document in one piece.
 */
export function parseChunks<T>(text: string, digest: (body: string, parse: ChunkParse) => T, previous?: ChunkCache<T>, starts?: number[]): Chunk<T>[] {
  return finish(parseChunksInSteps(text, digest, previous, starts));
}

/** `parseChunks` in steps: it yields after each chunk that remark parsed (see steps.ts). */
export function* parseChunksInSteps<T>(text: string, digest: (body: string, parse: ChunkParse) => T, previous?: ChunkCache<T>, starts?: number[]): Steps<Chunk<T>[]> {
  const made: ChunkCache<T> = new Map();
  /** Whether the last call of `parse` ran remark (a step's worth of work). */
  let parsed = false;
  const find = (cache: ChunkCache<T> | undefined, body: string, first: boolean, affix: string, context: string) => cache?.get(body)?.find((c) => c.first === first && c.affix === affix && (c.context ?? '') === context);

  const strong = starts ?? candidateStarts(text);
  /** Cuts inside lists and tables, by offset: whether the line is a table row. */
  const inner = new Map((starts ? [] : innerStarts(text, strong)).map((s) => [s.at, s.table]));
  /** Where each region between blank-line starts begins (a chunk at an inner cut is tamed with the rest of its region). */
  const regionStarts = [0, ...strong];
  /**
   * What remark is given of a chunk's text: tamed as in the whole document (see `tame`). At a cut inside a list or a
   * table, emphasis delimiter runs are counted from the start of the region (no blank line resets the count there):
   * with fewer marks than MAX_DELIMITER_RUNS in the region up to the chunk's end, nothing is counted out of the chunk.
   */
  const tamedBody = (start: number, end: number, body: string): string => {
    if (!inner.has(start)) return tame(body);
    let lo = 0;
    let hi = regionStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (regionStarts[mid]! <= start) lo = mid;
      else hi = mid - 1;
    }
    const from = regionStarts[lo]!;
    let marks = 0;
    for (const mark of ['*', '_']) for (let i = text.indexOf(mark, from); i >= 0 && i < end && marks <= MAX_DELIMITER_RUNS; i = text.indexOf(mark, i + 1)) marks++;
    if (marks <= MAX_DELIMITER_RUNS) return tame(body);
    return tame(text.slice(from, end)).slice(start - from);
  };

  /**
   * `labels`: the labels the chunk cites that other chunks define (their definitions make the affix); `context`: a
   * table's header and delimiter rows when the chunk starts among its rows.
   */
  const parse = (start: number, end: number, first: boolean, labels: string[], context = ''): Chunk<T> => {
    const slice = text.slice(start, end);
    // A blank line between definitions: a definition cannot interrupt the paragraph of a footnote before it.
    const affix = labels.map((d) => `${d}: x`).join('\n\n');
    const known = find(made, slice, first, affix, context) ?? find(previous, slice, first, affix, context);
    let chunk: Chunk<T>;
    if (known) chunk = known.start === start ? known : { ...known, start, end };
    else {
      const body = own(slice);
      const plain = context ? undefined : plainChunk(body, definedFootnotes(labels));
      if (plain) {
        const item = plain.kind === 'paragraph' && plain.textStart > 0 && !plain.comment ? listMarkerOf(body) : undefined;
        chunk = { start, end, body, first, affix, defines: plain.definitions?.map((d) => `[^${d.label}]`) ?? [], ...(item ? { listMarker: item } : {}), digest: digest(body, { plain }) };
      } else if (!affix && !context && !/\S/.test(body)) {
        // Blank lines only: remark finds nothing there (and took a second over 100 KB of them).
        chunk = { start, end, body, first, affix, defines: [], digest: digest(body, { tree: { type: 'root', children: [] }, prefix: 0 }) };
      } else {
        // The first chunk gets other chunks' definitions after it (front matter must stay on line 1), the others before.
        const prefix = !first && affix ? `${tame(affix)}\n\n${context}` : context;
        const tamed = tamedBody(start, end, body);
        const source = first && affix ? `${tamed}\n\n${tame(affix)}\n` : `${prefix}${tamed}`;
        const tree = processor(variantFor(source, first)).parse(source);
        parsed = true;
        const from = prefix.length;
        const defines = body.includes(']:') ? definitionsIn(tree, from, from + body.length) : [];
        chunk = { start, end, body, first, affix, defines, closer: openAtEnd(tree, source, from, from + body.length), ...(context ? { context } : {}), ...lastBlock(tree, source, from, from + body.length), digest: digest(body, { tree, prefix: from }) };
      }
    }
    const list = made.get(chunk.body);
    if (list) list.push(chunk);
    else made.set(chunk.body, [chunk]);
    return chunk;
  };

  /**
   * The folded bracketed spans of a chunk's text, from the chunk of the same text made earlier when there is one: a
   * re-check folds only the text that changed (folding every chunk took a third of a re-check with 550 footnotes).
   */
  const spansOf = (start: number, end: number): string[] => {
    const slice = text.slice(start, end);
    const known = made.get(slice)?.[0] ?? previous?.get(slice)?.[0];
    return known?.spans ?? bracketSpans(slice);
  };

  let bounds = [0, ...[...strong, ...inner.keys()].filter((s) => s > 0 && s < text.length).sort((x, y) => x - y), text.length];
  if (text.length === 0) bounds = [0, 0];
  for (;;) {
    // Definitions first: a chunk that may define labels is parsed alone to learn them. (A chunk that starts among a
    // table's rows holds no definition: innerStarts does not cut such regions.)
    const defined = new Set<string>();
    const mine = new Map<number, string[]>();
    const definitionLike = positionsOf(text, ']:');
    for (let i = 0, k = 0; i + 1 < bounds.length; i++) {
      while (k < definitionLike.length && definitionLike[k]! < bounds[i]!) k++;
      if (k === definitionLike.length || definitionLike[k]! + 2 > bounds[i + 1]!) continue;
      const c = parse(bounds[i]!, bounds[i + 1]!, i === 0, []);
      if (parsed) {
        parsed = false;
        yield;
      }
      mine.set(i, c.defines);
      for (const d of c.defines) defined.add(d);
    }
    const chunks: Chunk<T>[] = [];
    let merged = false;
    const citedIn = labelFinder(defined);
    let context = '';
    for (let i = 0; i < bounds.length - 1; i++) {
      const start = bounds[i]!;
      const end = bounds[i + 1]!;
      let labels: string[] = [];
      let spans: string[] | undefined;
      if (defined.size) {
        // Only the labels the chunk's text could cite: parse time grows with the number of definitions.
        const ownLabels = new Set(mine.get(i) ?? []);
        spans = spansOf(start, end);
        labels = citedIn(spans, () => fold(text.slice(start, end)))
          .filter((d) => !ownLabels.has(d))
          .sort();
      }
      const c = parse(start, end, i === 0, labels, context);
      if (spans && !c.spans) c.spans = spans;
      if (parsed) {
        parsed = false;
        yield;
      }
      if (c.closer && i + 2 < bounds.length) {
        // Join this chunk with the following ones, up to the chunk holding the line that closes its last block.
        let j = i + 1;
        let found = false;
        while (j + 1 < bounds.length && !found) {
          found = text.slice(bounds[j]!, bounds[j + 1]!).split(/\r\n|\r|\n/).some(c.closer);
          j++;
        }
        bounds = [...bounds.slice(0, i + 1), ...bounds.slice(j)];
        merged = true;
        break;
      }
      context = '';
      const table = inner.get(end);
      if (table !== undefined) {
        // A cut inside a list or a table stands if this chunk ends in that list or table; else the chunk is joined with
        // the rest of its region, uncut (once: a region whose cuts do not hold is not tried piece by piece).
        const nl = text.indexOf('\n', end);
        const line = text.slice(end, nl < 0 ? text.length : nl);
        // After a list, a list item in column 1 starts a new item, or a new list for another marker: micromark closes
        // the open item's paragraph before it tries the item (so "22." interrupts nothing), as for "- a\n22. b".
        const holds = table ? c.tableHead !== undefined : c.listMarker !== undefined && listMarkerOf(line) !== undefined;
        if (!holds) {
          const next = strong.find((s) => s > end) ?? text.length;
          for (const at of [...inner.keys()]) if (at > start && at < next) inner.delete(at);
          bounds = bounds.filter((b) => b <= start || b >= next);
          merged = true;
          break;
        }
        if (table) context = c.tableHead!;
      }
      chunks.push(c);
    }
    if (!merged) return chunks;
  }
}

/**
 * What a chunk's last top-level block tells about the line after it: the marker of a list, or the header and
 * delimiter rows of a table (the context's table included, for a chunk parsed with one).
 */
function lastBlock(tree: Root, source: string, from: number, to: number): { listMarker?: string; tableHead?: string } {
  let last: RootContent | undefined;
  for (const c of tree.children) {
    const s = c.position?.start.offset ?? 0;
    const e = c.position?.end.offset ?? 0;
    if (s < to && (s >= from || e > from)) last = c;
  }
  if (last?.type === 'list' && last.children.length) {
    const at = last.children[last.children.length - 1]!.position!.start.offset!;
    const marker = listMarkerOf(source.slice(source.lastIndexOf('\n', at - 1) + 1, at + 12));
    return marker ? { listMarker: marker } : {};
  }
  if (last?.type === 'table') {
    const s = last.position!.start.offset!;
    const headEnd = source.indexOf('\n', s);
    const delimiterEnd = headEnd < 0 ? -1 : source.indexOf('\n', headEnd + 1);
    if (delimiterEnd > 0 && delimiterEnd < to) return { tableHead: source.slice(source.lastIndexOf('\n', s - 1) + 1, delimiterEnd + 1) };
  }
  return {};
}

/**
 * What could cite a label in a chunk's text: each bracketed span (from a `[` to the first `]` after it), folded, of
 * at most the length of a label (999 characters, CommonMark, and its brackets and caret). Folding the spans gives
 * what folding the text and then cutting it would: white space runs and case do not reach across brackets.
 */
function bracketSpans(text: string): string[] {
  const out: string[] = [];
  let close = -1;
  for (let open = text.indexOf('['); open >= 0; open = text.indexOf('[', open + 1)) {
    if (close < open) close = text.indexOf(']', open);
    if (close < 0) break;
    const span = text.slice(open, close + 1);
    if (span.length <= 1002 || fold(span).length <= 1002) out.push(fold(span));
  }
  return out;
}

/**
 * The defined labels that a chunk's text cites: what `fold(text).includes(fold(label))` says of each, found by
 * looking up each bracketed span of the text (see `bracketSpans`): testing every label against every chunk was
 * quadratic (8,000 footnotes, each defined after its paragraph, took over a minute). Labels with a `]` inside are rare
 * and tested the slow way, on the folded text.
 */
function labelFinder(defined: Set<string>): (spans: readonly string[], folded: () => string) => string[] {
  const byFold = new Map<string, string[]>();
  const odd: [string, string][] = [];
  for (const d of defined) {
    const f = fold(d);
    if (f.startsWith('[') && f.indexOf(']') === f.length - 1) {
      const list = byFold.get(f);
      if (list) list.push(d);
      else byFold.set(f, [d]);
    } else odd.push([f, d]);
  }
  return (spans, folded) => {
    const out = new Set<string>();
    for (const span of spans) for (const d of byFold.get(span) ?? []) out.add(d);
    if (odd.length) {
      const f = folded();
      for (const [o, d] of odd) if (f.includes(o)) out.add(d);
    }
    return [...out];
  };
}

function positionsOf(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}
