import type { JudgementRule } from './rule';

/**
 * "| Total 2018–2022 | 3,868 |" is the sum of five years, not a rival value for the 850 registered in 2019: a claim over
 * a span of years and a fact for one year (or a shorter span) inside it count different things.
 */
export const periodWider: JudgementRule = {
  id: 'period-wider',
  doc: "The claim's period is a span that holds the fact's shorter period.",
  blocksAgreement: true,
  examples: {
    ok: ['From 2018 to 2022, 3,868 cases of torture were registered in the Unified Register of Pre-Trial Investigations.', 'Monitors counted 5 deaths in police custody in 2022.', 'Between 2019 and 2023, 96 complaints about unlawful methods of interrogation were registered.'],
    notOk: ['In 2019, 805 cases of torture were registered in the Unified Register of Pre-Trial Investigations.', 'In January 2022, 5 civilians died as a result of torture.', 'By March 2022, 310 complaints about unlawful methods of interrogation had been registered in connection with the January 2022 events.'],
  },
  veto: (p) => {
    const c = p.claimPeriod;
    const f = p.factPeriod;
    // "at least 9 people had died in police custody in 2022" is no count of the deaths of January 2022: a whole year
    // holds the one month of the fact, unless the claim names that month or the events of it.
    // (So is a count of "the January 2022 cases", which have no period of their own but their month.)
    const eventYear = p.factMonthYear ?? (p.factEventYears.length === 1 ? p.factEventYears[0] : undefined);
    if (eventYear !== undefined && c && c[0] === c[1] && c[0] === eventYear && p.claimInOneYear && !p.periodRelative && !p.periodNamesEvents && !p.claimNamesFactEvents && !p.claimNamesFactMonth) return `the claim speaks of the whole of ${c[0]}, the fact of ${p.factMonthYear !== undefined ? 'one month of it' : 'the events of one month of it'}`;
    // So does a span of years: "Between 2019 and 2023, 96 complaints were entered in the Unified Register" is no count
    // of the complaints about the January 2022 events, however long those ran on.
    if (eventYear !== undefined && c && c[1] > c[0] && c[0] <= eventYear && eventYear <= c[1] && !p.periodRelative && !p.periodNamesEvents && !p.claimNamesFactEvents && !p.claimNamesFactMonth) return `the claim speaks of ${c.join('–')}, the fact of the events of one month of ${eventYear}`;
    // A span the claim states (two years named, or a span written out), holding a fact of a shorter period.
    if (!c || !f || c[1] <= c[0] || p.factIsRunningTotal || p.periodNamesEvents) return undefined;
    return c[0] <= f[0] && f[1] <= c[1] && f[1] - f[0] < c[1] - c[0] ? `the claim speaks of ${c.join('–')}, the fact of ${f[0] === f[1] ? f[0] : f.join('–')} within it` : undefined;
  },
};
