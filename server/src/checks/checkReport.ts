import type { FactBase } from '../facts/factBase';
import { findCitations, type Citation } from '../parse/citations';
import { findFigures, inColumnUnit, type Figure } from '../parse/figures';
import { buildReportModel, buildReportModelInSteps, modelPieces, positionAt, type ModelPiece, type ProseBlock, type ReportModel } from '../parse/reportModel';
import { finish } from '../parse/steps';
import { blockKey, BlockOutcomes, headingsKey, movedCitation, movedFinding, movedJudgement, placed, type BlockEntry, type BlockOutcome } from './blockChecks';
import { checkCitation } from './citationCheck';
import { describeAsserter, relatedSource } from './describe';
import { arithmeticStandsWith, checkArithmetic, checkTables, TOTAL_WORDS } from './arithmetic';
import { checkDates, checkFigureDates } from './dateCheck';
import { figureContext, LABELLED_FIGURE, restatedWhole, YEAR_AND_FIGURE } from './figureContext';
import { CellCandidates, judgeSentence, type FigureInSentence } from './figureCheck';
import { SlotReader } from './judgement/features';
import { DEFAULT_SEVERITY, type CitationJudgement, type FigureJudgement, type Finding, type FindingCode, type Severity } from './findings';
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

/**
 * The engine: Markdown text in, findings out. No editor, no protocol.
 * `previous`, the result for an earlier version of the same document, lets unchanged parts be reused: the result
 * is the same as without it.
 */
export function checkReport(text: string, facts: FactBase, options: CheckOptions = {}, previous?: CheckResult): CheckResult {
  const model = buildReportModel(text, previous?.model);
  return checkModel(model, facts, options, previous);
}

/** Block outcomes behind each result, for the next version's check. */
const outcomesOf = new WeakMap<CheckResult, { blocks: BlockOutcomes; pieces: Map<object, PieceOutcome[]>; reading: KeptReading }>();

/**
 * What the blocks of one piece of the model (one chunk's blocks, see `modelPieces`) gave, with what they read from
 * before the piece. The next version's check takes it whole for the same chunk when what its blocks read from before
 * it is the same: moved by what the chunk moved, without looking each block up. (After a keystroke in a table of 3,000
 * rows, every one of the 18,000 cells was looked up by its key, the key built for it, and its outcome moved.)
 */
interface PieceOutcome {
  start: number;
  /** The document cited last, the sentence before and the section, before the piece's first block. */
  lastSymbolIn: string | undefined;
  sentenceBeforeIn: string | undefined;
  /** The facts the figures of the sentence before agree with (ids joined by spaces). */
  anchorsIn: string;
  /** The rows of counts of the table right before the piece's first block (see `rowsBefore`). */
  tableIn: string;
  lastSectionIn: number;
  /** Each run of the piece's blocks in one section: its index and its headings (see `sectionRuns`). */
  sections: string;
  /** The same, after its last block. */
  lastSymbolOut: string | undefined;
  sentenceBeforeOut: string | undefined;
  anchorsOut: string;
  lastSectionOut: number;
  findings: Finding[];
  judgements: FigureJudgement[];
  citations: CitationJudgement[];
  /** Per block. */
  figures: Figure[][];
  entries: BlockEntry[];
}

export function checkModel(model: ReportModel, facts: FactBase, options: CheckOptions = {}, previous?: CheckResult): CheckResult {
  return finish(checkSteps(model, facts, options, previous));
}

/**
 * `checkReport` in steps: one for each chunk of Markdown remark parses, then one for each block checked. A caller
 * that runs the steps over several turns of the event loop can stop between them: the language server does, to honour
 * cancellation and drop the check of a superseded version (issue #10). Same result as `checkReport`.
 */
export function* checkReportInSteps(text: string, facts: FactBase, options: CheckOptions = {}, previous?: CheckResult): Generator<void, CheckResult> {
  const model = yield* buildReportModelInSteps(text, previous?.model);
  yield;
  return yield* checkSteps(model, facts, options, previous);
}

