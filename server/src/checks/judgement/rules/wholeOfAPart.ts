import type { JudgementRule } from './rule';

/**
 * "44 of the 64 were police officers": the 64 is the whole the officers are drawn from, and what the sentence says
 * ("were police officers") is said of the 44. The whole is not the measure of a fact that is itself a stated part
 * (the 49 officers prosecuted, a part of those prosecuted), whatever words of the part's the sentence holds.
 */
export const wholeOfAPart: JudgementRule = {
  id: 'whole-of-a-part',
  doc: "The claim's figure is the whole a part of its sentence is drawn from (\"44 of the 64\", \"Of the 43 convicted, 29 …\"); the fact is a stated part.",
  blocksAgreement: true,
  examples: {
    ok: ['According to the court records, 30 of the 58 were police officers of the Ministry of Internal Affairs.'],
    notOk: ['Of the 1,500 persons convicted in the January 2022 cases, 578 were convicted of mass riots.'],
  },
  veto: (p) => (p.claimIsWhole && p.factIsPart ? 'it counts the whole a part is drawn from; the fact counts a part' : undefined),
};
