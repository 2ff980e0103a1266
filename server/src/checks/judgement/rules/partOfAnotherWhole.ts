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
    notOk: ['Of the 1,273 persons convicted in the January 2022 cases, 530 were convicted for participating in mass riots.'],
  },
  veto: (p) => {
    // ("In 2023 legal aid was rendered to 211 918 persons. Among the said persons, 38 were victims of torture.")
    if (p.wholeElsewhere) return `the claim is a part of ${p.wholeElsewhere}; the fact's source states no such whole with it`;
    const whole = p.claimWhole;
    if (whole === undefined || !p.factWholes.length || p.factWholes.some((v) => Math.abs(v - whole) <= Math.max(1, whole * 0.01))) return undefined;
    return `the claim is a part of ${whole}, the fact of ${p.factWholes.join(', ')}`;
  },
};
