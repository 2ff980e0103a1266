import * as assert from 'node:assert/strict';
import { facts } from '../support/helpers';
import { scoreClaims } from './score';

/**
 * The labelled corpus (test/fixtures/claims): drafters' sentences in other words, true and false.
 * The bar the product aims at is 97 % recall and precision; the floors below are what the engine
 * holds today, so a change that makes it worse fails here. `npm run eval:claims` shows the misses.
 */
const IMPLEMENTED = new Set(['figure-mismatch', 'figure-superseded', 'figure-disputed', 'unknown-document', 'unknown-paragraph', 'arithmetic', 'date-mismatch']);
// 97 % before issue #16: the rules that ask for the same measure before a mismatch cost 1.4 points here (see README).
const RECALL_FLOOR = 0.95;
const PRECISION_FLOOR = 0.97;

describe('claims corpus', function () {
  this.timeout(60000);
  const s = scoreClaims(facts());
  const onImplemented = (xs: string[]) => xs.filter((x) => IMPLEMENTED.has(x.split(':')[0]!));
  const expected = s.results.reduce((n, r) => n + onImplemented(r.expected).length, 0);
  const found = s.results.reduce((n, r) => n + onImplemented(r.expected).filter((e) => !r.missed.includes(e)).length, 0);
  const reported = s.results.reduce((n, r) => n + r.got.length, 0);
  const correct = s.results.reduce((n, r) => n + r.got.length - r.extra.length, 0);

  it('has at least 150 claims from every source', () => {
    assert.ok(s.results.length >= 150, String(s.results.length));
  });
  it(`finds at least ${RECALL_FLOOR * 100} % of the expected findings`, () => {
    assert.ok(found / expected >= RECALL_FLOOR, `recall ${(found / expected * 100).toFixed(1)} % (${found}/${expected})`);
  });
  it(`keeps precision at or above ${PRECISION_FLOOR * 100} %`, () => {
    assert.ok(correct / reported >= PRECISION_FLOOR, `precision ${(correct / reported * 100).toFixed(1)} % (${correct}/${reported})`);
  });
  it('holds the 97 % bar on the consistency checks (arithmetic and dates)', () => {
    const codes = new Set(['arithmetic', 'date-mismatch']);
    const mine = (xs: string[]) => xs.filter((x) => codes.has(x.split(':')[0]!));
    const exp = s.results.reduce((n, r) => n + mine(r.expected).length, 0);
    const hit = s.results.reduce((n, r) => n + mine(r.expected).filter((e) => !r.missed.includes(e)).length, 0);
    const rep = s.results.reduce((n, r) => n + mine(r.got).length, 0);
    const ok = s.results.reduce((n, r) => n + mine(r.got).filter((g) => !r.extra.includes(g)).length, 0);
    assert.ok(exp >= 50 && hit / exp >= 0.97, `consistency recall ${hit}/${exp}`);
    assert.ok(ok / rep >= 0.97, `consistency precision ${ok}/${rep}`);
  });
  it('gets every citation claim right', () => {
    for (const r of s.results.filter((x) => x.file === 'citations.yaml')) assert.deepEqual([r.missed, r.extra], [[], []], r.claim.id);
  });
});
