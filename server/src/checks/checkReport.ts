import type { FactBase } from '../facts/factBase';
import { findCitations } from '../parse/citations';
import { findFigures, type Figure } from '../parse/figures';
import { buildReportModel, type ReportModel } from '../parse/reportModel';
import { checkCitation } from './citationCheck';
import { arithmeticStandsWith, checkArithmetic } from './arithmetic';
import { checkDates } from './dateCheck';
import { figureContext } from './figureContext';
import { judgeSentence, type FigureInSentence } from './figureCheck';
import { ALL_CODES, DEFAULT_SEVERITY, type CitationJudgement, type FigureJudgement, type Finding, type FindingCode, type Severity } from './findings';
import { applySuppressions } from './suppression';

export interface CheckOptions {
  /** Report statistics that no fact speaks about (off by default: most drafts have many). */
  reportUnverified?: boolean;
  /** Per-code severity, or 'off'. */
  severities?: Partial<Record<FindingCode, Severity | 'off'>>;
}

export interface CheckResult {
  model: ReportModel;
  findings: Finding[];
  figures: FigureJudgement[];
  citations: CitationJudgement[];
  /** Figures per block (block index → figures, block-relative), for features that need them. */
  blockFigures: Figure[][];
}

/** The engine: Markdown text in, findings out. No editor, no protocol. */
export function checkReport(text: string, facts: FactBase, options: CheckOptions = {}): CheckResult {
  const model = buildReportModel(text);
  return checkModel(model, facts, options);
}

export function checkModel(model: ReportModel, facts: FactBase, options: CheckOptions = {}): CheckResult {
  const findings: Finding[] = [];
  const figures: FigureJudgement[] = [];
  const citations: CitationJudgement[] = [];
  const blockFigures: Figure[][] = [];
  const phrases = facts.aliasPhrases();
  const headingCache = new Map<number, Set<string>>();
  let lastSymbol: string | undefined;
  let lastSection = -1;

  model.blocks.forEach((block) => {
    if (block.section !== lastSection) {
      // A new section does not inherit a bare "para. 10" target from the previous one, unless its heading names a document.
      lastSection = block.section;
      if (block.kind !== 'heading') lastSymbol = undefined;
    }
    const found = findCitations(block.text, phrases);
    for (const c of found) lastSymbol = checkCitation(facts, c, block.start, lastSymbol, block.section, findings, citations);
    const excluded = found.flatMap((c) => [
      ...(c.symbolStart !== undefined ? [{ start: c.symbolStart, end: c.symbolEnd! }] : []),
      ...(c.communication ? [{ start: c.start, end: c.end }] : []),
      ...c.paragraphs.map((p) => ({ start: p.start, end: p.end })),
    ]);
    const all = findFigures(block.text, excluded);
    blockFigures.push(all);
    const years = all.filter((f) => f.kind === 'year');
    const stats = all.filter((f) => f.kind === 'statistic');
    const bySentence = new Map<number, FigureInSentence[]>();
    for (const figure of stats) {
      const ctx = figureContext(model, block, figure, years, headingCache, all);
      const list = bySentence.get(ctx.sentenceStart) ?? [];
      list.push({ figure, base: block.start, ctx, section: block.section });
      bySentence.set(ctx.sentenceStart, list);
    }
    for (const list of bySentence.values()) judgeSentence(facts, list, { reportUnverified: options.reportUnverified ?? false }, findings, figures);
    checkArithmetic(block, all, findings);
    checkDates(facts, block, all, findings);
  });

  // An arithmetic slip that a contradicted figure explains is reported once, on that figure: explained means the
  // slip goes away when that figure takes its sourced value ("377 + 322 ≠ 709" with 332 sourced for 322).
  const contradicted = new Map(figures.filter((f) => f.status === 'mismatch').map((f) => [f.start, f.factIds.map((id) => facts.facts.get(id)?.value).filter((v): v is number => v !== undefined)]));
  const explained = findings.filter((f) => f.code === 'arithmetic' && f.participants?.some((p) => contradicted.has(p)) && explainedBySourcedValue(f, contradicted));
  const kept = applySuppressions(model, findings.filter((f) => !explained.includes(f)));
  const out: Finding[] = [];
  for (const f of kept) {
    const sev = options.severities?.[f.code] ?? DEFAULT_SEVERITY[f.code];
    if (sev === 'off') continue;
    out.push({ ...f, severity: sev });
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  void ALL_CODES;
  return { model, findings: out, figures, citations, blockFigures };
}

function explainedBySourcedValue(finding: Finding, contradicted: Map<number, number[]>): boolean {
  for (const p of finding.participants ?? []) {
    for (const value of contradicted.get(p) ?? []) if (!arithmeticStandsWith(finding, new Map([[p, value]]))) return true;
  }
  return false;
}
