import type { JudgementRule } from './rule';

/**
 * "| Deaths from diseases among the convicted | 106 | 94 | 94 | 87 |": where a row's other cells agree with one
 * measure over the years (a source's series), the row is that measure, and a cell of a year the series does not state
 * is a new value of it, not another fact's figure that its label's words happen to fit.
 */
export const anotherMeasureOfTheRow: JudgementRule = {
  id: 'another-measure-of-the-row',
  doc: "The cell's row agrees elsewhere with one measure over several years; the fact is another measure.",
  blocksAgreement: false,
  examples: {
    ok: ['| Indicator | 2021 | 2022 | 2023 | 2024 |\n|---|---|---|---|---|\n| Deaths from diseases among the convicted and the persons in custody | 106 | 94 | 94 | 87 |\n'],
    notOk: ['| Indicator | 2021 | 2022 | 2023 |\n|---|---|---|---|\n| Deaths from diseases among the convicted and the persons in custody | 106 | 94 | 87 |\n'],
  },
  veto: (p) => (p.rowSeries ? `its row's other cells are ${p.rowSeries.measure} (${p.rowSeries.periods.join(', ')}); the fact is another measure` : undefined),
};
