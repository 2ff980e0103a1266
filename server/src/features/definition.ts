import { pathToFileURL } from 'node:url';
import type { Location } from 'vscode-languageserver-types';
import type { CheckResult } from '../checks/checkReport';
import type { FactBase } from '../facts/factBase';
import { sourceFilePath } from '../sources/sourceFiles';

/** Go to the source paragraph: of the fact a figure was matched to, or of a cited paragraph of a document whose text the fact base has (bundled or a workspace source). */
export function definitionAt(result: CheckResult, facts: FactBase, offset: number): Location[] {
  const at = (sourceId: string, address: string): Location[] => {
    const file = sourceFilePath(facts, sourceId);
    const p = facts.sources.get(sourceId)?.paragraphs.get(address);
    if (!file || !p) return [];
    return [{ uri: pathToFileURL(file).toString(), range: { start: { line: p.line, character: 0 }, end: { line: p.line + 1, character: 0 } } }];
  };
  const figure = result.figures.find((f) => offset >= f.start && offset <= f.end);
  if (figure) return figure.factIds.flatMap((id) => {
    const fact = facts.facts.get(id);
    return fact ? at(fact.source, fact.paragraph) : [];
  });
  const citation = result.citations.find((c) => offset >= c.start && offset <= c.end);
  if (citation?.symbol) {
    const p = citation.paragraphs.find((x) => offset >= x.start && offset <= x.end) ?? citation.paragraphs[0];
    const resolved = p ? facts.resolveParagraph(citation.symbol, p.id, p.sub) : undefined;
    if (resolved?.source && resolved.sourceParagraph) return at(resolved.source.meta.id, resolved.sourceParagraph.address);
    const doc = facts.document(citation.symbol);
    if (doc?.source) {
      const src = facts.sources.get(doc.source);
      if (src?.order[0]) return at(doc.source, src.order[0]);
    }
  }
  return [];
}
