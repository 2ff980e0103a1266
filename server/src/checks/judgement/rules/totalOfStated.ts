import type { JudgementRule } from './rule';

/**
 * "In 2023, 449 persons held without legal grounds were released …. In addition to them, 603 citizens were released from
 * temporary detention facilities. Altogether, 1,052 persons were thus freed": a figure the text gives as the total of
 * figures it stated before includes each of them. A fact of one of those values (the 603) is a part of the total, not a
 * rival value for it; that the text states the fact's value itself says the writer knows it.
 */
export const totalOfStated: JudgementRule = {
  id: 'total-of-stated',
  doc: "The claim gives its figure as the total of figures its text stated before it; the fact's value is one of them.",
  blocksAgreement: true,
  examples: {
    ok: ['In 2023, 449 persons held without legal grounds were released from police premises and 603 citizens from temporary detention facilities. Altogether, 1,052 persons were thus released in 2023 after checks by procurators.'],
    notOk: ['Altogether, 630 citizens were released from temporary detention facilities in 2023 as a result of procurators\' reviews of the lawfulness of detention.'],
  },
  veto: (p) => (p.totalOfStated ? "it is a total of figures its text states, the fact's value among them" : undefined),
};
