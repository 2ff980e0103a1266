import type { PairFeatures } from '../features';

/**
 * A named decision rule of the figure judgement, in the manner of remark-lint's rules: an id, what it says, and
 * example sentences that test/unit/judgementRules.test.ts runs through the whole engine. A rule reads the features of
 * one figure–fact pair and, when the pair is not the same measure, says why: the figure is then not called
 * contradicted by that fact.
 */
export interface JudgementRule {
  id: string;
  /** What the rule says, as the hover and `npm run eval:claims` show it. */
  doc: string;
  examples: {
    /** Sentences whose figures no fact contradicts because of this rule (each decided by it). */
    ok: string[];
    /** Sentences of the same shape whose figure is contradicted all the same: the rule's edge. */
    notOk: string[];
  };
  /**
   * Whether the difference also keeps an equal value from agreeing. A value that equals a fact the claim plausibly
   * speaks about is never a mismatch, so only a difference the claim itself states (another place, another event,
   * another counted thing) stands against it; what the claim merely leaves unsaid does not.
   */
  blocksAgreement: boolean;
  /**
   * Whether the difference also keeps a value that merely agrees (a bound it satisfies, a close fit of its words) from
   * agreeing. Only a difference the claim states outright and that leaves no doubt (one place named against another)
   * does: most differences only say the pair may not be the same measure.
   */
  blocksLooseAgreement?: boolean;
  /** Why the pair is not the same measure, or undefined when this rule sees no difference. */
  veto(p: PairFeatures): string | undefined;
}
