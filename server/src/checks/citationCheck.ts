import type { FactBase } from '../facts/factBase';
import type { Citation } from '../parse/citations';
import type { CitationJudgement, Finding } from './findings';

/** The document a citation stands for: its symbol, or the symbol behind a phrase ("the list of issues"). */
export function citedSymbol(facts: FactBase, c: Citation, lastSymbol: string | undefined): string | undefined {
  if (c.symbol) return c.symbol;
  if (c.communication) return undefined;
  if (c.phrase) return facts.aliases.get(c.phrase);
  // ("Additional questions, para. 45": a document named in words the catalogue does not know.)
  if (c.named) return undefined;
  // "question 6 (b)" alone means the list of issues; a bare "para. 10" means the document cited last in the section.
  if (c.viaQuestion) return [...facts.documents.values()].find((d) => d.kind === 'list-of-issues' && d.source)?.symbol ?? lastSymbol;
  return lastSymbol;
}

/** Checks that cited documents and paragraphs exist. `base` is the document offset of the scanned text. */
export function checkCitation(facts: FactBase, c: Citation, base: number, lastSymbol: string | undefined, section: number, findings: Finding[], judgements: CitationJudgement[]): string | undefined {
  if (c.communication) {
    const known = !!facts.document(c.communication) || [...facts.documents.values()].some((d) => d.symbol.includes(c.communication!));
    judgements.push({ start: base + c.start, end: base + c.end, symbol: c.communication, paragraphs: [], known, section });
    return lastSymbol;
  }
  const symbol = citedSymbol(facts, c, lastSymbol);
  if (c.symbol && !facts.document(c.symbol)) {
    const similar = similarSymbols(facts, c.symbol);
    findings.push({
      code: 'unknown-document',
      severity: 'warning',
      start: base + c.symbolStart!,
      end: base + c.symbolEnd!,
      message: `${c.symbol} is not in the document catalogue: check the symbol (body, country code, session and number).${similar.length ? ` Did you mean ${similar.join(' or ')}?` : ''}`,
      factIds: [],
      related: [],
      fixes: similar.map((s, i) => ({ title: `Change to ${s}`, start: base + c.symbolStart!, end: base + c.symbolEnd!, newText: s, preferred: i === 0 })),
    });
    judgements.push({ start: base + c.start, end: base + c.end, symbol: c.symbol, paragraphs: [], known: false, section });
    return c.symbol;
  }
  const document = symbol ? facts.document(symbol) : undefined;
  const paragraphs: CitationJudgement['paragraphs'] = [];
  if (document) {
    const complete = facts.knowsAllParagraphs(document);
    for (const p of c.paragraphs) {
      const resolved = facts.resolveParagraph(document.symbol, p.id, p.sub);
      let known = !!resolved;
      if (!resolved) {
        const beyondCount = document.paragraph_count !== undefined && /^\d+$/.test(p.id) && Number(p.id) > document.paragraph_count;
        if (complete || beyondCount) {
          const what = p.sub ? `paragraph ${p.id} (${p.sub})` : `paragraph ${p.id}`;
          findings.push({
            code: 'unknown-paragraph',
            severity: 'error',
            start: base + p.start,
            end: base + p.end,
            message: `${document.symbol} has no ${what}.${rangeHint(facts, document.symbol, p.id)}`,
            factIds: [],
            related: [],
            fixes: [],
          });
        } else known = true; // not catalogued, but the catalogue does not claim to know every paragraph
      }
      paragraphs.push({ id: p.id, sub: p.sub, start: base + p.start, end: base + p.end, known });
    }
  }
  judgements.push({ start: base + c.start, end: base + c.end, symbol: document?.symbol ?? symbol, paragraphs, known: !!document, section });
  return document?.symbol ?? lastSymbol;
}

/** The hint per document and paragraph, remembered per fact base: 16,000 unknown paragraphs each scanned the document's. */
const hintCache = new WeakMap<FactBase, Map<string, string>>();
function rangeHint(facts: FactBase, symbol: string, id: string): string {
  let cache = hintCache.get(facts);
  if (!cache) hintCache.set(facts, (cache = new Map()));
  const key = `${symbol}\u0000${id}`;
  let hint = cache.get(key);
  if (hint === undefined) {
    if (cache.size >= 10_000) cache.clear();
    hint = computeRangeHint(facts, symbol, id);
    cache.set(key, hint);
  }
  return hint;
}

function computeRangeHint(facts: FactBase, symbol: string, id: string): string {
  const d = facts.document(symbol)!;
  const source = d.source ? facts.sources.get(d.source) : undefined;
  const ids = source ? source.order.filter((a) => /^\d+$/.test(a)).map(Number) : (d.paragraphs ?? []).map((p) => Number(p.id)).filter((n) => !Number.isNaN(n));
  if (!ids.length) return '';
  const subs = source?.order.filter((a) => a.startsWith(`${id}(`)).map((a) => a.slice(id.length)) ?? d.paragraphs?.find((p) => p.id === id)?.subparagraphs?.map((s) => `(${s})`) ?? [];
  if (subs.length) return ` Paragraph ${id} has subparagraphs ${subs.join(', ')}.`;
  return ` Its paragraphs run from ${Math.min(...ids)} to ${Math.max(...ids)}.`;
}

/**
 * Nearest catalogued symbols, remembered per fact base: a report citing thousands of unknown symbols compared each
 * with the whole catalogue, twice.
 */
const similarCache = new WeakMap<FactBase, Map<string, string[]>>();
function similarSymbols(facts: FactBase, symbol: string): string[] {
  let cache = similarCache.get(facts);
  if (!cache) similarCache.set(facts, (cache = new Map()));
  let found = cache.get(symbol);
  if (!found) {
    if (cache.size >= 10_000) cache.clear();
    found = computeSimilarSymbols(facts, symbol);
    cache.set(symbol, found);
  }
  return found;
}

function computeSimilarSymbols(facts: FactBase, symbol: string): string[] {
  const norm = symbol.toUpperCase();
  const scored = [...new Set([...facts.documents.values()].map((d) => d.symbol))]
    .map((s) => ({ s, d: editDistance(norm, s.toUpperCase()) }))
    .filter((x) => x.d <= 2)
    .sort((a, b) => a.d - b.d);
  return scored.slice(0, 3).map((x) => x.s);
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}
