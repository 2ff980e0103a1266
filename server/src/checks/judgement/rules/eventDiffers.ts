import type { JudgementRule } from './rule';

/** "3,393 officers were injured" and a count of members of a council: what happened to those counted differs. */
export const eventDiffers: JudgementRule = {
  id: 'event-differs',
  doc: 'The figure and the fact count events of different families (people injured, not convicted; buildings damaged, not people detained).',
  blocksAgreement: true,
  examples: {
    ok: [
      'In 2023, the prisons employed 4,120 doctors.',
      // A list item carries what the sentence introducing it says happened.
      'Payments from the Victims Compensation Fund were made as follows:\n\n- in 2021 – to 944 victims;\n- in 9 months of 2024 – to 310 victims.',
      // A table's caption says what happened to those its cells count.
      'Table A5. Deaths in custody recorded by the Coalition, by type of institution\n\n| Institution | 2023 | 2024 |\n|---|---|---|\n| Police temporary detention facilities | 9 | 14 |\n',
    ],
    notOk: [
      'By July 2024, 1,420 persons had been convicted in the January events cases.', '| City | Complaints closed by late December 2022 |\n|---|---|\n| Shymkent | 9 |',
      'Payments from the Victims Compensation Fund were made as follows:\n\n- in 2021 – to 950 victims;\n- in 2022 – to 1,058 victims.',
    ],
  },
  veto: (p) => {
    if (!p.claimEvents.size || !p.factEvents.size) return undefined;
    // A table's column header states its measure plainly ("Complaints registered", "Investigations closed"): there
    // the event itself, not only its family, must be the one the fact's measure names.
    // (Recording a count is not what happened: "Deaths in custody recorded by the Coalition" and injuries registered.)
    if (p.inTable && p.measureEvents.size && (![...p.claimEvents].some((e) => p.measureEvents.has(e)) || p.actsApart)) return `its column speaks of ${[...p.claimEvents].join(', ')}, the fact's measure of ${[...p.measureEvents].join(', ')}`;
    for (const e of p.claimFamilies) if (p.factFamilies.has(e)) return undefined;
    return `it speaks of ${[...p.claimEvents].join(', ')}, the fact of ${[...p.factEvents].join(', ')}`;
  },
};
