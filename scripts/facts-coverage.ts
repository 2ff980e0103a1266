/**
 * Lists every number in each bundled source with the fact(s) covering it, the identifier rule that excludes it,
 * or its `excluded` entry in the facts file; prints coverage per source. `--all` lists every number, not only the uncovered.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { loadDataDirectory } from '../server/src/facts/loadData';
import { foldSpace, plainText } from '../server/src/facts/sourceDocument';
import { findCitations } from '../server/src/parse/citations';
import { findFigures } from '../server/src/parse/figures';
import { NO_WORDING, WordingIndex } from '../server/src/facts/wording';

const dataDir = path.join(__dirname, '..', 'server', 'data');
const { data } = loadDataDirectory(dataDir);
/** The number reader with the wording lists' qualifiers and currencies, as the checker runs it. */
const wording = new WordingIndex(data.wording ?? NO_WORDING);
const excluded = new Map<string, { paragraph: string; text: string; reason: string }[]>();
for (const f of fs.readdirSync(path.join(dataDir, 'facts')).filter((x) => x.endsWith('.yaml'))) {
  const doc = parse(fs.readFileSync(path.join(dataDir, 'facts', f), 'utf8'), { customTags: [] }) as { source: string; excluded?: { paragraph: string; text: string; reason: string }[] };
  excluded.set(doc.source, [...(excluded.get(doc.source) ?? []), ...(doc.excluded ?? [])]);
}
const all = process.argv.includes('--all');
let totalNumbers = 0;
let totalOk = 0;
for (const source of data.sources) {
  const facts = data.facts.filter((f) => f.source === source.meta.id);
  const counts = { numbers: 0, covered: 0, identifier: 0, excluded: 0, uncovered: 0 };
  const lines: string[] = [];
  for (const p of source.paragraphs) {
    const text = plainText(p.text);
    // The paragraph's own printed number ("23. …") is its address, not a figure.
    const own = /^(\d+)\.\s/.exec(text);
    if (own) {
      counts.numbers++;
      counts.identifier++;
      if (all) lines.push(`  ${p.address}: "${own[1]}" excluded: paragraph number`);
    }
    const cites = findCitations(text);
    const skip = [...(own ? [{ start: 0, end: own[1]!.length }] : []), ...cites.flatMap((c) => [...(c.symbolStart !== undefined ? [{ start: c.symbolStart, end: c.symbolEnd! }] : []), ...(c.communication ? [{ start: c.start, end: c.end }] : []), ...c.paragraphs.map((x) => ({ start: x.start, end: x.end }))])];
    for (const c of cites) for (const r of [...(c.symbolStart !== undefined ? [{ start: c.symbolStart, end: c.symbolEnd! }] : []), ...c.paragraphs]) {
      counts.numbers++;
      counts.identifier++;
      if (all) lines.push(`  ${p.address}: "${text.slice(r.start, r.end)}" excluded: citation`);
    }
    const here = facts.filter((f) => f.paragraph === p.address);
    for (const fig of findFigures(text, skip, wording)) {
      counts.numbers++;
      const written = foldSpace(text.slice(fig.start, fig.numberEnd));
      const covering = here.filter((f) => (f.value_text && foldSpace(f.value_text).includes(written)) || f.value === fig.value || (fig.high !== undefined && f.value === fig.high) || (f.date_text && foldSpace(f.date_text).includes(written)) || (f.act?.number && f.act.number.includes(written)));
      const ex = (excluded.get(source.meta.id) ?? []).find((e) => e.paragraph === p.address && foldSpace(e.text).includes(written));
      let status: string;
      if (covering.length) {
        counts.covered++;
        status = `covered by ${covering.map((f) => f.id).join(', ')}`;
      } else if (fig.kind !== 'statistic') {
        counts.identifier++;
        status = `excluded: ${fig.reason}`;
      } else if (ex) {
        counts.excluded++;
        status = `excluded: ${ex.reason}`;
      } else {
        counts.uncovered++;
        status = 'NOT COVERED';
      }
      if (all || status === 'NOT COVERED') lines.push(`  ${p.address}: "${fig.text}" ${status}`);
    }
  }
  const ok = counts.numbers - counts.uncovered;
  totalNumbers += counts.numbers;
  totalOk += ok;
  console.log(`${source.meta.id}: ${counts.numbers} numbers — ${counts.covered} covered by facts, ${counts.identifier} identifiers, dates or citations, ${counts.excluded} excluded with a reason, ${counts.uncovered} not covered — ${((ok / counts.numbers) * 100).toFixed(1)} %`);
  for (const l of lines) console.log(l);
}
console.log(`\nall sources: ${totalOk}/${totalNumbers} numbers covered or excluded (${((totalOk / totalNumbers) * 100).toFixed(1)} %)`);
if (process.argv.includes('--strict') && totalOk < totalNumbers) process.exitCode = 1;
