import type { JudgementRule } from './rule';

/**
 * "1,120 places in cell-type premises were put into operation" is not the occupancy of the facilities "to be built": a
 * plan or a projection is not a count of what was done. Only where the claim's clause says the thing was done and names
 * no plan of its own ("will", "planned", "by 2030").
 */
export const planVersusDone: JudgementRule = {
  id: 'plan-versus-done',
  doc: 'The fact is a plan or a projection; the claim says the thing was done.',
  blocksAgreement: true,
  examples: {
    ok: ['In 2024, 1,200 places in cell-type premises were put into operation under the public-private partnership mechanism.'],
    notOk: ['Under the public-private partnership mechanism, penal facilities with an occupancy limit of 1,200 places are to be built.'],
  },
  veto: (p) => (p.factPlanned && p.claimDone ? 'the fact is a plan or a projection; the claim says it was done' : undefined),
};
