import { parseDocument, LineCounter } from 'yaml';
import type { DataProblem, SourceDocument, SourceMeta, SourceParagraph } from './types';

const ANCHOR = /^<a id="([^"]+)"><\/a>\s*$/;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const FOOTNOTE_DEF = /^\[\^([^\]\s]+)\]:\s?(.*)$/;
const FOOTNOTE_REF = /\[\^([^\]\s]+)\]/g;
/** A numbered paragraph as printed: "12." at the start of a block (up to three digits: "2023." is a year). */
const NUMBERED = /^ {0,3}(\d{1,3})\.(?=\s|$)/;
/** A lettered subparagraph as printed: "(a)" at the start of a block, under a numbered paragraph. */
const LETTERED = /^ {0,3}\(([a-z])\)(?=\s|$)/;
/** Letters that are also roman numerals: "(i)" is a letter only right after "(h)", "(v)" after "(u)", "(x)" after "(w)". */
const ROMAN_AFTER: Record<string, string> = { i: 'h', v: 'u', x: 'w' };

export interface SourceParseOptions {
  /**
   * Without any `<a id>` anchor in the file, address paragraphs by the document's own numbering: a block that starts
   * with "12." is paragraph 12, one that starts with "(a)" under it is 12(a). With anchors, only anchors count.
   */
  numbering?: boolean;
  /** Report YAML errors of the front matter here (false when the caller parses the front matter itself). */
  frontMatterErrors?: boolean;
  /** How a reference to an undefined footnote counts (default: an error). */
  undefinedFootnote?: DataProblem['severity'];
  /**
   * Reads the front matter (the YAML between the lines ---) for a caller that parses it its own way, reporting its
   * problems itself: its value is the document's meta, and the front matter is not parsed here a second time.
   */
  readFrontMatter?: (yaml: string) => unknown;
}

export interface ParsedSource {
  document?: SourceDocument;
  /** The front matter as plain data, for schema validation by the caller. */
  frontMatter?: unknown;
  frontMatterLines?: { lineCounter: LineCounter; offsetLine: number; doc: ReturnType<typeof parseDocument> };
  problems: DataProblem[];
}

/**
 * Reads a bundled source: YAML front matter, then Markdown where each addressable
 * paragraph starts with an anchor line `<a id="ADDRESS"></a>`.
 */
