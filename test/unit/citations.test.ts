import * as assert from 'node:assert/strict';
import { findCitations } from '../../server/src/parse/citations';

const cite = (text: string, phrases: string[] = []) => findCitations(text, phrases).map((c) => ({ symbol: c.symbol ?? c.phrase ?? c.communication, paras: c.paragraphs.map((p) => p.id + (p.sub ? `(${p.sub})` : '')) }));

describe('citations: symbols and paragraph references', () => {
  it('reads UN symbols without a sentence-final period, with Add. and Corr.', () => {
    assert.deepEqual(cite('See A/HRC/43/46/Add.1. Also CERD/C/KAZ/CO/8-10 and CAT/C/KAZ/4 and Corr.1.').map((c) => c.symbol), ['A/HRC/43/46/Add.1', 'CERD/C/KAZ/CO/8-10', 'CAT/C/KAZ/4']);
  });
  it('binds paragraphs to the symbol before or after them', () => {
    assert.deepEqual(cite('CAT/C/KAZ/CO/4, para. 10'), [{ symbol: 'CAT/C/KAZ/CO/4', paras: ['10'] }]);
    assert.deepEqual(cite('paras. 8, 13 and 15 of CAT/C/KAZ/CO/3'), [{ symbol: 'CAT/C/KAZ/CO/3', paras: ['8', '13', '15'] }]);
    assert.deepEqual(cite('(CAT/C/KAZ/CO/4, paras. 11–15)'), [{ symbol: 'CAT/C/KAZ/CO/4', paras: ['11', '12', '13', '14', '15'] }]);
    assert.deepEqual(cite('A/HRC/43/10, para. 139.62'), [{ symbol: 'A/HRC/43/10', paras: ['139.62'] }]);
    assert.deepEqual(cite('E/C.12/KAZ/CO/2, paras. 17 (a)–(c)'), [{ symbol: 'E/C.12/KAZ/CO/2', paras: ['17(a)', '17(b)', '17(c)'] }]);
  });
  it('binds paragraphs to phrases that stand for a document', () => {
    assert.deepEqual(cite('paragraph 24 of the concluding observations', ['the concluding observations']), [{ symbol: 'the concluding observations', paras: ['24'] }]);
    assert.deepEqual(cite('question 6 (b) of the list of issues', ['the list of issues']), [{ symbol: 'the list of issues', paras: ['6(b)'] }]);
  });
  it('reads communications', () => {
    assert.deepEqual(cite('communication No. 497/2012 and AL KAZ 2/2024').map((c) => c.symbol), ['497/2012', 'AL KAZ 2/2024']);
  });
});
