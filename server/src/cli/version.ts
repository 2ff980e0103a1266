import { createHash } from 'node:crypto';
import type { FactBaseData } from '../facts/loadData';

/** The tool's version, as in package.json (a test keeps them equal). */
export const TOOL_VERSION = '0.1.0';

/** A short, stable fingerprint of the fact base, so results can say which facts they were checked against. */
export function factBaseVersion(data: FactBaseData): string {
  const h = createHash('sha256');
  h.update(JSON.stringify([data.facts.map((f) => [f.id, f.value, f.date, f.quote]), data.relations.map((r) => r.id), data.documents.map((d) => d.symbol)]));
  // Workspace sources: their addresses and text (the bundled sources are fixed by the facts that quote them).
  for (const s of data.sources) if (s.origin === 'workspace') h.update(JSON.stringify([s.meta.id, s.meta.symbol, s.paragraphs.map((p) => [p.address, p.text])]));
  return `facts-${data.facts.length}-${h.digest('hex').slice(0, 12)}`;
}
