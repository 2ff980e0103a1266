/** Dates as the facts and the sources write them, compared as far as each is given. */

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "January|February|…|December", capitalised as dates write them (lower-case "may" is a verb). */
export const MONTH_PATTERN = MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|');

/** The abbreviations dates also use ("Jan", "Sept"). */
export const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'];

/** "2024-07-04", "2024-07", "2024", "4 July 2024", "July 2024": year, month, day as far as given. */
export function dateParts(text: string | undefined): number[] {
  const t = (text ?? '').trim();
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\b/.exec(t);
  if (iso) return [iso[1], iso[2], iso[3]].filter((x): x is string => x !== undefined).map(Number);
  const written = new RegExp(`^(?:(\\d{1,2})\\s+)?(${MONTHS.join('|')})\\s+(\\d{4})\\b`, 'i').exec(t);
  if (written) return [Number(written[3]), MONTHS.indexOf(written[2]!.toLowerCase()) + 1, ...(written[1] ? [Number(written[1])] : [])];
  const year = /^(?:19|20)\d\d\b/.exec(t);
  return year ? [Number(year[0])] : [];
}

/**
 * Which of two dates is earlier: negative, positive, 0 when equal, undefined when one is not known or one contains
 * the other ("2024" and "2024-07-04": which document came first cannot be told).
 */
export function compareDates(a: number[], b: number[]): number | undefined {
  if (!a.length || !b.length) return undefined;
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length === b.length ? 0 : undefined;
}
