import type { JudgementRule } from './rule';

/**
 * "The regional department gives its design capacity as 380 places" is not the occupancy limit of the facilities
 * "to be built": a plan or a projection is the measure of a claim that speaks of one ("will", "planned", "by 2030",
 * "to be built"), not of a count of what is. (A claim that says the thing was done is plan-versus-done's.)
 */
export const planUnnamed: JudgementRule = {
  id: 'plan-unnamed',
  doc: 'The fact is a plan or a projection; the claim names no plan.',
  blocksAgreement: false,
  examples: {
    ok: ['The regional penitentiary department gives the design capacity of the prison as 1,600 places.'],
    notOk: ['Under the public-private partnership mechanism, penal facilities with an occupancy limit of 1,200 places are to be built.'],
  },
  veto: (p) => (p.factPlanned && !p.claimNamesPlan && !p.claimDone ? 'the fact is a plan or a projection; the claim names no plan' : undefined),
};
