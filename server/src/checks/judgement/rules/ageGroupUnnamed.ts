import type { JudgementRule } from './rule';

/**
 * "Of them, 23 were aged over 60" and the 19 law enforcement officers killed: a figure whose own words bound an age
 * counts an age group, which a fact that names no age group (minors, children, the elderly) does not count.
 */
export const ageGroupUnnamed: JudgementRule = {
  id: 'age-group-unnamed',
  doc: 'The figure counts an age group its own words bound ("aged over 60"); the fact names no age group.',
  blocksAgreement: false,
  examples: {
    ok: ['In January 2022, 238 people were killed, 19 of them law enforcement officers. Of them, 23 were aged over 60.'],
    notOk: ['In January 2022, 238 people were killed, 19 of them law enforcement officers. Of them, 23 were officers.'],
  },
  veto: (p) => (p.ageGroupUnnamed ? 'it counts an age group its words bound; the fact names none' : undefined),
};
