import type { JudgementRule } from './rule';

/**
 * "Since the Fund began, 58 persons were compensated as victims of torture": a claim that names no period anywhere
 * (its sentence, what it carries, its table's headers, its headings) does not say which year of a series the source
 * states year by year (262 in 2020, 944 in 2021, …) it would be; no one year's value contradicts it.
 */
export const undatedClaim: JudgementRule = {
  id: 'undated-claim',
  doc: 'The claim names no period; the fact is the value of one year of a series its source states for several years.',
  blocksAgreement: false,
  examples: {
    ok: ['Compensation from the Fund was received by 58 victims.'],
    notOk: ['In 2020, compensation from the Fund was received by 58 victims.'],
  },
  veto: (p) => (p.undatedAgainstYear ? `the claim names no period; the fact is the value for ${p.undatedAgainstYear} of a series` : undefined),
};
