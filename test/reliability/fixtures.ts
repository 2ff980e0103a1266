/** Every Markdown text the repository holds for the checker: example reports, editor workspaces, grammar fixtures, claims. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';

const ROOT = path.join(__dirname, '..', '..');

function markdownFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && e.name !== 'node_modules' && e.name !== 'out') out.push(...markdownFiles(p));
    else if (e.isFile() && /\.(md|markdown)$/i.test(e.name)) out.push(p);
  }
  return out.sort();
}

export interface FixtureText {
  name: string;
  text: string;
}

/**
 * examples/*.md, test/vscode/workspace/**.md, test/grammar/fixtures/*.md, the claims corpus (one text per claim,
 * and each corpus file as one report of all its claims) and the bundled sources read as if they were reports.
 */
export function fixtureTexts(): FixtureText[] {
  const out: FixtureText[] = [];
  for (const dir of ['examples', 'test/vscode/workspace', 'test/grammar/fixtures', 'server/data/sources']) {
    for (const file of markdownFiles(path.join(ROOT, dir))) out.push({ name: path.relative(ROOT, file), text: fs.readFileSync(file, 'utf8') });
  }
  const claimsDir = path.join(ROOT, 'test', 'fixtures', 'claims');
  for (const f of fs.existsSync(claimsDir) ? fs.readdirSync(claimsDir).filter((n) => n.endsWith('.yaml')).sort() : []) {
    const claims = (parse(fs.readFileSync(path.join(claimsDir, f), 'utf8'), { customTags: [] }) ?? []) as { id: string; text: string }[];
    const texts = claims.filter((c) => typeof c?.text === 'string');
    for (const c of texts) out.push({ name: `test/fixtures/claims/${f}#${c.id}`, text: c.text });
    out.push({ name: `test/fixtures/claims/${f} (all claims)`, text: texts.map((c) => c.text).join('\n\n') });
  }
  return out;
}
