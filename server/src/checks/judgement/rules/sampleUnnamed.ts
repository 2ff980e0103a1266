import type { JudgementRule } from './rule';

/**
 * "Face-to-face interviews were conducted with 1,620 respondents aged 18 and over" is not the 1,487 prosecutor's office
 * staff the State's study surveyed: a survey's sample is counted by who it reached, and a claim that names none of
 * them speaks of another survey.
 */
export const sampleUnnamed: JudgementRule = {
  id: 'sample-unnamed',
  doc: 'The fact counts those a survey reached and says who they were; the claim names none of those words.',
  blocksAgreement: false,
  examples: {
    ok: ['Face-to-face interviews were conducted with 1,620 respondents aged 18 and over in all regions.'],
    notOk: ["The study on combating torture surveyed 1,620 employees of the prosecutor's office."],
  },
  veto: (p) => (p.sampleUnnamed ? `the fact counts ${p.sampleUnnamed} a survey reached; the claim names none of them` : undefined),
};
