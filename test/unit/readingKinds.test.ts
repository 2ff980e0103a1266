import * as assert from 'node:assert/strict';
import { check, facts } from '../support/helpers';
import { stem } from '../../server/src/facts/words';
import { countedPhrase } from '../../server/src/checks/figureContext';

/**
 * How a claim is read (issue #16): each reading in sentences of its kind, written for this test, with the sentence
 * that must be flagged and the one of the same shape that must not. The judgement's own rules carry their examples in
 * server/src/checks/judgement/rules (test/unit/judgementRules.test.ts runs them).
 */
const codes = (text: string) => check(text).findings.filter((f) => f.severity === 'warning' || f.severity === 'error').map((f) => `${f.code}:${text.slice(f.start, f.end)}`);

describe('reading kinds: citations and dates', () => {
  it('a citation restated in parentheses is one wrong reference, reported on the symbol', () => {
    assert.deepEqual(codes('As requested in paragraph 35 of the list of issues (CAT/C/KAZ/Q/4, para. 35), annex III gives the data.'), ['unknown-paragraph:35']);
    const t = 'As requested in paragraph 35 of the list of issues (CAT/C/KAZ/Q/4, para. 35), annex III gives the data.';
    const f = check(t).findings.find((x) => x.code === 'unknown-paragraph')!;
    assert.ok(f.start > t.indexOf('CAT/C/KAZ/Q/4'), 'the finding is on the citation that names the document');
    // Two different wrong paragraphs are two errors.
    assert.equal(codes('Paragraphs 35 and 36 of the list of issues (CAT/C/KAZ/Q/4) ask about it.').length, 2);
  });

  it('a footnote does not inherit the bare paragraph target of the prose before it', () => {
    const body = 'The questions remain relevant (CAT/C/KAZ/Q/4, para. 19).[^1]\n\n';
    assert.deepEqual(codes(`${body}[^1]: Information of the State party on the additional questions of the Committee, para. 44.\n`), []);
    // A note that names its document is still checked.
    assert.deepEqual(codes(`${body}[^1]: See also CAT/C/KAZ/Q/4, para. 36.\n`), ['unknown-paragraph:36']);
  });

  it('a figure that agrees with a fact of a dated event or statement holds the day the sentence gives it', () => {
    // The day a statement was made ("Head of the Anti-Corruption Agency … (5 January 2023)").
    assert.deepEqual(codes('On 12 May 2023 the head of the Anti-Corruption Agency told journalists that his agency had investigated 432 complaints about law enforcement officers.'), ['date-mismatch:12 May 2023']);
    assert.deepEqual(codes('On 5 January 2023 the head of the Anti-Corruption Agency told journalists that his agency had investigated 432 complaints about law enforcement officers.'), []);
    // The day a verdict the source opens on ("On 16.11.2022, by a court verdict, a soldier … was sentenced to 6 years").
    // An event without a name, picked out by a phrase few dated facts use and another of its terms.
    assert.deepEqual(codes('Since 1 January 2024 the bodies of the prosecutor\'s office have the exclusive jurisdiction over the investigation of torture.'), ['date-mismatch:1 January 2024']);
    assert.deepEqual(codes('Since 1 January 2023 the procurators have had exclusive jurisdiction over the investigation of torture.'), []);
    // "penal" and "penitentiary" name the same institutions (vocabulary.yaml).
    assert.deepEqual(codes('The medical units of the remaining institutions of the penal system followed from January 2024.'), ['date-mismatch:January 2024']);
    assert.deepEqual(codes('The medical units of the remaining institutions of the penal system followed from January 2023.'), []);
    // The date of a note in parentheses before its colon is the note's.
    assert.deepEqual(codes('Correction (14 March 2025): an earlier version misstated the year in which the Victims Compensation Fund began operating.'), []);
    // The date of a reply, before what it answers, is the reply's: the communication it answers has its own.
    assert.deepEqual(codes('See the State reply of 4 July 2024 to the Special Procedures (AL KAZ 2/2024), questions 3 and 7.'), []);
    assert.deepEqual(codes('See the joint communication AL KAZ 2/2024 of 9 June 2024.'), ['date-mismatch:9 June 2024']);
    assert.deepEqual(codes('On 16 November 2021 a military court sentenced a soldier to 6 years in prison for causing the death of a civilian.'), ['date-mismatch:16 November 2021']);
    assert.deepEqual(codes('On 16 November 2022 a military court sentenced a soldier to 6 years in prison for causing the death of a civilian.'), []);
    // A running count "as of" a day is no event of that day.
    assert.deepEqual(codes('As of 5 January 2024, the Agency had investigated 432 complaints.'), []);
  });

  it('an act dated with a numeric date before its number ("from 27.01.2021 No 46")', () => {
    assert.deepEqual(codes('The Rules were approved by order of the Prosecutor General from 27.01.2021 No 46.'), ['date-mismatch:27.01.2021']);
    assert.deepEqual(codes('The Rules were approved by order of the Prosecutor General from 27.01.2023 No 46.'), []);
  });

  it('a dated decision is what a sentence dates only when it names the decision, its issuer or what was decided', () => {
    assert.deepEqual(codes("Mikhail Kazantsev's father learned of his detention on 8 January 2021."), []);
    assert.deepEqual(codes('The Anti-Corruption Agency terminated the investigation into the ill-treatment of Mikhail Kazantsev on 8 January 2021.'), ['date-mismatch:8 January 2021']);
  });
});

describe('reading kinds: arithmetic', () => {
  it('a share of an antecedent counted in the paragraph before ("30 of them, or 50 per cent")', () => {
    assert.deepEqual(codes("In 2023 the Coalition's lawyers took on 80 new cases of torture.\n\nMen brought 30 of them, or 50 per cent."), ['arithmetic:50 per cent']);
    assert.deepEqual(codes("In 2023 the Coalition's lawyers took on 80 new cases of torture.\n\nMen brought 30 of them, or 37.5 per cent."), []);
  });
  it('a figure followed by "of them" is a part, not the total of the figures after it', () => {
    assert.deepEqual(codes('In all, 52 volunteers took part in 18 visits, 14 of them from Shymkent and 38 from Turkistan.'), []);
    assert.deepEqual(codes('In all, 52 volunteers took part, of them 14 from Shymkent and 39 from Turkistan.'), ['arithmetic:52']);
  });
  it('a breakdown closed by "the remaining" is reported on the rest, with the value the total leaves', () => {
    const text = 'Of the 310 letters received, 120 concerned health care, 95 food and the remaining 105 other matters.';
    assert.deepEqual(codes(text), ['arithmetic:105']);
    assert.equal(check(text).findings[0]!.fixes[0]!.newText, '95');
  });
  it('a total that is the number of its listed parts counts them ("the four quarterly figures (…)")', () => {
    assert.deepEqual(codes('The four quarterly figures published by the service (31, 44, 27 and 19) add up to 121.'), []);
    assert.deepEqual(codes('The four quarterly figures published by the service (31, 44, 27 and 19) add up to 125.'), ['arithmetic:125']);
  });
});

