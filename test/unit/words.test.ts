import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { eachWord, stem, tokenize } from '../../server/src/facts/words';
import { loadBundledData } from '../../server/src/facts/bundled';
import { NO_WORDING, WordingIndex } from '../../server/src/facts/wording';

/**
 * Words are read code point by code point (issue #9: the Unicode regex cost more than the rest of the per-word work).
 * They must come out as the regex read them: a letter, then letters, marks, apostrophes and hyphens, lower-cased,
 * trailing hyphens and apostrophes dropped, hyphenated compounds also as their parts.
 */
function reference(text: string) {
  const out: { word: string; stem: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[\p{L}][\p{L}\p{M}'’-]*/gu)) {
    const lower = m[0].toLowerCase();
    const word = /[-'’]$/.test(lower) ? lower.replace(/(?<![-'’])[-'’]+$/, '') : lower;
    out.push({ word, stem: stem(word), start: m.index!, end: m.index! + m[0].length });
    if (word.includes('-')) for (const part of word.split('-')) if (part) out.push({ word: part, stem: stem(part), start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

describe('words', () => {
  it('reads words as the Unicode word pattern does, in any script and with any marks', () => {
    const piece = fc.constantFrom('law', 'Law', 'LAW', '-', '--', "'", '’', ' ', '\n', '.', ',', '5', 'é', 'É', 'Ж', 'ж', 'İ', 'ß', 'ǅ', '\u0301', '\u0308', '😀', '𝐀', '\ud800', '\udc00', 'ϴ', 'Σ', 'ς', '_', '№', '\u00a0', 'ﬁ', 'Ⅻ', '٣', 'ا');
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ unit: 'grapheme-composite', maxLength: 4 })), { maxLength: 20 }), (pieces) => {
        const text = pieces.join('');
        assert.deepEqual(tokenize(text), reference(text), JSON.stringify(text));
        assert.deepEqual(tokenize(text, 7), reference(text).map((t) => ({ ...t, start: t.start + 7, end: t.end + 7 })));
      }),
      { numRuns: 5000, seed: 4 },
    );
  });

  it('passes over the words a reader turns down by where they start, and only those (eachWord)', () => {
    const piece = fc.constantFrom('law', 'Law', 'LAW', 'Anti-Torture', '-', "'", '’', ' ', '.', '5', 'É', 'ж', 'İ', 'Σ', '\u0301', '😀', '𝐀', '\ud800');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const text = pieces.join('');
        const wanted = (start: number) => start > 0 && /^\p{Lu}/u.test(text.slice(start, start + 2));
        const all: [string, number, number][] = [];
        eachWord(text, (word, start, end) => all.push([word, start, end]));
        const some: [string, number, number][] = [];
        eachWord(text, (word, start, end) => some.push([word, start, end]), wanted);
        assert.deepEqual(some, all.filter(([, start]) => wanted(start)), JSON.stringify(text));
      }),
      { numRuns: 2000, seed: 5 },
    );
  });

  it('reads the words of a report sentence', () => {
    assert.deepEqual(
      tokenize("The State’s law-enforcement officers' 2,490 cases — Ömer").map((t) => t.word),
      ['the', 'state’s', 'law-enforcement', 'law', 'enforcement', 'officers', 'cases', 'ömer'],
    );
  });
});

describe('names of the wording lists', () => {
  const wording = new WordingIndex(loadBundledData().wording ?? NO_WORDING);

  it('reads a listed name by its stems, but not in a noun of an act that shares its stem ("conscription", "conscripts")', () => {
    assert.deepEqual(wording.restrictionsOf('Conscripts were beaten in the barracks.').subgroups, ['conscript']);
    assert.deepEqual(wording.restrictionsOf('They were convicted for participation, conscription and organisation of mass riots.').subgroups, []);
    // A listed name that is such a noun itself is read as usual.
    assert.equal(wording.restrictionsOf('He was held in a temporary detention centre in Almaty.').facilities.length, 1);
  });
});
