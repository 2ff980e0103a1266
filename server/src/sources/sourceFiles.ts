import * as path from 'node:path';
import { bundledSourcePath } from '../facts/bundled';
import type { FactBase } from '../facts/factBase';

/** The file a source of the fact base was read from (a workspace source's own file, else the bundled one), for go-to-definition and links. */
export function sourceFilePath(facts: FactBase, sourceId: string): string | undefined {
  const source = facts.sources.get(sourceId);
  if (!source) return undefined;
  return source.origin === 'workspace' ? path.resolve(source.file) : bundledSourcePath(sourceId);
}
