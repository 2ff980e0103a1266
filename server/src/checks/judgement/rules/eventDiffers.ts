import type { JudgementRule } from './rule';

/** "3,393 officers were injured" and a count of members of a council: what happened to those counted differs. */
export const eventDiffers: JudgementRule = {
  id: 'event-differs',
  doc: 'The figure and the fact count events of different families (people injured, not convicted; buildings damaged, not people detained).',
  blocksAgreement: true,
  examples: {
    ok: ['In 2023, the prisons employed 4,120 doctors.'],
    notOk: ['In 2023, 1,420 persons were convicted in the January events cases.'],
  },
  veto: (p) => {
    if (!p.claimEvents.size || !p.factEvents.size) return undefined;
    for (const e of p.claimFamilies) if (p.factFamilies.has(e)) return undefined;
    return `it speaks of ${[...p.claimEvents].join(', ')}, the fact of ${[...p.factEvents].join(', ')}`;
  },
};
