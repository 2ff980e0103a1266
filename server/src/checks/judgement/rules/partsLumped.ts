import type { JudgementRule } from './rule';

/**
 * "| Other (deferral, release under amnesty, death, limitation period) | 29 |": the figure's own words name several
 * parts of the breakdown the fact belongs to (deferred, amnestied, died, time-barred), so it counts them together, not
 * the one part the fact counts.
 */
export const partsLumped: JudgementRule = {
  id: 'parts-lumped',
  doc: "The figure's own words name two or more parts of the breakdown the fact is a part of: it counts them together.",
  blocksAgreement: true,
  examples: {
    ok: [
      '| Outcome of all convictions for the January events | Persons |\n|---|---|\n| Imprisonment | 294 |\n| Other (deferral, release under amnesty, death, limitation period) | 29 |\n',
      '| Outcome of all convictions for the January events | Persons |\n|---|---|\n| Imprisonment | 294 |\n| Released under amnesty or deferred | 9 |\n',
    ],
    notOk: ['| Outcome of all convictions for the January events | Persons |\n|---|---|\n| Imprisonment | 294 |\n| Released under amnesty | 9 |\n'],
  },
  veto: (p) => (p.partsNamed >= 2 ? `its own words name ${p.partsNamed} parts of the breakdown the fact is a part of` : undefined),
};
