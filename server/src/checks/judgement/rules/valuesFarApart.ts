import type { Figure } from '../../../parse/figures';
import type { JudgementRule } from './rule';

/**
 * A wrong figure is a slip of a right one: digits swapped, a neighbour's value, a number off by some. A figure many
 * times larger or smaller than the fact ("3,500 internal investigations" against one case) is a count of something
 * else that shares the fact's words.
 */
export const valuesFarApart: JudgementRule = {
  id: 'values-far-apart',
  doc: 'The figure is more than five times larger or smaller than the fact: not a slip of it.',
  blocksAgreement: false,
  examples: {
    ok: ['Some 35,000 internal investigations were conducted in penal institutions over three years.'],
    notOk: ['Sanctions were imposed on 709 officials from pretrial investigation bodies (377 in 2022 and 322 in 2023).'],
  },
  // Shares are bounded and small counts slip far in ratio ("two" for "twelve"): the rule reads counts and amounts of 50
  // and more.
  veto: (p) => (tooFarApart(p.figure, p.fact.value, p.valueRatio) ? `${p.figure.value} and ${p.fact.value} are ${p.valueRatio >= 100 ? 'orders of magnitude' : `${Math.round(p.valueRatio)} times`} apart` : undefined),
};

/** How many times apart two values may be and still be one measure's right and wrong value. */
export const FAR_APART = 5;

/**
 * The rule's test, for a figure, a fact's value and their ratio (`ratioOf`): linking (../../../sources/factLinks) asks
 * it of a pair of facts before it reads the second back as a claim, since no pair the rules tell apart is linked.
 */
export function tooFarApart(figure: Pick<Figure, 'unit' | 'value'>, value: number | undefined, ratio: number): boolean {
  return figure.unit !== 'per-cent' && Math.max(figure.value, value ?? 0) >= 50 && ratio > FAR_APART;
}