export function parseSourceDocument(file: string, text: string, options: SourceParseOptions = {}): ParsedSource {
  const problems: DataProblem[] = [];
  const lines = text.split(/\r?\n/);
  if (lines[0] !== '---') {
    return { problems: [{ file, line: 1, column: 1, path: '', message: 'a source must start with YAML front matter (---)', severity: 'error' }] };
  }
  const end = lines.indexOf('---', 1);
  if (end < 0) {
    return { problems: [{ file, line: 1, column: 1, path: '', message: 'front matter is not closed by a line ---', severity: 'error' }] };
  }
  const yamlText = lines.slice(1, end).join('\n');
  let frontMatterLines: ParsedSource['frontMatterLines'];
  let frontMatter: unknown;
  if (options.readFrontMatter) frontMatter = options.readFrontMatter(yamlText);
  else {
    const lineCounter = new LineCounter();
    const doc = parseDocument(yamlText, { lineCounter, customTags: [], prettyErrors: false });
    if (options.frontMatterErrors !== false) for (const err of doc.errors) {
      const pos = lineCounter.linePos(err.pos[0]);
      problems.push({ file, line: pos.line + 1, column: pos.col, path: '', message: `front matter: ${err.message.split('\n')[0]}`, severity: 'error' });
    }
    frontMatter = doc.toJS() as unknown;
    frontMatterLines = { lineCounter, offsetLine: 1, doc };
  }
  const meta = frontMatter as SourceMeta;

  const paragraphs = new Map<string, SourceParagraph>();
  const order: string[] = [];
  const footnotes = new Map<string, string>();
  let heading = '';
  let current: { address: string; line: number; body: string[]; heading: string } | undefined;
  let currentFootnote: { id: string; body: string[] } | undefined;

  const flush = () => {
    if (current) {
      const body = current.body.join('\n').trim();
      if (paragraphs.has(current.address)) {
        problems.push({ file, line: current.line + 1, column: 1, path: '', message: `paragraph address "${current.address}" is used twice (first at line ${paragraphs.get(current.address)!.line + 1})`, severity: 'error' });
      } else {
        if (!body) problems.push({ file, line: current.line + 1, column: 1, path: '', message: `paragraph "${current.address}" has no text`, severity: 'error' });
        const refs = [...new Set([...body.matchAll(FOOTNOTE_REF)].map((m) => m[1]!))];
        paragraphs.set(current.address, { address: current.address, text: body, heading: current.heading, line: current.line, footnotes: refs });
        order.push(current.address);
      }
      current = undefined;
    }
    if (currentFootnote) {
      footnotes.set(currentFootnote.id, currentFootnote.body.join(' ').replace(/\s+/g, ' ').trim());
      currentFootnote = undefined;
    }
  };

  // Numbering: no anchor anywhere, and the caller asks for it (workspace sources).
  const numbering = options.numbering === true && !lines.some((l, i) => i > end && ANCHOR.test(l));
  /** The numbered paragraph lettered subparagraphs belong to, the last letter seen under it, and where blocks start. */
  let parent: string | undefined;
  let lastLetter: string | undefined;
  let blockStart = true;
  let inList = false;

  for (let i = end + 1; i < lines.length; i++) {
    const line = lines[i]!;
    const anchor = ANCHOR.exec(line);
    if (anchor) {
      flush();
      current = { address: anchor[1]!, line: i, body: [], heading };
      continue;
    }
    const h = HEADING.exec(line);
    if (h) {
      flush();
      heading = h[2]!;
      parent = undefined;
      blockStart = true;
      continue;
    }
    if (numbering && !currentFootnote) {
      const starts = blockStart || inList;
      blockStart = line.trim() === '';
      if (blockStart) inList = false;
      const numbered = starts ? NUMBERED.exec(line) : null;
      const lettered = starts && !numbered && parent ? LETTERED.exec(line) : null;
      const letter = lettered?.[1];
      const isLetter = !!letter && (!(letter in ROMAN_AFTER) || lastLetter === ROMAN_AFTER[letter]);
      if (numbered || (lettered && isLetter)) {
        flush();
        if (numbered) {
          parent = numbered[1]!;
          lastLetter = undefined;
          current = { address: parent, line: i, body: [line], heading };
        } else {
          lastLetter = letter;
          current = { address: `${parent}(${letter})`, line: i, body: [line], heading };
        }
        inList = true;
        continue;
      }
    }
    const fn = FOOTNOTE_DEF.exec(line);
    if (fn) {
      flush();
      currentFootnote = { id: fn[1]!, body: [fn[2]!] };
      continue;
    }
    if (currentFootnote) {
      if (/^\s+\S/.test(line)) currentFootnote.body.push(line.trim());
      else if (line.trim() === '') continue;
      else flush();
      continue;
    }
    if (current) current.body.push(line);
  }
  flush();

  for (const p of paragraphs.values()) {
    for (const ref of p.footnotes) {
      if (!footnotes.has(ref)) {
        problems.push({ file, line: p.line + 1, column: 1, path: '', message: `paragraph "${p.address}" refers to footnote [^${ref}], which is not defined`, severity: options.undefinedFootnote ?? 'error' });
      }
    }
  }

  return {
    document: { meta, file, paragraphs, order, footnotes },
    frontMatter,
    ...(frontMatterLines ? { frontMatterLines } : {}),
    problems,
  };
}

/** Paragraph text as prose: footnote markers removed, whitespace runs folded. */
export function plainText(text: string): string {
  return foldSpace(text.replace(FOOTNOTE_REF, ''));
}

export function foldSpace(text: string): string {
  // Most texts hold no space to fold (no run of two, none but plain spaces): replacing each space by itself was most
  // of the cost, a string made per space.
  return FOLDABLE.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

/** A white space character other than a plain space, or two of any in a row: what foldSpace changes before trimming. */
const FOLDABLE = /[^\S ]|\s\s/;
