import type { JudgementRule } from './rule';

/** "1,140 persons were treated" does not speak of a count of hospitals: the counted things differ. */
export const countedThingDiffers: JudgementRule = {
  id: 'counted-thing-differs',
  doc: 'The figure counts another thing than the fact (persons, not facilities; acts, not cases).',
  blocksAgreement: true,
  examples: {
    ok: [
      'In 2023 the tuberculosis hospital for convicts treated 1,140 persons.',
      // A noun the lists do not know as people ("posts") is no count of persons; the head noun "victims" is no count of things.
      'At the end of 2023 the penal institutions reported 140 vacant posts for doctors.',
      'Compensation from the Fund covered seven victims of category 1 crimes.',
    ],
    notOk: ['Health care for prisoners includes three inpatient facilities, a tuberculosis hospital and a psychiatric hospital.'],
  },
  veto: (p) => (p.counted === 'different' ? 'it counts something else' : undefined),
};
