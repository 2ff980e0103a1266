import type { JudgementRule } from './rule';

/** A source written in 2023 cannot speak of 2024: a figure dated after the fact's source is another measure. */
export const periodAfterSource: JudgementRule = {
  id: 'period-after-source',
  doc: 'The claim dates the figure after the fact was stated.',
  blocksAgreement: true,
  examples: {
    ok: ['In 2025, 1,500 victims received payments from the Victims Compensation Fund.'],
    notOk: ['In 2023, the Victims Compensation Fund paid compensation to 350 victims.'],
  },
  veto: (p) => (p.claimPeriod && p.assertedYear !== undefined && p.claimPeriod[0] > p.assertedYear ? `the claim speaks of ${p.claimPeriod[0]}, after the source (${p.assertedYear})` : undefined),
};
