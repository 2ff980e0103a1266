/**
 * Scores labelled drafts (a folder with drafts/*.md and expect*.json, the held-out sets' format) per kind and
 * context, and lists every miss. Default: the blind corpus test/fixtures/blind; or name folders, e.g.
 * `npm run eval:drafts -- ../shared/heldout-sample`.
 */
import * as path from 'node:path';
import { buildFactBase } from '../server/src/facts/bundled';
import { formatDraftMisses, formatDraftScore, scoreDrafts } from '../test/claims/drafts';

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const dirs = args.filter((a) => !a.startsWith('--'));
const facts = buildFactBase([]).facts;
for (const dir of dirs.length ? dirs : [path.join(__dirname, '..', 'test', 'fixtures', 'blind')]) {
  const s = scoreDrafts(dir, facts);
  console.log(`# ${path.relative(process.cwd(), dir) || dir}`);
  console.log(formatDraftScore(s));
  if (!quiet) console.log(`\n${formatDraftMisses(s)}\n`);
}
