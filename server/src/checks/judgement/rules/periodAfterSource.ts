import { compareDates } from '../../../facts/dates';
import type { JudgementRule } from './rule';

/**
 * A source written in 2023 cannot speak of 2024, nor one written in March of July: a figure dated after the fact's source is another measure, unless the
 * fact itself is a projection for that time ("45.5 per cent, or 13,200 persons, by 2030" in a reply of 2024).
 */
export const periodAfterSource: JudgementRule = {
  id: 'period-after-source',
  doc: 'The claim dates the figure after the fact was stated.',
  blocksAgreement: true,
  examples: {
    ok: [
      'In 2025, 1,500 victims received payments from the Victims Compensation Fund.',
      // A month after the source spoke (the coalition's submission of March 2023 quotes a count of 5 January 2023).
      'In July 2023 the Anti-Corruption Agency said that 380 complaint cases of the January events had been closed for lack of a crime.',
      // A whole year, against a reply written in its July.
      'In 2024 the courts convicted 15 persons of torture.',
      // A sentence set in a year after the source, the figure dated by none of its own.
      'At the 2024 index of 3,692 tenge, the minimum payment of 30 indices to a torture victim came to 110,760 tenge.',
    ],
    notOk: ['In 2023, the Victims Compensation Fund paid compensation to 350 victims.', 'By 2030, 45.5 per cent of inmates, or 12,300 persons, will be confined in cells.'],
  },
  veto: (p) => {
    const projection = (year: number) => !!p.factPeriod && p.factPeriod[0] <= year && year <= p.factPeriod[1];
    if (p.claimPeriod && p.assertedYear !== undefined && p.claimPeriod[0] > p.assertedYear && !(projection(p.claimPeriod[0]) && projection(p.claimPeriod[1]))) return `the claim speaks of ${p.claimPeriod[0]}, after the source (${p.assertedYear})`;
    // "At the 2024 index of 3,692 tenge, a payment of 30 indices came to 110,760 tenge": a figure its sentence gives no
    // year of its own is of the time the sentence is set in, when every year it names is after the source.
    const ys = p.claimYears;
    if (!p.claimPeriod && ys.length && p.assertedYear !== undefined && ys.every((y) => y > p.assertedYear! && !projection(y))) return `its sentence speaks of ${ys.join(', ')}, after the source (${p.assertedYear})`;
    // "For 2024 alone, 13 convictions for torture" against a reply of July 2024: a source written before a year ended
    // did not count all of it, unless the fact is of that year itself.
    const c = p.claimPeriod;
    if (c && c[0] === c[1] && p.claimInOneYear && !p.periodRelative && p.assertedYear === c[0] && p.assertedOn.length >= 2 && p.assertedOn[1]! < 12 && !(p.factPeriod && p.factPeriod[0] === c[0] && p.factPeriod[1] === c[0])) return `the claim speaks of all of ${c[0]}, the source wrote in ${p.assertedOn[1]}/${c[0]}`;
    // "In July 2023 the Agency reported 184 finished investigations": a month after a source of March 2023.
    const month = p.claimMonth;
    if (month && p.assertedOn.length >= 2 && (compareDates(month, p.assertedOn) ?? 0) > 0 && !(p.factPeriod && projection(month[0]!) && p.factPeriod[0] < month[0]!)) return `the claim speaks of ${month[1]}/${month[0]}, after the source (${p.assertedOn.slice(0, 2).reverse().join('/')})`;
    return undefined;
  },
};
