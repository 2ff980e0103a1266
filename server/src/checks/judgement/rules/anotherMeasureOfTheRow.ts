import type { JudgementRule } from './rule';

/**
 * "| Deaths from diseases among the convicted | 106 | 94 | 94 | 87 |": where a row's other cells agree with one
 * measure over the years (a source's series), the row is that measure, and a cell of a year the series does not state
 * is a new value of it, not another fact's figure that its label's words happen to fit. So is a row that agrees with
 * one source paragraph's figures of one year ("| 2022 | 920 | 819 | 16 |"): its other cells are that statement's.
 */
export const anotherMeasureOfTheRow: JudgementRule = {
  id: 'another-measure-of-the-row',
  doc: "The cell's row agrees elsewhere with one measure over several years, or with one statement of a year; the fact is another measure.",
  blocksAgreement: true,
  blocksLooseAgreement: true,
  examples: {
    ok: ['| Indicator | 2021 | 2022 | 2023 | 2024 |\n|---|---|---|---|---|\n| Deaths from diseases among the convicted and the persons in custody | 106 | 94 | 94 | 87 |\n'],
    notOk: [
      '| Indicator | 2021 | 2022 | 2023 |\n|---|---|---|---|\n| Deaths from diseases among the convicted and the persons in custody | 106 | 94 | 87 |\n',
      // A row that agrees with one statement of a year: its last cell is that statement's, not another figure of 16.
      '| Year | Torture crimes registered | Terminated on rehabilitating grounds | Sent to court |\n|---|---|---|---|\n| 2022 | 920 | 819 | 16 |\n',
    ],
  },
  veto: (p) => (p.rowSeries ? `its row's other cells are ${p.rowSeries.measure} (${p.rowSeries.periods.join(', ')}); the fact is another measure` : undefined),
};
