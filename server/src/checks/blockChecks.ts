import type { FactBase } from '../facts/factBase';
import type { Figure } from '../parse/figures';
import type { ProseBlock, ReportModel } from '../parse/reportModel';
import type { CitationJudgement, FigureJudgement, Finding } from './findings';

/**
 * What checking one block gives, before suppressions and severities. Offsets are document offsets for a block
 * starting at `start`; `figures` (the block's figures) are block-relative.
 */
export interface BlockOutcome {
  start: number;
  section: number;
  findings: Finding[];
  judgements: FigureJudgement[];
  citations: CitationJudgement[];
  figures: Figure[];
  /** The document a bare "para. N" in the next block refers to. */
  lastSymbol: string | undefined;
}

/**
 * Everything a block's checks read: its text and kind, the headings above it, and the document cited last
 * before it. Two blocks with the same key give the same outcome, wherever they stand. The text is kept apart
 * from the rest so that the lookup hashes a string the model already holds instead of building a new one.
 */
export interface BlockKey {
  text: string;
  context: string;
}

/**
 * `leadIn`: the sentence before that the block carries its subject from (or that introduces its table), when it reads
 * one. `headingKeys`: the headings above each section, joined, as computed for earlier blocks of the same model.
 */
export function blockKey(model: ReportModel, block: ProseBlock, lastSymbol: string | undefined, leadIn?: string, headingKeys?: Map<number, string>): BlockKey {
  let headings = headingKeys?.get(block.section);
  if (headings === undefined) {
    const titles: string[] = [];
    for (let s = block.section; s > 0; s = model.sections[s]!.parent) titles.push(model.sections[s]!.title);
    headings = titles.join('\u0002');
    headingKeys?.set(block.section, headings);
  }
  const refs = block.footnoteRefs.length ? block.footnoteRefs.map((r) => `${r.label}@${r.start - block.start}`).join(',') : '';
  const table = block.lead === undefined ? '' : `\u0001${block.lead}\u0001${block.columnHeader ?? ''}\u0001${block.tableHeader ?? ''}`;
  return { text: block.text, context: `${block.kind}\u0001${headings}\u0001${lastSymbol ?? ''}\u0001${refs}${table}\u0001${leadIn ?? ''}` };
}

/** The outcomes of one check, by block key, kept for the check of the document's next version. */
export class BlockOutcomes {
  private readonly byText = new Map<string, { context: string; outcome: BlockOutcome }[]>();
  constructor(readonly facts: FactBase, readonly reportUnverified: boolean) {}

  /** Whether outcomes computed under these conditions hold under `facts` and `reportUnverified`. */
  appliesTo(facts: FactBase, reportUnverified: boolean): boolean {
    return this.facts === facts && this.reportUnverified === reportUnverified;
  }
  get(key: BlockKey): BlockOutcome | undefined {
    return this.byText.get(key.text)?.find((x) => x.context === key.context)?.outcome;
  }
  set(key: BlockKey, outcome: BlockOutcome): void {
    const list = this.byText.get(key.text);
    if (list) list.push({ context: key.context, outcome });
    else this.byText.set(key.text, [{ context: key.context, outcome }]);
  }
}

/** An outcome moved to where its block now stands (same text, other offset or section index). */
export function placed(outcome: BlockOutcome, block: ProseBlock): BlockOutcome {
  const d = block.start - outcome.start;
  const section = block.section;
  if (d === 0 && section === outcome.section) return outcome;
  return {
    start: block.start,
    section,
    findings: d === 0 ? outcome.findings : outcome.findings.map((f) => ({
      ...f,
      start: f.start + d,
      end: f.end + d,
      fixes: f.fixes.map((x) => ({ ...x, start: x.start + d, end: x.end + d })),
      ...(f.participants ? { participants: f.participants.map((p) => p + d) } : {}),
    })),
    judgements: outcome.judgements.map((j) => ({ ...j, start: j.start + d, end: j.end + d, section })),
    citations: outcome.citations.map((c) => ({ ...c, start: c.start + d, end: c.end + d, paragraphs: c.paragraphs.map((p) => ({ ...p, start: p.start + d, end: p.end + d })), section })),
    figures: outcome.figures,
    lastSymbol: outcome.lastSymbol,
  };
}
