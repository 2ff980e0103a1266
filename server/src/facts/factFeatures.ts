/**
 * What the figure check asks of every candidate fact (its years, its unit's class), as pure functions of the fact's
 * fields. The fact base computes them once when it indexes a fact: a figure scores some hundred candidates, and a
 * long report has thousands of figures.
 */

export type UnitClass = 'per-cent' | 'tenge' | 'usd' | 'eur' | 'mci' | 'hours' | 'days' | 'months' | 'years' | 'times' | 'count';

export function unitClassOfFact(unit: string | undefined): UnitClass {
  const u = (unit ?? '').toLowerCase();
  if (/per-?\s?cent|%|percent/.test(u)) return 'per-cent';
  if (/tenge|kzt/.test(u)) return 'tenge';
  if (/dollar|usd/.test(u)) return 'usd';
  if (/euro|eur\b/.test(u)) return 'eur';
  if (/mci|monthly calculation/.test(u)) return 'mci';
  if (/^hours?$/.test(u)) return 'hours';
  if (/^days?$/.test(u)) return 'days';
  if (/^months?$/.test(u)) return 'months';
  if (/^years?$/.test(u)) return 'years';
  if (/^(?:times|ratio|factor)$/.test(u)) return 'times';
  return 'count';
}

/** A fact's period as a range of years. */
export function factYears(period: string | undefined): [number, number] | undefined {
  if (!period) return undefined;
  const years = [...period.matchAll(/(\d{4})/g)].map((m) => Number(m[1]));
  if (!years.length) return undefined;
  return [years[0]!, years[years.length - 1]!];
}

/** A running total "as of July 2024" still counts the cases of January 2022. */
export function isRunningTotal(period: string | undefined): boolean {
  return /^as-of\b/i.test(period ?? '');
}

/** The thing a count counts, for telling "40,000 cameras" from a count of persons: the unit's stem, or "person". */
export function countedStemOf(unitStem: string | undefined, unit: string | undefined): string | undefined {
  return unitStem ?? (/^(?:persons?|people|individuals)$/i.test(unit ?? '') ? 'person' : undefined);
}
