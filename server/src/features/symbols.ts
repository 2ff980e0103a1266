import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { CheckResult } from '../checks/checkReport';
import { paragraphLabel } from '../checks/describe';
import type { FactBase } from '../facts/factBase';
import { rangeOf } from './diagnostics';

/** The outline: the report's sections, each with the paragraphs and questions it cites. */
export function documentSymbols(result: CheckResult, facts: FactBase): DocumentSymbol[] {
  const { sections } = result.model;
  const nodes: (DocumentSymbol | undefined)[] = sections.map((s, i) => {
    if (i === 0) return undefined;
    const range = rangeOf(result.model, s.start, Math.max(s.end, s.contentEnd));
    return { name: s.title || '(untitled)', kind: SymbolKind.Namespace, range, selectionRange: rangeOf(result.model, s.start, s.end), children: [] };
  });
  for (const c of result.citations) {
    if (!c.symbol || !c.paragraphs.length) continue;
    const owner = nodes[c.section] ?? undefined;
    const subject = c.paragraphs.length === 1 ? facts.resolveParagraph(c.symbol, c.paragraphs[0]!.id, c.paragraphs[0]!.sub)?.paragraph.subject : undefined;
    const name = `${c.symbol}, ${c.paragraphs.length === 1 ? paragraphLabel(c.paragraphs[0]!.sub ? `${c.paragraphs[0]!.id}(${c.paragraphs[0]!.sub})` : c.paragraphs[0]!.id) : `paras. ${c.paragraphs.map((p) => p.id).join(', ')}`}`;
    const sym: DocumentSymbol = { name, detail: subject, kind: SymbolKind.Key, range: rangeOf(result.model, c.start, c.end), selectionRange: rangeOf(result.model, c.start, c.end) };
    if (owner) owner.children!.push(sym);
  }
  const roots: DocumentSymbol[] = [];
  sections.forEach((s, i) => {
    const node = nodes[i];
    if (!node) return;
    const parent = s.parent > 0 ? nodes[s.parent] : undefined;
    if (parent) parent.children!.push(node);
    else roots.push(node);
  });
  // Citations before the first heading stand at the top level.
  for (const c of result.citations) if (c.section === 0 && c.symbol && c.paragraphs.length) roots.unshift({ name: c.symbol, kind: SymbolKind.Key, range: rangeOf(result.model, c.start, c.end), selectionRange: rangeOf(result.model, c.start, c.end) });
  return roots;
}
