import type { JudgementRule } from './rule';

/**
 * "In 2023 the special mobile groups travelled to the scene of reported torture in 126 cases": a number of instances
 * ("in N cases") counts how often its clause's act happened. It is not the count of a fact whose words never say that
 * act (torture registered), however many of its other words the sentence shares.
 */
export const instancesOfAnotherAct: JudgementRule = {
  id: 'instances-of-another-act',
  doc: 'The figure is a number of instances ("in N cases") of an act its clause names and the fact\'s words do not.',
  blocksAgreement: false,
  examples: {
    ok: ['In 2023 prosecutors interviewed the alleged victims of torture in person in 140 cases.'],
    notOk: ['In 2023 pre-trial investigations into torture were discontinued in 95 cases.'],
  },
  veto: (p) => (p.instancesOf && !p.factVerbStems.has(p.instancesOf) ? `it counts the instances of "${p.instancesOf}…", which the fact's words do not say` : undefined),
};
