import type { Hover } from 'vscode-languageserver-types';
import type { CheckResult } from '../checks/checkReport';
import { describeAsserter, paragraphLabel, sourceLabel } from '../checks/describe';
import { qualifierWords, unitSuffix } from '../checks/figureCheck';
import type { FactBase } from '../facts/factBase';
import { rangeOf } from './diagnostics';
import { plainText } from '../facts/sourceDocument';

/** Hover on a figure: the fact(s) it was matched to, with quote, source, who and when. On a citation: the paragraph's subject and text. */
export function hoverAt(result: CheckResult, facts: FactBase, offset: number): Hover | undefined {
  const figure = result.figures.find((f) => offset >= f.start && offset <= f.end);
  if (figure && figure.factIds.length) {
    const lines: string[] = [];
    const heading: Record<string, string> = { verified: '✓ Matches the fact base', mismatch: '✗ Contradicted by the fact base', superseded: '↻ Superseded by a later figure', disputed: '⚖ Sources disagree', unverified: '' };
    lines.push(`**${heading[figure.status]}**`, '');
    if (figure.rules?.length) lines.push(`_Decided by_ ${figure.rules.map((r) => `\`${r}\``).join('; ')}`, '');
    for (const id of figure.factIds) {
      const fact = facts.facts.get(id);
      if (!fact) continue;
      lines.push(`**${qualifierWords(fact.qualifier)}${fact.value_text}${unitSuffix(fact)}** — ${fact.measure}${fact.period ? ` (${fact.period})` : ''}`, '');
      lines.push(`> ${fact.quote}`, '');
      const paragraph = facts.sources.get(fact.source)?.paragraphs.get(fact.paragraph);
      if (paragraph) {
        const text = plainText(paragraph.text);
        const at = text.indexOf(plainText(fact.quote));
        const from = Math.max(0, at - 200);
        const excerpt = `${from > 0 ? '…' : ''}${text.slice(from, at + fact.quote.length + 200)}${at + fact.quote.length + 200 < text.length ? '…' : ''}`;
        if (excerpt.length > fact.quote.length + 10) lines.push(`In context: _${excerpt.replace(/[_*]/g, '\\$&')}_`, '');
      }
      lines.push(`— ${describeAsserter(facts, fact)}; asserted ${fact.asserted_on}. Fact \`${fact.id}\``, '');
      for (const { relation, others } of facts.sameMeasure(fact)) {
        if (!others.length) continue;
        const verb = relation.status === 'update' ? 'Also reported' : relation.status === 'dispute' ? 'Disputed by' : 'Not to be confused with';
        lines.push(`${verb}: ${others.map((o) => `${o.value_text ?? o.date_text} (${sourceLabel(facts, o)}, ${o.asserted_on})`).join('; ')}${relation.note ? ` — ${relation.note}` : ''}`, '');
      }
    }
    return { contents: { kind: 'markdown', value: lines.join('\n').trim() }, range: rangeOf(result.model, figure.start, figure.end) };
  }
  // A figure left alone says why: which rule found it is not about the same measure as the nearest facts.
  if (figure && figure.rules?.length) {
    const lines = ['**Not checked: no fact is shown to be about the same measure**', '', ...figure.rules.map((r) => `- \`${r}\``)];
    return { contents: { kind: 'markdown', value: lines.join('\n') }, range: rangeOf(result.model, figure.start, figure.end) };
  }
  const citation = result.citations.find((c) => offset >= c.start && offset <= c.end);
  if (citation && citation.symbol) {
    const document = facts.document(citation.symbol);
    if (!document) return { contents: { kind: 'markdown', value: `**${citation.symbol}** is not in the document catalogue.` }, range: rangeOf(result.model, citation.start, citation.end) };
    const p = citation.paragraphs.find((x) => offset >= x.start && offset <= x.end) ?? (citation.paragraphs.length === 1 ? citation.paragraphs[0] : undefined);
    const lines = [`**${document.symbol}** — ${document.title}`, '', `${document.body}${document.date ? `, ${document.date}` : ''}`];
    if (p) {
      const resolved = facts.resolveParagraph(document.symbol, p.id, p.sub);
      lines.push('', `**${paragraphLabel(p.sub ? `${p.id}(${p.sub})` : p.id)}**${resolved ? ` — ${resolved.paragraph.subject}` : ' — not in the catalogue'}`);
      if (resolved?.paragraph.follow_up) lines.push('', '_Selected for follow-up._');
      if (resolved?.text) lines.push('', ...resolved.text.split('\n').map((l) => `> ${l}`));
    } else if (citation.paragraphs.length > 1) {
      for (const x of citation.paragraphs.slice(0, 12)) {
        const r = facts.resolveParagraph(document.symbol, x.id, x.sub);
        lines.push('', `- ${paragraphLabel(x.sub ? `${x.id}(${x.sub})` : x.id)}: ${r?.paragraph.subject ?? 'not in the catalogue'}`);
      }
    }
    return { contents: { kind: 'markdown', value: lines.join('\n') }, range: rangeOf(result.model, citation.start, citation.end) };
  }
  return undefined;
}
