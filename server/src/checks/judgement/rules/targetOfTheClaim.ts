import type { JudgementRule } from './rule';

/**
 * "I therefore propose: to raise compensation for victims of torture to at least 150 MCI" gives a value the writer
 * asks for, not one the sources could contradict: the 30 MCI the law now sets is what is, the 150 what is proposed.
 */
export const targetOfTheClaim: JudgementRule = {
  id: 'target-of-the-claim',
  doc: 'The claim gives a value someone proposes or aims at; the fact is no plan.',
  blocksAgreement: false,
  examples: {
    ok: [
      'We therefore propose to raise the compensation for victims of torture to at least 150 MCI.',
      // (A clause that opens on the bare verb: an item of what a party "will" do, or of a recommendation.)
      "Double the annual budget of the national preventive mechanism, from today's 54.5 million tenge to 109 million tenge.",
    ],
    notOk: ['The law sets the compensation for victims of torture at no less than 60 MCI.'],
  },
  veto: (p) => (p.claimTarget && !p.factPlanned ? 'the claim gives a value proposed or aimed at; the fact is what is' : undefined),
};
