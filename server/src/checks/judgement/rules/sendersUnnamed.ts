import type { JudgementRule } from './rule';

/**
 * "The Commissioner received 211 complaints from prisoners alleging torture" and the 447 torture complaints the
 * National Centre received in 2022: the claim counts the complaints of one kind of sender, a part of all of them,
 * unless the fact's own words name those senders too.
 */
export const sendersUnnamed: JudgementRule = {
  id: 'senders-unnamed',
  doc: 'The claim counts complaints from those it names ("from prisoners"); the fact does not name them.',
  blocksAgreement: false,
  examples: {
    ok: ['In 2022 the National Centre for Human Rights received 211 complaints from prisoners alleging torture.'],
    notOk: ['In 2022 the National Centre for Human Rights received 211 complaints alleging torture.'],
  },
  veto: (p) => (p.unnamedSenders.length ? `the claim counts complaints from ${p.unnamedSenders.join(', ')}; the fact does not name them` : undefined),
};
