import type { JudgementRule } from './rule';

/**
 * "Only three civil claims have produced awards above 1 million tenge" and the 11 civil claims the courts examined;
 * "14 detainees remained in custody for more than 12 months" and the defendants still on trial: a figure whose own
 * clause bounds what it counts by an amount or a span counts those beyond the bound, which a fact with no bound in its
 * measure does not.
 */
export const boundUnnamed: JudgementRule = {
  id: 'bound-unnamed',
  doc: 'The figure counts what its clause bounds by an amount or a span ("awards above 1 million tenge"); the fact names no bound.',
  blocksAgreement: false,
  examples: {
    ok: ['Lawyers told us that only three civil claims against convicted torturers have produced awards above 1 million tenge.'],
    notOk: ['Only three civil claims against convicted torturers have produced awards of damages since 2021.'],
  },
  veto: (p) => (p.boundUnnamed ? 'it counts what an amount or a span bounds; the fact names no bound' : undefined),
};
