/**
 * Issue #17's measure of extraction: the five bundled sources given to the checker as workspace sources, with the
 * bundled fact base off (`--no-bundled`), so that it judges drafts against the facts it extracts from them alone.
 * Scores the blind corpus (or the folders named) beside the score with the curated base. `--misses` lists the items
 * the extracted facts get wrong, with how their figures were judged.
 */
import * as path from 'node:path';
import { buildFactBase } from '../server/src/facts/bundled';
import { extractedFromBundledSources, formatDraftMisses, formatDraftScore, scoreDrafts } from '../test/claims/drafts';

const extracted = extractedFromBundledSources();
const curated = buildFactBase([]).facts;
console.log(`extracted facts: ${[...extracted.facts.facts.values()].length}; problems: ${extracted.problems.length}`);
const misses = process.argv.includes('--misses');
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
for (const dir of args.length ? args : [path.join(__dirname, '..', 'test', 'fixtures', 'blind')]) {
  console.log(`\n# ${path.relative(process.cwd(), dir) || dir}: extracted facts only (--no-bundled, the five sources as workspace sources)`);
  const score = scoreDrafts(dir, extracted.facts);
  console.log(formatDraftScore(score).split('\n').slice(-2).join('\n'));
  if (misses) console.log(formatDraftMisses(score));
  console.log(`# the same with the curated base`);
  console.log(formatDraftScore(scoreDrafts(dir, curated)).split('\n').slice(-2).join('\n'));
}