describe('reading kinds: which fact a figure speaks of', () => {
  it('"such" refers its noun back to the sentence before, with the complement that sentence gives it ("41 such crimes" of kidnapping)', () => {
    const text = 'In 2019–2022, 180 crimes of kidnapping were registered.\n\nIn 2023, 41 such crimes were registered.';
    assert.ok(!codes(text).some((c) => c.endsWith(':41')), codes(text).join(', '));
    assert.ok(facts().wording.carriesSubject('In 2023 as a whole, 41 such crimes were registered.'));
    assert.ok(!facts().wording.carriesSubject('Crimes such as kidnapping fell to 41 in 2023.'));
  });

  it('a list item that is only a label and a figure counts what the label names, read with the sentence before the list', () => {
    assert.deepEqual(codes('Penal institutions are served by 1,352 medical personnel in all.\n\n- Doctors: 512\n- Nurses: 701\n'), ['figure-mismatch:701']);
    assert.deepEqual(codes('Penal institutions are served by 1,352 medical personnel in all.\n\n- Doctors: 512\n- Nurses: 710\n'), []);
    // The sentence before names another place: its staff are not the sources' count.
    assert.deepEqual(codes('The Karaganda prison hospital has 140 medical staff.\n\n- Doctors: 52\n- Nurses: 71\n'), []);
  });

  it('a figure that counts nothing itself counts the set its sentence draws it from ("Of the attempts …, 31 were …")', () => {
    assert.deepEqual(codes('Of the suicide attempts that staff stopped in 2023, 31 were spotted by video surveillance.'), ['figure-mismatch:31']);
    assert.deepEqual(codes('Of the suicide attempts that staff stopped in 2023, 23 were spotted by video surveillance.'), []);
    assert.deepEqual(codes('Of the suicide attempts that staff stopped in the Pavlodar colony in 2023, 31 were spotted by video surveillance.'), []);
  });

  it('each part of a breakdown is restricted by its own words, not by the next part\'s ("17 were minors and 60 were women")', () => {
    assert.deepEqual(codes('Among the civilians injured in January 2022 who sought medical help, 17 were minors and 60 were women.'), ['figure-mismatch:60']);
    assert.deepEqual(codes('Among the civilians injured in January 2022 who sought medical help, 17 were minors and 54 were women.'), []);
  });

  it('a clause before the subject carries the measure of the sentence before, with its comma or without', () => {
    assert.ok(facts().wording.carriesSubject('Once the new facilities are complete, the share is to reach 40 per cent.'));
    assert.ok(facts().wording.carriesSubject('Once the new facilities are complete the share is to reach 40 per cent.'));
    assert.ok(!facts().wording.carriesSubject('Once the number of inmates falls below 30,000 the colony will close.'));
  });

  it('a sentence that carries its subject counts what the sentence before was found to count, in another year', () => {
    assert.deepEqual(codes('The Fund compensated 944 victims in 2021.\n\nIn 2022 this figure rose to 1,085.'), ['figure-mismatch:1,085']);
    assert.deepEqual(codes('The Fund compensated 944 victims in 2021.\n\nIn 2022 this figure rose to 1,058.'), []);
    // The sentence before states no sourced figure: nothing is carried.
    assert.deepEqual(codes('Our lawyers assisted 94 victims in 2021.\n\nIn 2022 this figure rose to 105.'), []);
  });

  it('a part drawn from "the said 140 persons" (translated English) is a part of that whole', () => {
    assert.deepEqual(codes('Of the said 140 persons, 52 are employees of the internal affairs bodies prosecuted for torture.'), []);
    assert.deepEqual(codes('52 employees of the internal affairs bodies were prosecuted for torture in the January 2022 cases.'), ['figure-mismatch:52']);
  });

  it('adjectives joined by "and" before their noun are one counted phrase ("39 psychiatric and psychoneurological organizations")', () => {
    assert.equal(countedPhrase(' psychiatric and psychoneurological organizations.'), ' psychiatric and psychoneurological organizations.');
    assert.equal(countedPhrase(' victims and their families'), ' victims');
    assert.equal(countedPhrase(' men, 38 women'), ' men');
  });

  it('what an estimate puts a figure at is what it counts ("put the civilian death toll … at 250")', () => {
    assert.deepEqual(codes('Media tallies put the civilian death toll of the January 2022 events at 250.'), ['figure-mismatch:250']);
    assert.deepEqual(codes('Media tallies put the civilian death toll of the January 2022 events at 219.'), []);
    // A toll of deaths is no count of complaints, in Almaty or elsewhere.
    assert.deepEqual(codes('Of the complaints the Coalition registered after January 2022, independent journalists put the civilian death toll in Almaty at 150.'), []);
  });

  it('the regional commissioners for the rights of the child are an institution of their own, not NPM participants', () => {
    assert.deepEqual(codes('## National preventive mechanism\n\nRegional commissioners for the rights of the child are appointed in 14 regions.'), []);
    assert.deepEqual(codes('## National preventive mechanism\n\nIn 2021–2022 NPM participants came from 14 regions.'), ['figure-mismatch:14']);
  });

  it('a colon introduces the table after it, not a list after that table', () => {
    const table = "The delegation handed over a table (data of the General Prosecutor's Office):\n\n| Year | Torture registered |\n|---|---|\n| 2019 | 850 |\n| 2020 | 766 |\n\n";
    assert.deepEqual(codes(`${table}7. The Fund compensated 1 058 victims in 2022.\n8. In 2023, 348 victims received 94 million 456 thousand tenge.\n`), ['figure-mismatch:94 million 456 thousand']);
  });

  it('an agent after a figure ("265 by special prosecutors") and an aside after the reporting verb ("said (interpretation from Russian) that") are no restriction of what is counted', () => {
    const lead = 'The head of the delegation said (interpretation from Russian) that after the January events the criminal prosecution bodies registered 5 300 crimes.\n\n';
    assert.deepEqual(codes(`${lead}Of them, 383 were registered by the Anti-Corruption Agency and 265 by special prosecutors.`), ['figure-mismatch:265']);
    assert.deepEqual(codes(`${lead}Of them, 383 were registered by the Anti-Corruption Agency and 275 by special prosecutors.`), []);
  });

  it('an amount converted in parentheses ("50 MCI (178,500 tenge)") is the payment its first amount agrees with, as any source states it', () => {
    // 50 MCI agrees with the NGO's figure; the State's conversion of the same payment is 172,500 tenge.
    assert.deepEqual(codes('Where a victim dies, the Fund pays the family 50 MCI (178,500 tenge).'), ['figure-mismatch:178,500']);
    assert.deepEqual(codes('Where a victim dies, the Fund pays the family 50 MCI (172,500 tenge).'), []);
  });

  it('a cell of a table row counts what the facts its row\'s other cells agree with state beside it; whose data a table gives is no restriction', () => {
    const head = "The delegation gave the following figures (data of the General Prosecutor's Office):\n\n| Year | Torture registered in the Unified Register | Discontinued on rehabilitating grounds | Sent to court |\n|---|---|---|---|\n";
    assert.deepEqual(codes(`${head}| 2021 | 685 | 538 | 7 |\n`), ['figure-mismatch:538']);
    assert.deepEqual(codes(`${head}| 2021 | 685 | 583 | 7 |\n`), []);
    // A year the sources do not count: no cell of the row agrees with anything.
    assert.deepEqual(codes(`${head}| 2024 | 700 | 583 | 9 |\n`), []);
  });

  it('a consequence ("therefore", "thus") is read with the sentence before it, and its year', () => {
    const fund = '## Payments from the Victims Compensation Fund\n\nVictims of torture receive 30 MCI from the Fund.';
    // At the index of 2024, after the source spoke (May 2023): not the source's 103,500 tenge.
    assert.deepEqual(codes(`${fund} The index stood at 3,692 tenge in 2024.\n\nA first-category payment thus came to 110,760 tenge.`), []);
    assert.deepEqual(codes(`${fund}\n\nA first-category payment came to 110,760 tenge.`), ['figure-mismatch:110,760']);
    assert.ok(facts().wording.carriesSubject('The number of complaints thus rose by a quarter.'));
  });

  it('a present tense the event lists name, before the figure, is its verb ("employs 45 special prosecutors")', () => {
    assert.deepEqual(facts().wording.verbEventsWithDistance('Today the prosecution service employs', true).map((e) => e.event), ['employed']);
    assert.deepEqual(codes('Today the prosecution service employs 45 special prosecutors who deal only with torture cases.'), []);
    // A plural noun is no verb: "complaints" before a figure is not "complained".
    assert.deepEqual(facts().wording.verbEventsWithDistance('the visits', true), []);
  });

  it('"about" a share allows a rounding of a few points, not a tenth of it ("some 52 per cent" is not 47 per cent)', () => {
    assert.deepEqual(codes('Of the recommendations NPM participants made in 2020–2023, some 52 per cent have been executed.'), ['figure-mismatch:52 per cent']);
    assert.deepEqual(codes('Of the recommendations NPM participants made in 2020–2023, some 48 per cent have been executed.'), []);
  });

  it('who reports a figure is no restriction of it, after a date that opens the sentence too', () => {
    const r = facts().wording.restrictionsOf('On 14 March 2022 the Prosecutor General told journalists that 243 criminal cases had been opened.');
    assert.deepEqual(r.institutions, []);
  });

  it('who reports a quotation after its verb ("…", says a statement of the Prosecutor General\'s Office) is no restriction either', () => {
    const r = facts().wording.restrictionsOf('"In total, 1 413 persons were convicted in the cases of the January events", says a statement of the Prosecutor General\'s Office.', true);
    assert.deepEqual(r.institutions, []);
    // What follows a reporting verb that does not close the sentence is still read.
    assert.deepEqual(facts().wording.restrictionsOf('In 2023, said the head of the Agency, the Prosecutor General registered 40 cases.', true).institutions, ['prosecutor general']);
  });

  it('a value none of one breakdown\'s parts and total has is wrong whichever is meant, and no fix is preferred', () => {
    const t = "As a result of the visits of NPM participants and of the Ombudsman's representatives, 270 officials were brought to justice.";
    const f = check(t).findings.find((x) => x.code === 'figure-mismatch');
    assert.ok(f, 'a mismatch');
    assert.equal(t.slice(f.start, f.end), '270');
  });

  it('the members of the body the sentence opens on, not of another body it names', () => {
    assert.deepEqual(codes('## The national preventive mechanism under the Ombudsman\n\nThe commission that elects the Coordination Council has 19 members.').map((c) => c.split(':')[0]), ['figure-mismatch']);
    const r = check('## The national preventive mechanism under the Ombudsman\n\nThe commission that elects the Coordination Council has 19 members.');
    assert.match(r.findings[0]!.message, /is 17 /);
    assert.deepEqual(codes('## The national preventive mechanism under the Ombudsman\n\nThe commission that elects the Coordination Council has 17 members.'), []);
  });

  it('a year after a figure and its unit is that figure\'s ("from 23.5 million tenge in 2020 to 37 million tenge in 2022")', () => {
    const t = "The foundation's administrative expenses rose from 23.5 million tenge in 2020 to 37 million tenge in 2022.";
    const f = check(t).findings.find((x) => x.code === 'figure-mismatch');
    assert.equal(f && t.slice(f.start, f.end), '37 million');
    assert.match(f!.message, /33 million/);
    // Rounded values one unit apart are different values ("37 million" is not "38 million").
    assert.deepEqual(codes("The foundation's administrative expenses rose from 23.5 million tenge in 2020 to 33 million tenge in 2022."), []);
  });

  it('a range whose other end the source states otherwise', () => {
    assert.deepEqual(codes('Payments from the Fund to the victims in the Taldykorgan case averaged between €100 and €300.'), ['figure-mismatch:100 and €300']);
    assert.deepEqual(codes('Payments from the Fund to the victims in the Taldykorgan case averaged between €100 and €245.'), []);
  });

  it('a month and year that name events do not narrow the count of their cases to that year', () => {
    assert.deepEqual(codes('Prosecutors themselves terminated 18 of the January 2022 torture cases.'), ['figure-mismatch:18']);
  });

  it('a subject carried by "Of those concerned"', () => {
    assert.deepEqual(codes('In 2022 prisoners committed 945 acts of self-harm.\n\nOf those concerned, 150 harmed themselves two or more times.'), ['figure-mismatch:150']);
  });

  it('a bound the same-measure fact satisfies is never its contradiction ("over 200" and the 238 killed)', () => {
    assert.deepEqual(codes('The authorities have failed to investigate the deaths of over 200 people in the January 2022 events.'), []);
    assert.deepEqual(codes('Over 200 people were killed in the January 2022 events, civilians and law enforcement officers together.'), []);
    assert.deepEqual(codes('In the January 2022 events, 260 people were killed, civilians and law enforcement officers together.').map((c) => c.split(':')[0]), ['figure-mismatch']);
  });

  it('a measure named by its kind alone, after an opening clause, is the one of the sentence before ("When …, the number will reach …")', () => {
    const before = 'In 2023, some 4,500 inmates, or 19.2 per cent, were confined in cells.';
    assert.deepEqual(codes(`${before} When the remaining facilities are complete, the share should reach 45.5 per cent, or 12,900 persons, by 2030.`), ['figure-mismatch:12,900']);
    assert.deepEqual(codes(`${before} When the remaining facilities are complete, the share should reach 45.5 per cent, or 13,200 persons, by 2030.`), []);
    // "The number of …" names its own measure.
    assert.deepEqual(codes(`${before} When the remaining facilities are complete, the number of guards should reach 12,900 persons by 2030.`), []);
    // A projection the source states for that year is no figure "after the source".
    assert.deepEqual(codes('By 2030, the number of inmates confined in cells will reach 12,900 persons.'), ['figure-mismatch:12,900']);
  });

  it('places counted ("48 cities") are things, not persons', () => {
    assert.deepEqual(codes('In January 2022 protests took place in 48 cities, and many of those detained were ironed.'), []);
  });

  it('a hyphenated word before the counted noun is one word of the phrase ("337 pre-trial investigations" count investigations)', () => {
    const infos = (text: string) => check(text).findings.map((f) => `${f.code}:${text.slice(f.start, f.end)}`);
    // The State's 2024 follow-up gives 337 such investigations, its July 2024 reply 338: the earlier figure is updated.
    assert.deepEqual(infos('By then, 337 pre-trial investigations had been opened into torture and abuse of authority in connection with the January 2022 events.'), ['figure-superseded:337']);
    assert.deepEqual(infos('By then, 337 pretrial investigations had been opened into torture and abuse of authority in connection with the January 2022 events.'), ['figure-superseded:337']);
  });

  it('the whole of a breakdown is not what a figure speaks of when its words name what only a part counts', () => {
    // 49 officers were prosecuted in 16 cases; 43 were convicted in 14 of them.
    const t = 'Forty-three officers were convicted in 16 cases of torture committed during the January 2022 events.';
    const j = check(t).figures.find((x) => x.text === '16');
    assert.ok(!j?.rules?.some((r) => r.startsWith('whole-of-breakdown')), JSON.stringify(j));
  });

  it('a figure that satisfies the bound of a fact of another counted thing is no news of that fact\'s update', () => {
    const infos = (text: string) => check(text).findings.map((f) => `${f.code}:${text.slice(f.start, f.end)}`);
    assert.deepEqual(infos('The protests of January 2022 spread to 48 cities and more than 40 localities.'), []);
  });

  it('"pre-trial" and "pretrial" are one word', () => {
    assert.equal(stem('pre-trial'), stem('pretrial'));
    assert.equal(stem('non-governmental'), stem('nongovernmental'));
    assert.deepEqual(codes("In 2023, procurators' reports led to disciplinary sanctions against 340 officials of pre-trial investigation bodies."), ['figure-mismatch:340']);
  });
});

