/**
 * Developer tool: the expected figure-mismatches that are missed, counted by the rule that left each figure alone,
 * over the tuned corpus and labelled drafts. `-v RULE` prints each miss a rule decided.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildFactBase } from '../server/src/facts/bundled';
import { checkReport } from '../server/src/checks/checkReport';
import { loadDraftItems } from '../test/claims/drafts';
import { scoreClaims } from '../test/claims/score';

const facts = buildFactBase([]).facts;
const verbose = process.argv.indexOf('-v') >= 0 ? process.argv[process.argv.indexOf('-v') + 1] : undefined;
const counts = new Map<string, number>();
const note = (text: string, where: string, rules: string[] | undefined, status: string | undefined) => {
  const first = (rules ?? []).map((r) => r.split(':')[0]).filter((r, i, a) => a.indexOf(r) === i).join(',') || `(${status ?? 'no figure'})`;
  counts.set(first, (counts.get(first) ?? 0) + 1);
  if (verbose && first.includes(verbose)) console.log(`${where}\n  ${text.slice(0, 240)}\n  ${status} ${(rules ?? []).join(' | ')}`);
};
for (const r of scoreClaims(facts).results) {
  for (const m of r.missed.filter((x) => x.startsWith('figure-mismatch'))) {
    const span = m.slice(m.indexOf(':') + 1);
    const j = checkReport(r.claim.text, facts).figures.find((x) => r.claim.text.slice(x.start, x.end).includes(span) || span.includes(r.claim.text.slice(x.start, x.end)));
    note(r.claim.text, `claims ${r.claim.id}`, j?.rules, j?.status);
  }
}
for (const dir of [path.join(__dirname, '..', 'test', 'fixtures', 'blind'), path.join(__dirname, '..', '..', 'shared', 'heldout-sample')]) {
  if (!fs.existsSync(dir)) continue;
  const items = loadDraftItems(dir).filter((i) => i.expect.includes('figure-mismatch'));
  for (const doc of [...new Set(items.map((i) => i.doc))]) {
    const text = fs.readFileSync(path.join(dir, 'drafts', doc), 'utf8');
    const result = checkReport(text, facts);
    for (const item of items.filter((i) => i.doc === doc)) {
      const s = text.indexOf(item.target);
      const e = s + item.target.length;
      if (result.findings.some((f) => f.code === 'figure-mismatch' && f.start < e && f.end > s)) continue;
      const js = result.figures.filter((j) => j.start >= s && j.end <= e);
      const j = js.find((x) => x.status !== 'verified') ?? js[0];
      note(text.slice(text.lastIndexOf('\n', s) + 1, text.indexOf('\n', s)), `${path.basename(dir)}/${doc}: ${item.target}`, j?.rules, j?.status);
    }
  }
}
console.log([...counts].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${String(v).padStart(3)} ${k}`).join('\n'));
