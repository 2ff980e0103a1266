import type { JudgementRule } from './rule';

/**
 * "| Other (deferral, release under amnesty, death, limitation period) | 29 |": a table row of the rest counts what is
 * left of a breakdown once its named parts are taken out. (Not "the remaining 183" in a sentence: the rest of a
 * breakdown of two is its other stated part.) A fact of a named part or of the
 * whole is another measure; only a fact that is itself such a rest ("other crimes") can be its measure.
 */
export const residualOfOther: JudgementRule = {
  id: 'residual-of-other',
  doc: "A table row of the rest of a breakdown ('Other …', 'Others'), or a figure told 'of other …'; the fact's measure is no such rest.",
  blocksAgreement: true,
  examples: {
    ok: [
      '| Outcome of all convictions for the January events | Persons |\n|---|---|\n| Imprisonment | 294 |\n| Other (deferral, release under amnesty, death, limitation period) | 29 |\n',
      // (A figure told "of other …" in a sentence.)
      'The courts considered cases against 42 persons. Of them, 35 were found guilty of torture and 6 of other official crimes.',
    ],
    notOk: ['| Outcome of all convictions for the January events | Persons |\n|---|---|\n| Imprisonment | 294 |\n| Released under amnesty | 29 |\n'],
  },
  veto: (p) => (p.residualOfOther ? 'it counts the rest of a breakdown; the fact counts no such rest' : undefined),
};