function* checkSteps(model: ReportModel, facts: FactBase, options: CheckOptions = {}, previous?: CheckResult): Generator<void, CheckResult> {
  const findings: Finding[] = [];
  const figures: FigureJudgement[] = [];
  const citations: CitationJudgement[] = [];
  const blockFigures: Figure[][] = [];
  const reportUnverified = options.reportUnverified ?? false;
  const earlier = previous ? outcomesOf.get(previous) : undefined;
  const reusable = earlier?.blocks.appliesTo(facts, reportUnverified) ? earlier : undefined;
  // Shared with the previous version's check: a block key gives the same outcome in any version.
  const outcomes = reusable?.blocks ?? new BlockOutcomes(facts, reportUnverified);
  const pieces = new Map<object, PieceOutcome[]>();
  let lastSymbol: string | undefined;
  let lastSection = -1;
  // The last sentence of the paragraph before, for a block that carries its subject over ("It registered …") or a
  // table it introduces ("Concerning the convicted persons the following measures were applied.").
  let sentenceBefore: string | undefined;
  let anchorsBefore = '';
  // What the judgement reads of facts and claims, kept from the previous version's check for the same facts: after a
  // keystroke in a table, the cells judged again read what the cells of their row and column read before.
  const keptReading: KeptReading = earlier?.reading.slots.facts === facts ? earlier.reading : { slots: new SlotReader(facts), cells: new CellCandidates(facts), cellTexts: new Map() };
  const reading: CheckReading = { ...keptReading, phrases: facts.aliasPhrases(), headingCache: new Map() };
  const headingKeys = new Map<number, string>();
  let reusedSinceStep = 0;

  // The first block of each footnote definition: a note stands apart from the prose and the notes before it.
  const notesStart = new Set([...model.footnoteDefinitions.values()].flatMap((d) => d.blocks.slice(0, 1)));
  // The facts the cells before a cell in its table row agree with (reset with each piece, so that a piece checks the
  // same however it is reached).
  let rowLine = -1;
  let rowAnchors = '';
  for (const piece of modelPieces(model)) {
    rowLine = -1;
    rowAnchors = '';
    const sections = sectionRuns(model, piece, headingKeys);
    const tableBefore = rowsBefore(model, piece.from, blockFigures);
    const known = reusable?.pieces.get(piece.source)?.find((p) => p.sections === sections && p.lastSectionIn === lastSection && p.lastSymbolIn === lastSymbol && p.sentenceBeforeIn === sentenceBefore && p.anchorsIn === anchorsBefore && p.tableIn === tableBefore);
    let out: PieceOutcome;
    if (known) {
      // The same chunk, reading the same things before it: its blocks give what they gave, where the chunk now stands.
      const d = piece.start - known.start;
      out = d === 0 ? known : { ...known, start: piece.start, findings: known.findings.map((f) => movedFinding(f, d)), judgements: known.judgements.map((j) => movedJudgement(j, d, j.section)), citations: known.citations.map((c) => movedCitation(c, d, c.section)) };
      for (const f of known.figures) blockFigures.push(f);
      reusedSinceStep += piece.to - piece.from;
    } else {
      out = { start: piece.start, lastSymbolIn: lastSymbol, sentenceBeforeIn: sentenceBefore, anchorsIn: anchorsBefore, tableIn: tableBefore, lastSectionIn: lastSection, sections, lastSymbolOut: undefined, sentenceBeforeOut: undefined, anchorsOut: '', lastSectionOut: -1, findings: [], judgements: [], citations: [], figures: [], entries: [] };
      for (let i = piece.from; i < piece.to; i++) {
        const block = model.blocks[i]!;
        if (block.section !== lastSection) {
          // A new section does not inherit a bare "para. 10" target from the previous one, unless its heading names a document.
          lastSection = block.section;
          if (block.kind !== 'heading') lastSymbol = undefined;
          sentenceBefore = undefined;
          anchorsBefore = '';
        }
        // A note does not inherit the bare "para. 44" target of what stands before it: it names its own document
        // ("Information … on the additional questions, para. 44"), and an "Ibid., para. 12" is left unread rather than
        // bound to a document the note may not mean.
        // Nor does it carry the subject of the note or the paragraph before it: each note stands alone ("[^2]: The
        // Committee's list of issues also asks about eight suspected officers …" after a note citing a 2024 reply).
        if (notesStart.has(i)) {
          lastSymbol = undefined;
          sentenceBefore = undefined;
          anchorsBefore = '';
        }
        // The items of a list that a sentence ending in a colon introduces ("Payments from the Fund were made as follows:")
        // all carry that sentence: it stays the sentence before until the list ends.
        // So do items that are only a label and a figure ("- Nurses: 701" under "The medical personnel number 1,352 in all."):
        // the sentence before the list says what they count.
        // (A colon introduces what follows it: after a table it introduced, a list is introduced by nothing.)
        if (block.kind !== 'tableCell' && model.blocks[i - 1]?.kind === 'tableCell' && sentenceBefore !== undefined && /:\s*$/.test(sentenceBefore)) sentenceBefore = sentenceBefore.replace(/:\s*$/, '.');
        const listed = block.kind === 'paragraph' && sentenceBefore !== undefined && (/:\s*$/.test(sentenceBefore) || LABELLED_FIGURE.test(block.text)) && isListItem(model, block);
        const leadIn = sentenceBefore !== undefined && (block.kind === 'tableCell' || listed || (block.kind === 'paragraph' && (facts.wording.carriesSubject(block.text) || COUNTS_ANTECEDENT.test(block.text) || YEAR_AND_FIGURE.test(block.text) || !!restatedWhole(block.text, sentenceBefore)))) ? sentenceBefore : undefined;
        // "… to 1,058 people in 2022. In 2023 the number fell to 384.": a sentence that carries its subject counts what the
        // facts the figures of the sentence before agree with count (their series over the years, their updates).
        // So does a cell of a table row after the cells before it: "| 2021 | 685 | 553 | 7 |" under a header that names what
        // the registrations and the sent to court count, and the discontinued not.
        const line = block.kind === 'tableCell' ? positionAt(model.lineStarts, block.start).line : -1;
        if (line !== rowLine) {
          rowLine = line;
          rowAnchors = '';
        }
        const carriedAnchors = leadIn !== undefined && block.kind === 'paragraph' && !listed ? anchorsBefore : '';
        const drawnFrom = i === piece.from ? tableBefore : rowsBefore(model, i, blockFigures);
        const last = block.kind === 'paragraph' && !listed ? block.sentences[block.sentences.length - 1] : undefined;
        if (block.kind === 'paragraph' && !listed) sentenceBefore = last ? block.text.slice(last.start, last.end) : undefined;
        // A block checks the same wherever it stands, given its text, its headings, the document cited before it and the
        // sentence it carries its subject from: in an earlier version, or earlier in this one (the cells of a table of
        // statistics repeat their years, regions and figures).
        let key = blockKey(model, block, lastSymbol, carriedAnchors || drawnFrom ? `${leadIn ?? ''}\u0005${carriedAnchors}\u0006${drawnFrom}` : leadIn, headingKeys);
        let entry = outcomes.get(key);
        let outcome = entry ? placed(entry.outcome, block) : checkBlock(model, block, facts, reading, lastSymbol, reportUnverified, leadIn, carriedAnchors ? carriedAnchors.split(' ') : [], drawnFrom);
        // A cell is read with its row's anchors only where, read alone, nothing near it named what it counts: the cells of
        // a table keep sharing their checks (a row's anchors differ from row to row).
        // (And a cell called contradicted beside cells that agree: its row may be a measure its words fit less well.)
        // (And a cell that agrees with a figure of another statement than the row's: see another-measure-of-the-row.)
        if (block.kind === 'tableCell' && rowAnchors && outcome.judgements.some((j) => (j.status === 'unverified' && j.rules?.some((r) => r.startsWith('counted-thing-unconfirmed') && besideAnchors(facts, rowAnchors, r))) || (oneParagraph(facts, rowAnchors) && (j.status === 'mismatch' || (j.status === 'verified' && !j.factIds.some((id) => statedBesideAnchors(facts, rowAnchors, id))))))) {
          key = blockKey(model, block, lastSymbol, `${leadIn ?? ''}\u0005${rowAnchors}`, headingKeys);
          entry = outcomes.get(key);
          outcome = entry ? placed(entry.outcome, block) : checkBlock(model, block, facts, reading, lastSymbol, reportUnverified, leadIn, rowAnchors.split(' '));
        }
        if (block.kind === 'paragraph' && !listed) anchorsBefore = last ? anchorsOf(outcome.judgements, block.start + last.start, block.start + last.end) : '';
        if (block.kind === 'tableCell') rowAnchors = [rowAnchors, anchorsOf(outcome.judgements, block.start, block.end)].filter(Boolean).join(' ');
        out.entries.push(entry ?? outcomes.add(key, outcome));
        lastSymbol = outcome.lastSymbol;
        for (const f of outcome.findings) out.findings.push(f);
        for (const j of outcome.judgements) out.judgements.push(j);
        for (const c of outcome.citations) out.citations.push(c);
        out.figures.push(outcome.figures);
        blockFigures.push(outcome.figures);
        // A step is a block checked, or a run of blocks reused (a table of 18,000 cells took 18,000 steps to re-check).
        if (!entry || ++reusedSinceStep >= 256) {
          reusedSinceStep = 0;
          yield;
        }
      }
      out.lastSymbolOut = lastSymbol;
      out.sentenceBeforeOut = sentenceBefore;
      out.anchorsOut = anchorsBefore;
      out.lastSectionOut = lastSection;
    }
    lastSymbol = out.lastSymbolOut;
    sentenceBefore = out.sentenceBeforeOut;
    anchorsBefore = out.anchorsOut;
    lastSection = out.lastSectionOut;
    for (const f of out.findings) findings.push(f);
    for (const j of out.judgements) figures.push(j);
    for (const c of out.citations) citations.push(c);
    const same = pieces.get(piece.source);
    if (same) same.push(out);
    else pieces.set(piece.source, [out]);
    if (reusedSinceStep >= 256) {
      reusedSinceStep = 0;
      yield;
    }
  }
  outcomes.end((function* () {
    for (const list of pieces.values()) for (const p of list) yield p.entries;
  })());

  // The relations between a table's cells: a cell of totals depends on other rows' blocks (cheap, done every check).
  const holding = checkTables(model, blockFigures, findings);
  // ("| 2020–2023 | 2,612 | 348.6 | 32 |" of rows that add up to it: the table's own total, which the arithmetic checked.)
  const ownTotal = (start: number) => holding.some((h) => h.start === start);
  if (holding.length) {
    for (let i = findings.length - 1; i >= 0; i--) if (findings[i]!.code === 'figure-mismatch' && ownTotal(findings[i]!.start)) findings.splice(i, 1);
    for (let i = 0; i < figures.length; i++) {
      const j = figures[i]!;
      if (j.status === 'mismatch' && ownTotal(j.start)) figures[i] = { ...j, status: 'unverified', factIds: [], rules: ['own-total: a total of the rows above it that adds up (the arithmetic checks it)'] };
    }
  }
  const kept = applySuppressions(model, findings);
  const out: Finding[] = [];
  for (const f of kept) {
    const configured = options.severities?.[f.code] ?? DEFAULT_SEVERITY[f.code];
    if (configured === 'off') continue;
    // A finding the engine itself told below its code's level (a source's own slip, `sourcedSlip`) stays below it.
    const sev = SEVERITY_RANK[f.severity] < SEVERITY_RANK[DEFAULT_SEVERITY[f.code]] && SEVERITY_RANK[f.severity] < SEVERITY_RANK[configured] ? f.severity : configured;
    out.push(sev === f.severity ? f : { ...f, severity: sev });
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  const result: CheckResult = { model, findings: out, figures, citations, blockFigures };
  keptReading.slots.end();
  keptReading.cells.end();
  if (keptReading.cellTexts.size > KEPT_CELL_TEXTS) keptReading.cellTexts.clear();
  outcomesOf.set(result, { blocks: outcomes, pieces, reading: keptReading });
  return result;
}

/**
 * "paragraph 31 of the list of issues (CAT/C/KAZ/Q/4, para. 31)": the citation in parentheses restates the one before
 * it. One wrong reference is one error, reported on the citation that names the document.
 */
function dropRestatedUnknownParagraphs(text: string, base: number, findings: Finding[]): void {
  const unknown = findings.filter((f) => f.code === 'unknown-paragraph');
  for (let i = 0; i + 1 < unknown.length; i++) {
    const a = unknown[i]!;
    const b = unknown[i + 1]!;
    const between = text.slice(a.end - base, b.start - base);
    if (a.message === b.message && between.length <= 80 && /\(/.test(between) && !/[;)]|\.\s+\p{Lu}/u.test(between)) findings.splice(findings.indexOf(a), 1);
  }
}

/** Whether a paragraph is the text of a list item: its line opens on a list marker ("- ", "2. ", "* "). */
function isListItem(model: ReportModel, block: ProseBlock): boolean {
  const lineStart = model.text.lastIndexOf('\n', block.start - 1) + 1;
  return /^[ \t>]*(?:[-*+]|\d{1,3}[.)])[ \t]+$/.test(model.text.slice(lineStart, block.start));
}

