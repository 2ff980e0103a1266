import type { JudgementRule } from './rule';

/**
 * "In 2024, 26 police officers were convicted of torture" is the count of one year's convictions, not the 43 officers
 * convicted in the January 2022 cases as of 4 July 2024: a running total counted up to a day of a year is all the
 * events up to that day, and a claim dated plainly in that year counts only that year's.
 */
export const yearOfRunningTotal: JudgementRule = {
  id: 'year-of-running-total',
  doc: 'The claim counts the events of one year; the fact is a running total counted up to a day of that year.',
  blocksAgreement: false,
  examples: {
    ok: ['## Accountability for the January events\n\nIn 2024, 26 police officers were convicted of torture.'],
    notOk: ['As of July 2024, 46 law enforcement officers had been convicted of torture in the January 2022 cases.'],
  },
  veto: (p) => {
    const c = p.claimPeriod;
    const f = p.factPeriod;
    // (Events counted, told in a plain year: not a share, nor a stock as it stands "now" — members, staff, places.)
    if (!c || !p.claimInOneYear || p.periodRelative || p.periodNamesEvents || c[0] !== c[1] || p.figure.unit === 'per-cent' || !p.claimEvents.size || !p.factEvents.size) return undefined;
    if (f && p.factIsRunningTotal && c[0] === f[0]) return `the claim counts the events of ${c[0]}; the fact is a total up to a day of it`;
    // (Or a total of no period of the events of an earlier year: the 35 convicted in the January 2022 cases.)
    const since = p.factEventYears.length ? Math.max(...p.factEventYears) : undefined;
    return !f && since !== undefined && c[0] > since ? `the claim counts the events of ${c[0]}; the fact is a total of those since ${since}` : undefined;
  },
};
