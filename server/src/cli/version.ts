import { createHash } from 'node:crypto';
import type { FactBaseData } from '../facts/loadData';

/** The tool's version, as in package.json (a test keeps them equal). */
export const TOOL_VERSION = '0.1.0';

/** A short, stable fingerprint of the fact base, so results can say which facts they were checked against. */
export function factBaseVersion(data: FactBaseData): string {
  const h = createHash('sha256');
  h.update(JSON.stringify([data.facts.map((f) => [f.id, f.value, f.date, f.quote]), data.relations.map((r) => r.id), data.documents.map((d) => d.symbol)]));
  return `facts-${data.facts.length}-${h.digest('hex').slice(0, 12)}`;
}
