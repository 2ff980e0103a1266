import type { JudgementRule } from './rule';

/**
 * A contradiction needs the counted thing on both sides. "The Coalition had seen 109 closed" states no counted noun: unless the sentence, the subject carried from the previous one, the headings or a neighbouring figure's
 * breakdown name what the fact counts, the figure may count anything.
 */
export const countedThingUnconfirmed: JudgementRule = {
  id: 'counted-thing-unconfirmed',
  doc: 'Nothing near the figure names what the fact counts.',
  blocksAgreement: false,
  examples: {
    ok: ['By late December 2022 the Coalition had seen 109 closed.'],
    notOk: [
      'In 2023 the Unified Register of Pre-Trial Investigations recorded 240 under torture.',
      // The subject "They" carries names what is counted: the registrations of the sentence before.
      'The register counted 630 registrations of torture in 2015.\n\nThey rose to 697 in 2016.',
    ],
  },
  veto: (p) => (p.counted === 'unstated' && !p.countedInContext && !p.anchored ? 'nothing near it names what is counted' : undefined),
};
