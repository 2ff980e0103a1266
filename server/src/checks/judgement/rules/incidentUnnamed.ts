import type { JudgementRule } from './rule';

/**
 * "They kept him standing for nine hours without water" is not the six hours Fariza Ospan was held in a police circle
 * on 10 January 2021: how long one dated incident lasted is that incident's figure, and a claim speaks of it only where
 * it names the incident (its year, or a name its measure gives: the person, the town).
 */
export const incidentUnnamed: JudgementRule = {
  id: 'incident-unnamed',
  doc: 'The fact is how long one dated incident lasted; the claim names neither its year nor a name the fact gives.',
  blocksAgreement: false,
  examples: {
    ok: ['His mother said the officers kept him standing for nine hours without water.', 'In three of the facilities visited, video recordings were kept for only 14 days.'],
    notOk: ['Mikhail Kazantsev was reportedly chained to his hospital bed for 14 days.', 'On 10 January 2021, Fariza Ospan was held in the police circle for nine hours.'],
  },
  veto: (p) => (p.incidentUnnamed ? `the fact is how long one incident of ${p.incidentUnnamed} lasted, which the claim does not name` : undefined),
};
