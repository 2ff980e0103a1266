import type { JudgementRule } from './rule';

/**
 * "10 cases, or 4.7 %, of the kidnapping crimes registered since 2019 were sent to court": a fact about another offence
 * than the checker's own topic (torture and ill-treatment) is what a claim speaks of only when the claim, the sentence it
 * carries, its paragraph or its headings name that offence (the wording list `offences`).
 */
export const offenceUnnamed: JudgementRule = {
  id: 'offence-unnamed',
  doc: "The fact's measure is about another offence (kidnapping, trafficking, …) than torture, which nothing around the claim names.",
  blocksAgreement: false,
  examples: {
    ok: [
      // Article 146 of the Criminal Code is torture.
      'Between 2019 and April 2023, only 3.6 per cent of the crimes registered under article 146 were sent to court.',
      'Between 2019 and April 2023, only 3.6 per cent of registered crimes were sent to court.',
    ],
    notOk: [
      'Between 2019 and April 2023, only 3.6 per cent of registered bride kidnapping crimes were sent to court.',
      // Named in the heading.
      '## Bride kidnapping\n\nBetween 2019 and April 2023, only 3.6 per cent of the registered crimes were sent to court.',
    ],
  },
  veto: (p) => (p.offenceUnnamed ? `the fact is about ${p.offenceUnnamed}, which nothing around the claim names` : undefined),
};
