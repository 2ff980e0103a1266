import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { facts } from '../support/helpers';
import { formatDraftScore, loadDraftItems, scoreDrafts } from './drafts';

/**
 * The blind corpus (test/fixtures/blind): drafts written from the five sources by helpers who never saw the engine,
 * with 42 % of the clean claims NOVEL figures the sources do not state. Its first score, before any rule was changed
 * (commit 8253cd6), was recall 67.8 % and precision 45.7 %. The bar of issue #16 is 90 % recall and 97 % precision,
 * and the floors below are that bar: the engine meets it, and a change that falls below it fails here.
 * `npm run eval:drafts` prints the table per kind and context, and every miss.
 */
const RECALL_FLOOR = 0.9;
const PRECISION_FLOOR = 0.97;

describe('blind claims corpus', function () {
  this.timeout(60000);
  const dir = path.join(__dirname, '..', 'fixtures', 'blind');
  const s = scoreDrafts(dir, facts());

  it('has at least 200 labelled items, 40 % of the clean ones novel', () => {
    const items = loadDraftItems(dir);
    const clean = items.filter((i) => !i.expect.length);
    assert.ok(items.length >= 200, String(items.length));
    assert.ok(clean.filter((i) => i.kind === 'novel').length / clean.length >= 0.4);
  });
  it(`holds recall at or above ${RECALL_FLOOR * 100} % and precision at or above ${PRECISION_FLOOR * 100} %`, () => {
    assert.ok(s.recall >= RECALL_FLOOR && s.precision >= PRECISION_FLOOR, formatDraftScore(s));
  });
});
