/** Dates as the facts and the sources write them, compared as far as each is given. */

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "January|February|…|December", capitalised as dates write them (lower-case "may" is a verb). */
export const MONTH_PATTERN = MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|');

/** The abbreviations dates also use ("Jan", "Sept"). */
export const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'];

/** "4 July 2024", "July 2024" (compiled once: dateParts is asked for every fact's date). */
const DATE_PARTS_WRITTEN = new RegExp(`^(?:(\\d{1,2})\\s+)?(${MONTHS.join('|')})\\s+(\\d{4})\\b`, 'i');

/** "2024-07-04", "2024-07", "2024", "4 July 2024", "July 2024": year, month, day as far as given. */
export function dateParts(text: string | undefined): number[] {
  const t = (text ?? '').trim();
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\b/.exec(t);
  if (iso) return [iso[1], iso[2], iso[3]].filter((x): x is string => x !== undefined).map(Number);
  const written = DATE_PARTS_WRITTEN.exec(t);
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

/** A date as a text writes it, where it stands, as year-month(-day). */
export interface WrittenDate {
  start: number;
  end: number;
  iso: string;
  precision: 'day' | 'month';
}

const MONTH_GROUP = `(${MONTH_PATTERN})`;
/** "29 December 2022", "December 29, 2022", "29.12.2022", "December 2022". */
const WRITTEN_DATE = new RegExp(`\\b(\\d{1,2})\\s+${MONTH_GROUP}\\s+(\\d{4})\\b|\\b${MONTH_GROUP}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b|\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b|\\b${MONTH_GROUP}\\s+(\\d{4})\\b`, 'g');

/** The dates a text writes to the day or the month, in order: how a draft's dates and a source's events are read alike. */
export function datesIn(text: string): WrittenDate[] {
  const out: WrittenDate[] = [];
  for (const m of text.matchAll(WRITTEN_DATE)) {
    const pad = (n: number) => String(n).padStart(2, '0');
    let iso: string;
    let precision: WrittenDate['precision'] = 'day';
    if (m[1]) iso = `${m[3]}-${pad(MONTHS.indexOf(m[2]!.toLowerCase()) + 1)}-${pad(Number(m[1]))}`;
    else if (m[4]) iso = `${m[6]}-${pad(MONTHS.indexOf(m[4]!.toLowerCase()) + 1)}-${pad(Number(m[5]))}`;
    else if (m[7]) iso = `${m[9]}-${pad(Number(m[8]))}-${pad(Number(m[7]))}`;
    else {
      iso = `${m[11]}-${pad(MONTHS.indexOf(m[10]!.toLowerCase()) + 1)}`;
      precision = 'month';
    }
    out.push({ start: m.index!, end: m.index! + m[0].length, iso, precision });
  }
  return out;
}
