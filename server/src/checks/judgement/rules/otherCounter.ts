import type { JudgementRule } from './rule';

/** "Our monitors documented 12 deaths": an NGO's own count is not the State's figure for the same topic. */
export const otherCounter: JudgementRule = {
  id: 'other-counter',
  doc: "The claim gives the writer's own monitoring data; the fact is another body's count.",
  blocksAgreement: false,
  examples: {
    ok: ['Our monitors documented 12 complaints of torture in 2023.'],
    notOk: ['According to the Government, 183 complaints of torture about the January 2022 events had been registered by the end of 2022.'],
  },
  // (Told in the first person, it is the writer's own, not another NGO's either: "Our documentation centre has logged
  // 274 complaints …, against 190 registered by the NGO Coalition".)
  veto: (p) => (p.ownMonitoring && (!p.factByNgo || p.ownInFirstPerson) ? "it is the writer's own count; the fact is another body's" : undefined),
};
