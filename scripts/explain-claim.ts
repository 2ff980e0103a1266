/**
 * Developer tool: shows how each statistic of a sentence (or of a corpus claim, by id) is judged —
 * the candidate facts, their context scores and values. Usage: tsx scripts/explain-claim.ts <claim-id | "text">
 */
import { buildFactBase } from '../server/src/facts/bundled';
import { buildReportModel } from '../server/src/parse/reportModel';
import { findFigures } from '../server/src/parse/figures';
import { figureContext } from '../server/src/checks/figureContext';
import { scoreFact, unitsCompatible, periodConflicts, valuesAgree } from '../server/src/checks/figureCheck';
import { checkReport } from '../server/src/checks/checkReport';
import { loadClaims } from '../test/claims/score';

const arg = process.argv[2] ?? '';
const claim = loadClaims().flatMap((f) => f.claims).find((c) => c.id === arg);
const text = claim ? claim.text : arg;
const facts = buildFactBase([]).facts;
const model = buildReportModel(text);
const headingCache = new Map<number, Set<string>>();
console.log(text);
if (claim) console.log('expect:', JSON.stringify(claim.expect));
for (const block of model.blocks) {
  const all = findFigures(block.text, [], facts.wording);
  const years = all.filter((f) => f.kind === 'year');
  for (const figure of all) {
    if (figure.kind !== 'statistic') { console.log(`\n[${figure.kind}] ${figure.text}`); continue; }
    const ctx = figureContext(model, block, figure, years, headingCache, all);
    console.log(`\n== ${figure.text} value=${figure.value} unit=${figure.unit ?? '-'} q=${figure.qualifier} counted=${ctx.countedStems.join(',')} own=${[...ctx.own].join(',')} period=${ctx.period?.join('–') ?? '-'}`);
    const cands = [...facts.facts.values()]
      .filter((f) => f.type === 'statistic' && unitsCompatible(figure, f) && !periodConflicts(f, ctx))
      .map((f) => ({ f, s: scoreFact(f, ctx, facts) }))
      .filter((c) => c.s >= 1.5)
      .sort((a, b) => b.s - a.s)
      .slice(0, 8);
    const equal = [...facts.facts.values()].filter((f) => f.type === 'statistic' && valuesAgree(figure, f) && !cands.some((c) => c.f === f)).map((f) => ({ f, s: scoreFact(f, ctx, facts) })).filter((c) => c.s > 0).sort((a, b) => b.s - a.s).slice(0, 5);
    for (const c of [...cands, ...equal]) console.log(`  ${c.s.toFixed(2).padStart(6)} ${valuesAgree(figure, c.f) ? '=' : '≠'} ${c.f.id} ${c.f.value_text} [${c.f.period ?? ''}] unit=${c.f.unit ?? ''} terms=${c.f.terms.join('|')}`);
  }
}
console.log('\nfindings:', checkReport(text, facts).findings.map((f) => `${f.code}:${text.slice(f.start, f.end)}`).join(', ') || '-');
