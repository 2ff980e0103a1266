import { parseDocument, LineCounter } from 'yaml';
import type { DataProblem, SourceDocument, SourceMeta, SourceParagraph } from './types';

const ANCHOR = /^<a id="([^"]+)"><\/a>\s*$/;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const FOOTNOTE_DEF = /^\[\^([^\]\s]+)\]:\s?(.*)$/;
const FOOTNOTE_REF = /\[\^([^\]\s]+)\]/g;

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
export function parseSourceDocument(file: string, text: string): ParsedSource {
  const problems: DataProblem[] = [];
  const lines = text.split(/\r?\n/);
  if (lines[0] !== '---') {
    return { problems: [{ file, line: 1, column: 1, path: '', message: 'a source must start with YAML front matter (---)', severity: 'error' }] };
  }
  const end = lines.indexOf('---', 1);
  if (end < 0) {
    return { problems: [{ file, line: 1, column: 1, path: '', message: 'front matter is not closed by a line ---', severity: 'error' }] };
  }
  const lineCounter = new LineCounter();
  const yamlText = lines.slice(1, end).join('\n');
  const doc = parseDocument(yamlText, { lineCounter, customTags: [], prettyErrors: false });
  for (const err of doc.errors) {
    const pos = lineCounter.linePos(err.pos[0]);
    problems.push({ file, line: pos.line + 1, column: pos.col, path: '', message: `front matter: ${err.message.split('\n')[0]}`, severity: 'error' });
  }
  const frontMatter = doc.toJS() as unknown;
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
        problems.push({ file, line: current.line + 1, column: 1, path: '', message: `paragraph address "${current.address}" is used twice`, severity: 'error' });
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
      continue;
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
        problems.push({ file, line: p.line + 1, column: 1, path: '', message: `paragraph "${p.address}" refers to footnote [^${ref}], which is not defined`, severity: 'error' });
      }
    }
  }

  return {
    document: { meta, file, paragraphs, order, footnotes },
    frontMatter,
    frontMatterLines: { lineCounter, offsetLine: 1, doc },
    problems,
  };
}

/** Paragraph text as prose: footnote markers removed, whitespace runs folded. */
export function plainText(text: string): string {
  return foldSpace(text.replace(FOOTNOTE_REF, ''));
}

export function foldSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