/**
 * The statistics of the sentence a paragraph's antecedent stands in, placed before the block (negative offsets): they
 * may be the base of its shares, but are not its figures, and no finding or substitution lands on them.
 */
function leadStatistics(leadIn: string, facts: FactBase): Figure[] {
  return findFigures(leadIn, [], facts.wording).filter((f) => f.kind === 'statistic').map((f) => ({ ...f, start: f.start - leadIn.length - 1, end: f.end - leadIn.length - 1 }));
}

/**
 * The sections of a piece's blocks, as what the blocks' checks read of them: for each run of blocks in one section,
 * the section's index (the judgements carry it) and its headings.
 */
function sectionRuns(model: ReportModel, piece: ModelPiece, headingKeys: Map<number, string>): string {
  let out = '';
  let last = -1;
  for (let i = piece.from; i < piece.to; i++) {
    const section = model.blocks[i]!.section;
    if (section === last) continue;
    last = section;
    out += `${section}\u0002${headingsKey(model, section, headingKeys)}\u0003`;
  }
  return out;
}

/** "That is an average of about 135,000 tenge per recipient": an average of what the paragraph before counts. */
const AVERAGE_WORDS = /\baverag/i;
/** "Women brought 21 of them": a paragraph that counts something named in the paragraph before. */
const SHARE_WORDS = /\b(?:per\s*cent|percent)\b|%/i;
const COUNTS_ANTECEDENT = /\b(?:of|out of|from)\s+(?:them|these|those|whom)\b/i;