describe('reading kinds: tables', () => {
  it('a cell\'s place is its row\'s and its column\'s, not another column\'s header', () => {
    const table = 'Concerning the persons convicted for the January 2022 events, the following measures were applied.\n\n| Kind of measure | Total persons | Of them by courts of Almaty city |\n|---|---|---|\n| Imprisonment | 294 | 88 |\n| Suspended sentence | 538 | 131 |\n| Terminated in connection with death | 29 | – |\n';
    const r = check(table);
    const total = r.figures.find((j) => j.text === '29')!;
    assert.ok(!total.rules?.some((x) => /almaty/.test(x)), JSON.stringify(total.rules));
    // The Almaty column's own cells are Almaty's.
    const almaty = r.figures.find((j) => j.text === '131')!;
    assert.ok(almaty.rules?.some((x) => /narrower-scope: the claim names place "almaty"/.test(x)), JSON.stringify(almaty.rules));
  });

  it('a row\'s label is its cells of words before the figure', () => {
    const table = '| Date | Source | What was counted | Number |\n|---|---|---|---|\n| 12 July 2022 | Ministry of Justice | January cases closed as unsubstantiated | 150 |\n';
    assert.deepEqual(codes(table), ['figure-mismatch:150']);
    assert.deepEqual(codes(table.replace('| 150 |', '| 137 |')), []);
  });

  it('a row that is part of the row above ("of which …") reads with that row\'s label', () => {
    const table = '| Indicator | 2022 | 2023 |\n|---|---|---|\n| Suicide attempts prevented | 78 | 120 |\n| of which through video surveillance | 8 | 23 |\n';
    const f = check(table).findings.filter((x) => x.code === 'figure-mismatch');
    assert.deepEqual(f.map((x) => table.slice(x.start, x.end)), ['8']);
    assert.ok(f[0]!.factIds[0]!.includes('prevented-by-video'), f[0]!.factIds.join());
  });
});

/**
 * Readings added for the eighth blind corpus's kinds (an NGO press release, an academic working paper), each a sentence
 * that must be flagged and one of the same shape that must not: `flagged` lists the findings the first draws.
 */
