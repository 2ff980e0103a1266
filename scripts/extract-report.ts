/**
 * Extracts the statistic facts of the five bundled sources and compares them with the curated statistics (issue #17):
 * recovered/total per source and overall, then every curated fact missed (with the extracted fact of the same value
 * and paragraph, if any, to say why) and, with --extra, every extracted fact that recovers none.
 * `--quiet` prints the totals only.
 */
import { loadBundledData } from '../server/src/facts/bundled';
import { deserializeSource } from '../server/src/facts/loadData';
import type { Fact } from '../server/src/facts/types';
import { NO_WORDING, WordingIndex } from '../server/src/facts/wording';
import { FactExtractor } from '../server/src/sources/extractFacts';
import { compareWithCurated, type Recovery } from '../server/src/sources/recovery';

export interface ExtractReport {
  perSource: { source: string; recovery: Recovery; extracted: number }[];
  recovered: number;
  total: number;
  extra: number;
  extracted: number;
}

export function extractReport(): ExtractReport {
  const data = loadBundledData();
  const wording = new WordingIndex(data.wording ?? NO_WORDING);
  const extractor = new FactExtractor(wording);
  const perSource = data.sources.map((s) => {
    const doc = deserializeSource(s);
    const extracted = extractor.extract(doc);
    return { source: s.meta.id, recovery: compareWithCurated(extracted, data.facts.filter((f) => f.source === s.meta.id), wording.countedNouns), extracted: extracted.length };
  });
  const sum = (f: (r: Recovery) => number) => perSource.reduce((a, p) => a + f(p.recovery), 0);
  return { perSource, recovered: sum((r) => r.recovered.length), total: sum((r) => r.curated.length), extra: sum((r) => r.extra.length), extracted: perSource.reduce((a, p) => a + p.extracted, 0) };
}

const pct = (a: number, b: number) => `${((a / Math.max(1, b)) * 100).toFixed(1)} %`;
const brief = (f: Fact) => `${f.value_text} ${f.unit}${f.period ? ` [${f.period}]` : ''}`;

function main(): void {
  const report = extractReport();
  const quiet = process.argv.includes('--quiet');
  const showExtra = process.argv.includes('--extra');
  console.log('source                       recovered  total  share     extracted  extra');
  for (const p of report.perSource) {
    const r = p.recovery;
    console.log(`${p.source.padEnd(28)} ${String(r.recovered.length).padStart(9)} ${String(r.curated.length).padStart(6)}  ${pct(r.recovered.length, r.curated.length).padStart(7)}  ${String(p.extracted).padStart(9)} ${String(r.extra.length).padStart(6)}`);
  }
  console.log(`${'all sources'.padEnd(28)} ${String(report.recovered).padStart(9)} ${String(report.total).padStart(6)}  ${pct(report.recovered, report.total).padStart(7)}  ${String(report.extracted).padStart(9)} ${String(report.extra).padStart(6)}`);
  if (quiet) return;
  for (const p of report.perSource) {
    if (p.recovery.missed.length) console.log(`\n${p.source}: missed`);
    for (const m of p.recovery.missed) {
      const c = m.curated;
      const why = m.near ? `extracted as ${brief(m.near)}` : 'not extracted';
      console.log(`  para ${c.paragraph}  ${c.id}: ${brief(c)} — ${why}`);
    }
    if (showExtra && p.recovery.extra.length) {
      console.log(`\n${p.source}: extra`);
      for (const e of p.recovery.extra) console.log(`  para ${e.paragraph}  ${brief(e)} — ${e.measure}`);
    }
  }
  if (!showExtra) console.log(`\n(${report.extra} extracted facts recover no curated fact; --extra lists them)`);
}

if (require.main === module) main();
