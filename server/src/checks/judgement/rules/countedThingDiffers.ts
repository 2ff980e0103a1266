import type { JudgementRule } from './rule';

/** "1,140 persons were treated" does not speak of a count of hospitals: the counted things differ. */
export const countedThingDiffers: JudgementRule = {
  id: 'counted-thing-differs',
  doc: 'The figure counts another thing than the fact (persons, not facilities; acts, not cases).',
  blocksAgreement: true,
  examples: {
    ok: ['In 2023 the tuberculosis hospital for convicts treated 1,140 persons.'],
    notOk: ['Health care for prisoners includes three inpatient facilities, a tuberculosis hospital and a psychiatric hospital.'],
  },
  veto: (p) => (p.counted === 'different' ? 'it counts something else' : undefined),
};