const CASES: { kind: string; flagged: string; findings: string[]; clean: string }[] = [
  {
    kind: '"that number" at a sentence\'s opening carries the measure of the sentence before',
    flagged: 'The same reply states that prosecutors released people held in temporary detention centres without grounds. That number, the authorities wrote, was 130 people.',
    findings: ['figure-mismatch:130'],
    clean: 'The same reply states that prosecutors released people held in temporary detention centres without grounds. That number, the authorities wrote, was 103 people.',
  },
  {
    kind: '"the following year", "the year before" and "that year" date a figure by the year named before it',
    flagged: 'The NPM was reformed in 2023. The year before, the NPM consisted of 130 participants from 20 regions.',
    findings: ['figure-mismatch:130'],
    clean: 'The NPM was reformed in 2023. The following year the NPM consisted of 130 participants from 20 regions.',
  },
  {
    kind: '"Of these, 24 …" is a part of the one count of the sentence before, not of another whole',
    flagged: 'The State registered 1,151 injured civilians who sought medical help. Of these, 24 were women.',
    findings: ['figure-mismatch:24'],
    clean: 'The Coalition passed its 190 torture complaints on to the authorities. Of these, 24 concerned women.',
  },
  {
    kind: 'an NGO\'s partners\' documentation is its own monitoring, not the State\'s count',
    flagged: 'A total of 212 pretrial investigations have been opened into allegations of torture in connection with the January 2022 events.',
    findings: ['figure-mismatch:212'],
    clean: 'Our partner organisations have documented 212 new allegations of torture in connection with the January 2022 events.',
  },
  {
    kind: 'a language ("the Russian-language version") is not a group of persons',
    flagged: 'In the Russian-language version of the answers the series reads: in 2021, 949 victims were compensated.',
    findings: ['figure-mismatch:949'],
    clean: 'In the Russian-language version of the answers the series reads: in 2021, 944 victims were compensated.',
  },
  {
    kind: 'whom a speaker told ("told parliament that") does not restrict what is counted',
    flagged: 'On 5 January 2023 the head of the Anti-Corruption Agency told parliament that 374 had been closed for lack of a crime.',
    findings: ['figure-mismatch:374'],
    clean: 'On 5 January 2023 the head of the Anti-Corruption Agency told parliament that 347 had been closed for lack of a crime.',
  },
  {
    kind: 'a count named by the agent of what is counted ("visits by NPM participants") counts the visits',
    flagged: '| Indicator | Value |\n|---|---|\n| NPM participants, 2021–2022 | 389 |\n',
    findings: ['figure-mismatch:389'],
    clean: '| Indicator | Value |\n|---|---|\n| Preventive visits by NPM participants, 2021–2022 | 389 |\n',
  },
  {
    kind: 'a bare paragraph after a document named in words cites that document, not the one cited last',
    flagged: 'The Committee asked about redress (CAT/C/KAZ/Q/4, para. 25). It asked again (para. 45).',
    findings: ['unknown-paragraph:45'],
    clean: 'The Committee asked about redress (CAT/C/KAZ/Q/4, para. 25). The budget is given in the answers (Additional questions, para. 45).',
  },
  {
    kind: 'the noun of the people counted ("paid to 47 convicts") is not what happened to them ("convicted")',
    flagged: 'In the last five years, 47 persons were convicted of torture.',
    findings: ['figure-mismatch:47'],
    clean: 'The Social Code provides for a care allowance for disabled persons in the penal system. At present, the said allowance is paid to 47 convicts.',
  },
  {
    kind: '"Among them were 83 women" is a part of the one count of the sentence before',
    flagged: 'Of the civilians who sought medical help after the January 2022 events, 83 were women.',
    findings: ['figure-mismatch:83'],
    clean: 'Amnesty had been applied to 1,201 persons, but not to those who had committed torture. Among them were 83 women, a delegate added.',
  },
  {
    kind: 'a share right after a table, equal to the ratio of two counts of one of its rows, is computed from them',
    flagged: 'Thus, in 2022 the share of torture complaints that were registered made up 80 per cent.',
    findings: ['figure-mismatch:80 per cent'],
    clean: '| Year | Registered | Discontinued | Sent to court |\n|---|---|---|---|\n| 2021 | 685 | 583 | 9 |\n| 2022 | 920 | 819 | 10 |\n\nThus, in 2022 the criminal offences discontinued on rehabilitating grounds made up 89,0 per cent of the registered ones.\n',
  },
  {
    kind: 'a table whose first header names places in several words ("City or region") is read row by row, "Other cities" too',
    flagged: '| City or region | Registered | Closed by late December 2022 |\n|---|---|---|\n| Taraz | 33 | 30 |\n',
    findings: ['figure-mismatch:30'],
    clean: '| City or region | Registered | Closed by late December 2022 |\n|---|---|---|\n| Taraz | 33 | 33 |\n| Other cities | 40 | 0 |\n',
  },
  {
    kind: 'a part of one year ("in the first half of 2024") is in that year, not a count of the January 2022 cases',
    flagged: 'Prosecutors opened 41 new torture investigations in the January 2022 cases, which were at the pre-trial stage as of July 2024.',
    findings: ['figure-mismatch:41'],
    clean: 'Prosecutors opened 41 new torture investigations nationwide in the first half of 2024, the Prosecutor General\'s Office said.',
  },
  {
    kind: 'a column of averages is not summed in its total row, nor is an average the amount a law sets',
    flagged: '| Year | Victims compensated | Amount (thousand tenge) |\n|---|---|---|\n| 2020 | 262 | 33,545 |\n| 2021 | 944 | 122,163 |\n| Total | 1,206 | 165,708 |\n',
    findings: ['arithmetic:165,708'],
    clean: '| Year | Victims compensated | Average per victim (tenge) |\n|---|---|---|\n| 2020 | 262 | 128,034 |\n| 2021 | 944 | 129,410 |\n| Total | 1,206 | 133,463 |\n',
  },
  {
    kind: 'a count the writer tells in the first person is its own, not another NGO\'s either',
    flagged: 'The NGO Coalition registered 274 complaints of torture linked to the January events by the end of 2022.',
    findings: ['figure-mismatch:274'],
    clean: 'Our documentation centre has logged 274 complaints of torture linked to the January events, against 190 registered by the NGO Coalition by the end of 2022.',
  },
  {
    kind: '"the current year" is the year of the draft\'s dateline',
    flagged: '*Astana, 12 September 2024*\n\nIn the previous year 118 criminal offences of torture were registered in the Unified Register.\n',
    findings: ['figure-mismatch:118'],
    clean: '*Astana, 12 September 2024*\n\nFor eight months of the current year 118 criminal offences of torture were registered in the Unified Register.\n',
  },
  {
    kind: 'a count "now" or "at present" is of the year of the draft\'s dateline, not of a source written before it',
    flagged: '*Almaty, 30 March 2023*\n\nThe NGO Coalition against Torture now has more than 70 members.\n',
    findings: ['figure-mismatch:70'],
    clean: '*Almaty, 3 March 2025*\n\nThe NGO Coalition against Torture now has more than 70 members.\n',
  },
  {
    kind: 'a count "now" is of the month of the draft\'s dateline too, not of a source written months before it',
    flagged: '*Almaty, 25 March 2023*\n\nThe NGO Coalition against Torture now has more than 70 members.\n',
    findings: ['figure-mismatch:70'],
    clean: '*Almaty, 30 June 2023*\n\nThe NGO Coalition against Torture now has more than 70 members.\n',
  },
  {
    kind: 'who reports after an aside ("…, as the papers reported, the Prosecutor General told parliament that") narrows nothing, in a sentence that carries it either',
    flagged: 'On 5 January 2023, as newspapers noted, the Prosecutor General told deputies that 329 torture cases had been opened. The same day the head of the Anti-Corruption Agency told journalists that his agency had closed 380 cases for lack of a crime.',
    findings: ['figure-mismatch:380'],
    clean: 'On 5 January 2023, as newspapers noted, the Prosecutor General told deputies that 329 torture cases had been opened. The same day the head of the Anti-Corruption Agency told journalists that his agency had closed 347 cases for lack of a crime.',
  },
  {
    kind: 'whom a speaker told on a date ("told parliament on 5 January 2023 that") narrows nothing, in the sentence a figure carries its subject from either',
    flagged: 'The Prosecutor General told parliament on 5 January 2023 that 329 torture cases had been opened. The same day the head of the Anti-Corruption Agency said his agency had examined 432 complaints and closed 374 of them for lack of a crime.',
    findings: ['figure-mismatch:374'],
    clean: 'The Prosecutor General told parliament on 5 January 2023 that 329 torture cases had been opened. The same day the head of the Anti-Corruption Agency said his agency had examined 432 complaints and closed 347 of them for lack of a crime.',
  },
  {
    kind: 'a figure given as what was said on a day of a stated year is that day\'s figure, not a stale one: its day is checked instead',
    flagged: 'General Prosecutor Berik Asylov told parliament on 5 January 2022 that 329 criminal cases on torture had been opened in connection with the January events.',
    findings: ['date-mismatch:5 January 2022'],
    clean: 'General Prosecutor Berik Asylov told parliament on 5 January 2023 that 329 criminal cases on torture had been opened in connection with the January events.',
  },
  {
    kind: 'an amount spoken in words ("one thousand two hundred and one") is one number, told to the unit',
    flagged: 'In connection with the January events, the amnesty was applied to one thousand two hundred and ten persons.',
    findings: ['figure-mismatch:one thousand two hundred and ten'],
    clean: 'In connection with the January events, the amnesty was applied to one thousand two hundred and one persons.',
  },
  {
    kind: 'a note in parentheses that closes a figure\'s sentence says whose count it is ("31 (own count from Fund replies)")',
    flagged: '- Criminal cases of torture registered in 2021: 690.\n',
    findings: ['figure-mismatch:690'],
    clean: '- Criminal cases of torture registered in 2021: 690 (own count from court records).\n',
  },
  {
    kind: 'a box of numbers that gives the figure first reads it with the words after it ("| 64 | Coalition complaints from Almaty |")',
    flagged: '| Number | What it counts |\n|---|---|\n| 64 | Coalition complaints from Almaty about torture during the January events |\n',
    findings: ['figure-mismatch:64'],
    clean: '| Number | What it counts |\n|---|---|\n| 46 | Coalition complaints from Almaty about torture during the January events |\n',
  },
  {
    kind: 'an amount the sentence computes from an amount in MCI and the value of one MCI it states is its own arithmetic',
    flagged: 'The lowest payment the Fund makes to victims of torture, 30 MCI, came to 110,760 tenge.',
    findings: ['figure-mismatch:110,760'],
    clean: 'The monthly calculation index stood at 3,692 tenge in 2024, so the lowest payment the Fund makes to victims of torture, 30 MCI, came to 110,760 tenge.',
  },
  {
    kind: 'a count of a rare value beside one other figure anchors what its sentence counts ("850 reports, of which 746 were closed")',
    flagged: 'In 2019, the register showed 850 reports, of which 746 were closed on rehabilitating grounds.',
    findings: ['figure-mismatch:746'],
    clean: 'In 2019, the register showed 850 reports, of which 764 were closed on rehabilitating grounds.',
  },
  {
    kind: 'complaints from relatives are a group\'s, not all complaints; a payment to relatives is the one for those "entitled to the rights of a deceased victim"',
    flagged: 'The highest category, for relatives of deceased victims, is 50 MCI (175,200 tenge).',
    findings: ['figure-mismatch:175,200'],
    clean: 'The Coalition has also received 44 complaints from relatives of people who died in custody after the January events.',
  },
  {
    kind: 'a speaker that tells of its own acts ("the Almaty city prosecutor\'s office says it closed") is whose figure it is',
    flagged: 'The prosecutors closed 82 torture investigations linked to the January events.',
    findings: ['figure-mismatch:82'],
    clean: 'The Almaty city prosecutor\'s office says it closed 82 torture investigations linked to the January events.',
  },
  {
    kind: '"the same period" dates a figure by the period named before it; "five days later" is when, not how long',
    flagged: 'From January to December 2021 a further 186 officials were held liable.\n\nIn the same period 690 criminal cases of torture were registered.\n',
    findings: ['figure-mismatch:690'],
    clean: 'From January to September 2024 a further 186 officials were held liable.\n\nIn the same period 690 criminal cases of torture were registered. Five days later the register was closed.\n',
  },
  {
    kind: 'a sentence of a year and a figure with no verb ("In 2021 — 176 officials.") says the measure of the sentence before for another year',
    flagged: 'In 2023 in the penal institutions 109 officials were brought to disciplinary responsibility for improper performance of duties.\n\nIn 2021 — 176 officials.\n',
    findings: ['figure-mismatch:176'],
    clean: 'In 2023 in the penal institutions 109 officials were brought to disciplinary responsibility for improper performance of duties.\n\nIn 2021 — 167 officials.\n',
  },
  {
    kind: '"N times" after an act counts occasions, and "between June 2020 and July 2021" is one period',
    flagged: 'Between June 2020 and July 2021 the police kettled peaceful protesters at least 12 times.',
    findings: ['figure-mismatch:12'],
    clean: 'In 2021 the police kettled peaceful protesters three times.',
  },
  {
    kind: 'the year of the whole a sentence opens on ("Of the 3,016 recommendations made in 2024, …") dates its parts',
    flagged: 'Of the 10,169 recommendations made by the NPM in 2020-2023, by the end of the period 4,870 were executed.',
    findings: ['figure-mismatch:4,870'],
    clean: 'Of the 3,016 recommendations made by the NPM in 2024, by the end of the year 1,238 were executed.',
  },
  {
    kind: '"the reporting year" is the year the headings name',
    flagged: "# Follow-up report for 2022\n\nIn the reporting year, 370 officials of pretrial investigation bodies were disciplined following procurators' reports.\n",
    findings: ['figure-mismatch:370'],
    clean: "# Follow-up report for 2024\n\nIn the reporting year, 370 officials of pretrial investigation bodies were disciplined following procurators' reports.\n",
  },
  {
    kind: 'a cell of a year before a row\'s value ("| Indicator | Year | Value |") dates the row',
    flagged: '| Indicator | Year | Value |\n|---|---|---|\n| Persons released by duty procurators from police office premises | 2023 | 494 |\n',
    findings: ['figure-mismatch:494'],
    clean: '| Indicator | Year | Value |\n|---|---|---|\n| Persons released by duty procurators from police office premises | 2022 | 494 |\n',
  },
  {
    kind: 'a project\'s own results ("with project support") are its share, not the Fund\'s count',
    flagged: 'In 2023, the Victims Compensation Fund compensated 400 victims.',
    findings: ['figure-mismatch:400'],
    clean: 'In 2023, the Victims Compensation Fund compensated 400 victims with project support.',
  },
  {
    kind: '"in the same year" at the head of a paragraph is the year the paragraph before names',
    flagged: '9. In 2023 duty procurators released 449 persons from office premises.\n\n10. From temporary holding facilities in the same year 640 citizens were released.\n',
    findings: ['figure-mismatch:640'],
    clean: '9. In 2024 duty procurators released 581 persons from office premises.\n\n10. From temporary holding facilities in the same year 640 citizens were released.\n',
  },
  {
    kind: 'an attribution that closes the sentence ("according to court records we obtained") says whose count it is',
    flagged: 'Criminal cases on torture were opened against 15 police officers, according to the Ministry of Interior.',
    findings: ['figure-mismatch:15'],
    clean: 'Criminal cases on torture were opened against 15 police officers, according to court records we obtained.',
  },
  {
    kind: 'a sentence that opens on the whole the sentence before counted ("Of the 43 convicted, …") carries that sentence',
    flagged: 'In the torture cases of the January 2022 events, 43 law enforcement officers were convicted.\n\nOf the 46 convicted, 25 were sentenced to imprisonment.\n',
    findings: ['figure-mismatch:46'],
    clean: 'In the torture cases of the January 2022 events, 43 law enforcement officers were convicted.\n\nOf the 43 convicted, 25 were sentenced to imprisonment.\n',
  },
  {
    kind: 'a row of a span of the years above that adds up is the table\'s own total, not a rival for a fact',
    flagged: '| Year | Victims | Torture victims |\n|---|---|---|\n| 2020 | 262 | 2 |\n| 2021 | 944 | 9 |\n| 2022 | 1,058 | 15 |\n| 2023 | 348 | 6 |\n| 2020–2023 | 2,602 | 32 |\n',
    findings: ['arithmetic:2,602'],
    clean: '| Year | Victims | Torture victims |\n|---|---|---|\n| 2020 | 262 | 2 |\n| 2021 | 944 | 9 |\n| 2022 | 1,058 | 15 |\n| 2023 | 348 | 6 |\n| 2020–2023 | 2,612 | 32 |\n',
  },
];

