/**
 * Regenerates test/grammar/results/<fixture>_md.json from test/grammar/fixtures/*.md.
 * Usage: npx tsx scripts/update-grammar-snapshots.ts
 * Review the git diff of test/grammar/results/ before keeping the new snapshots.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  FIXTURES_DIR,
  RESULTS_DIR,
  listFixtures,
  loadMarkdownWithInjection,
  resultPathFor,
  serializeSnapshot,
  snapshotDocument,
} from '../test/grammar/tokenize';

async function main(): Promise<void> {
  const grammar = await loadMarkdownWithInjection();
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  for (const fixture of listFixtures()) {
    const text = fs.readFileSync(path.join(FIXTURES_DIR, fixture), 'utf8');
    const out = resultPathFor(fixture);
    const next = serializeSnapshot(snapshotDocument(grammar, text));
    const prev = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : undefined;
    fs.writeFileSync(out, next);
    console.log(`${prev === next ? 'unchanged' : prev === undefined ? 'created  ' : 'updated  '} ${path.relative(process.cwd(), out)}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
