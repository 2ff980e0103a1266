import type { JudgementRule } from './rule';

/**
 * "NPM recommendations implemented in 2023 alone: 1,240" counts the recommendations acted upon, a part of the more than
 * 3,000 made: the figure's own words say what came of the things counted (implemented, executed, fulfilled), and the
 * fact's measure says nothing of such an outcome. The event check alone sees the recommendations on both sides.
 */
export const outcomeUnnamed: JudgementRule = {
  id: 'outcome-unnamed',
  doc: "The claim's own words say what came of the things it counts (implemented, executed); the fact's measure names no such outcome.",
  blocksAgreement: true,
  blocksLooseAgreement: true,
  examples: {
    ok: ['- NPM recommendations implemented in 2023 alone: 1,240.'],
    notOk: ['In 2023 NPM participants made 2,400 recommendations after their preventive visits.'],
  },
  veto: (p) => (p.claimFamilies.has('outcome') && !p.factFamilies.has('outcome') ? `it speaks of ${[...p.claimEvents].join(', ')}; the fact's measure says nothing of what came of them` : undefined),
};
