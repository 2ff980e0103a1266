import type { JudgementRule } from './rule';

/**
 * "In 2023 the representatives of the Commissioner conducted 212 joint visits together with the participants of the
 * mechanism": joint visits are some of the visits, not the 461 the NPM made in all. A word before the counted noun that
 * singles out a kind of what is counted (wording list `part_modifiers`: joint, unannounced, repeat …) makes the figure a
 * part, unless the fact's own words name that kind.
 */
export const modifierUnnamed: JudgementRule = {
  id: 'modifier-unnamed',
  doc: "A word before the claim's counted noun singles out a kind of what is counted (joint, unannounced visits); the fact's words do not name it.",
  blocksAgreement: true,
  examples: {
    ok: ['In 2023 NPM participants made 212 joint visits with the regional representatives of the Commissioner.'],
    notOk: ['In 2023 NPM participants made 416 preventive visits.'],
  },
  veto: (p) => (p.modifierUnnamed ? `it counts "${p.modifierUnnamed}" ones; the fact's words do not name that kind` : undefined),
};
