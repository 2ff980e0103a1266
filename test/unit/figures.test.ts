import * as assert from 'node:assert/strict';
import { findFigures } from '../../server/src/parse/figures';
import { facts } from '../support/helpers';

/** The number reader with the wording lists' qualifiers and currencies, as the checker runs it. */
const read = (text: string) => findFigures(text, [], facts().wording);
const stats = (text: string) => read(text).filter((f) => f.kind === 'statistic').map((f) => ({ text: f.text, value: f.value, high: f.high, q: f.qualifier, unit: f.unit }));
const kinds = (text: string) => read(text).map((f) => [f.text, f.kind]);

describe('figures: reading numbers in every form the UN documents use', () => {
  it('reads thousands with commas, spaces, thin and no-break spaces', () => {
    for (const sep of [',', ' ', '\u2009', '\u00A0', '\u202F']) assert.equal(stats(`registered 5${sep}300 crimes`)[0]!.value, 5300, JSON.stringify(sep));
    assert.equal(stats('1,273 persons')[0]!.value, 1273);
  });
  it('reads scale words and compound amounts', () => {
    assert.deepEqual(stats('54.5 million tenge').map((s) => [s.value, s.unit]), [[54500000, 'tenge']]);
    assert.equal(stats('2 billion 381 million tenge')[0]!.value, 2381000000);
    assert.equal(stats('122 million 163 thousand tenge')[0]!.value, 122163000);
    assert.deepEqual(stats('117 thousand US dollars').map((s) => [s.value, s.unit]), [[117000, 'usd']]);
  });
  it('reads percentages with decimal points and decimal commas', () => {
    assert.deepEqual(stats('47%, 47 per cent, 3,7 % and 3,7%, 19.2 per cent').map((s) => [s.value, s.unit]), [[47, 'per-cent'], [47, 'per-cent'], [3.7, 'per-cent'], [3.7, 'per-cent'], [19.2, 'per-cent']]);
  });
  it('reads number words that count something', () => {
    assert.deepEqual(stats('nine facilities; Eleven operating procedures; six each').map((s) => s.value), [9, 11, 6]);
  });

  it('reads a number word in any case, and no word that only starts like one ("then", "tenure", "seventh")', () => {
    // (Words are tried as numbers only where their first three letters are a number word's: every number word's start,
    // in capitals or not, is read.)
    const words = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'dozen'];
    for (const w of words) for (const written of [w, w.toUpperCase(), `${w[0]!.toUpperCase()}${w.slice(1)}`]) assert.equal(stats(`In all, ${written} complaints were filed.`).length, 1, written);
    assert.deepEqual(stats('ONE HUNDRED detainees; Three Quarters of the staff; Twenty-Three cases').map((s) => s.value), [100, 75, 23]);
    assert.deepEqual(stats('then the tenure of seventh thematic officers ended; other fiscal norms'), []);
  });
  it('reads the time since an event as a date, not a measure', () => {
    assert.deepEqual(stats('He came home five days later; she was released two weeks after her arrest; three years ago.'), []);
    assert.deepEqual(stats('He was held for five days.').map((s) => s.value), [5]);
  });
  it('reads hundreds written in words as one number', () => {
    assert.deepEqual(stats('Two hundred and thirty-eight people lost their lives').map((s) => [s.text, s.value]), [['Two hundred and thirty-eight', 238]]);
    assert.deepEqual(stats('one hundred detainees; nine hundred and five cases; two hundred complaints; two hundred and one persons').map((s) => s.value), [100, 905, 200, 201]);
    // Spoken amounts: the words after a scale word that make a smaller number belong to it.
    assert.deepEqual(stats('one thousand two hundred and ten persons; five thousand three hundred crimes; one thousand and fifty cases').map((s) => s.value), [1210, 5300, 1050]);
    // "one" alone is no number word: it is a pronoun as often.
    assert.deepEqual(stats('one of them was released'), []);
  });
  it('reads the terms of a proportion told as counts as a ratio, not as counts', () => {
    const derived = (t: string) => findFigures(t, [], facts().wording).filter((f) => f.kind === 'statistic').map((f) => [f.text, f.derived ?? null]);
    assert.deepEqual(derived('two out of every three complaints were closed'), [['two', 'ratio'], ['three', 'ratio']]);
    assert.deepEqual(derived('one in five detainees; 3 in 10 women'), [['five', 'ratio'], ['3', 'ratio'], ['10', 'ratio']]);
    // A part of a whole, or a count in each of several places, is no proportion.
    assert.deepEqual(derived('29 out of 43 convicted; 12 in 15 regions'), [['29', null], ['43', null], ['12', null], ['15', null]]);
  });
  it('reads ranges and qualifiers', () => {
    assert.deepEqual(stats('from 3 to 10 hours')[0], { text: '3 to 10', value: 3, high: 10, q: 'exact', unit: 'hours' });
    const q = (t: string) => stats(t)[0]!.q;
    assert.equal(q('more than 5,300 crimes'), 'more-than');
    assert.equal(q('over 400 officials'), 'more-than');
    assert.equal(q('about 3,500 investigations'), 'about');
    assert.equal(q('nearly 10 per cent'), 'nearly');
    assert.equal(q('almost 10 per cent'), 'nearly');
    assert.equal(q('at least eight times'), 'at-least');
    assert.equal(q('up to 7 days'), 'up-to');
  });
  it('reads a currency written before the number, also in ranges', () => {
    assert.deepEqual(stats('equivalent to €210 for 2023').map((s) => [s.value, s.unit]), [[210, 'eur']]);
    assert.deepEqual(stats('a grant of US$ 40 thousand').map((s) => [s.value, s.unit]), [[40000, 'usd']]);
    assert.deepEqual(stats('payments of between €90 and €300 each month')[0], { text: '90 and €300', value: 90, high: 300, q: 'exact', unit: 'eur' });
  });
  it('reads a qualifier written after the number ("three or more times")', () => {
    assert.deepEqual(stats('detainees who refused food three or more times').map((s) => [s.value, s.q, s.unit]), [[3, 'at-least', 'times']]);
    assert.deepEqual(stats('cells holding 4 or fewer detainees').map((s) => [s.value, s.q]), [[4, 'up-to']]);
  });
  it('reads a fraction in words as a rounded share, not the quarters of a year', () => {
    assert.deepEqual(stats('a reduction of more than three quarters; two-thirds of the detainees').map((s) => [s.text, s.value, s.q, s.unit]), [['three quarters', 75, 'more-than', 'per-cent'], ['two-thirds', 66.6667, 'exact', 'per-cent']]);
    assert.equal(read('three quarters')[0]!.precision, 2.5);
    assert.deepEqual(stats('In the first three quarters of 2023 there were 41 cases; in three quarters of 2024, 38.').filter((s) => s.unit === 'per-cent'), []);
  });
  it('reads the unit of a change "from 72 to 48 hours" for both of its values', () => {
    assert.deepEqual(stats('Terms were reduced from 72 to 48 hours for adults.').map((s) => [s.value, s.unit]), [[72, 'hours'], [48, 'hours']]);
  });
  it('reads "and a half"', () => {
    assert.deepEqual(stats('sentenced to four and a half years').map((s) => [s.text, s.value, s.unit]), [['four and a half', 4.5, 'years']]);
  });
  it('reads a year used as an adjective ("the 2021 inspections") as a year', () => {
    assert.deepEqual(kinds('officials punished after the 2021 inspections'), [['2021', 'year']]);
    assert.deepEqual(kinds('the 2,021 inspections'), [['2,021', 'statistic']]);
  });
  it('tells identifiers, years, dates, ages and ordinals from statistics', () => {
    assert.deepEqual(kinds('articles 50, 63, 72 and 73 of the Criminal Code').map((k) => k[1]), ['identifier', 'identifier', 'identifier', 'identifier']);
    assert.deepEqual(kinds('Order No. 162 of 24 December 2014'), [['162', 'identifier'], ['24', 'date'], ['2014', 'year']]);
    assert.deepEqual(kinds('In 2023, 449 persons were released'), [['2023', 'year'], ['449', 'statistic']]);
    assert.deepEqual(kinds('a 15-year-old boy'), [['15', 'age']]);
    assert.deepEqual(kinds('the 76th session'), [['76', 'ordinal']]);
    assert.deepEqual(kinds('Law No. 226-V; Order No. 194/2020'), [['226', 'identifier'], ['194', 'identifier']]);
    assert.deepEqual(kinds('over the period 2015–2023'), [['2015–2023', 'year']]);
  });
  it('gives exact offsets on the figure', () => {
    const text = 'The courts convicted 1,273 persons.';
    const f = read(text)[0]!;
    assert.equal(text.slice(f.start, f.end), '1,273');
  });
});
