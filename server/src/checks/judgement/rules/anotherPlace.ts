import type { JudgementRule } from './rule';

/**
 * "Six detainees died of torture: two in Almaty, three in East Kazakhstan and two in Taldykorgan": the last "two" is
 * said of Taldykorgan, and the source's two deaths in Almaty are not its measure, whatever their value. Where the claim
 * names one place and the fact's measure another, the pair is two places' figures: not even an equal value agrees.
 */
export const anotherPlace: JudgementRule = {
  id: 'another-place',
  doc: "The claim names a place, and the fact's measure names another one.",
  blocksAgreement: true,
  blocksLooseAgreement: true,
  examples: {
    ok: ['In Kostanay, two people died as a result of torture in custody.'],
    notOk: ['In Almaty, three detainees died as a result of torture after the January 2022 events.'],
  },
  // (The claim's own words, not its sentence's: "two in Almaty, three in East Kazakhstan and two in Taldykorgan".)
  veto: (p) => (p.placesApart ? `the claim is about ${p.placesApart.claim.map((x) => `"${x}"`).join(', ')}, the fact about ${p.placesApart.fact.map((x) => `"${x}"`).join(', ')}` : undefined),
};
