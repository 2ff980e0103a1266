import type { JudgementRule } from './rule';

/**
 * How many times apart a figure and a fact must be for the rule to ask more of the words around the figure. (2 until
 * the tenth session; on the corpora read by then, the warnings it then let through with values 1.5–2 times apart,
 * fewer than two terms near and a weaker fit were right four times and wrong four times: a coin's toss is doubt.)
 */
export const FAR_VALUE = 1.5;
/** How many of the fact's terms must then stand near the figure… */
export const TERMS_FOR_A_FAR_VALUE = 2;
/** …unless the words around it fit the fact this well all the same (the figure check's score; a contradiction needs 4.5). */
export const CLEAR_FIT = 8;

/**
 * A writer who gets a sourced figure wrong is mostly near it: digits swapped, a neighbour's value, a number off by some.
 * A figure more than one and a half times or less than two thirds of the fact's is as often a count of something else the sources do not
 * state ("149 doctors' posts" against the 512 doctors, "1,126 preventive visits" in a neighbouring country against the
 * 461 the NPM made): such a value is called wrong only where the words around it name the fact's measure plainly: two
 * of its terms at least, or a fit as clear by the rest of its words (or a neighbouring figure of the sentence agrees
 * with a fact of the same breakdown). On the
 * blind corpora the engine had not been tuned on (the eighth session's starting code on the eighteenth to
 * twenty-ninth), the pairs with values so far apart and one term near were wrong warnings four times in five.
 */
export const farValueFewTerms: JudgementRule = {
  id: 'far-value-few-terms',
  doc: "The figure is more than 1.5 times or less than two thirds of the fact's value, and fewer than two of the fact's terms stand near it, with no clear fit otherwise: too little to call it a wrong value of that measure.",
  blocksAgreement: false,
  examples: {
    ok: ['The Ministry of Health told a parliamentary hearing in 2024 that 1,149 doctors worked in the penitentiary health service.'],
    notOk: [
      // Two of the fact's terms near it: the measure is named plainly.
      'In 2023 NPM participants made 961 preventive visits to places of detention.',
      // Near the fact's value, fewer terms will do.
      'In 2023 the NPM made 481 visits.',
      // Digits in another order are a slip of the pen, however far apart the values.
      'In 2023 the Fund paid out 94,456,000 tenge.',
    ],
  },
  // (Not digits in another order, "94,456,000" for 49,456,000: a slip of the pen, however far apart.)
  veto: (p) => (!p.anchored && !p.digitsSwapped && p.valueRatio > FAR_VALUE && p.termsNear < TERMS_FOR_A_FAR_VALUE && p.score < CLEAR_FIT ? `${p.figure.value} is ${p.valueRatio >= 10 ? 'many' : `${Math.round(p.valueRatio * 10) / 10}`} times ${p.figure.value > (p.fact.value ?? 0) ? 'the fact\'s value' : 'smaller than the fact\'s value'}, and only ${p.termsNear} of its terms ${p.termsNear === 1 ? 'stands' : 'stand'} near it` : undefined),
};