/**
 * What a check reads its blocks with: the alias phrases citations are found with and each section's heading stems
 * (for this model), and what is kept from one version's check to the next (KeptReading).
 */
interface CheckReading extends KeptReading {
  phrases: string[];
  headingCache: Map<number, Set<string>>;
}

/**
 * What the checks of successive versions of a document keep, for the same fact base: the claims and facts read into
 * slots, the candidates of table cells, and the citations and figures of each table cell's text (a column of
 * statistics repeats its values: 18,000 cells of a table of 3,000 rows hold 1,400 texts). Each is a function of its
 * key, in any version; each is bounded, emptied when a check ends past its bound.
 */
interface KeptReading {
  slots: SlotReader;
  cells: CellCandidates;
  cellTexts: Map<string, { found: Citation[]; all: Figure[] }>;
}
const KEPT_CELL_TEXTS = 20_000;

/** A block's citations and its figures (in its column's unit, for a table cell): kept for table cells by text and column. */
function citationsAndFigures(block: ProseBlock, facts: FactBase, reading: CheckReading): { found: Citation[]; all: Figure[] } {
  const key = block.columnHeader === undefined ? undefined : `${block.columnHeader}\u0001${block.text}`;
  const known = key === undefined ? undefined : reading.cellTexts.get(key);
  if (known) return known;
  const found = findCitations(block.text, reading.phrases);
  const excluded = found.flatMap((c) => [
    ...(c.symbolStart !== undefined ? [{ start: c.symbolStart, end: c.symbolEnd! }] : []),
    ...(c.communication ? [{ start: c.start, end: c.end }] : []),
    ...c.paragraphs.map((p) => ({ start: p.start, end: p.end })),
  ]);
  // Hang guard (issue #10): a figure's context reads its whole block and its neighbours, so a block costs about
  // figures × length; past `isProse` it is a data dump or hostile input ("1 1 1 …" over 100 KB took minutes): its
  // citations are checked, its figures found (a block too long to judge is not even searched), none judged.
  const numbers = block.text.length <= MAX_JUDGED_LENGTH ? findFigures(block.text, excluded, facts.wording) : [];
  // (A column of paragraph numbers or scores, "| CO/4 para. |", "| Score |", holds labels, not counts.)
  const all = !block.columnHeader ? numbers : facts.wording.headsLabels(block.columnHeader) ? numbers.map((f) => (f.kind === 'statistic' ? { ...f, kind: 'identifier' as const, reason: 'a label of its column' } : f)) : inColumnUnit(numbers, block.columnHeader);
  const out = { found, all };
  if (key !== undefined) reading.cellTexts.set(key, out);
  return out;
}

