import { compareDates } from '../../../facts/dates';
import type { JudgementRule } from './rule';

/**
 * "More than 4,000 people were injured …, 230 people died, the authorities said on March 14": a figure given as what
 * someone said on a day is the count of that day. A fact its source stated later for the same measure (238 killed, in
 * a reply of July 2024) is the count of a later day, not a contradiction, unless the fact quotes that very statement.
 * A statement day without its year may be any year: when in doubt, nothing is said.
 */
export const statedBeforeFact: JudgementRule = {
  id: 'stated-before-fact',
  doc: "The claim gives the figure as a statement of a day before the fact's source spoke (or of a day whose year it does not say).",
  blocksAgreement: false,
  examples: {
    ok: [
      'The authorities said on March 14 that 245 people had been killed in the January 2022 events.',
      'On 14 March 2022, the Government said that 245 people had been killed in the January 2022 events.',
      // A statement of a month before the fact's source: "In July 2023 … said" against a reply of 2024.
      'In July 2023 the Anti-Corruption Agency said that 280 torture investigations of the January events had been terminated.',
    ],
    notOk: ['On 14 March 2022 the General Prosecutor stated that 250 criminal cases on torture and abuse of power had been opened.'],
  },
  veto: (p) => {
    const s = p.statedOn;
    if (!s || s.inFact) return undefined;
    if (s.noYear) return `the claim gives a statement of ${s.date[1]}/${s.date[0]} of no stated year`;
    const order = compareDates(s.date, p.assertedOn);
    return order !== undefined && order < 0 ? `the claim gives a statement of ${s.date.join('-')}, before the fact's source (${p.assertedOn.join('-')})` : undefined;
  },
};
