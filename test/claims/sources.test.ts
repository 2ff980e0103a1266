import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { facts, check } from '../support/helpers';

/**
 * Each bundled source checked against the fact base built from it: a source agrees with its own facts, so every
 * figure-mismatch or date-mismatch on it is a false alarm (issue #16). The remaining ones are listed here, each
 * with why it is still reported; the list may only shrink. No fact was removed or changed to make this pass.
 */
const STILL_REPORTED: Record<string, number> = {
  // Long enumerations in one sentence ("5419 people … including 3998 officers (1309 military, 2689 police) and 1151
  // civilians (418 …)") where the section's heading words make another fact of the section fit better than the
  // equal-valued fact, which the candidate search does not reach; and "(447 complaints)" in a sentence about 2023.
  'kz-reply-sp-2024.md': 16,
  // "at least 5 years" of experience (a requirement), "three categories" of victims, and a count of 2 offences.
  'kz-additional-answers.md': 3,
  // "32 per cent" decrease that the source itself computes wrongly (29 → 22 is 24 per cent): a real arithmetic slip.
  'kz-follow-up-co4.md': 1,
  // "two facilities" to be demolished, and one more coincidental small count.
  'ngo-joint-submission-2023.md': 2,
  'cat-c-kaz-q-4.md': 0,
};

describe('the bundled sources checked against their own facts', function () {
  this.timeout(60000);
  facts();
  const dir = path.join(__dirname, '..', '..', 'server', 'data', 'sources');
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    it(`${file}: no more false mismatches than recorded (${STILL_REPORTED[file] ?? 0})`, () => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const bad = check(text).findings.filter((f) => f.code === 'figure-mismatch' || f.code === 'date-mismatch' || f.code === 'arithmetic');
      assert.ok(bad.length <= (STILL_REPORTED[file] ?? 0), bad.map((f) => `${f.code} ${text.slice(f.start, f.end)}: ${text.slice(Math.max(0, f.start - 60), f.end + 30).replace(/\s+/g, ' ')}`).join('\n'));
    });
  }
  it('reads contents lines, MCI series and "five or six" as what they are', () => {
    const text = fs.readFileSync(path.join(dir, 'ngo-joint-submission-2023.md'), 'utf8');
    const bad = check(text).findings.filter((f) => f.code === 'figure-mismatch').map((f) => text.slice(f.start, f.end));
    for (const n of ['4', '10', '21', '30', '40', '50', 'five']) assert.ok(!bad.includes(n), `${n} is flagged`);
  });
});
