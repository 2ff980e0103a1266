import { parseSourceDocument } from '../../facts/sourceDocument';
import { guardLine } from './html';
import type { Masthead } from './masthead';
import { ImportError, type AuthorKind, type ExtractedDocument, type ImportOptions } from './types';

export interface SourceMarkdown {
  markdown: string;
  /** Where the structure was unclear and how it was read, one sentence each. */
  warnings: string[];
  meta: { id: string; symbol: string | null; title: string; date: string; author: string; author_kind: AuthorKind; paragraphs: number };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const nextLetter = (l: string | undefined) => (l === undefined ? 'a' : LETTERS[LETTERS.indexOf(l) + 1] ?? `${l}a`);
const ROMAN = /^[ivxl]+$/;

/** A kebab-case id from a symbol or a file name: CAT/C/KAZ/Q/4 → cat-c-kaz-q-4. */
export function sourceId(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'source';
}

/**
 * Writes an extracted document as a source in the bundled sources' form (server/data/README.md): front matter, the
 * masthead as plain text, headings, every numbered paragraph and lettered subparagraph after an anchor holding its
 * address (`12`, `6(b)`, `6(b)(ii)`), footnote definitions at the end. Throws an ImportError naming the flags to give
 * when the symbol, title, date or author is neither in the masthead nor given.
 */
export function toSourceMarkdown(file: string, doc: ExtractedDocument, masthead: Masthead, options: ImportOptions): SourceMarkdown {
  const warnings = [...doc.warnings];
  const symbol = options.symbol !== undefined ? options.symbol : masthead.symbol;
  const title = options.title ?? masthead.title;
  const date = options.date ?? masthead.date;
  const author = options.author ?? masthead.author;
  const authorKind = options.authorKind ?? (options.author && options.author !== masthead.author ? undefined : masthead.authorKind);
  const missing: string[] = [];
  if (symbol === undefined) missing.push('no UN symbol found in the masthead: give it with --symbol (e.g. --symbol CAT/C/KAZ/CO/4), or --no-symbol for a document without one');
  if (!title) missing.push('no title found: give it with --title "…"');
  if (!date) missing.push('no date found in the masthead: give it with --date YYYY-MM-DD (or YYYY-MM, YYYY)');
  if (!author) missing.push('no author found (no committee named in the masthead): give it with --author "…"');
  if (!authorKind) missing.push('the kind of author is not known: give it with --author-kind committee|state-party|ngo|special-procedures');
  if (missing.length) throw new ImportError(missing.join('\n'));
  if (!options.author && masthead.authorKind === 'state-party') warnings.push(`author read as "${author}": ${masthead.authorBasis}; give --author and --author-kind to say otherwise`);

  const out: string[] = [];
  const preamble = doc.blocks.slice(0, masthead.length);
  const body = doc.blocks.slice(masthead.length);
  preamble.forEach((b, i) => {
    if (i === masthead.titleBlock) out.push(`# ${b.kind === 'table' ? title : b.text}`, '');
    else if (b.kind === 'heading') out.push(`${'#'.repeat(b.depth)} ${b.text}`, '');
    else out.push(b.kind === 'table' ? b.markdown : guardLine(b.text), '');
  });
  if (masthead.titleBlock === undefined) out.push(`# ${title}`, '');

  const numbered = body.some((b) => b.kind === 'paragraph' && b.marker?.kind === 'number');
  const used = new Set<string>();
  const lastLetter = new Map<string, string>();
  let last: number | undefined;
  let parent: string | undefined;
  /** The address whose text the next unmarked block continues; cleared by a heading. */
  let open: string | undefined;
  let heading = '';
  let unaddressed = 0;
  let joined = 0;
  let count = 0;

  const anchor = (address: string, text: string) => {
    used.add(address);
    out.push(`<a id="${address}"></a>`, text, '');
    open = address;
  };
  for (const b of body) {
    if (b.kind === 'heading') {
      out.push(`${'#'.repeat(b.depth)} ${b.text}`, '');
      heading = b.text;
      open = undefined;
      continue;
    }
    if (b.kind === 'table') {
      out.push(b.markdown, '');
      if (!open) unaddressed++;
      continue;
    }
    let marker = b.marker;
    if (!numbered && !marker && !b.continuation) marker = { kind: 'number', value: (last ?? 0) + 1 };
    if (marker?.kind === 'number') {
      const n = marker.value;
      const printed = numbered ? `${n}. ` : '';
      if (used.has(String(n))) {
        const letter = nextLetter(lastLetter.get(String(n)));
        lastLetter.set(String(n), letter);
        warnings.push(`paragraph ${n} appears twice; the second was read as ${n}(${letter})`);
        anchor(`${n}(${letter})`, `${printed}${b.text}`);
        parent = String(n);
        continue;
      }
      if (last !== undefined && n !== last + 1) {
        if (n < last) warnings.push(`paragraph ${n} comes after paragraph ${last}; kept as ${n}`);
        else warnings.push(`paragraph${n - last > 2 ? 's' : ''} ${n - last > 2 ? `${last + 1}–${n - 1}` : last + 1} missing: ${last} is followed by ${n}`);
      } else if (last === undefined && n !== 1 && numbered) warnings.push(`the first numbered paragraph is ${n}, not 1`);
      last = Math.max(n, last ?? n);
      parent = String(n);
      count++;
      anchor(String(n), `${printed}${b.text}`);
      continue;
    }
    if (marker?.kind === 'sub') {
      const x = marker.value;
      const printed = `(${x}) `;
      if (parent === undefined) {
        warnings.push(`subparagraph (${x}) comes before any numbered paragraph; kept as text without an address`);
        out.push(`${printed}${b.text}`, '');
        continue;
      }
      const prevLetter = lastLetter.get(parent);
      const roman = ROMAN.test(x) && prevLetter !== undefined && x !== nextLetter(prevLetter) && !(x === 'i' && prevLetter === 'h');
      const address = roman ? `${parent}(${prevLetter})(${x})` : `${parent}(${x})`;
      if (used.has(address)) {
        warnings.push(`subparagraph ${address} appears twice; the second was read as part of the text before it`);
        out.push(`${printed}${b.text}`, '');
        continue;
      }
      if (!roman) {
        if (x !== nextLetter(prevLetter)) warnings.push(`in paragraph ${parent}, (${x}) follows ${prevLetter ? `(${prevLetter})` : 'the lead-in'}; kept as ${address}`);
        lastLetter.set(parent, x);
      }
      anchor(address, `${printed}${b.text}`);
      continue;
    }
    // No marker: a bullet, a quotation or a further paragraph of the one before; under a heading, text with no address.
    out.push(guardLine(b.text), '');
    if (open) {
      if (!b.continuation) joined++;
    } else {
      unaddressed++;
      if (numbered && unaddressed <= 3) warnings.push(`text under "${heading || 'the title'}" ("${b.text.slice(0, 40)}…") has no paragraph number; it was kept without an address`);
    }
  }
  if (!numbered) warnings.push(count ? `no paragraph numbers found; paragraphs numbered 1–${count} in order` : 'no paragraphs found');
  if (joined) warnings.push(`${joined} unnumbered paragraph(s) were read as part of the numbered paragraph before them`);
  if (unaddressed > 3 && numbered) warnings.push(`${unaddressed - 3} more unnumbered text block(s) were kept without an address`);

  // Footnotes: the document's own marks; references without a note and notes without a reference are said.
  const text = out.join('\n');
  const refs = new Set([...text.matchAll(/\[\^([^\]\s]+)\]/g)].map((m) => m[1]!));
  const defined = new Set<string>();
  const notes: string[] = [];
  for (const f of doc.footnotes) {
    if (defined.has(f.id)) {
      warnings.push(`footnote ${f.id} appears twice; the second was left out`);
      continue;
    }
    defined.add(f.id);
    if (!refs.has(f.id)) warnings.push(`footnote ${f.id} is referred to nowhere in the text`);
    notes.push(`[^${f.id}]: ${f.text.replace(/\s+/g, ' ').trim() || '(empty note)'}`, '');
  }
  const undefinedRefs = [...refs].filter((r) => !defined.has(r));
  let markdown = text;
  for (const r of undefinedRefs) {
    warnings.push(`the text refers to note ${r}, which was not found; the reference was kept as plain text`);
    markdown = markdown.split(`[^${r}]`).join(`[${r}]`);
  }

