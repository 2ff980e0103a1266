import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkReport } from '../../server/src/checks/checkReport';
import { positionAt } from '../../server/src/parse/reportModel';
import type { FactBase } from '../../server/src/facts/factBase';
import type { Finding } from '../../server/src/checks/findings';
import { buildFactBase } from '../../server/src/facts/bundled';
import type { DataProblem } from '../../server/src/facts/types';

/**
 * Drafts with labels, scored the way the held-out sets are (shared/heldout-sample/README.md): each labelled item is a
 * unique substring (`target`) of one line of a Markdown draft. An item that expects codes is caught when a finding of
 * one of them covers part of its target, or lands elsewhere on its line where no other item of the line lies; a clean item (`expect: []`) fails when any warning or error lands on its line.
 */
export interface DraftItem {
  doc: string;
  target: string;
  expect: string[];
  kind: string;
  context?: string;
  tier?: string;
  why?: string;
}

export interface ItemResult {
  item: DraftItem;
  line: number;
  /** The findings on the item's line, as `code:covered text`. */
  onLine: string[];
  /** How the figures of its target were judged, with the rules that decided it. */
  judged: string[];
  ok: boolean;
}

export interface DraftScore {
  items: ItemResult[];
  /** Expected findings caught / expected. */
  recall: number;
  /** Correct warnings / warnings reported on labelled lines and lines with no label. */
  precision: number;
  expected: number;
  caught: number;
  reported: number;
  correct: number;
  /** Clean items that drew a warning or error, of all clean items. */
  cleanFailed: number;
  clean: number;
  /** Warnings on lines no item labels, as `doc:line code:text`. */
  unlabelled: string[];
}

export function loadDraftItems(dir: string): DraftItem[] {
  const files = fs.readdirSync(dir).filter((f) => /^expect.*\.json$/.test(f)).sort();
  return files.flatMap((f) => (JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { items: DraftItem[] }).items);
}

const counts = (f: Finding) => f.severity === 'warning' || f.severity === 'error';

export function scoreDrafts(dir: string, facts: FactBase): DraftScore {
  const items = loadDraftItems(dir);
  const results: ItemResult[] = [];
  let reported = 0;
  let correct = 0;
  const unlabelled: string[] = [];
  const docs = [...new Set(items.map((i) => i.doc))];
  for (const doc of docs) {
    const text = fs.readFileSync(path.join(dir, 'drafts', doc), 'utf8');
    const result = checkReport(text, facts);
    const lineOf = (offset: number) => positionAt(result.model.lineStarts, offset).line;
    const findings = result.findings;
    const mine = items.filter((i) => i.doc === doc).map((item) => {
      const start = text.indexOf(item.target);
      if (start < 0 || text.indexOf(item.target, start + 1) >= 0) throw new Error(`${doc}: target ${JSON.stringify(item.target)} is not a unique substring`);
      return { item, start, end: start + item.target.length, line: lineOf(start) };
    });
    const used = new Set<Finding>();
    for (const m of mine) {
      const onLine = findings.filter((f) => lineOf(f.start) === m.line);
      let ok: boolean;
      if (m.item.expect.length) {
        // A finding on the target; else one of its codes elsewhere on the line that no other item of the line
        // covers: a table row named by its label (the figure is in a cell), or a sum found wrong at its total.
        const others = mine.filter((o) => o !== m && o.line === m.line);
        const hit =
          onLine.find((f) => m.item.expect.includes(f.code) && f.start < m.end && f.end > m.start) ??
          onLine.find((f) => m.item.expect.includes(f.code) && !used.has(f) && !others.some((o) => f.start < o.end && f.end > o.start));
        ok = !!hit;
        if (hit) used.add(hit);
      } else {
        // Another item of the same line may be the one a warning is about.
        const others = mine.filter((o) => o !== m && o.line === m.line && o.item.expect.length);
        ok = !onLine.some((f) => counts(f) && !others.some((o) => o.item.expect.includes(f.code) && f.start < o.end && f.end > o.start));
      }
      const judged = result.figures.filter((j) => j.start >= m.start && j.end <= m.end).map((j) => `${j.text} ${j.status}${j.rules?.length ? `: ${j.rules.join(' | ')}` : ''}`);
      results.push({ item: m.item, line: m.line + 1, onLine: onLine.map((f) => `${f.code}:${text.slice(f.start, f.end)}`), judged, ok });
    }
    const labelledLines = new Set(mine.map((m) => m.line));
    for (const f of findings) {
      if (used.has(f)) {
        reported++;
        correct++;
      } else if (counts(f)) {
        reported++;
        if (!labelledLines.has(lineOf(f.start))) unlabelled.push(`${doc}:${lineOf(f.start) + 1} ${f.code}:${text.slice(f.start, f.end)}`);
      }
    }
  }
  const expected = results.filter((r) => r.item.expect.length).length;
  const caught = results.filter((r) => r.item.expect.length && r.ok).length;
  const clean = results.filter((r) => !r.item.expect.length).length;
  const cleanFailed = results.filter((r) => !r.item.expect.length && !r.ok).length;
  return { items: results, recall: expected ? caught / expected : 1, precision: reported ? correct / reported : 1, expected, caught, reported, correct, clean, cleanFailed, unlabelled };
}

