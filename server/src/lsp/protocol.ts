/** Custom requests shared by the client and the server. */

export const FINDINGS_SUMMARY = 'treaty/findingsSummary';
export interface FindingsSummaryParams { uri: string }
export interface FindingsSummary { uri: string; version: number; errors: number; warnings: number; information: number; hints: number; figures: number; verified: number; contradicted: number; unverified: number }

export const COVERAGE = 'treaty/coverage';
export interface CoverageParams { uri: string }
export interface Coverage { symbol: string; title: string; answered: { id: string; subject: string; line: number }[]; skipped: { id: string; subject: string }[] }

/** Memory of the server process after a full garbage collection, checks under way and collections made at rest. */
export const MEMORY = 'treaty/memory';
export interface MemoryUsage { rss: number; heapTotal: number; heapUsed: number; external: number; arrayBuffers: number; collected: boolean; checksRunning: number; idleCollections: number }

/**
 * The library of standard recommendation text, from the bundled and the workspace's sources (issue #17), for the
 * command "Treaty: Insert standard recommendation…". `markdown` is what is inserted: the quotation and its citation.
 */
export const RECOMMENDATIONS = 'treaty/recommendations';
export interface RecommendationLibraryAnswer {
  themes: { word: string; label: string; count: number }[];
  entries: { id: string; citation: string; themes: string[]; text: string; documentTitle: string; foundIn: string; markdown: string; documentation: string }[];
}
