import type { JudgementRule } from './rule';

/** "18 of the 190 complaints", "Of these, 12 …": a part of a whole is not a value for the whole. */
export const partOfWhole: JudgementRule = {
  id: 'part-of-a-whole',
  doc: 'The figure counts a part of something ("18 of the complaints"); the fact is a whole.',
  blocksAgreement: true,
  examples: {
    ok: [
      'Only 12 of the torture complaints recorded by the National Center for Human Rights in 2023 led to criminal cases.',
      // (A whole, then a finding reported of it.)
      "Of the 1,058 victims compensated by the Fund in 2022, our reading of the prosecutors' releases suggests that only 31 were victims of torture.",
    ],
    notOk: ['The courts convicted 1,413 persons, 587 of whom were convicted of participating in mass riots.'],
  },
  veto: (p) => (p.partOf && !p.factIsPart ? 'it counts a part; the fact counts a whole' : undefined),
};