/** The score as a table per kind and per context, for the README and the closing note. */
export function formatDraftScore(s: DraftScore): string {
  const rows: string[] = [];
  const group = (key: (r: ItemResult) => string | undefined, title: string) => {
    rows.push(`\n${title.padEnd(16)} items  ok   expecting  caught  clean  clean-silent`);
    const by = new Map<string, ItemResult[]>();
    for (const r of s.items) {
      const k = key(r) ?? '-';
      by.set(k, [...(by.get(k) ?? []), r]);
    }
    for (const [k, rs] of [...by].sort()) {
      const exp = rs.filter((r) => r.item.expect.length);
      const cl = rs.filter((r) => !r.item.expect.length);
      rows.push(`${k.padEnd(16)} ${String(rs.length).padStart(5)} ${String(rs.filter((r) => r.ok).length).padStart(3)}   ${String(exp.length).padStart(9)}  ${String(exp.filter((r) => r.ok).length).padStart(6)}  ${String(cl.length).padStart(5)}  ${String(cl.filter((r) => r.ok).length).padStart(12)}`);
    }
  };
  group((r) => r.item.kind, 'kind');
  group((r) => r.item.context, 'context');
  rows.push(`\n${s.items.length} items; recall ${(s.recall * 100).toFixed(1)} % (${s.caught}/${s.expected}); precision ${(s.precision * 100).toFixed(1)} % (${s.correct}/${s.reported}); clean items with a warning ${s.cleanFailed}/${s.clean}`);
  if (s.unlabelled.length) rows.push(`warnings on unlabelled lines: ${s.unlabelled.length}`);
  return rows.join('\n');
}

export function formatDraftMisses(s: DraftScore): string {
  const out: string[] = [];
  for (const r of s.items) if (!r.ok) out.push(`${r.item.doc}:${r.line} [${r.item.kind}/${r.item.context ?? '-'}] expect ${JSON.stringify(r.item.expect)}\n  target: ${r.item.target}\n  on line: ${r.onLine.join(' | ') || '-'}${r.judged.length ? `\n  judged: ${r.judged.join(' ; ')}` : ''}`);
  for (const u of s.unlabelled) out.push(`unlabelled ${u}`);
  return out.join('\n');
}

/**
 * The facts the checker extracts from the five bundled sources alone: their files given as workspace sources, the
 * bundled base off (`--no-bundled`), as issue #17 measures extraction (`npm run eval:extracted`, test/claims).
 */
export function extractedFromBundledSources(): { facts: FactBase; problems: DataProblem[] } {
  const dir = path.join(__dirname, '..', '..', 'server', 'data', 'sources');
  const sources = fs.readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => ({ file: path.join('.treaty', 'sources', f), text: fs.readFileSync(path.join(dir, f), 'utf8') }));
  return buildFactBase([], { sources, bundled: false });
}
