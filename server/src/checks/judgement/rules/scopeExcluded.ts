import type { JudgementRule } from './rule';

/**
 * "the Coalition had recorded 212 torture complaints in 2022 that were unrelated to the January events": the sentence
 * sets aside what the fact counts (the Coalition's complaints about the January events); it counts the rest, which
 * is neither what it sets aside nor the whole of which that is a part.
 */
export const scopeExcluded: JudgementRule = {
  id: 'scope-excluded',
  doc: "The claim's sentence sets aside ('unrelated to', 'other than', 'excluding') what the fact's measure, or a stated part of it, names.",
  blocksAgreement: true,
  examples: {
    ok: [
      'The NGO Coalition registered 240 torture complaints in 2022 that were unrelated to the January events.',
      'Excluding the January 2022 events, the courts convicted 52 persons in 2022.',
      // Nor the whole the part it sets aside belongs to: the rest of the 1,413.
      'The courts convicted 1,413 persons in the January cases, 578 of them for mass riots.\n\nSo about 830 were convicted for something other than mass riots.',
    ],
    notOk: ['The NGO Coalition registered 240 torture complaints in connection with the January 2022 events and passed them on to the authorities.'],
  },
  veto: (p) => (p.excludedNamed.length ? `the claim sets aside ${p.excludedNamed.join(', ')}, which the fact's measure names` : undefined),
};