describe('reading kinds: a table of sentences of each kind', () => {
  for (const c of CASES) {
    it(c.kind, () => {
      assert.deepEqual(codes(c.flagged), c.findings);
      assert.deepEqual(codes(c.clean), []);
    });
  }
});

describe('reading kinds: numbers that are not counts', () => {
  it('the number of a table, chart or appendix is no count', () => {
    for (const text of ['The distribution of the offences by the bodies is given in Table 2.', 'See Chart 3 and Appendix 4 for the regions.']) {
      assert.deepEqual(check(text).figures.map((j) => j.text), [], text);
    }
    // "numbers" before a count of a plural noun is the verb: "The medical personnel numbers 1 352 workers".
    assert.deepEqual(check('The medical personnel numbers 1 352 workers.').figures.map((j) => j.text), ['1 352']);
  });
});

describe('reading kinds: who counted, and what befell those counted (session 9)', () => {
  it("a section whose heading names the writer's own data gives the writer's own counts", () => {
    const counts = 'In 2022, 910 torture offences were recorded in the Unified Register of Pre-Trial Investigations.\n';
    // Under "Official data" the figure is the State's measure, and wrong.
    assert.deepEqual(codes(`## Official data\n\n${counts}`), ['figure-mismatch:910']);
    // Under a heading that says the section gives the clinic's own case files, it is the clinic's.
    assert.deepEqual(codes(`## Methodology note: the clinic's own case files\n\n${counts}`), []);
    // Not every heading with "own" in it: "What our own register says" is a national register in a national's words.
    assert.deepEqual(codes(`## What our own register says\n\n${counts}`), ['figure-mismatch:910']);
  });

  it('complaints appealing against procedural decisions are not complaints closed', () => {
    // ("appealed" is an event of its own in wording.yaml.)
    assert.deepEqual(codes('The other 75 registered complaints were discontinued.'), []);
  });

  it('"brought to criminal responsibility" says what befell those counted, for the sentences that carry its subject', () => {
    const before = 'In 16 criminal cases on torture of 84 citizens, special prosecutors brought to criminal responsibility 49 employees of law enforcement bodies.\n\n';
    assert.deepEqual(codes(`${before}Among them are 13 employees of the National Security Committee and 37 employees of the Ministry of Internal Affairs.`), ['figure-mismatch:13']);
    assert.deepEqual(codes(`${before}Among them are 12 employees of the National Security Committee and 37 employees of the Ministry of Internal Affairs.`), []);
  });

  it('a sentence that opens on a year named by reference may still carry its measure ("The next year the figure fell to 323")', () => {
    const before = "Procurators' reports led to disciplinary sanctions against 377 officials of pre-trial investigation bodies in 2022.\n\n";
    assert.deepEqual(codes(`${before}The next year the figure fell to 323.`), ['figure-mismatch:323']);
    assert.deepEqual(codes(`${before}The next year the figure fell to 332.`), []);
  });

  it('a table row that names a part of the fact\'s span is not its measure', () => {
    const table = (label: string) => `| Figure | Value |\n|---|---|\n| ${label} | 68 |\n`;
    assert.deepEqual(codes(table('Torture complaints registered by the Coalition, January–September 2024')), []);
  });

  it("a transcript's speaker label does not hide the sentence's opening, and a figure before an active verb counts the set it is drawn from", () => {
    const before = '**PROSECUTOR:** In 2023 we made 107 submissions on violations in places of detention.\n\n';
    assert.deepEqual(codes(`${before}**PROSECUTOR:** Of these submissions, about 40 concerned police temporary detention facilities.`), []);
  });

  it('a figure drawn from a set the sentence opens on, named without a figure, is a part of it', () => {
    assert.deepEqual(codes('Of the complaints of torture that the Office forwarded to procurators in 2022, 96 led to the registration of a pre-trial investigation.'), []);
  });

  it('a cluster or theme number in a heading is a label, and "over a hundred" is a bound', () => {
    assert.deepEqual(codes('## Cluster 3.2 Investigation of and accountability for torture\n\nText.'), []);
    assert.deepEqual(codes('In 2023 and 2024 procurators made over a hundred submissions under article 200 of the Code of Criminal Procedure.'), []);
    assert.deepEqual(codes('In 2023 and 2024 procurators made over two hundred submissions under article 200 of the Code of Criminal Procedure.'), ['figure-mismatch:two hundred']);
  });

  it("a speaker's label in capitals names who speaks, not whom the figure counts", () => {
    assert.deepEqual(codes('**LAWYER:** In Almaty 41 complaints out of 46 were closed.'), ['figure-mismatch:41']);
    assert.deepEqual(codes('**LAWYER:** In Almaty 31 complaints out of 46 were closed.'), []);
  });

  it('"As of <day>" is the day a count stands at, not the day of an event', () => {
    assert.deepEqual(codes('As of 1 September 2024, 118 posts of doctors in penal institutions remained vacant.'), []);
  });

  it('"Of this number" carries the measure of the sentence before', () => {
    assert.deepEqual(codes("The Ministry's hotline received 1 037 calls about unlawful actions of police officers in 2023. Of this number, 153 were forwarded to prosecutors for a pre-trial investigation."), []);
  });

  it("the place of who reports is the place its figures are of (\"Kyrgyzstan's National Centre … reported\")", () => {
    assert.deepEqual(codes("Kyrgyzstan's National Centre for the Prevention of Torture reported 1,126 preventive visits in 2023."), []);
    assert.deepEqual(codes('The national preventive mechanism reported 1,126 preventive visits in 2023.'), ['figure-mismatch:1,126']);
  });

  it("a noun in the possessive names whose the counted things are (\"149 doctors' posts\")", () => {
    assert.deepEqual(codes("The Ministry of Health said that 149 doctors' posts in the penitentiary health service remained vacant."), []);
  });

  it('"together" before a figure closing a list states its total', () => {
    assert.deepEqual(codes('Of the closures, Taraz accounted for 33, Almaty for 31 and Kyzylorda for 11, together 85.'), ['arithmetic:85']);
    assert.deepEqual(codes('Of the closures, Taraz accounted for 33, Almaty for 31 and Kyzylorda for 11, together 75.'), []);
  });

  it('a sentence that cites a document by its symbol is not about an act of another document the fact names', () => {
    assert.deepEqual(codes('- **16 December 2022** – The Committee against Torture issues its list of issues on the fourth periodic report (CAT/C/KAZ/Q/4).'), []);
  });

  it("a table's cell counts what its row's label names by a plural noun", () => {
    const table = (label: string, value: string) => `| Medical network of the penal system | Number |\n|---|---|\n| ${label} | ${value} |\n`;
    assert.deepEqual(codes(table('Dental surgeries in penal institutions', '41')), []);
    assert.deepEqual(codes(table('Medical outpatient clinics in penal institutions', '73')), ['figure-mismatch:73']);
  });

  it('a thread: the number of a post is no figure, "Jan\'22" is a year, "per GPO" and "GPO earlier:" name who speaks', () => {
    assert.deepEqual(codes('26/ Taraz: 33 of 33 closed. Every single one.'), []);
    assert.deepEqual(codes("22/ The Almaty city department received torture complaints linked to Jan'22, its head told a round table."), []);
    // (A thread on the January events says so in an earlier post: a count that nothing ties to them is not theirs.)
    assert.deepEqual(codes("1/ Long thread on accountability for Jan'22.\n\n8/ GPO also says 21 minors among the civilians who sought medical help."), ['figure-mismatch:21']);
    assert.deepEqual(codes("1/ Long thread on accountability for Jan'22.\n\n5/ Medical help: per GPO, 4,998 law enforcement officers went to hospitals."), ['figure-mismatch:4,998']);
  });

  it('parts joined by plus signs after a total add up to it', () => {
    assert.deepEqual(codes('Quick count of the torture verdicts we tracked: 11 verdicts, 6 in 2022 + 4 in 2023 + 3 in 2024.'), ['arithmetic:11']);
  });

  it('children are people, not the beds of a children\'s home', () => {
    assert.deepEqual(codes("The children's home for convicted mothers admitted 38 children in 2023."), []);
  });

  it('a wiki\'s reference markers and reference list: "[1][2]" are no figures, a reply\'s date and a list of issues\' date are their own', () => {
    assert.deepEqual(codes('The official inquiry classified the 219 civilian deaths as follows: 66 suspected participants in the riots, 143 people who violated the state of emergency, 4 who died while committing other crimes and 6 who died as a result of torture.[1][2]'), []);
    assert.deepEqual(codes('In 21 torture cases the investigation was suspended because no suspect had been identified.[1]'), []);
    assert.deepEqual(codes('1. Response of the Republic of Kazakhstan to the request of the UN Special Procedures No. AL KAZ 2/2024, July 2024.'), []);
    assert.deepEqual(codes('5. Committee against Torture, list of issues in relation to the fourth periodic report of Kazakhstan, 16 December 2022.'), []);
  });

  it('a part drawn from the figure before it ("…, of whom 8") is of that figure\'s year', () => {
    assert.deepEqual(codes('Coalition lawyers represented 57 victims in court proceedings in 2023, of whom 8 were minors.'), []);
  });

  it('"six cases closed out of 9": the figure after "out of" is the whole the count is drawn from', () => {
    assert.deepEqual(codes('- Shymkent: six cases closed out of 9.'), []);
  });

  it("the paragraphs of a law's article are not those of the treaty-body document cited before", () => {
    const before = 'The Committee asked about the register (CAT/C/KAZ/Q/4, para. 23).\n\n';
    assert.deepEqual(codes(`${before}He was sentenced under Article 146 Part 2 Paragraphs 31, 32 and 33 of the Criminal Code.`), []);
    assert.deepEqual(codes(`${before}See also paragraphs 31 and 32.`), ['unknown-paragraph:31', 'unknown-paragraph:32']);
  });
});

