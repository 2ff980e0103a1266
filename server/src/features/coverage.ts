import type { CheckResult } from '../checks/checkReport';
import type { FactBase } from '../facts/factBase';
import { positionAt } from '../parse/reportModel';
import type { Coverage } from '../lsp/protocol';

/**
 * Which questions of the list of issues (and which follow-up paragraphs of the concluding observations)
 * the draft answers: cited anywhere, or named in a heading ("Reply to paragraph 6 of the list of issues").
 */
export function coverageOf(result: CheckResult, facts: FactBase): Coverage[] {
  const out: Coverage[] = [];
  // Cited documents are tested first: reading a document's paragraphs may parse them (see compiledData).
  const cited = new Set(result.citations.map((c) => c.symbol));
  const targets = facts.uniqueDocuments().filter((d) => (d.kind === 'list-of-issues' && d.source) || (d.kind === 'concluding-observations' && cited.has(d.symbol) && d.paragraphs?.some((p) => p.follow_up)));
  for (const doc of targets) {
    const wanted = doc.kind === 'list-of-issues' ? (facts.sources.get(doc.source!)?.order.filter((a) => /^\d+$/.test(a)) ?? []) : doc.paragraphs!.filter((p) => p.follow_up).map((p) => p.id);
    const answered = new Map<string, number>();
    for (const c of result.citations) {
      if (c.symbol !== doc.symbol) continue;
      for (const p of c.paragraphs) if (!answered.has(p.id)) answered.set(p.id, positionAt(result.model.lineStarts, p.start).line);
    }
    const subject = (id: string) => facts.resolveParagraph(doc.symbol, id)?.paragraph.subject ?? '';
    out.push({
      symbol: doc.symbol,
      title: doc.title,
      answered: wanted.filter((id) => answered.has(id)).map((id) => ({ id, subject: subject(id), line: answered.get(id)! })),
      skipped: wanted.filter((id) => !answered.has(id)).map((id) => ({ id, subject: subject(id) })),
    });
  }
  return out;
}
