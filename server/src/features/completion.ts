import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem } from 'vscode-languageserver-types';
import type { CheckResult } from '../checks/checkReport';
import { paragraphLabel } from '../checks/describe';
import { qualifierWords, unitSuffix } from '../checks/figureCheck';
import type { FactBase } from '../facts/factBase';
import type { CatalogueDocument } from '../facts/types';
import { contentStems } from '../facts/words';
import { positionAt } from '../parse/reportModel';
import { citationFor } from './codeActions';
import { recommendationItems, TREATY_REC } from './recommendations';

/** At most this many symbols in one answer (the answer then says it is incomplete). */
export const MAX_ITEMS = 100;

const SYMBOL_PREFIX = /(?<![\w/])((?:CAT\/OP|CAT|CCPR|CERD|CEDAW|CRC|CRPD|CED|CMW|SPT|E\/C\.12|A\/HRC|A)\/[\w./-]*)$/;
const PARA_AFTER_SYMBOL = /(?<![\w/])([A-Z][\w./-]*\/[\w./-]+)\s*,?\s+(paras?\.|paragraphs?)\s*(\d[\d.]*)?$/;
const PARA_WITH_PHRASE = /\b(paras?\.|paragraphs?|questions?)\s*(\d[\d.]*)?$/i;
/** How much of the line before the cursor completion reads (see `completionsAt`). */
export const MAX_BEFORE = 200;
const SUB_AFTER_PARA = /(?<![\w/])([A-Z][\w./-]*\/[\w./-]+)\s*,?\s+(?:paras?\.|paragraphs?)\s*(\d+)\s*\(?([a-z]?)$/;

/**
 * Completions at a position: UN symbols after "CAT/" etc., paragraph and recommendation ids after
 * "para." (of the symbol written or the document cited last), lettered subparagraphs, sourced figures by the words of their measure,
 * and standard recommendation text after "treaty-rec-THEME" (see recommendations.ts).
 */
export function completionsAt(result: CheckResult, facts: FactBase, offset: number): CompletionItem[] {
  const text = result.model.text;
  // The line as the client counts it (a lone CR ends a line too).
  const pos = positionAt(result.model.lineStarts, offset);
  // The patterns below end at the cursor ("…$"): on a whole long line each would retry every start, so they see at
  // most the MAX_BEFORE characters before the cursor, far more than a symbol and a paragraph list take.
  const lineStart = Math.max(result.model.lineStarts[pos.line] ?? 0, offset - MAX_BEFORE);
  const before = text.slice(lineStart, offset);
  const range = (from: number) => ({ start: positionAt(result.model.lineStarts, from), end: pos });
  const rec = TREATY_REC.exec(before);
  if (rec) return recommendationItems(facts, rec[1] ?? '', before.slice(0, rec.index), range(offset - rec[0].length));

  const lastCited = [...result.citations].reverse().find((c) => c.end <= offset && c.symbol && facts.document(c.symbol))?.symbol;

  const sub = SUB_AFTER_PARA.exec(before);
  if (sub) {
    const doc = facts.document(sub[1]!);
    const id = sub[2]!;
    const resolved = doc ? facts.resolveParagraph(doc.symbol, id) : undefined;
    const letters = doc ? subparagraphsOf(facts, doc, id) : [];
    if (resolved && letters.length) {
      const from = offset - (before.length - before.search(/\s*\(?[a-z]?$/));
      return letters.map((l, i) => {
        const r = facts.resolveParagraph(doc!.symbol, id, l);
        return { label: `${id} (${l})`, kind: CompletionItemKind.Reference, detail: r?.paragraph.subject ?? resolved.paragraph.subject, documentation: r?.text ? { kind: MarkupKind.Markdown, value: r.text } : undefined, textEdit: { range: range(from), newText: ` (${l})` }, filterText: ` (${l})`, sortText: String(i).padStart(3, '0') };
      });
    }
  }

  const para = PARA_AFTER_SYMBOL.exec(before);
  if (para && facts.document(para[1]!)) return paragraphItems(result, facts, facts.document(para[1]!)!, offset - (para[3]?.length ?? 0), offset);

  const sym = SYMBOL_PREFIX.exec(before);
  if (sym) {
    const typed = sym[1]!.toUpperCase();
    const from = offset - sym[1]!.length;
    // A catalogue of tens of thousands of documents: the first MAX_ITEMS (cited last, bundled, then by symbol); the
    // client asks again as the symbol gets longer.
    const docs = facts.documentsWithPrefix(typed, MAX_ITEMS, lastCited).documents;
    return docs.map((d) => ({
      label: d.symbol,
      kind: CompletionItemKind.Reference,
      detail: `${d.title}${d.date ? ` (${d.date})` : ''}`,
      documentation: { kind: MarkupKind.Markdown, value: `**${d.title}**\n\n${d.body}${d.date ? `, ${d.date}` : ''}${d.source ? '\n\n_Text bundled: hover a citation to read its paragraphs._' : ''}` },
      textEdit: { range: range(from), newText: d.symbol },
      sortText: `${d.symbol === lastCited ? '0' : d.source ? '1' : '2'}${d.symbol}`,
    }));
  }

  const phrase = PARA_WITH_PHRASE.exec(before);
  if (phrase) {
    // "question 6" means the list of issues; otherwise the document cited last in the text before the cursor.
    const loi = facts.listOfIssues();
    const target = /^question/i.test(phrase[1]!) ? loi : lastCited ? facts.document(lastCited) : undefined;
    if (target) return paragraphItems(result, facts, target, offset - (phrase[2]?.length ?? 0), offset);
  }

  return factItems(facts, before, offset, range);
}

function subparagraphsOf(facts: FactBase, doc: CatalogueDocument, id: string): string[] {
  const source = doc.source ? facts.sources.get(doc.source) : undefined;
  const fromSource = source?.order.filter((a) => a.startsWith(`${id}(`)).map((a) => a.slice(id.length + 1, -1)) ?? [];
  const fromCatalogue = doc.paragraphs?.find((p) => p.id === id)?.subparagraphs ?? [];
  return [...new Set([...fromSource, ...fromCatalogue])].sort();
}

function paragraphItems(result: CheckResult, facts: FactBase, doc: CatalogueDocument, from: number, offset: number): CompletionItem[] {
  const source = doc.source ? facts.sources.get(doc.source) : undefined;
  const ids = new Set<string>([...(doc.paragraphs ?? []).map((p) => p.id), ...(source?.order.filter((a) => /^\d+(\.\d+)*$/.test(a)) ?? [])]);
  const headingStems = new Set(contentStems(sectionTitleAt(result, offset)));
  const items: CompletionItem[] = [];
  for (const id of ids) {
    const resolved = facts.resolveParagraph(doc.symbol, id);
    if (!resolved) continue;
    const subject = resolved.paragraph.subject;
    const overlap = contentStems(subject).filter((s) => headingStems.has(s)).length;
    const followUp = resolved.paragraph.follow_up ? ' (follow-up)' : '';
    items.push({
      label: `${id}${followUp}`,
      kind: CompletionItemKind.Reference,
      detail: subject,
      documentation: { kind: MarkupKind.Markdown, value: `**${doc.symbol}, ${paragraphLabel(id)}** — ${subject}${followUp ? '\n\n_Selected for follow-up._' : ''}${resolved.text ? `\n\n> ${resolved.text.replace(/\n/g, '\n> ')}` : ''}` },
      textEdit: { range: { start: positionAt(result.model.lineStarts, from), end: positionAt(result.model.lineStarts, offset) }, newText: id },
      filterText: id,
      sortText: `${overlap > 0 ? 0 : 1}${String(9 - Math.min(overlap, 9))}${id.split('.').map((n) => n.padStart(5, '0')).join('.')}`,
      insertTextFormat: InsertTextFormat.PlainText,
    });
  }
  return items;
}

function sectionTitleAt(result: CheckResult, offset: number): string {
  const sections = result.model.sections;
  let best = 0;
  sections.forEach((s, i) => {
    if (s.start <= offset && offset <= s.contentEnd && s.depth >= sections[best]!.depth) best = i;
  });
  const titles: string[] = [];
  for (let s = best; s > 0; s = sections[s]!.parent) titles.push(sections[s]!.title);
  return titles.join(' ');
}

/** Sourced figures found by typing words of their measure: inserts the value and its citation. */
function factItems(facts: FactBase, before: string, offset: number, range: (from: number) => { start: { line: number; character: number }; end: { line: number; character: number } }): CompletionItem[] {
  const word = /([A-Za-z][A-Za-z-]{3,})$/.exec(before);
  if (!word) return [];
  const stems = contentStems(word[1]!);
  if (!stems.length) return [];
  const typed = stems[0]!;
  const seen = new Set<string>();
  const matches = facts.statisticsWithStemPrefix(typed, 200);
  const items: CompletionItem[] = [];
  for (const f of matches) {
    if (seen.has(f.id)) continue;
    seen.add(f.id);
    const citation = citationFor(facts, f);
    items.push({
      label: `${qualifierWords(f.qualifier)}${f.value_text}${unitSuffix(f)} — ${f.measure}`,
      kind: CompletionItemKind.Value,
      detail: `${f.asserted_by.name}, ${f.asserted_on}`,
      documentation: { kind: MarkupKind.Markdown, value: `> ${f.quote}\n\n— ${citation}` },
      textEdit: { range: range(offset - word[1]!.length), newText: `${word[1]} ${qualifierWords(f.qualifier)}${f.value_text}${unitSuffix(f)} (${citation})` },
      filterText: `${word[1]} ${f.terms.join(' ')} ${f.measure}`,
      sortText: `${f.period ?? '0000'}`.split('').reverse().join(''),
    });
    if (items.length >= 50) break;
  }
  return items;
}
