import type { JudgementRule } from './rule';

/**
 * "In 2023 alone, 19 officials were convicted for torture" and "17 – serving a sentence in the form of imprisonment"
 * of the 52 persons convicted of torture a survey reached: the fact counts those a survey or interviews reached, a
 * sample, and the claim names no survey, interview or other monitoring. It speaks of all of them.
 */
export const surveyUnnamed: JudgementRule = {
  id: 'survey-unnamed',
  doc: "The fact's measure counts those a survey or interviews reached; the claim's sentence names no survey, interview or monitoring.",
  blocksAgreement: false,
  examples: {
    ok: ['In 2023, 18 police officers convicted of torture were serving sentences of imprisonment.'],
    notOk: ['Of the 52 persons convicted of torture who took part in the survey, 19 were serving a sentence of imprisonment.'],
  },
  veto: (p) => (p.measurePredicates.has('interviewed') && !p.contextFamilies.has('monitoring') && !p.claimFamilies.has('monitoring') ? 'the fact counts those a survey reached; the claim names no survey' : undefined),
};
