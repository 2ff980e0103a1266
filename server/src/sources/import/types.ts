/**
 * What the readers (DOCX, PDF, HTML) hand to the Markdown writer: the document as a flat list of blocks in reading
 * order, its footnotes, and what each reader found unclear. Plain data, no LSP or VS Code types.
 */

/** A paragraph's own printed marker, taken off its text: `12.` → number 12, `(b)` → sub b. */
export type Marker = { kind: 'number'; value: number } | { kind: 'sub'; value: string };

export type Block =
  | { kind: 'heading'; depth: number; text: string }
  | {
    kind: 'paragraph';
    /** Inline Markdown, on one line, without its marker. */
    text: string;
    marker?: Marker;
    /** The marker came from list numbering (Word's automatic numbers, `<ol>`), not from the text. */
    fromList?: boolean;
    /** The whole paragraph is bold (a heading in a document without heading styles). */
    bold?: boolean;
    /** A list item without a number (a bullet), or a quotation: text belonging to the paragraph before it. */
    continuation?: boolean;
  }
  | { kind: 'table'; markdown: string };

export interface Footnote {
  /** The document's own mark: `1`, `12`, `*`. */
  id: string;
  text: string;
}

export interface ExtractedDocument {
  blocks: Block[];
  footnotes: Footnote[];
  /** Messages about the file's structure, without the file name. */
  warnings: string[];
}

export const AUTHOR_KINDS = ['committee', 'state-party', 'ngo', 'special-procedures'] as const;
export type AuthorKind = (typeof AUTHOR_KINDS)[number];

/** What the user gives on the command line (or a quick pick): overrides what the masthead says. */
export interface ImportOptions {
  /** A UN symbol, or null for a document without one (`--no-symbol`). */
  symbol?: string | null;
  title?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string;
  author?: string;
  authorKind?: AuthorKind;
  language?: string;
  id?: string;
}

/** An input the importer cannot read, or a field it cannot find: the message says why, the CLI exits 2. */
export class ImportError extends Error {}
