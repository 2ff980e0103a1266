import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { buildFactBase } from '../../server/src/facts/bundled';
import { tokenize } from '../../server/src/facts/words';
import type { WordingIndex } from '../../server/src/facts/wording';

/**
 * WordingIndex.readingKey writes every digit as 0: texts that differ only in their digits must read the same for
 * everything the key stands for (what claims name, their events, own monitoring, their words). The cells of a
 * statistics table share what is read of their row and column through it ("Almaty · Complaints of torture . 412").
 */
const wording: WordingIndex = buildFactBase([]).facts.wording;

function readsOf(text: string) {
  return { restrictions: wording.restrictionsOf(text), events: wording.eventsInOrder(text), ownMonitoring: wording.isOwnMonitoring(text), stems: tokenize(text).map((t) => t.stem) };
}

/** The text with each digit replaced by the digit `shift` further on (mod 10). */
const shifted = (text: string, shift: number) => text.replace(/[0-9]/g, (d) => String((Number(d) + shift) % 10));

describe('reading key', () => {
  it('gives texts that differ only in their digits one key, and they read alike: sources, fixtures and the example', () => {
    const dirs = [path.join(__dirname, '..', '..', 'server', 'data', 'sources'), path.join(__dirname, '..', 'fixtures', 'blind', 'drafts')];
    const texts = dirs.flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith('.md')).map((f) => fs.readFileSync(path.join(d, f), 'utf8')));
    texts.push(fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'follow-up-reply.md'), 'utf8'));
    let compared = 0;
    for (const text of texts) {
      for (const line of text.split('\n')) {
        if (!/\d/.test(line)) continue;
        for (const shift of [1, 7]) {
          const other = shifted(line, shift);
          assert.equal(wording.readingKey(other), wording.readingKey(line));
          assert.deepEqual(readsOf(other), readsOf(line), line);
        }
        compared++;
      }
    }
    assert.ok(compared > 500, `${compared} lines with digits`);
  });

  it('reads texts of listed words, digits and punctuation alike whatever their digits', () => {
    const lists = wording.lists;
    const listed = [...lists.reporting.words, ...(lists.places.kinds ?? []), ...lists.own_monitoring.words, ...lists.places.words.flatMap((w) => w.split('|')), ...lists.institutions.words.flatMap((w) => w.split('|')), ...lists.events.flatMap((e) => e.words)].slice(0, 400);
    const piece = fc.oneof(fc.constantFrom(...listed), fc.constantFrom(' ', ', ', '. ', ' . ', '; ', ': ', ' – ', '(', ')', '%', ' per cent', 'according to ', 'which ', ' that ', 'Almaty', 'region', 'the city of '), fc.stringMatching(/^[0-9][0-9,. ]{0,6}$/));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), fc.integer({ min: 1, max: 9 }), (pieces, shift) => {
        const text = pieces.join(' ');
        assert.deepEqual(readsOf(shifted(text, shift)), readsOf(text), text);
      }),
      { numRuns: 3000, seed: 18 },
    );
  });
});
