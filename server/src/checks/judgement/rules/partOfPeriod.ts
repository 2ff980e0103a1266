import type { JudgementRule } from './rule';

/**
 * "At the trauma centre doctors registered 173 people with injuries in the first week of January": a count of the
 * first week, or the first half of a year, is a part of the month's or the year's count, not a rival value for it,
 * unless the fact itself counts that part.
 */
export const partOfPeriod: JudgementRule = {
  id: 'part-of-period',
  doc: 'The claim counts a part of a month or year (its first week, its first half) that the fact does not single out.',
  blocksAgreement: true,
  examples: {
    ok: ['In the first half of 2021, 420 criminal cases of torture were registered.', 'In the first week of January 2022, 300 civilians sought medical help.'],
    notOk: ['In 2021, 420 criminal cases of torture were registered.'],
  },
  veto: (p) => (p.partOfPeriod ? 'the claim counts a part of a month or year (its first week, its first half), the fact the whole' : undefined),
};
