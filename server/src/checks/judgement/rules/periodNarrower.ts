import type { JudgementRule } from './rule';

/** "388 recommendations in 2022" is one year of the 10,169 made in 2020–2023, not a rival value for the whole. */
export const periodNarrower: JudgementRule = {
  id: 'period-narrower',
  doc: "The claim's period is a part of the fact's longer period.",
  blocksAgreement: true,
  examples: {
    ok: ['NPM participants made 2,388 recommendations in 2022.', 'Over the past five years, 64 persons had been convicted of torture.\n\nIn 2021 alone, some 11 persons had been convicted of torture.', 'The prosecutors examined 1,200 complaints in 2023.\n\nOf them, 380 were about prohibited methods of investigation.', '| Figure | Value |\n|---|---|\n| Torture complaints registered, January–September 2024 | 68 |\n'],
    notOk: ['In 2020–2023, NPM participants made 10,196 recommendations.', '| Figure | Value |\n|---|---|\n| Torture offences recorded in the Unified Register of Pre-Trial Investigations, 2022 | 910 |\n', 'Prosecutors themselves terminated 18 of the January 2022 torture cases.', 'In 2023 the Government said that 46 persons had been convicted of torture over the past five years.'],
  },
  veto: (p) => {
    const c = p.claimPeriod;
    const f = p.factPeriod;
    // "Of the 64, some 12 had been convicted in 2022 alone" and a fact of five years counted back, with no years of
    // its own: one year the sentence names is a part of them, unless the sentence names such a span too.
    if (!f && p.factSpanYears && c && c[0] === c[1] && p.claimYears.length === 1 && !p.claimNamesSpan && (p.assertedYear === undefined || c[0] <= p.assertedYear)) return `the claim speaks of ${c[0]}, one year of the fact's ${p.factSpanYears}`;
    // One year named, inside the fact's span; "from 2019 to April 2023" names the span itself.
    // (Or a sentence that names no year and carries the one plain year of the sentence before.)
    // (Or a year named by reference: "For eight months of the current year".)
    // (Or a table's row or column that names its period: "| Torture complaints registered, January–September 2024 | 68 |".)
    // (Or several years, none of which opens the fact's span: "46 cases registered in 2023 were still under
    // investigation in March 2024" names the year of registration and the day a state held.)
    const bounded = !!f && p.claimYears.length > 1 && !p.claimYears.some((y) => y <= f[0]);
    if (!c || !f || f[1] <= f[0] || !(p.claimYears.length === 1 || bounded || p.periodCarried || p.periodRelative || p.inTable) || p.periodNamesEvents) return undefined;
    return c[0] >= f[0] && c[1] <= f[1] && c[1] - c[0] < f[1] - f[0] ? `the claim speaks of ${c[0] === c[1] ? c[0] : c.join('–')}, a part of ${f.join('–')}` : undefined;
  },
};
