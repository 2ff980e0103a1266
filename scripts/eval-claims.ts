/** Prints the claims corpus score per file and per code, and every miss. */
import { buildFactBase } from '../server/src/facts/bundled';
import { scoreClaims } from '../test/claims/score';
import { checkReport } from '../server/src/checks/checkReport';

const facts = buildFactBase([]).facts;
const s = scoreClaims(facts);
const byFile = new Map<string, { n: number; ok: number }>();
for (const r of s.results) {
  const e = byFile.get(r.file) ?? { n: 0, ok: 0 };
  e.n++;
  if (!r.missed.length && !r.extra.length) e.ok++;
  byFile.set(r.file, e);
}
console.log('file                     claims  all-correct');
for (const [f, e] of byFile) console.log(`${f.padEnd(24)} ${String(e.n).padStart(6)}  ${String(e.ok).padStart(6)}`);
const codes = new Map<string, { exp: number; found: number; rep: number; ok: number }>();
for (const r of s.results) {
  for (const e of r.expected) { const c = codes.get(e.split(':')[0]!) ?? { exp: 0, found: 0, rep: 0, ok: 0 }; c.exp++; if (!r.missed.includes(e)) c.found++; codes.set(e.split(':')[0]!, c); }
  for (const g of r.got) { const c = codes.get(g.split(':')[0]!) ?? { exp: 0, found: 0, rep: 0, ok: 0 }; c.rep++; if (!r.extra.includes(g)) c.ok++; codes.set(g.split(':')[0]!, c); }
}
console.log('\ncode                 expected found reported correct');
for (const [c, v] of codes) console.log(`${c.padEnd(20)} ${String(v.exp).padStart(8)} ${String(v.found).padStart(5)} ${String(v.rep).padStart(8)} ${String(v.ok).padStart(7)}`);
console.log(`\n${s.results.length} claims; recall ${(s.recall * 100).toFixed(1)} % (${s.found}/${s.expectedTotal}); precision ${(s.precision * 100).toFixed(1)} % (${s.correct}/${s.reported})`);
if (process.argv.includes('--misses')) {
  for (const r of s.results) {
    if (!r.missed.length && !r.extra.length) continue;
    // Which rules decided each figure of the claim ("same measure: …", or why it was left alone).
    const judged = checkReport(r.claim.text, facts).figures.map((j) => `${j.text} ${j.status}${j.rules?.length ? `: ${j.rules.join(' | ')}` : ''}`);
    console.log(`\n${r.file} ${r.claim.id}\n  ${r.claim.text.replace(/\n/g, ' ')}\n  missed: ${r.missed.join(', ') || '-'}\n  extra:  ${r.extra.join(', ') || '-'}\n  judged: ${judged.join(' ; ') || '-'}`);
  }
}
