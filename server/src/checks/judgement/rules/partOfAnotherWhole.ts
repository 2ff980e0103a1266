import type { JudgementRule } from './rule';

/**
 * "Of the 43 convicted, 29 received custodial sentences" is a part of the draft's 43, not of the 1,273 convicted whose
 * breakdown the fact belongs to: two parts are one measure only when their wholes are. Only where the claim's sentence
 * states its whole's value and the fact is a stated part of wholes of other values, or of none while its source's
 * paragraph states no figure of that value ("211 918 persons … Among the said persons, 38 were victims of torture").
 */
export const partOfAnotherWhole: JudgementRule = {
  id: 'part-of-another-whole',
  doc: "The claim's figure is a part of a whole its sentence states; the fact is a part of wholes of other values.",
  blocksAgreement: true,
  examples: {
    ok: [
      'Of the 58 officials convicted of torture in Aktobe region, 24 were sentenced to imprisonment.',
      // Every item of a list drawn from the stated whole, after a semicolon too.
      'No breakdown by sex is published; of the 140 complainants assisted in 2023, 80 were men, 44 were women and 16 were children.',
    ],
    notOk: [
      'Of the 1,273 persons convicted in the January 2022 cases, 530 were convicted for participating in mass riots.',
      // (A later statement of the whole: the 215 of the 1,273 are told against the 1,413 that update it.)
      'By the courts, 1 413 persons were convicted in the said cases, of whom 251 were sentenced to imprisonment.',
    ],
  },
  veto: (p) => {
    // ("In 2023 legal aid was rendered to 211 918 persons. Among the said persons, 38 were victims of torture.")
    if (p.wholeElsewhere) return `the claim is a part of ${p.wholeElsewhere}; the fact's source states no such whole with it`;
    const whole = p.claimWhole;
    // (A whole another statement gives for the fact's whole's measure is that whole, told later or by another: "1 413
    // persons were convicted …, of whom 215 were sentenced to imprisonment", where 215 is of the 1,273 the 1,413 updates.)
    const near = (v: number) => Math.abs(v - whole!) <= Math.max(1, whole! * 0.01);
    if (whole === undefined || !p.factWholes.length || p.factWholes.some(near) || p.factWholesRestated.some(near)) return undefined;
    return `the claim is a part of ${whole}, the fact of ${p.factWholes.join(', ')}`;
  },
};