describe('reading kinds: paragraph labels, ages, own estimates, parts (session 10)', () => {
  it('a paragraph number with a sub-number ("6-1.") is no figure, and the sentence after it carries the paragraph before', () => {
    const before = 'The courts convicted 1 413 persons in the January cases.\n\n';
    assert.deepEqual(codes(`${before}6-1. Of them, 578 were convicted for participation in mass riots.`), []);
    assert.deepEqual(codes(`${before}6-1. Of them, 570 were convicted for participation in mass riots.`), ['figure-mismatch:570']);
    // What "them" are is the paragraph before's: amnestied persons, not the injured women of the January events.
    assert.deepEqual(codes('Amnesty was applied in respect of 1 201 persons.\n\n8.2. Of them, 93 were women and 12 were foreign citizens.'), []);
  });

  it('an age that bounds a group ("children under 14") is no count of it', () => {
    assert.deepEqual(codes('The reply gives no figure for children under 14 among the injured civilians.'), []);
    assert.deepEqual(codes('During the January events, 1151 civilians sought medical help, including 15 minors.'), ['figure-mismatch:15']);
  });

  it("the writer's own estimate, and a thesis's author, count for themselves", () => {
    assert.deepEqual(codes('We estimate that 300 people convicted over the January events were still serving prison terms at the end of 2024.'), []);
    assert.deepEqual(codes('The courts examined 11 civil claims against convicted perpetrators. Of the 11 civil claims, the author found published judgments in 6.'), []);
  });
});

describe('reading kinds: parts of a count before them, places without a name, differences, states of things (session 11)', () => {
  it('a part drawn from a count earlier in its sentence ("…, and 25 of them", "— 208 … and 67 …") is a part of that count', () => {
    assert.deepEqual(codes('In Pavlodar region, 29 torture reports were registered in 2022, and 25 of them were closed on rehabilitating grounds.'), []);
    assert.deepEqual(codes('In 2023, 275 officials were held liable — 208 disciplinarily and 67 administratively.'), []);
    assert.deepEqual(codes('The courts convicted 1,273 persons in the January cases, 530 of them for participation in mass riots.'), ['figure-mismatch:530']);
    // ("383 of these crimes, special prosecutors – 257": a second count after a comma, not a list drawn from the first.)
    assert.deepEqual(codes('The courts convicted 1,413 persons in the said cases, of whom 251 were sentenced to imprisonment.'), ['figure-mismatch:251']);
  });

  it('a place the writer calls "our region", or a few places by their number, restricts the figure', () => {
    assert.deepEqual(codes('In our region, 6,950 people received guaranteed legal aid in 2023.'), []);
    assert.deepEqual(codes('Torture allegations: 1,190 complaints in three regions'), []);
  });

  it('a difference told as a count ("282 complaints fewer", "120 fewer complaints") is no level', () => {
    assert.deepEqual(codes('The Centre registered 120 fewer torture complaints in 2023 than in 2022.'), []);
    assert.deepEqual(codes('Torture complaints fell to 165 in 2023 from 447 in 2022. That is 282 complaints fewer.'), []);
    assert.deepEqual(codes('Torture complaints fell to 165 in 2023 from 447 in 2022. That is 228 complaints fewer.'), ['arithmetic:228']);
  });

  it('the day by which, or on which, a state of things held is no date of an act', () => {
    assert.deepEqual(codes('Only 5 of the victims had received any payment from the Victims Compensation Fund by June 2024.'), []);
    assert.deepEqual(codes("The Prosecutor General's Office said that 40 torture cases registered in 2023 were still under investigation in March 2024."), []);
  });

  it('what the writer found, and a post of a feed after its time and a repost, are read as such', () => {
    assert.deepEqual(codes('Of the 43 convicted officers, we found published verdicts for 35.'), []);
    const feed = '- **16:45.** In 2023, 871 cases of self-harm were registered in the penal system.\n- **16:46.** Of these, 14 involved juvenile inmates.';
    assert.deepEqual(codes(feed), []);
    const repost = '- **10:10.** Forwarded from the Ministry of Health channel: medical units of the penal system employ 1 352 staff, including 512 doctors.\n- **10:11.** Nurses make up 701 of them.';
    assert.deepEqual(codes(repost), ['figure-mismatch:701']);
  });

  it('two years summed ("in 2019 and 2020 taken together") are one period', () => {
    assert.deepEqual(codes('In 2019 and 2020 taken together, 26 torture cases were sent to court.'), []);
    assert.deepEqual(codes('In 2020, 26 torture cases were sent to court.'), ['figure-mismatch:26']);
  });
});

describe('reading kinds: wholes after a possessive, columns of labels, averages told as a subject (session 11)', () => {
  it('a whole after a possessive ("Of the Centre\'s own 74 clients, 29 …") is the whole its parts are drawn from', () => {
    const before = 'In Almaty, investigations were closed on 31 of the 46 complaints registered by the Coalition.\n\n';
    // (The 21 are of the Centre's 29, not the Coalition's Almaty complaints closed.)
    assert.deepEqual(codes(`${before}Of the Centre's own 80 January-related clients, 29 lodged a formal complaint of torture, and the investigation was terminated in 21 of those cases.`), []);
  });

  it('a column whose header names paragraphs or scores holds labels, not counts', () => {
    assert.deepEqual(codes('| CO/4 para. | Recommendation (summary) | What the State reports |\n|---|---|---|\n| 28 | Prison health care under the Ministry of Health | Care in 79 penal institutions run by local health authorities |\n'), []);
    assert.deepEqual(codes('| Risk dimension | Key indicator (latest) | Score | Trend |\n|---|---|---|---|\n| Accountability for January 2022 abuses | 43 officers convicted in 14 torture cases (State, July 2024) | 4 | up |\n'), []);
    // (A column of counts is still read.)
    assert.deepEqual(codes('| Year | Torture offences registered | Score |\n|---|---|---|\n| 2022 | 902 | 4 |\n'), ['figure-mismatch:902']);
  });

  it('an average or a median told as the subject the figure was is an average; "our review" is the writer\'s own', () => {
    assert.deepEqual(codes('The average payment they received from the Fund was about 118 thousand tenge.'), []);
    assert.deepEqual(codes('Our review of 29 published torture verdicts since 2022 finds a median prison term of 4.5 years.'), []);
  });
});

