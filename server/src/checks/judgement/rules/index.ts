import type { PairFeatures } from '../features';
import { anotherMeasureOfTheRow } from './anotherMeasureOfTheRow';
import { anotherPlace } from './anotherPlace';
import { articleDiffers } from './articleDiffers';
import { averageOfAnother } from './averageOfAnother';
import { undatedClaim } from './undatedClaim';
import { incidentUnnamed } from './incidentUnnamed';
import { countedThingDiffers } from './countedThingDiffers';
import { countedThingUnconfirmed } from './countedThingUnconfirmed';
import { eventDiffers } from './eventDiffers';
import { outcomeUnnamed } from './outcomeUnnamed';
import { eventsOfAnotherYear } from './eventsOfAnotherYear';
import { planVersusDone } from './planVersusDone';
import { planUnnamed } from './planUnnamed';
import { targetOfTheClaim } from './targetOfTheClaim';
import { negationDiffers } from './negationDiffers';
import { spanUnnamed } from './spanUnnamed';
import { sendersUnnamed } from './sendersUnnamed';
import { drawnFromUnnamed } from './drawnFromUnnamed';
import { ageGroupUnnamed } from './ageGroupUnnamed';
import { offenceUnnamed } from './offenceUnnamed';
import { eventsUnnamed } from './eventsUnnamed';
import { boundUnnamed } from './boundUnnamed';
import { modifierUnnamed } from './modifierUnnamed';
import { predicateDiffers } from './predicateDiffers';
import { measureActUnnamed } from './measureActUnnamed';
import { instancesOfAnotherAct } from './instancesOfAnotherAct';
import { valuesFarApart } from './valuesFarApart';
import { farValueFewTerms } from './farValueFewTerms';
import { factScopeUnnamed } from './factScopeUnnamed';
import { otherCounter } from './otherCounter';
import { asserterDiffers } from './asserterDiffers';
import { periodNarrower } from './periodNarrower';
import { partOfPeriod } from './partOfPeriod';
import { periodWider } from './periodWider';
import { narrowerScope } from './narrowerScope';
import { partOfAnotherWhole } from './partOfAnotherWhole';
import { partOfWhole } from './partOfWhole';
import { partUnnamed } from './partUnnamed';
import { partsLumped } from './partsLumped';
import { residualOfOther } from './residualOfOther';
import { wholeOfAPart } from './wholeOfAPart';
import { totalOfStated } from './totalOfStated';
import { periodAfterSource } from './periodAfterSource';
import { periodBeforeRunningTotal } from './periodBeforeRunningTotal';
import { yearOfRunningTotal } from './yearOfRunningTotal';
import { scopeExcluded } from './scopeExcluded';
import { shareBaseDiffers } from './shareBaseDiffers';
import { statedBeforeFact } from './statedBeforeFact';
import { surveyUnnamed } from './surveyUnnamed';
import { sampleUnnamed } from './sampleUnnamed';
import type { JudgementRule } from './rule';

export type { JudgementRule };

/**
 * The rules that decide whether a figure and a fact are about the same measure, in the order they are asked: the
 * first that sees a difference decides. A figure is called contradicted by a fact only when none of them does.
 */
export const SAME_MEASURE_RULES: readonly JudgementRule[] = [
  countedThingDiffers,
  countedThingUnconfirmed,
  eventDiffers,
  outcomeUnnamed,
  predicateDiffers,
  measureActUnnamed,
  surveyUnnamed,
  sampleUnnamed,
  instancesOfAnotherAct,
  planVersusDone,
  planUnnamed,
  targetOfTheClaim,
  negationDiffers,
  spanUnnamed,
  sendersUnnamed,
  drawnFromUnnamed,
  ageGroupUnnamed,
  boundUnnamed,
  modifierUnnamed,
  offenceUnnamed,
  anotherPlace,
  narrowerScope,
  scopeExcluded,
  factScopeUnnamed,
  articleDiffers,
  shareBaseDiffers,
  otherCounter,
  asserterDiffers,
  partOfWhole,
  partOfAnotherWhole,
  partUnnamed,
  partsLumped,
  residualOfOther,
  wholeOfAPart,
  totalOfStated,
  periodNarrower,
  partOfPeriod,
  periodWider,
  periodAfterSource,
  eventsOfAnotherYear,
  eventsUnnamed,
  periodBeforeRunningTotal,
  yearOfRunningTotal,
  statedBeforeFact,
  undatedClaim,
  incidentUnnamed,
  averageOfAnother,
  anotherMeasureOfTheRow,
  valuesFarApart,
  farValueFewTerms,
];

/**
 * The first rule that tells the pair apart, with its reason; for an equal value, only the rules that block agreement;
 * for a value that merely agrees, only those that block even that (`loose`).
 */
export function differenceOf(p: PairFeatures, forAgreement: boolean | 'loose' = false): { rule: string; reason: string } | undefined {
  for (const rule of SAME_MEASURE_RULES) {
    if (forAgreement === 'loose' ? !rule.blocksLooseAgreement : forAgreement && !rule.blocksAgreement) continue;
    const reason = rule.veto(p);
    if (reason) return { rule: rule.id, reason };
  }
  return undefined;
}
