/** Developer tool: how each figure of the given sentences is judged (status and the rules that decided it). */
import { buildFactBase } from '../server/src/facts/bundled';
import { checkReport } from '../server/src/checks/checkReport';

const facts = buildFactBase([]).facts;
for (const t of process.argv.slice(2)) {
  const r = checkReport(t.replace(/\\n/g, '\n'), facts);
  console.log(`\n${t}\n  ${r.figures.map((j) => `${j.text} ${j.status} ${(j.rules ?? []).map((x) => x.slice(0, 110)).join(' | ')}`).join('\n  ')}\n  findings: ${r.findings.map((f) => f.code).join(',')}`);
}
