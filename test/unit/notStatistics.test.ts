import * as assert from 'node:assert/strict';
import { findFigures } from '../../server/src/parse/figures';
import { facts, flagged } from '../support/helpers';

/** Numbers in real documents that are not statistics (issue #16): each reading, in sentences of its kind. */
const stats = (text: string) => findFigures(text, [], facts().wording).filter((f) => f.kind === 'statistic').map((f) => f.text);

describe('numbers that are not statistics', () => {
  it('page numbers in contents lines', () => {
    assert.deepEqual(stats('Criminalisation of torture and ill-treatment..... 4'), []);
    assert.deepEqual(stats('The national preventive mechanism …… 17'), []);
    assert.deepEqual(stats('Exclusion Note to the Criminal Code   5'), []);
    // A count at the end of a sentence is still a count.
    assert.deepEqual(stats('The Ombudsman visited places of detention 248'), ['248']);
  });
  it('footnote markers glued to words or punctuation', () => {
    assert.deepEqual(stats('as the Istanbul Protocol requires.7 The Committee'), []);
    assert.deepEqual(stats('held in custody,12 without a lawyer'), []);
    assert.deepEqual(stats('in custody, 12 without a lawyer'), ['12']);
  });
  it('paragraph numbers glued to their text', () => {
    assert.deepEqual(stats('2.The Committee recommends'), []);
    // A paragraph's number with its sub-number, as translated replies write them.
    assert.deepEqual(stats('8-1. Of them, 93 were women.\n12.3. The Ministry opened 4 centres.'), ['93', '4']);
  });
  it('section numbers opening a heading', () => {
    assert.deepEqual(stats('4.3 Deaths, suicide and self-harm'), []);
    assert.deepEqual(stats('2. Torture investigations'), []);
    // A heading whose title opens on a count: the section's number is not one.
    assert.deepEqual(stats('5. 961 prisoners who harmed themselves'), ['961']);
    // A count opening a sentence is still a count.
    assert.deepEqual(stats('12 NGOs took part.'), ['12']);
    assert.deepEqual(stats('4.3 per cent of detainees complained.'), ['4.3 per cent']);
  });
  it('number words that are names', () => {
    assert.deepEqual(stats('a complaint was filed against Ten in 2022'), []);
    assert.deepEqual(stats('Mr. Ten replied on behalf of the delegation'), []);
    assert.deepEqual(stats('Ten officers were charged.'), ['Ten']);
  });
  it('times of day, days listed before a month, temperatures', () => {
    assert.deepEqual(stats('taken away at about 11 am and released at 9 p.m.'), []);
    assert.deepEqual(stats('On 18, 19 and 21 January 2021 four activists were kettled'), ['four']);
    assert.deepEqual(stats('temperatures were around -18 degrees Celsius'), []);
  });
  it('legal time limits in a sentence that states a rule, not durations that happened', () => {
    const limits = (text: string) => findFigures(text, [], facts().wording).filter((f) => f.kind === 'statistic').map((f) => f.text);
    assert.deepEqual(limits('Adults can only be held there for 48 hours and minors for 24 hours.'), []);
    assert.deepEqual(limits('Such reports can be sent to the relevant authorities within three days.'), []);
    assert.deepEqual(limits('Candidates must have at least five years of experience in human rights.'), []);
    assert.deepEqual(limits('Fariza Ospan was kept in the police circle for six hours.'), ['six']);
  });
  it('ages told in passing and spans of time that date an event', () => {
    assert.deepEqual(stats('Mikhail was 15 when a police patrol found him.'), []);
    // An age that bounds a group is no count of it; a count of the group is.
    assert.deepEqual(stats('No figure is given for children under 14 or for detainees over 60.'), []);
    assert.deepEqual(stats('Of the injured, 17 were children under 14.'), ['17']);
    assert.deepEqual(stats('Among the convicted rioters, 46 were under 21 at the time of the events.'), ['46']);
    assert.deepEqual(stats('64 people were detained during the first three days of the protests.'), ['64']);
  });
  it('an estimate between neighbouring values is one range', () => {
    const [f] = findFigures('in the presence of five or six police officers', [], facts().wording);
    assert.deepEqual([f!.value, f!.high, f!.text], [5, 6, 'five or six']);
  });
  it('a series takes the unit written after its last number', () => {
    assert.deepEqual(findFigures('compensation of 30, 40 and 50 MCI for moderate, severe and very severe harm', [], facts().wording).map((f) => [f.value, f.unit]), [[30, 'mci'], [40, 'mci'], [50, 'mci']]);
  });
  it('none of these draws a warning in a report', () => {
    assert.deepEqual(flagged('- Rehabilitation and redress for victims of torture and ill-treatment..... 21\n\nThe Fund pays torture victims 30, 40 and 50 Monthly Calculation Index (MCI) for moderate, severe and very severe harm.\n'), []);
  });
});
