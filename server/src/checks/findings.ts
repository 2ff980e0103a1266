/** What the checks report: plain data with document offsets, turned into LSP diagnostics or CLI lines by the doors. */

export type FindingCode =
  | 'figure-mismatch'
  | 'figure-superseded'
  | 'figure-disputed'
  | 'figure-unverified'
  | 'arithmetic'
  | 'date-mismatch'
  | 'unknown-document'
  | 'unknown-paragraph';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export const DEFAULT_SEVERITY: Record<FindingCode, Severity> = {
  'figure-mismatch': 'warning',
  'figure-superseded': 'information',
  'figure-disputed': 'information',
  'figure-unverified': 'hint',
  arithmetic: 'warning',
  'date-mismatch': 'warning',
  'unknown-document': 'warning',
  'unknown-paragraph': 'error',
};

export const ALL_CODES = Object.keys(DEFAULT_SEVERITY) as FindingCode[];

export interface RelatedSource {
  sourceId: string;
  paragraph: string;
  message: string;
}

export interface Fix {
  title: string;
  start: number;
  end: number;
  newText: string;
  /** The fact a replacement comes from. */
  factId?: string;
  preferred?: boolean;
}

export interface Finding {
  code: FindingCode;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  factIds: string[];
  related: RelatedSource[];
  fixes: Fix[];
  /** For arithmetic: document offsets where the figures involved start. */
  participants?: number[];
  /** The rules that decided it, each with what it saw ("same measure: complaints · 2023"). */
  rules?: string[];
}

/** A figure the engine matched to the fact base, kept for hovers and code lenses even when nothing is wrong. */
export interface FigureJudgement {
  start: number;
  end: number;
  text: string;
  value: number;
  status: 'verified' | 'mismatch' | 'superseded' | 'disputed' | 'unverified';
  factIds: string[];
  /** The section (ReportModel.sections index) the figure stands in. */
  section: number;
  /** The rules that decided it, each with what it saw. */
  rules?: string[];
}

export interface CitationJudgement {
  start: number;
  end: number;
  symbol?: string;
  paragraphs: { id: string; sub?: string; start: number; end: number; known: boolean }[];
  known: boolean;
  section: number;
}
