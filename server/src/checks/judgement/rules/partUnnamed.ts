import type { JudgementRule } from './rule';

/**
 * "Of the 52 convicted persons, 40 had served in criminal police units": the figure is a part
 * of the whole the fact is a part of, but the words that tell the fact's part from that whole ("serving a sentence in
 * the form of imprisonment") are not the figure's. Another part of the same whole is another measure.
 */
export const partUnnamed: JudgementRule = {
  id: 'part-unnamed',
  doc: "The figure is drawn from the whole the fact is a part of, and names none of the words that tell the fact's part from that whole.",
  blocksAgreement: false,
  examples: {
    ok: [
      // (The sentence before states the whole, which the fact's breakdown of imprisonment and probation divides.)
      'The survey reached 52 persons convicted of torture.\n\nOf the 52 convicted persons, 40 had served in criminal police units.',
      'The survey reached 52 persons convicted of torture.\n\nOf the 52 convicted persons, 38 had served in the patrol police.',
    ],
    notOk: [
      'The survey reached 52 persons convicted of torture.\n\nOf the 52 convicted persons, 19 were serving a sentence of imprisonment.',
      'Over the past five years, of the 52 persons convicted of torture, 30 were under the control of the probation service.',
    ],
  },
  veto: (p) => {
    const w = p.partWords;
    if (!w || !w.terms || w.termsNear || w.measureNear >= 2) return undefined;
    // (Only a part of the fact's own whole: a part of another whole is part-of-another-whole's.)
    const whole = p.claimWhole;
    if (whole === undefined || !p.factWholes.some((v) => Math.abs(v - whole) <= Math.max(1, whole * 0.01))) return undefined;
    return `it is a part of ${whole}, but names none of the words of the fact's part`;
  },
};