/**
 * Whether the fact a rule set aside ("counted-thing-unconfirmed: … (fact id)") is stated beside one of the facts the
 * row's other cells agree with: one source's paragraph, period and unit. Only then can the row's anchors change it.
 */
function besideAnchors(facts: FactBase, anchors: string, rule: string): boolean {
  return statedBesideAnchors(facts, anchors, /\(([^()\s]+)\)$/.exec(rule)?.[1] ?? '');
}

/**
 * Whether a row's anchors are two facts or more of one source's paragraph (a series over the years, or one statement):
 * only then can the row's other cells be that measure (another-measure-of-the-row), and only then are they read again.
 */
function oneParagraph(facts: FactBase, anchors: string): boolean {
  const found = anchors.split(' ').map((id) => facts.facts.get(id));
  const first = found[0];
  return found.length >= 2 && !!first && found.every((a) => !!a && a.source === first.source && a.paragraph === first.paragraph);
}

/** Whether a fact is stated with one of a row's anchors: one source's paragraph, period and unit. */
function statedBesideAnchors(facts: FactBase, anchors: string, factId: string): boolean {
  const fact = facts.facts.get(factId);
  return !!fact && anchors.split(' ').some((id) => {
    const a = facts.facts.get(id);
    return !!a && a.source === fact.source && a.paragraph === fact.paragraph && a.period === fact.period && a.unit === fact.unit;
  });
}

