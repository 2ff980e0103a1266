import type { JudgementRule } from './rule';

/**
 * "Of the officers convicted, 29 were sentenced to real prison terms" and the 50 persons sentenced to imprisonment
 * for torture "over the past five years": a fact that counts the events of a span of years counted back from its
 * source is a measure of that span only, and a claim that names no period, no span and no year anywhere (its sentence,
 * its paragraph, what it carries, its table's headers, its headings) gives no sign that it speaks of the same span.
 */
export const spanUnnamed: JudgementRule = {
  id: 'span-unnamed',
  doc: 'The fact counts a span of years back from its source ("over the past five years"); the claim names no period or span at all.',
  blocksAgreement: false,
  examples: {
    ok: ['The trials of police officers drew wide attention. Of the officers convicted, 29 were sentenced to real prison terms.'],
    notOk: ['Over the past five years, 64 persons were convicted of torture, and 29 of them were sentenced to real prison terms.', 'Over the past five years, 64 persons were convicted of torture. Of those 64, 29 went to prison.', 'From 2019 to 2023, 64 persons were convicted of torture, and 29 of them were sentenced to real prison terms.'],
  },
  veto: (p) => (p.factSpanYears !== undefined && p.factSpanYears >= 2 && !p.anchored && !p.factPeriod && !p.claimPeriod && !p.headingPeriod && !p.claimNamesSpan && !p.claimPeriodNear && !p.claimYears.length && !p.periodCarried && !p.periodRelative ? `the fact counts ${p.factSpanYears} years back from its source; the claim names no period` : undefined),
};
