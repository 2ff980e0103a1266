import type { JudgementRule } from './rule';

/**
 * "As of January 2023, 1,095 people had been included in the amnesty" and the 1,201 of July 2024: a running total
 * counted up to an earlier date is an earlier value of the total, not a rival for the later one. With no fact for that
 * date, the figure is left alone (a fact for it, stated or superseded, is judged on its own).
 */
export const periodBeforeRunningTotal: JudgementRule = {
  id: 'period-before-running-total',
  doc: "The claim dates the figure before the date the fact's running total was counted to.",
  blocksAgreement: false,
  examples: {
    ok: ['As of January 2023, 1,095 people had been included in the amnesty.'],
    notOk: ['As of July 2024, 1,095 people had been included in the amnesty.'],
  },
  veto: (p) => {
    const c = p.claimPeriod;
    const f = p.factPeriod;
    if (!c || !f || !p.factIsRunningTotal || p.periodNamesEvents) return undefined;
    return c[1] < f[0] ? `the claim speaks of ${c[0] === c[1] ? c[0] : c.join('–')}, before the fact's total as of ${f[0]}` : undefined;
  },
};
