import type { JudgementRule } from './rule';

/**
 * "In Karaganda region, NPM groups made 37 visits in 2023": a figure for one place, subgroup or institution is a
 * part of the national figure, not a rival value for it; a figure told of another country ("in Kyrgyzstan, …") is
 * not Kazakhstan's. Who reports a figure ("the Ombudsman said that …") is not
 * such a restriction.
 */
export const narrowerScope: JudgementRule = {
  id: 'narrower-scope',
  doc: 'The claim names a place, subgroup or institution the fact does not.',
  blocksAgreement: true,
  examples: {
    ok: ['In Zhambyl region, 140 complaints of torture were registered in 2023.', 'Women accounted for 18 of the complaints of torture registered in 2023.', 'In Kyrgyzstan, prosecutors registered 384 complaints of torture in 2023.'],
    notOk: ['In 2023 the Agency registered 940 in its register of torture cases.'],
  },
  veto: (p) => {
    const { places, subgroups, institutions, facilities } = p.unmatched;
    const named = [...places.map((x) => `place "${x}"`), ...subgroups.map((x) => `subgroup "${x}"`), ...institutions.map((x) => `institution "${x}"`), ...facilities.map((x) => `facility "${x}"`)];
    return named.length ? `the claim names ${named.join(', ')}, the fact does not` : undefined;
  },
};
