import type { JudgementRule } from './rule';

/**
 * "In 2023, 348 victims received payments" is not a count of the victims of "the January 2022 torture cases": a fact
 * about events a month and year name, with no period of its own, is not the measure of a claim that puts its figure in
 * other years and names no such events anywhere near it (its sentence, the sentence it carries, its headings, its
 * paragraph).
 */
export const eventsOfAnotherYear: JudgementRule = {
  id: 'events-of-another-year',
  doc: "The fact counts events a month and year name (\"the January 2022 cases\"); the claim's period is other years and it does not name them.",
  blocksAgreement: true,
  examples: {
    ok: ['In 2023, 61 victims of torture received payments from the Fund.', 'In 2024, for torture 26 persons were convicted.', '# Report on the activity of the Commissioner in 2024\n\n## Appeals\n\nBy subject, 1,134 complaints concerned places of detention.'],
    notOk: ['In 2024 the courts were still hearing 46 defendants in the January 2022 cases.', 'By July 2024, 26 law enforcement officers had been convicted of torture.', '## The January 2022 events\n\nBy 2024, 1,500 persons had been convicted.'],
  },
  veto: (p) => {
    // (A heading's year is enough to doubt: "## 3.8. Appeals to the Commissioner" under "Chapter 3 … in 2024".)
    const c = p.claimPeriod ?? p.headingPeriod;
    // (A running total "as of" a day has no period of its own: "In 2024, 26 persons were convicted" is no count of the
    // January 2022 cases as of July 2024.)
    // (So has a count that runs from the events to a later day: "from January 2022 to July 2024, 566 complaints".)
    const running = p.factIsRunningTotal || (!!p.factPeriod && p.factPeriod[1] > p.factPeriod[0] && p.factEventYears.includes(p.factPeriod[0]));
    const undated = !p.factPeriod || (running && (p.claimInOneYear || (!p.claimPeriod && !!c && c[0] === c[1])));
    if (!c || !undated || !p.factEventYears.length || p.periodNamesEvents || p.claimNamesFactEvents) return undefined;
    if (p.factEventYears.some((y) => y >= c[0] && y <= c[1])) return undefined;
    return `the fact counts the events of ${p.factEventYears.join(', ')}; the claim speaks of ${c[0] === c[1] ? c[0] : c.join('–')} and does not name them`;
  },
};