describe('reading kinds: translated amounts, prefixed years, last year, bounds of a class, agents, own wholes (session 12)', () => {
  it('an amount in translated Russian ("5 thousand 300", "211 thousand 918") is one number, told to the unit', () => {
    assert.deepEqual(codes('According to the reply, criminal prosecution bodies registered 5 thousand 300 crimes connected with the January events.'), []);
    assert.deepEqual(codes('According to the reply, criminal prosecution bodies registered 4 thousand 300 crimes connected with the January events.'), ['figure-mismatch:4 thousand 300']);
  });

  it('a year with a prefix ("by mid-2024") is a year, not a law series', () => {
    // (About 9,600 recorders issued to officers in 2024 are not the 2,689 police officers injured in January 2022.)
    assert.deepEqual(codes('Body-worn recorders are mentioned; about 9,600 had been issued to police officers by mid-2024.'), []);
  });

  it('"last year" in a draft dated by its dateline (or a season: "(autumn 2024)") is the year before it', () => {
    assert.deepEqual(codes('*Broadcast script (autumn 2024).*\n\nLast year the coalition received 166 new complaints of torture from all regions.'), []);
  });

  it('"the 2025 MCI" is a year\'s index, and an amount at it is of that year', () => {
    assert.deepEqual(codes('Torture victims fall into the first category; at the 2025 MCI that payment comes to roughly 118,000 tenge.'), []);
  });

  it('a duration that bounds a class of terms ("prison terms of 5 years or more") is no sentence', () => {
    assert.deepEqual(codes('Of the officers convicted in the January cases, 11 received prison terms of 5 years or more, by our count.'), []);
  });

  it('a noun named only as the agent of what a row counts ("visits by participants of the NPM") is not what it counts', () => {
    assert.deepEqual(codes('| Measure | Figure |\n|---|---|\n| Preventive visits by participants of the national preventive mechanism, 2022 | 398 |\n'), []);
  });

  it('a clinic\'s or hotline\'s own count, and only its own column of a table, is the writer\'s', () => {
    assert.deepEqual(codes('Our clinic by itself helped to write 58 such complaints in the first year after January.'), []);
    const table = '| Year | Torture cases registered in the Unified Register | Complaints to our partner hotlines |\n|---|---|---|\n| 2021 | 685 | 241 |\n';
    assert.deepEqual(codes(table), []);
    // (The other columns are still the register's.)
    assert.deepEqual(codes('| Year | Torture cases registered in the Unified Register | Calls to our hotline |\n|---|---|---|\n| 2021 | 658 | 241 |\n'), ['figure-mismatch:658']);
  });

  it('each of two years compared in one sentence is the plain year of its own figure', () => {
    assert.deepEqual(codes('In 2023 the regional prosecutor\'s office registered 14 criminal cases of torture in the Unified Register, against 61 in 2022.'), []);
  });

  it('the noun right after a whole a part is drawn from ("23 of the 61 registered cases") is the whole\'s', () => {
    assert.deepEqual(codes('In 2022, 23 of the 61 registered cases concerned complaints of persons detained in connection with the January 2022 events.'), []);
  });
});

describe('reading kinds: age bounds, changes to come, heads of long labels, wholes stated before, period columns (session 12)', () => {
  it('"aged over 60" is an age, and a figure so bounded counts an age group', () => {
    assert.deepEqual(codes('In January 2022, 238 people were killed, 19 of them law enforcement officers. Of them, 23 were aged over 60.'), []);
  });

  it('"is expected to grow by 8,700 persons" is a change, not a level', () => {
    assert.deepEqual(codes('By 2030 this indicator will reach 45.5 per cent. Thus the number of persons held in cells is expected to grow by 8,700 persons compared with 2023.'), []);
  });

  it('a long row label counts its head noun ("Police temporary detention facilities"), and a "Period" column dates its row', () => {
    assert.deepEqual(codes('| Pavlodar region at a glance (2023) | Figure |\n|---|---|\n| Police temporary detention facilities | 9 |\n'), []);
    assert.deepEqual(codes("| Indicator | Figure | Period |\n|---|---|---|\n| Officials of pre-trial investigation bodies disciplined on procurators' reports | 141 | January–June 2024 |\n"), []);
  });

  it('"in 14 of these torture cases" counts cases; a whole the draft stated before in its section is its own', () => {
    assert.deepEqual(codes('By mid-2024, 43 law-enforcement officers had been convicted in 14 of these torture cases.'), []);
    const own = 'Our lawyers documented 216 torture complaints in 2023.\n\nMost came from remand prisons.\n\nA further 58 of the 216 complaints, or 27 per cent, concerned police temporary detention facilities.';
    assert.deepEqual(codes(own), []);
  });

  it('"Of the convicted officials" carries the sentence before; "the convicted officers we could trace" are the writer\'s own', () => {
    const carried = '6. In 2024 the courts convicted 19 officials under article 146 of the Criminal Code.\n7. Of the convicted officials, 11 were employees of the internal affairs bodies and 2 were employees of the National Security Committee.';
    assert.deepEqual(codes(carried), []);
    assert.deepEqual(codes('- Of the convicted officers we could trace, 9 later returned to service in other agencies'), []);
  });
});

describe('reading kinds: shares in apposition, headings of several years, responsible bodies, wholes alone, own grants (session 13)', () => {
  it('a share in apposition ("that is, more than one in five,") stands between a count and its negation', () => {
    assert.deepEqual(codes('Over the past five years 64 persons have been convicted of torture in the Republic, and 14 of them, that is, more than one in five, were not sentenced to real imprisonment.'), []);
  });

  it('a heading of several years ("2022 versus 2023") dates by its span; a sentence set after the source is not the source\'s', () => {
    assert.deepEqual(codes('# Torture data, 2022 versus 2023\n\n## Compensation\n\nAt the 2024 index of 3,692 tenge, the minimum payment of 30 indices to a torture victim came to 110,760 tenge.'), []);
  });

  it('a section number before a count in a heading ("## 5. 961 prisoners") is not a figure', () => {
    assert.deepEqual(codes('## 5. 961 prisoners who harmed themselves\n\nThe State reported them for 2022.'), []);
  });

  it('a column of responsible bodies names who acts, not whose the figure is', () => {
    const row = (v: string) => `| No. | Measure | Responsible body | Indicator |\n|---|---|---|---|\n| 5.2 | Staffing of medical units | Ministry of Health | ${v} medical workers in penal institutions, of them 521 doctors |\n`;
    assert.deepEqual(codes(row('1 418')).filter((c) => c.startsWith('figure-mismatch:521')), ['figure-mismatch:521']);
  });

  it('"Of those 961, women were 37": a whole alone draws its parts from it', () => {
    assert.deepEqual(codes('Self-harm in 2022: 945 registered cases with 961 people involved.\n\nOf those 961, women were 37, according to a colleague.'), []);
  });

  it('a total row "including those not shown" is no sum of the rows above; a total row that leaves a cell empty sums each column', () => {
    assert.deepEqual(codes('| City | Complaints |\n|---|---|\n| Taraz | 33 |\n| Almaty | 46 |\n| All cities, including those not shown | 190 |\n'), []);
    assert.deepEqual(codes('| Grantee | Region | Complaints | Exams |\n|---|---|---|---|\n| Taraz Desk | Zhambyl | 33 | 21 |\n| Semey Initiative | Abai | 6 | 6 |\n| **Total** | | **39** | **27** |\n'), []);
  });

  it("a grant-maker's grantees and what a body gave on the writer's request are the writer's own", () => {
    assert.deepEqual(codes('[^5]: Our 2023 annual report recorded 126 complaints filed with grantee support.\n\nText.[^5]'), []);
    assert.deepEqual(codes('| Year | Victims compensated |\n|---|---|\n| 2022, of which recognised victims of torture (Ministry, information request) | 21 |\n'), []);
  });

  it('a figure joined to a singular noun ("30-index payment", "3-day visit") counts that noun\'s units', () => {
    assert.deepEqual(codes('The minimum 30-index payment for a torture victim is small.'), []);
    assert.deepEqual(codes('The 3-day visit to victims of torture in Taldykorgan ended.'), []);
  });

  it('a part drawn from a whole ("in the 88 cases where a project lawyer was involved, 41 …") is counted by whoever counted the whole', () => {
    assert.deepEqual(codes('- Early legal help matters: in the 88 cases where a project lawyer was involved within a day of the complaint, 41 led to a registered criminal case.'), []);
  });

  it('"torture reports" logged in the register are its registered cases, whose terms say so; reports a patrol went out on are not', () => {
    assert.deepEqual(codes('In 2019 the Unified Register of Pre-Trial Investigations logged 580 torture reports.'), ['figure-mismatch:580']);
    assert.deepEqual(codes('In 2023 the police went out to the scene on 57 reports of torture.'), []);
  });

  it('what a head of office and staff did, or members took part in, is their own count', () => {
    assert.deepEqual(codes('In 2023 my staff and I made 38 visits to institutions of the penal system.'), []);
    assert.deepEqual(codes('Coalition members took part in 74 preventive mechanism visits in 2023, it says.'), []);
  });

  it('"a year earlier" in a sentence that names its year is the year before that one', () => {
    assert.deepEqual(codes('In 2024 the service registered 71 deaths from disease.\n\nStaff prevented 120 suicide attempts in 2023, against 78 a year earlier.'), []);
  });

  it('a count bounded by an age after a verb of being ("46 were under 21") counts an age group; a secretariat\'s count of verdicts is its own', () => {
    assert.deepEqual(codes('Of those convicted in January 2022 cases, 578 were sentenced for mass riots. Among the convicted rioters, 46 were under 21 at the time of the events.'), []);
    assert.deepEqual(codes('In 14 cases, 43 law enforcement officers have been convicted. Of those convicted, 31 received custodial sentences of five years or more (secretariat count of published verdicts).'), []);
  });

  it('a fact about the January 2022 events is not what a claim speaks of that nothing dates or ties to them', () => {
    assert.deepEqual(codes('## Conditions in penal institutions\n\nColonel Tulegenov reported: "Today nine of our institutions have cell-type blocks, and in them live more than four thousand convicts."'), []);
  });

  it('a row of a breakdown by type of institution counts a part of what its column counts', () => {
    assert.deepEqual(codes('**Complaints of torture in 2023, by type of institution**\n\n| Type of institution | Complaints |\n|---|---|\n| Temporary detention facilities of the police | 58 |\n| Penal institutions | 47 |\n'), []);
  });

  it('recommendations executed are not recommendations made; "from 2023" dates the count before it', () => {
    assert.deepEqual(codes('## National preventive mechanism\n\n- In 2023 alone, 1,312 recommendations were executed.'), []);
    assert.deepEqual(codes('The Government reports that damages were recovered from convicted torturers in a small number of civil claims. Of these, two date from 2021 and nine from 2023.'), []);
  });

  it('a count its clause bounds by a span ("for more than 12 months") counts those beyond the bound', () => {
    assert.deepEqual(codes('9. Deplores that 14 detainees remained in pre-trial detention for more than 12 months before their cases came to trial;'), []);
  });

  it('a claim that names the body a January fact is about needs no date to be about it; "family brawlers" are domestic violence', () => {
    assert.deepEqual(codes('The Kazakh side reported that in 16 cases of torture of 84 citizens special prosecutors had prosecuted 49 employees of the Ministry of Internal Affairs and the National Security Committee.\n\nOf these employees, 14 belonged to the National Security Committee.').filter((c) => c.startsWith('figure-mismatch')), ['figure-mismatch:14']);
    assert.deepEqual(codes('In 2022, 2,209 family brawlers were brought to administrative responsibility for violating the special requirements established by the courts.').filter((c) => c.startsWith('figure-mismatch')), ['figure-mismatch:2,209']);
  });

  it('a fact about another offence (kidnapping) is not a figure for torture cases unless the offence is named', () => {
    assert.deepEqual(codes('Cases sent to court barely moved, 10 in 2022 and 7 in 2023, so as a share of registrations prosecutions actually rose, from 1.1 to 3.6 per cent.'), []);
    assert.deepEqual(codes('From 2019 to the end of April 2023, 214 crimes of bride kidnapping were registered.\n\nOf these, 202 were terminated, and 12 cases were sent to court.').filter((c) => c.startsWith('figure-mismatch')), ['figure-mismatch:12']);
  });
});