/**
 * "| 2022 | 920 | 819 | 10 |" and then "Thus, in 2022 … made up 89,0 per cent of the registered ones": the counts of
 * each row of the table right before a paragraph that states a share (one row per line, values by spaces), else ''.
 */
function rowsBefore(model: ReportModel, i: number, blockFigures: readonly Figure[][]): string {
  const block = model.blocks[i];
  const cell = model.blocks[i - 1];
  if (!block || block.kind !== 'paragraph' || cell?.kind !== 'tableCell' || cell.section !== block.section || !SHARE_WORDS.test(block.text)) return '';
  const rows = new Map<number, number[]>();
  for (let j = i - 1; j >= 0 && i - j <= 2000; j--) {
    const c = model.blocks[j]!;
    if (c.kind !== 'tableCell' || c.section !== block.section) break;
    // (The figures each cell was read with: the blocks before this one are all read.)
    const counts = (blockFigures[j] ?? []).filter((f) => f.kind === 'statistic' && !f.unit && f.high === undefined).map((f) => f.value);
    if (!counts.length) continue;
    const line = positionAt(model.lineStarts, c.start).line;
    rows.set(line, [...counts, ...(rows.get(line) ?? [])]);
  }
  return [...rows.values()].filter((r) => r.length >= 2).reverse().map((r) => r.join(' ')).join('\n');
}

