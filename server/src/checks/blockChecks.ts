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
  const headings = headingsKey(model, block.section, headingKeys);
  const refs = block.footnoteRefs.length ? block.footnoteRefs.map((r) => `${r.label}@${r.start - block.start}`).join(',') : '';
  const table = block.lead === undefined ? '' : `\u0001${block.lead}\u0001${block.columnHeader ?? ''}\u0001${block.tableHeader ?? ''}\u0001${block.rowYear ?? ''}`;
  return { text: block.text, context: `${block.kind}\u0001${headings}\u0001${lastSymbol ?? ''}\u0001${refs}${table}\u0001${leadIn ?? ''}` };
}

/** The titles of a section and of those it is in, joined (kept in `headingKeys` for the sections of one model). */
export function headingsKey(model: ReportModel, section: number, headingKeys?: Map<number, string>): string {
  let headings = headingKeys?.get(section);
  if (headings === undefined) {
    const titles: string[] = [];
    for (let s = section; s > 0; s = model.sections[s]!.parent) titles.push(model.sections[s]!.title);
    headings = titles.join('\u0002');
    headingKeys?.set(section, headings);
  }
  return headings;
}

/** An outcome kept by its block's key; `mark` tells which entries the last pruning found in use. */
export interface BlockEntry {
  outcome: BlockOutcome;
  mark: number;
}

/**
 * Block outcomes by block key, kept from one check to the next for as long as the fact base and the options are the
 * same: the checks of successive versions of a document share them (a key gives the same outcome in any version).
 * Keys no check uses any more (the text of a block before each keystroke, its context before a heading changed) are
 * dropped when they come to a quarter of those in use, as a check ends.
 */
export class BlockOutcomes {
  /** By text, then by the rest of the key: two lookups of strings the model and the key already hold. */
  private readonly byText = new Map<string, Map<string, BlockEntry>>();
  private size = 0;
  /** How many entries may be kept before the unused ones are looked for (set by the last pruning). */
  private limit = 0;
  private mark = 0;
  constructor(readonly facts: FactBase, readonly reportUnverified: boolean) {}

  /** Whether outcomes computed under these conditions hold under `facts` and `reportUnverified`. */
  appliesTo(facts: FactBase, reportUnverified: boolean): boolean {
    return this.facts === facts && this.reportUnverified === reportUnverified;
  }
  get(key: BlockKey): BlockEntry | undefined {
    return this.byText.get(key.text)?.get(key.context);
  }
  add(key: BlockKey, outcome: BlockOutcome): BlockEntry {
    const entry = { outcome, mark: this.mark };
    let byContext = this.byText.get(key.text);
    if (!byContext) this.byText.set(key.text, (byContext = new Map()));
    if (!byContext.has(key.context)) this.size++;
    byContext.set(key.context, entry);
    return entry;
  }
  /**
   * Ends a check whose blocks used `inUse` (each block's entry, by chunk): past the limit, drops every other entry.
   * Marking is done only then, not on each use: a re-check of a table of 3,000 rows would mark 18,000 entries.
   */
  end(inUse: Iterable<BlockEntry[]>): void {
    if (this.size <= this.limit) return;
    const mark = ++this.mark;
    let live = 0;
    for (const entries of inUse) {
      for (const e of entries) {
        if (e.mark === mark) continue;
        e.mark = mark;
        live++;
      }
    }
    if (live < this.size) {
      for (const [text, byContext] of this.byText) {
        for (const [context, entry] of byContext) if (entry.mark !== mark) byContext.delete(context);
        if (!byContext.size) this.byText.delete(text);
      }
      this.size = live;
    }
    this.limit = live + (live >> 2) + 64;
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
    findings: d === 0 ? outcome.findings : outcome.findings.map((f) => movedFinding(f, d)),
    judgements: outcome.judgements.map((j) => movedJudgement(j, d, section)),
    citations: outcome.citations.map((c) => movedCitation(c, d, section)),
    figures: outcome.figures,
    lastSymbol: outcome.lastSymbol,
  };
}

/** A finding `d` characters further on. */
export function movedFinding(f: Finding, d: number): Finding {
  return {
    ...f,
    start: f.start + d,
    end: f.end + d,
    fixes: f.fixes.map((x) => ({ ...x, start: x.start + d, end: x.end + d })),
    ...(f.participants ? { participants: f.participants.map((p) => p + d) } : {}),
  };
}

/**
 * A figure's judgement `d` characters further on, in section `section`. Every figure after an edit moves (12,000 in a
 * table of 3,000 rows): written out field by field, which took a seventh of the time of a spread of the judgement.
 * `satisfies` makes the compiler name any field of FigureJudgement added later and not copied here.
 */
export function movedJudgement(j: FigureJudgement, d: number, section: number): FigureJudgement {
  const { start, end, text, value, status, factIds, rules } = j;
  if (!('rules' in j)) return { start: start + d, end: end + d, text, value, status, factIds, section } satisfies Omit<Required<FigureJudgement>, 'rules'>;
  return { start: start + d, end: end + d, text, value, status, factIds, section, rules } satisfies Record<keyof FigureJudgement, unknown>;
}

/** A citation's judgement `d` characters further on, in section `section`. */
export function movedCitation(c: CitationJudgement, d: number, section: number): CitationJudgement {
  return { ...c, start: c.start + d, end: c.end + d, paragraphs: c.paragraphs.map((p) => ({ ...p, start: p.start + d, end: p.end + d })), section };
}