describe('reading kinds: aims, totals of stated figures, places counted, thread posts, differences, table columns (session 14)', () => {
  it('an item of what "we will" do ("raise … from today\'s X to Y") aims at Y; a past "was raised … to Y" is a figure', () => {
    const promise = 'Within the first term we will:\n\n- raise the annual budget of the national preventive mechanism from today\'s 54.5 million tenge to 150 million tenge;\n- double the number of NPM members, from the current 136 to 272.\n';
    assert.deepEqual(codes(promise), []);
    assert.ok(codes('The annual budget of the national preventive mechanism was raised from 30 million tenge to 150 million tenge in 2023.').includes('figure-mismatch:150 million'));
  });

  it('a figure given as the total of figures stated before it is no rival for one of them', () => {
    assert.deepEqual(codes('In 2023, 449 persons held without legal grounds were released from the premises of law enforcement bodies.\n\nIn addition to them, 603 citizens were released from temporary detention facilities.\n\nAltogether, 1,052 persons were thus restored in their right to liberty.'), []);
    assert.deepEqual(codes('Altogether, 630 citizens were released from temporary detention facilities in 2023 after procurators\' reviews of the lawfulness of detention.').filter((c) => c.startsWith('figure-mismatch')), ['figure-mismatch:630']);
  });

  it('a count of places before the figure ("In the four regions covered by our partners", "across the pilot regions") says where it was counted', () => {
    assert.deepEqual(codes('Official data show 685 torture reports registered in 2021.\n\nIn the four regions covered by our partners, the register held 212 such reports in the same year.'), []);
    assert.deepEqual(codes('Across the pilot regions, prosecutors registered 64 torture reports in 2023, according to data shared with the project.'), []);
    assert.deepEqual(codes('Across the regions, prosecutors registered 640 torture reports in 2019.').filter((c) => c.startsWith('figure-mismatch')), ['figure-mismatch:640']);
  });

  it('a thread post\'s number ("**10/25**") does not hide "Of these" from the sentence it carries', () => {
    assert.deepEqual(codes('**9/25** Our own hotline is a different picture. In 2022 it took 212 first-hand torture complaints from 14 regions.\n\n**10/25** Of these, 58 came from women and 19 concerned children under 18.'), []);
  });

  it('a difference told as "N nouns fewer than in" or "the jump was N" is a change, not a level', () => {
    assert.deepEqual(codes('The 2023 figure, 725 registrations fewer than in 2022, coincides with the transfer of torture investigations to prosecutors.'), []);
    assert.deepEqual(codes('In 2022 the Unified Register of Pre-Trial Investigations logged 920 torture cases. A year earlier that figure was 685, so the jump was 235 cases in twelve months.'), []);
    // ("three times less than in 2022" is a ratio, not a difference of three.)
    assert.deepEqual(codes('In 2023 the number of torture complaints fell to 165, almost three times less than in 2022 (447).'), []);
  });

  it('a year before the noun ("Of the 2022 reports, …") names the whole\'s year, not its size; a reported finding keeps its whole', () => {
    assert.deepEqual(codes('Of the 1,058 victims compensated by the Fund in 2022, our reading of regional prosecutors\' releases suggests that only 31 were victims of torture.'), []);
  });

  it('"167, 128 and 109 officials … in 2021, 2022 and 2023 respectively" pairs each figure with its year; "cases of suicide" count suicides', () => {
    assert.deepEqual(codes('Over the past three years, about 3,500 official investigations were conducted in the penal system, and 167, 128 and 109 officials were disciplined in 2021, 2022 and 2023 respectively, in total 404 persons.'), []);
    assert.deepEqual(codes('In 2023, 27 cases of suicide were registered among the prison population.').filter((c) => c.startsWith('figure-mismatch')), ['figure-mismatch:27']);
    const f = check('In 2023, 27 cases of suicide were registered among the prison population.').findings.find((x) => x.code === 'figure-mismatch');
    assert.match(f!.message, /is 22 /);
  });

  it('a wrong total of a list shows the sum of that list, not of every count before it', () => {
    const t = 'Over the past three years, about 3,500 official investigations were conducted in the penal system, and 167, 128 and 109 officials were disciplined in 2021, 2022 and 2023 respectively, in total 414 persons.';
    assert.deepEqual(check(t).findings.filter((x) => x.code === 'arithmetic').map((x) => x.message), ['The figures do not add up: 167 + 128 + 109 = 404, not 414.']);
  });

  it('"joint visits", "unannounced inspections" are a kind of visit (part_modifiers); a row label says it too', () => {
    assert.deepEqual(codes('In 2023 the representatives of the Commissioner conducted 212 joint visits together with the participants of the mechanism.'), []);
    assert.deepEqual(codes('| Indicator | Value |\n|---|---|\n| Joint visits with regional representatives | 114 |\n'), []);
  });

  it('recommendations implemented are not recommendations made; convictions of a group of staff are not all convictions', () => {
    assert.deepEqual(codes('- NPM recommendations implemented in 2023 alone: 1,240.'), []);
    assert.deepEqual(codes('Over the five-year period to 2023, the Index recorded 21 torture convictions of penitentiary staff.'), []);
    assert.deepEqual(codes('Over the past five years, 46 persons have been convicted of torture.').filter((c) => c.startsWith('figure-mismatch')), ['figure-mismatch:46']);
  });

  it('what a stated total takes in ("the total includes 38 persons convicted in absentia") is a part of it', () => {
    assert.deepEqual(codes('[^1]: State reply to AL KAZ 2/2024; the secretariat notes that the total includes 38 persons convicted in absentia.\n\nText.[^1]'), []);
  });

  it('parts "out of N in total" are drawn from N, not summed to it; complaints about another matter count that matter', () => {
    assert.deepEqual(codes('In addition, monitors interviewed former detainees released from temporary holding facilities. Among these respondents were 41 minors and 63 women, out of 388 persons in total.'), []);
    assert.deepEqual(codes('| Indicator | Figure |\n|---|---|\n| Complaints of advocates on obstruction of professional activity received by the Collegium, 2022 | 238 |\n'), []);
    assert.deepEqual(codes('In 2023 NPM groups visited psychiatric organizations on 31 occasions.'), []);
  });

  it('a column headed by a plural noun alone ("Clients") counts that noun; its rows say which of them', () => {
    assert.deepEqual(codes('**New clients by referral source, 2023**\n\n| Referral source | Clients |\n|---|---|\n| Lawyers and members of the NGO Coalition against Torture | 52 |\n| Self-referral | 38 |\n'), []);
    // (Under a first column of categories of those counted, the row describes them: its noun counts.)
    assert.deepEqual(check('The Kazakhstan Khalkyna fund has made charitable payments to several groups of victims.\n\n| Category of recipient | Recipients | Amount |\n|---|---|---|\n| Adult civilians with gunshot wounds | 284 | 585 million tenge |\n').figures.filter((j) => j.text === '284').map((j) => j.status), ['mismatch']);
  });
});