  const id = options.id ?? sourceId(symbol ?? file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''));
  const dateBasis = options.date ? 'given with --date' : `"${masthead.dateLine}" in the masthead`;
  const addressingNote = numbered
    ? `Paragraphs as numbered in the document${lastLetter.size ? '; lettered subparagraphs as 6(b)' : ''}. Imported from ${file.replace(/^.*[\\/]/, '')}.`
    : `The document numbers no paragraphs; paragraphs numbered 1–${count} in order on import from ${file.replace(/^.*[\\/]/, '')}.`;
  const q = (s: string) => JSON.stringify(s);
  const front = [
    '---',
    `id: ${id}`,
    `seed: ${q(file.replace(/^.*[\\/]/, ''))}`,
    `symbol: ${symbol === null ? 'null' : q(symbol!)}`,
    `title: ${q(title!)}`,
    `author_kind: ${authorKind}`,
    `author: ${q(author!)}`,
    `issuing_body: ${q(author!)}`,
    `date: ${q(date!)}`,
    `date_basis: ${q(dateBasis)}`,
    `language: ${options.language ?? 'en'}`,
    'addressing: numbered',
    `addressing_note: ${q(addressingNote)}`,
    '---',
    '',
  ];
  const result = `${front.join('\n')}\n${markdown.replace(/\n{3,}/g, '\n\n').trim()}\n${notes.length ? `\n${notes.join('\n').trim()}\n` : ''}`;

  // The project's own parser must read what was written; anything it finds is said, not hidden.
  for (const p of parseSourceDocument(file, result).problems) warnings.push(`the written source: ${p.message}`);
  return { markdown: result, warnings, meta: { id, symbol: symbol ?? null, title: title!, date: date!, author: author!, author_kind: authorKind!, paragraphs: used.size } };
}
