import type { JudgementRule } from './rule';

/**
 * "Only 9 of them received a payment, averaging 118,000 tenge": an average of what some were paid is not the fixed
 * amount a law sets for a category, nor any other amount the source does not give as an average; nor is "The
 * average payment they received was about 118 thousand tenge", an average told as the subject the figure was.
 */
export const averageOfAnother: JudgementRule = {
  id: 'average-of-another',
  doc: "The claim's figure is an average; the fact's measure is an amount that is not one.",
  blocksAgreement: false,
  examples: {
    ok: [
      'The Fund\'s payments to victims of torture averaged 118,000 tenge.',
      // (An average as the clause's subject, the figure what it was.)
      'The average compensation the Fund paid to victims in the first category was about 118,000 tenge.',
    ],
    notOk: ['Victims of torture in the first category receive a compensation of 118,000 tenge from the Fund.'],
  },
  veto: (p) => (p.averageOfOther ? "it is an average; the fact's amount is not" : undefined),
};