/** The facts the figures judged between start and end (document offsets) agree with, joined by spaces. */
function anchorsOf(judgements: FigureJudgement[], start: number, end: number): string {
  return judgements.filter((j) => j.status === 'verified' && j.start >= start && j.start < end).flatMap((j) => j.factIds).join(' ');
}

/** Checks one block: its citations, figures, arithmetic and dates. `carriedAnchors`: see judgeSentence. */
function checkBlock(model: ReportModel, block: ProseBlock, facts: FactBase, reading: CheckReading, incoming: string | undefined, reportUnverified: boolean, leadIn: string | undefined, carriedAnchors: string[] = [], tableBefore = ''): BlockOutcome {
  const findings: Finding[] = [];
  const figures: FigureJudgement[] = [];
  const citations: CitationJudgement[] = [];
  let lastSymbol = incoming;
  const { found, all } = citationsAndFigures(block, facts, reading);
  for (const c of found) lastSymbol = checkCitation(facts, c, block.start, lastSymbol, block.section, findings, citations);
  dropRestatedUnknownParagraphs(block.text, block.start, findings);
  const judged = isProse(block.text, all) ? all : [];
  const years = judged.filter((f) => f.kind === 'year');
  const stats = judged.filter((f) => f.kind === 'statistic');
  const bySentence = new Map<number, FigureInSentence[]>();
  const checked = judged.length ? withoutLongBlanks(block) : block;
  // The rows of counts a share of the block may be computed from: the table right before it, the sentence it carries.
  const drawnRows = stats.some((f) => f.unit === 'per-cent') ? [...(tableBefore ? tableBefore.split('\n').map((r) => r.split(' ').map(Number)) : []), ...(leadIn !== undefined ? [leadStatistics(leadIn, facts).filter((f) => !f.unit && f.high === undefined).map((f) => f.value)] : [])] : [];
  for (const figure of stats) {
    const ctx = figureContext(model, checked, figure, years, reading.headingCache, all, facts.wording, leadIn);
    const list = bySentence.get(ctx.sentenceStart) ?? [];
    list.push({ figure, base: block.start, ctx, section: block.section, blockText: checked.text, ...(drawnRows.length ? { drawnRows } : {}) });
    bySentence.set(ctx.sentenceStart, list);
  }
  for (const list of bySentence.values()) judgeSentence(facts, list, { reportUnverified }, findings, figures, reading.slots, reading.cells, carriedAnchors);
  if (judged.length) {
    // "Women brought 21 of them, or 42 per cent": a share of an antecedent counted in the paragraph before.
    // (So may a total of the figures of the sentence before: "The total number of persons so released … amounts to 612".)
    // (And a share of a part it counted: "… of them 512 doctors …. Thus, the doctors make up 37,9 per cent".)
    // (And an average of what it paid: "… 143 million tenge to 1,058 people. That is an average of … per recipient".)
    const antecedent = leadIn !== undefined && block.kind === 'paragraph' && (COUNTS_ANTECEDENT.test(block.text) || TOTAL_WORDS.test(block.text) || AVERAGE_WORDS.test(block.text) || (SHARE_WORDS.test(block.text) && facts.wording.carriesSubject(block.text))) ? leadStatistics(leadIn, facts) : undefined;
    checkArithmetic(checked, all, findings, antecedent, facts.wording.numbers);
    checkDates(facts, checked, all, findings);
    checkFigureDates(facts, checked, figures, findings);
  }

  // An arithmetic slip that a contradicted figure explains is reported once, on that figure: explained means the
  // slip goes away when that figure takes its sourced value ("377 + 322 ≠ 709" with 332 sourced for 322).
  // The figures of a slip are all in its block, so this is decided block by block.
  const contradicted = new Map(figures.filter((f) => f.status === 'mismatch').map((f) => [f.start, f.factIds.map((id) => facts.facts.get(id)?.value).filter((v): v is number => v !== undefined)]));
  const explained = findings.filter((f) => f.code === 'arithmetic' && f.participants?.some((p) => contradicted.has(p)) && explainedBySourcedValue(f, contradicted));
  const kept = explained.length ? findings.filter((f) => !explained.includes(f)) : findings;
  return { start: block.start, section: block.section, findings: kept.some((f) => f.code === 'arithmetic') ? kept.map((f) => sourcedSlip(f, figures, facts)) : kept, judgements: figures, citations, figures: all, lastSymbol };
}

