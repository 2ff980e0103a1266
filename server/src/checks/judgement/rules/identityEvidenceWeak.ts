import type { JudgementRule } from './rule';

/**
 * A contradiction needs some of the fact's own words in the figure's sentence (or the subject it carries, or a table
 * cell's row and column): headings and the rest of the paragraph say what a text is about, not what one figure counts.
 */
export const identityEvidenceWeak: JudgementRule = {
  id: 'identity-evidence-weak',
  doc: "None of the fact's terms stands in the figure's sentence.",
  examples: {
    ok: ['## Suicides and self-harm in prisons\n\nThe prison library lent 2,120 books to inmates.'],
    notOk: ['## Suicides and self-harm in prisons\n\nIn 2023, 120 suicide attempts were prevented in prisons, 36 of them through video surveillance.'],
  },
  veto: (p) => (p.termsNear === 0 && !p.anchored ? "none of the fact's terms is in its sentence" : undefined),
};
