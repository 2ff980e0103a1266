import type { JudgementRule } from './rule';

/**
 * The other side of narrower-scope: a fact about the members of one council, the victims of one trial or the
 * detainees of one region is not what a claim speaks of unless the claim names that council, trial or region.
 */
export const factScopeUnnamed: JudgementRule = {
  id: 'fact-scope-unnamed',
  doc: "The fact's measure names a place, institution or place of detention the claim does not.",
  blocksAgreement: false,
  examples: {
    ok: ['## Compensation to victims of torture\n\nThe programme reached 519 families in 2023.'],
    notOk: ['The NPM Coordination Council under the Commissioner for Human Rights has 31 members.'],
  },
  veto: (p) => {
    const { places, subgroups, institutions, facilities } = p.unnamed;
    const named = [...places, ...subgroups, ...institutions, ...facilities];
    return named.length ? `the fact is about ${named.map((x) => `"${x}"`).join(', ')}, which the claim does not name` : undefined;
  },
};
