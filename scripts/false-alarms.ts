/**
 * Developer tool: every warning a labelled drafts folder draws on a clean item or an unlabelled line, with the fact it
 * names and the rule that decided it. Usage: tsx scripts/false-alarms.ts [folder…]
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildFactBase } from '../server/src/facts/bundled';
import { checkReport } from '../server/src/checks/checkReport';
import { loadDraftItems } from '../test/claims/drafts';

const facts = buildFactBase([]).facts;
for (const dir of process.argv.slice(2).length ? process.argv.slice(2) : [path.join(__dirname, '..', 'test', 'fixtures', 'blind')]) {
  const items = loadDraftItems(dir);
  for (const doc of [...new Set(items.map((i) => i.doc))]) {
    const text = fs.readFileSync(path.join(dir, 'drafts', doc), 'utf8');
    const mine = items.filter((i) => i.doc === doc);
    for (const f of checkReport(text, facts).findings) {
      if (f.severity !== 'warning' && f.severity !== 'error') continue;
      const ls = text.lastIndexOf('\n', f.start - 1) + 1;
      const le = text.indexOf('\n', f.end) < 0 ? text.length : text.indexOf('\n', f.end);
      const line = text.slice(ls, le);
      const item = mine.find((i) => line.includes(i.target));
      if (item?.expect.includes(f.code)) continue;
      const fact = facts.facts.get(f.factIds[0] ?? '');
      console.log(`\n${doc} [${item ? `${item.kind}/${item.context ?? '-'}` : 'unlabelled'}] ${f.code} "${text.slice(f.start, f.end)}"\n  ${line.slice(0, 260)}\n  fact: ${fact ? `${fact.value_text} ${fact.unit ?? ''} — ${fact.measure}` : '-'}\n  ${(f.rules ?? []).join(' | ')}`);
    }
  }
}
