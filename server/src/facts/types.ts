/** The fact base's vocabulary. Plain data: no parsing, no LSP. */

export type AuthorKind = 'committee' | 'state-party' | 'ngo' | 'special-procedures';
export type AsserterKind = 'state-party' | 'ngo' | 'committee' | 'official' | 'special-procedures' | 'ombudsperson' | 'npm';
export type Qualifier = 'exact' | 'more-than' | 'at-least' | 'about' | 'nearly' | 'up-to' | 'less-than';

/** Where something was read from, for messages that point at the exact place. */
export interface DataLocation {
  file: string;
  line: number; // 1-based
  column: number; // 1-based
}

/**
 * A source's front matter. The bundled sources give every field (server/data/schema/source-meta.schema.json); a
 * workspace source (.treaty/sources/*.md) needs only a title, and the fields a reader cannot know may be absent.
 */
export interface SourceMeta {
  id: string;
  seed?: string;
  symbol?: string | null;
  title: string;
  short_title?: string;
  author_kind?: AuthorKind;
  author?: string;
  issuing_body?: string;
  date: string;
  date_basis?: string;
  language?: string;
  addressing?: 'numbered' | 'sections';
  addressing_note?: string;
  responds_to?: string[];
  /** Workspace sources only: the catalogue's kind of document and phrases that stand for it. */
  kind?: string;
  aliases?: string[];
}

export interface SourceParagraph {
  address: string;
  /** The text with footnote markers, as in the bundled file. */
  text: string;
  /** The nearest heading above the paragraph. */
  heading: string;
  /** 0-based line of the anchor in the source file (for go-to-source). */
  line: number;
  footnotes: string[];
}

export interface SourceDocument {
  meta: SourceMeta;
  /** The file it was read from: relative to the repository for bundled sources, as found for workspace ones. */
  file: string;
  /** Set for a workspace source (.treaty/sources, --sources); absent for a bundled one. */
  origin?: 'workspace';
  paragraphs: Map<string, SourceParagraph>;
  order: string[];
  footnotes: Map<string, string>;
}

export interface Asserter {
  kind: AsserterKind;
  name: string;
}

export interface Fact {
  id: string;
  type: 'statistic' | 'dated-act' | 'event';
  measure: string;
  value?: number;
  value_text?: string;
  unit?: string;
  qualifier?: Qualifier;
  period?: string;
  scope?: string;
  terms: string[];
  asserted_by: Asserter;
  attributed_to?: string;
  asserted_on: string;
  paragraph: string;
  quote: string;
  note?: string;
  act?: { kind: string; number?: string; issuer?: string };
  date?: string;
  date_text?: string;
  /** Filled by the loader. */
  source: string;
  origin: 'bundled' | 'workspace';
  location?: DataLocation;
}

/** Words that reports and sources use for one another ("confined" / "held"): a fact's terms match in either form. */
export interface SynonymGroup {
  words: string[];
  /** Why these words say the same thing in this field, for the reviewer of the data. */
  note: string;
}

export type Relation =
  | { id: string; kind: 'total-parts'; total: string; parts: string[]; exhaustive: boolean; holds: boolean; note?: string }
  | { id: string; kind: 'share'; part: string; base: string; percent: string; holds: boolean; note?: string }
  | { id: string; kind: 'same-measure'; facts: string[]; status: 'update' | 'dispute' | 'different-scope'; note?: string }
  | { id: string; kind: 'conversion'; from: string; to: string; rate: number; holds: boolean; note?: string }
  | { id: string; kind: 'change'; from: string; to: string; stated: string; holds: boolean; note?: string };

export interface CatalogueParagraph {
  id: string;
  subject: string;
  text?: string;
  follow_up?: boolean;
  subparagraphs?: string[];
  referenced_by?: { source: string; paragraph: string }[];
}

export interface CatalogueDocument {
  symbol: string;
  kind: string;
  title: string;
  body: string;
  date?: string;
  date_basis?: string;
  source?: string | null;
  url?: string;
  aliases?: string[];
  corrigenda?: string[];
  note?: string;
  paragraphs_complete?: boolean;
  paragraph_count?: number;
  paragraphs?: CatalogueParagraph[];
}

/** A problem found in a data file, placed where it is. */
export interface DataProblem {
  file: string;
  line: number;
  column: number;
  /** JSON path inside the file, e.g. facts[3].quote */
  path: string;
  message: string;
  severity: 'error' | 'warning';
}