/**
 * Bounds on the blocks whose figures are judged. Of every report, source and fixture in the repository, the longest
 * paragraph is 2.6 KB and the busiest holds 58 numbers in 1.4 KB (figures × length ≈ 79,000): these bounds are 8 and
 * 12 times that, and keep the figure checks of one block near 100 ms.
 */
const MAX_JUDGED_LENGTH = 20_000;

/** Blank runs longer than this are not prose spacing but masked markup (an inline image's data URL, a long code span). */
const LONG_BLANK = 500;
const FILLER = '\u2060';
const SEVERITY_RANK: Record<Severity, number> = { hint: 0, information: 1, warning: 2, error: 3 };

/**
 * "During the January events 5 419 persons applied for medical help, including 3 998 law-enforcement officers and
 * 1 151 civilians": every figure of the slip agrees with a fact, and all of them with facts of one source, which gives
 * them so. The draft repeats its source faithfully; the slip is the source's, told as information, not as the
 * writer's error (rule `sourced-slip`).
 */
function sourcedSlip(f: Finding, figures: FigureJudgement[], facts: FactBase): Finding {
  if (f.code !== 'arithmetic' || !f.participants || f.participants.length < 2) return f;
  let sources: Set<string> | undefined;
  const agreed: string[][] = [];
  for (const p of f.participants) {
    const j = figures.find((x) => x.start === p && x.status === 'verified');
    if (!j) return f;
    agreed.push(j.factIds);
    const of = new Set(j.factIds.map((id) => facts.facts.get(id)?.source).filter((x): x is string => !!x));
    sources = sources ? new Set([...sources].filter((x) => of.has(x))) : of;
    if (!sources.size) return f;
  }
  const source = [...sources!][0]!;
  const stated = agreed.map((ids) => ids.map((id) => facts.facts.get(id)).find((x) => x?.source === source)).filter((x): x is NonNullable<typeof x> => !!x);
  const where = describeAsserter(facts, stated[0]!);
  return {
    ...f,
    severity: 'information',
    message: `${f.message} The source gives these figures so (${where}).`,
    factIds: stated.map((x) => x.id),
    related: stated.map((x) => relatedSource(facts, x)),
    rules: [...(f.rules ?? []), `sourced-slip: every figure agrees with ${where}`],
  };
}

/**
 * Hang guard (issue #10): the block as the figure, arithmetic and date checks read it, with the inside of every blank
 * run longer than LONG_BLANK filled with a word joiner (not a blank, not a word, not punctuation). Patterns of the
 * figure and date checks on the text between two figures are quadratic or worse in a run of blanks (the arithmetic
 * check's were too, and are linear now): 20 KB of them between "5 MCI" and "7 tenge" took 70 s. No figure, word or
 * punctuation moves, and real prose never has such runs.
 */
function withoutLongBlanks(block: ProseBlock): ProseBlock {
  if (!HAS_LONG_BLANK.test(block.text)) return block;
  const text = block.text.replace(LONG_BLANKS, (run) => run[0] + FILLER.repeat(run.length - 2) + run[run.length - 1]);
  return { ...block, text };
}
// Made once: every block is tested, and a pattern with a 501-fold repetition is not cheap to compile.
const HAS_LONG_BLANK = new RegExp(`\\s{${LONG_BLANK + 1}}`);
const LONG_BLANKS = new RegExp(`\\s{${LONG_BLANK + 1},}`, 'g');
const MAX_FIGURE_WORK = 1_000_000;
function isProse(text: string, figures: Figure[]): boolean {
  return text.length <= MAX_JUDGED_LENGTH && figures.length * text.length <= MAX_FIGURE_WORK;
}

function explainedBySourcedValue(finding: Finding, contradicted: Map<number, number[]>): boolean {
  for (const p of finding.participants ?? []) {
    for (const value of contradicted.get(p) ?? []) if (!arithmeticStandsWith(finding, new Map([[p, value]]))) return true;
  }
  return false;
}
