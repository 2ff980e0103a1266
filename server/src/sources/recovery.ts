/**
 * How far the facts extracted from a source recover the curated ones (issue #17): a curated statistic is recovered
 * when an extracted fact has its value and paragraph, a compatible period and a compatible counted thing.
 */
import type { Fact } from '../facts/types';
import { countsCompatible, type CountedNouns } from './countedNouns';

/** The kind of quantity a unit measures: a share, an amount in one currency, a duration, a ratio, or a count. */
export function unitClass(unit: string | undefined): string {
  const u = (unit ?? '').toLowerCase().trim();
  if (/^(?:per-?cent|percent|%)$/.test(u)) return 'per-cent';
  if (/^(?:tenge|kzt)$/.test(u)) return 'money:tenge';
  if (/^(?:eur|euros?)$/.test(u)) return 'money:eur';
  if (/^(?:usd|us dollars|dollars)$/.test(u)) return 'money:usd';
  if (u === 'mci') return 'money:mci';
  if (/^(?:hours?|days?|weeks?|months?|years?)$/.test(u)) return `duration:${u.replace(/s$/, '')}`;
  if (u === 'times') return 'ratio';
  if (u.startsWith('degrees')) return 'temperature';
  return 'count';
}

/** The years a period string covers: "2022-01" → [2022, 2022], "2019/2023-04" → [2019, 2023], "as-of 2024-07-04" → [2024, 2024]. */
export function periodYears(period: string | undefined): [number, number] | undefined {
  if (!period) return undefined;
  const years = [...period.matchAll(/\b(\d{4})\b/g)].map((m) => Number(m[1]));
  if (!years.length) return undefined;
  return [years[0]!, years[years.length - 1]!];
}

/** The same period, told to the year (a month or a day of it, or an "as of" date in it, is the same year), or none on either side. */
export function periodsCompatible(a: string | undefined, b: string | undefined): boolean {
  const x = periodYears(a);
  const y = periodYears(b);
  if (!x || !y) return true;
  return x[0] === y[0] && x[1] === y[1];
}

export function valuesEqual(a: number | undefined, b: number | undefined): boolean {
  return a !== undefined && b !== undefined && Math.abs(a - b) <= Math.max(1e-9, Math.abs(a) * 1e-9);
}

export function recovers(extracted: Fact, curated: Fact, nouns: CountedNouns): boolean {
  if (extracted.paragraph !== curated.paragraph || !valuesEqual(extracted.value, curated.value)) return false;
  if (!periodsCompatible(extracted.period, curated.period)) return false;
  const cx = unitClass(extracted.unit);
  const cy = unitClass(curated.unit);
  if (cx !== cy) return false;
  return cx !== 'count' || countsCompatible(extracted.unit!, curated.unit!, nouns);
}

export interface Recovery {
  curated: Fact[];
  recovered: { curated: Fact; extracted: Fact }[];
  /** Curated facts no extracted fact recovers, with the nearest extracted fact (same value and paragraph) if any. */
  missed: { curated: Fact; near?: Fact }[];
  /** Extracted facts that recover no curated fact. */
  extra: Fact[];
}

/** Compares the facts extracted from one source with the curated statistics of that source. */
export function compareWithCurated(extracted: Fact[], curatedFacts: Fact[], nouns: CountedNouns): Recovery {
  const curated = curatedFacts.filter((f) => f.type === 'statistic');
  const used = new Set<Fact>();
  const recovered: Recovery['recovered'] = [];
  const missed: Recovery['missed'] = [];
  for (const c of curated) {
    const match = extracted.find((e) => recovers(e, c, nouns));
    if (match) {
      recovered.push({ curated: c, extracted: match });
      used.add(match);
    } else missed.push({ curated: c, near: extracted.find((e) => e.paragraph === c.paragraph && valuesEqual(e.value, c.value)) });
  }
  return { curated, recovered, missed, extra: extracted.filter((e) => !used.has(e)) };
}
