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
    ok: ['In 2024, 61 victims of torture received payments from the Fund.'],
    notOk: ['In 2024 the courts were still hearing 76 defendants in the January 2022 cases.', '## The January 2022 events\n\nBy 2024, 1,500 persons had been convicted.'],
  },
  veto: (p) => {
    const c = p.claimPeriod;
    if (!c || p.factPeriod || !p.factEventYears.length || p.periodNamesEvents || p.claimNamesFactEvents) return undefined;
    if (p.factEventYears.some((y) => y >= c[0] && y <= c[1])) return undefined;
    return `the fact counts the events of ${p.factEventYears.join(', ')}; the claim speaks of ${c[0] === c[1] ? c[0] : c.join('–')} and does not name them`;
  },
};
