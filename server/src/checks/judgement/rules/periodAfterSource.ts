import type { JudgementRule } from './rule';

/**
 * A source written in 2023 cannot speak of 2024: a figure dated after the fact's source is another measure, unless the
 * fact itself is a projection for that time ("45.5 per cent, or 13,200 persons, by 2030" in a reply of 2024).
 */
export const periodAfterSource: JudgementRule = {
  id: 'period-after-source',
  doc: 'The claim dates the figure after the fact was stated.',
  blocksAgreement: true,
  examples: {
    ok: ['In 2025, 1,500 victims received payments from the Victims Compensation Fund.'],
    notOk: ['In 2023, the Victims Compensation Fund paid compensation to 350 victims.', 'By 2030, 45.5 per cent of inmates, or 12,300 persons, will be confined in cells.'],
  },
  veto: (p) => (p.claimPeriod && p.assertedYear !== undefined && p.claimPeriod[0] > p.assertedYear && !(p.factPeriod && p.factPeriod[0] <= p.claimPeriod[0] && p.claimPeriod[1] <= p.factPeriod[1]) ? `the claim speaks of ${p.claimPeriod[0]}, after the source (${p.assertedYear})` : undefined),
};
