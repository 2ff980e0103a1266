import type { JudgementRule } from './rule';

/**
 * "Courts convicted 19 officials under Article 146" is not the count of those convicted under article 362 (4), nor of
 * all those convicted: the article of the code a conviction, charge or case falls under is part of what is counted,
 * as a place is (narrower-scope). A claim that names no article may still speak of the fact's.
 */
export const articleDiffers: JudgementRule = {
  id: 'article-differs',
  doc: 'The claim names an article of a code that the fact does not.',
  blocksAgreement: true,
  examples: {
    ok: ['In the torture cases of the January 2022 events, 4 officials were convicted under article 451 of the Criminal Code for exceeding authority.'],
    notOk: ['In the torture cases of the January 2022 events, 4 officials were convicted under article 362 (4) of the Criminal Code for exceeding authority.'],
  },
  veto: (p) => {
    if (!p.claimArticles.length || p.claimArticles.some((a) => p.factArticles.includes(a))) return undefined;
    return `the claim names article ${p.claimArticles.join(', ')}, the fact ${p.factArticles.length ? `article ${p.factArticles.join(', ')}` : 'none'}`;
  },
};
