import type { JudgementRule } from './rule';

/**
 * "That is, the State itself attributes nine of the civilian deaths to torture": a figure the claim gives as the
 * State's own is not borne out by an NGO's statement of the same topic ("at least six … died as a result of torture"),
 * whose bound nine would satisfy; the State's own figure decides.
 */
export const asserterDiffers: JudgementRule = {
  id: 'asserter-differs',
  doc: "The claim gives the figure as the State's own; the fact is an NGO's statement.",
  blocksAgreement: true,
  blocksLooseAgreement: true,
  examples: {
    ok: ['According to the Government, the NGO Coalition has more than 90 members.'],
    notOk: ['That is, the State itself attributes nine of the civilian deaths in January 2022 to torture.'],
  },
  veto: (p) => (p.claimByState && p.factNgoStatement ? "the claim gives the State's figure; the fact is an NGO's statement" : undefined),
};
