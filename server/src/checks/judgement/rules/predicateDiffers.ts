import type { JudgementRule } from './rule';

/**
 * "13 police officers were suspended" and officers prosecuted; "64 people were detained" and detainees who were
 * tortured; "the courts examined 1,146 complaints" and complaints registered: the same people or papers, of the same
 * family of events, but something else happened to them. The event of the figure's own predicate must be one the
 * fact's measure names.
 */
export const predicateDiffers: JudgementRule = {
  id: 'predicate-differs',
  doc: "What happened to what the figure counts (the event word of its own predicate) is not what the fact's measure counts.",
  blocksAgreement: false,
  examples: {
    ok: [
      'In Taldykorgan, 40 detainees were released by the police on 10 January 2022.',
      'According to the Ministry of Internal Affairs, 14 police officers were suspended from duty over the January torture cases.',
      // Convicts transferred are not persons convicted ("transferred" is an event of the custody family in wording.yaml).
      'In 2023, 1,250 convicts were transferred to serve their sentences nearer their families.',
      // Investigations resumed are not investigations under way ("reopened" is an event of its own in wording.yaml).
      'Special prosecutors brought 16 criminal cases of torture in the January 2022 events to prosecution.\n\nIn 3 of these cases the investigation was resumed in 2024.',
    ],
    notOk: ['In Taldykorgan, 40 detainees were ironed by police officers in January 2022.', 'According to the Ministry of Internal Affairs, 14 police officers were prosecuted for torture in the January cases.'],
  },
  veto: (p) => {
    const said = p.claimPredicate;
    // The fact's measure says what happened by its verbs ("officials punished"), else by its nouns ("torture cases").
    const events = p.measurePredicates.size ? p.measurePredicates : p.measureEvents;
    // The fact's own words may say it with that very verb ("punished"), though its measure's events read otherwise.
    if (!said || p.counted === 'not-a-count' || !events.size || events.has(said.event) || p.factVerbStems.has(said.stem)) return undefined;
    return `its own predicate is ${said.event}; the fact's measure says ${[...events].join(', ')}`;
  },
};
