import type { JudgementRule } from './rule';

/**
 * "104 of the 190 complaints, or 62 per cent, were closed" is a share of complaints, not the share of cases a source
 * gives ("about 80% of cases … are closed before trial"): two shares are one measure only when they are shares of the
 * same things. Only where both name what they are shares of in words the counted-noun lists know.
 */
export const shareBaseDiffers: JudgementRule = {
  id: 'share-base-differs',
  doc: 'The claim gives a share of other things than the fact is a share of.',
  blocksAgreement: true,
  examples: {
    ok: ['In 2022, 65 per cent of the complaints about unlawful methods of investigation were closed before trial.'],
    notOk: ['In 2022, 65 per cent of the cases involving unlawful methods of investigation were closed before trial.', 'In the past five years, 61 per cent of the persons convicted of torture were sentenced to real imprisonment.'],
  },
  veto: (p) => (p.alikeBases ? undefined : `the claim gives a share of ${p.claimShareBase}, the fact a share of ${p.factShareBase}`),
};
