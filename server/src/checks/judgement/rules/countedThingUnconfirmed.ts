import type { JudgementRule } from './rule';

/**
 * A contradiction needs the counted thing on both sides. "From them in criminal process – 109,466" states no counted
 * noun: unless the sentence, the subject carried from the previous one, the headings or a neighbouring figure's
 * breakdown name what the fact counts, the figure may count anything.
 */
export const countedThingUnconfirmed: JudgementRule = {
  id: 'counted-thing-unconfirmed',
  doc: 'Nothing near the figure names what the fact counts.',
  examples: {
    ok: ['In 2023 state-guaranteed legal aid went to 211,918 persons, from them in criminal process - 109,466.'],
    notOk: ['In 2023, 958 criminal cases of torture were registered in the Unified Register of Pre-Trial Investigations.'],
  },
  veto: (p) => (p.counted === 'unstated' && !p.countedInContext && !p.anchored ? 'nothing near it names what is counted' : undefined),
};
