import * as assert from 'node:assert/strict';
import { SAME_MEASURE_RULES } from '../../server/src/checks/judgement/rules';
import { check } from '../support/helpers';

/**
 * Every rule of the figure judgement carries example sentences, as remark-lint's rules do; they are run here through
 * the whole engine. An ok sentence draws no figure-mismatch, and some figure of it is left alone by that very rule;
 * a not-ok sentence of the same shape is still called contradicted.
 */
describe('judgement rules: their examples', () => {
  for (const rule of SAME_MEASURE_RULES) {
    describe(rule.id, () => {
      it('has a doc and examples of both kinds', () => {
        assert.ok(rule.doc.length > 10 && rule.examples.ok.length && rule.examples.notOk.length);
      });
      for (const text of rule.examples.ok) {
        it(`ok: ${text.replace(/\n/g, ' ')}`, () => {
          const r = check(text);
          assert.deepEqual(r.findings.filter((f) => f.code === 'figure-mismatch').map((f) => text.slice(f.start, f.end)), []);
          const decided = r.figures.filter((j) => j.rules?.some((x) => x.startsWith(`${rule.id}:`)));
          assert.ok(decided.length, `no figure was decided by ${rule.id}: ${JSON.stringify(r.figures.map((j) => [j.text, j.status, j.rules]))}`);
        });
      }
      for (const text of rule.examples.notOk) {
        it(`not ok: ${text.replace(/\n/g, ' ')}`, () => {
          const r = check(text);
          const mismatches = r.findings.filter((f) => f.code === 'figure-mismatch');
          assert.ok(mismatches.length, `no figure-mismatch: ${JSON.stringify(r.figures.map((j) => [j.text, j.status, j.rules]))}`);
          assert.ok(mismatches.every((f) => f.rules?.some((x) => x.startsWith('same-measure:'))), 'a mismatch says what makes it the same measure');
        });
      }
    });
  }
});

describe('judgement rules: what the hover says', () => {
  it('names the rule that left a figure alone, and what made a mismatch the same measure', async () => {
    const { hoverAt } = await import('../../server/src/features/hover');
    const { facts } = await import('../support/helpers');
    const alone = 'In Zhambyl region, 140 complaints of torture were registered in 2023.';
    const a = hoverAt(check(alone), facts(), alone.indexOf('140') + 1);
    assert.match(JSON.stringify(a?.contents), /narrower-scope: the claim names place/);
    const wrong = 'By July 2024, 1,420 persons had been convicted in the January events cases.';
    const w = hoverAt(check(wrong), facts(), wrong.indexOf('1,420') + 1);
    assert.match(JSON.stringify(w?.contents), /Contradicted[^]*same-measure: persons/);
  });
});
