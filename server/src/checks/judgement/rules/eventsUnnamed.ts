import type { JudgementRule } from './rule';

/**
 * "Today nine of our institutions have cell-type blocks, and in them live more than four thousand convicts" is not a
 * count of those convicted in the January 2022 cases: a fact about events a month and year name is what a claim speaks
 * of only when something around the claim dates it or names those events (its sentence, the sentence it carries, its
 * headings, its paragraph, the blocks before it in its section). The other side of events-of-another-year, for a claim
 * that gives no period at all.
 */
export const eventsUnnamed: JudgementRule = {
  id: 'events-unnamed',
  doc: 'The fact counts events a month and year name ("the January 2022 events"); nothing around the claim dates it or names them.',
  blocksAgreement: false,
  examples: {
    ok: ['## Conditions in penal institutions\n\nToday nine institutions have cell-type blocks, and more than four thousand convicts live in them.'],
    notOk: [
      '## After January 2022\n\nThe courts have convicted 1,500 persons, the Government says.',
      'The courts have convicted 1,500 persons in the January cases, the Government says.',
      'By the courts, 1 413 persons were convicted in the said cases, of whom 251 were sentenced to imprisonment.',
    ],
  },
  // (Not a candidate a neighbour's agreement anchors: "1 413 persons were convicted in the said cases, of whom 251 …",
  // whose 1,413 is the January cases' own total.)
  veto: (p) => (p.factEventsUnnamed && !p.anchored ? 'the fact counts the events of a named month; nothing around the claim dates it or names them' : undefined),
};
