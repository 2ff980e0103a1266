import type { JudgementRule } from './rule';

/**
 * "Among the gunshot victims, 37 were women" and the 54 women among the injured civilians: the figure is drawn from a
 * group its words single out ("gunshot"), a part of the fact's whole, unless the fact's words name that group too.
 */
export const drawnFromUnnamed: JudgementRule = {
  id: 'drawn-from-unnamed',
  doc: 'The figure is drawn from a group of persons its words single out ("Among the gunshot victims"); the fact does not name that group.',
  blocksAgreement: false,
  examples: {
    ok: ['In January 2022, 1,151 civilians were injured. Among the gunshot victims, 37 were women.'],
    notOk: ['In January 2022, 1,151 civilians were injured. Among the injured civilians, 37 were women.'],
  },
  veto: (p) => (p.drawnFromUnnamed.length ? `it is drawn from the ${p.drawnFromUnnamed.join(' ')} group, which the fact does not name` : undefined),
};
