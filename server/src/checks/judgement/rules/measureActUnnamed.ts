import type { JudgementRule } from './rule';

/**
 * "The clinic represented 14 people detained in Almaty" and detainees who died of torture in Almaty: the figure's
 * words name those the fact counts by another thing that befell them (they were detained), but not what the fact's
 * measure says happened to them (they died). The event families overlap only through the noun for those counted
 * ("detainees"), so the event check alone would take them for one measure.
 */
export const measureActUnnamed: JudgementRule = {
  id: 'measure-act-unnamed',
  doc: "What the fact's measure says happened to those it counts (its verb: died, convicted) is of no family the figure's words name, and they name another act.",
  blocksAgreement: false,
  examples: {
    ok: [
      'The clinic represented 14 people detained in Almaty in January 2022.',
      'Our lawyers defended 12 people detained in Taldykorgan in January 2022.',
    ],
    notOk: [
      // The sentence names the conviction outside the figure's clause.
      'The courts convicted 1,413 persons, 570 of them for participating in and organizing mass riots.',
      'Five people detained in Almaty in January 2022 died as a result of torture.',
      // The sentence before says what happened to those the figure counts.
      'Special prosecutors brought to criminal responsibility 50 employees of law enforcement bodies.\n\nAmong them are 13 employees of the National Security Committee and 37 employees of the Ministry of Internal Affairs.',
    ],
  },
  veto: (p) => {
    if (!p.claimEvents.size || !p.measurePredicateFamilies.size || !p.actsApart) return undefined;
    // (Its sentence may name it outside the figure's clause, and "Of these, 39 were officers of the Ministry": the
    // sentence it carries its subject from may say what befell them.)
    if ([...p.measurePredicateFamilies].some((f) => p.claimFamilies.has(f) || p.contextFamilies.has(f))) return undefined;
    return `it speaks of ${[...p.claimEvents].join(', ')}; the fact's measure says ${[...p.measurePredicates].join(', ')}`;
  },
};
