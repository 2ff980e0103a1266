import type { JudgementRule } from './rule';

/**
 * "14 of the 64 convicted officers received no real prison term" and the 50 who were sentenced to imprisonment: the
 * claim counts those of whom the fact's measure is not so, the rest of the same whole. A count told with a negation
 * is the same measure as a fact only when the fact's measure is negated too ("applicants who did not name anyone").
 */
export const negationDiffers: JudgementRule = {
  id: 'negation-differs',
  doc: "The claim says of what it counts that something did not happen, and the fact's measure counts those it did happen to.",
  blocksAgreement: false,
  examples: {
    ok: [
      'Over five years 64 persons were convicted of torture. Of them, 14 received no real prison term.',
      'Of the 64 persons convicted of torture in five years, 30 were not sent to prison, by our count.',
      // A share in apposition stands between the count and what is said of it.
      'Over the past five years 64 persons were convicted of torture, and 14 of them, that is, more than one in five, were not sentenced to real imprisonment.',
    ],
    notOk: [
      'Over five years 64 persons were convicted of torture. Of them, 30 were sentenced to imprisonment.',
      // A negation in a clause of its own speaks of others.
      'Over five years 64 persons were convicted of torture. Of them, 30 were sentenced to imprisonment, and none was acquitted.',
    ],
  },
  // (Not the other way round: a fact told with a negation, "recommendations not accepted", "cases suspended because the
  // suspect was not identified", is told as often without one: "rejected", "suspended".)
  // (Only against a measure that says what happened: an extracted fact's "share of applicants" leaves its verb, and with
  // it any negation, in the quote.)
  veto: (p) => (p.claimNegated && !p.factNegated && (p.measureEvents.size > 0 || p.measurePredicates.size > 0) ? 'the claim counts those it did not happen to; the fact those it did' : undefined),
};
