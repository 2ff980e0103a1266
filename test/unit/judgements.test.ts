import * as assert from 'node:assert/strict';
import { check, flagged, facts } from '../support/helpers';

describe('judging figures against the fact base', () => {
  it('flags a contradicted figure on its exact range, naming the sourced value, who and when', () => {
    const text = 'Disciplinary sanctions were imposed on 709 officials from pretrial investigation bodies (377 in 2022 and 322 in 2023).';
    const r = check(text);
    assert.deepEqual(r.findings.map((f) => [f.code, text.slice(f.start, f.end)]), [['figure-mismatch', '322']]);
    const f = r.findings[0]!;
    assert.match(f.message, /332/);
    assert.match(f.message, /Government of Kazakhstan/);
    assert.ok(f.related.length > 0 && f.related[0]!.message.includes('332'));
    assert.deepEqual(f.fixes.map((x) => x.newText), ['332']);
    assert.ok(f.factIds.every((id) => facts().facts.has(id)));
  });
  it('accepts values that equal a fact the context speaks about', () => {
    assert.deepEqual(flagged('A total of 238 persons were killed in the January 2022 events, of whom 219 were civilians and 19 were officers of the security forces.'), []);
    assert.deepEqual(flagged('In 2023, there were 22 suicides among the prison population.'), []);
    assert.deepEqual(flagged('More than 40,000 video surveillance cameras are in operation.'), []);
  });
  it('does not hold a year\'s fact against another year', () => {
    assert.deepEqual(flagged('In 2022, 377 officials of pretrial investigation bodies were disciplined.'), []);
  });
  it('reports a superseded figure as information, with the later value', () => {
    const r = check('The courts convicted 1,273 persons in the January 2022 cases.');
    assert.deepEqual(r.findings.map((f) => [f.code, f.severity]), [['figure-superseded', 'information']]);
    assert.match(r.findings[0]!.message, /1,?413/);
  });
  it('binds a year to the figure next to it ("from A in 2021 to B in 2022")', () => {
    assert.deepEqual(flagged('The register shows torture offences growing from 685 in 2021 to 920 in 2022.'), []);
    assert.deepEqual(flagged('The register shows torture offences growing from 685 in 2021 to 902 in 2022.').map((f) => f[1]), ['902']);
  });
  it('does not let the value of a sibling category excuse a figure the words pin down', () => {
    // 449 is the number released from office premises, not from temporary holding facilities (603).
    assert.deepEqual(flagged('After procurator checks in 2023, 449 people were released from temporary holding facilities.').map((f) => f[1]), ['449']);
    assert.deepEqual(flagged('After procurator checks in 2023, 603 people were released from temporary holding facilities.'), []);
    // In words the facts do not use ("let go"), the figure may go unjudged, but the sibling's value never excuses it.
    const letGo = check('After procurator checks in 2023, 449 people were let go from temporary holding facilities.').figures.find((j) => j.text === '449');
    assert.ok(letGo && !(letGo.status === 'verified' && letGo.factIds.includes('fu.procurator-reviews.released.office-premises.2023')), JSON.stringify(letGo));
  });
  it('reads parallel lists item by item', () => {
    assert.deepEqual(flagged('In 2023 the Ombudsman visited institutions on 248 occasions and the national preventive mechanism on 102 occasions.'), []);
    assert.deepEqual(flagged('Crimes of the January 2022 events: the Anti-Corruption Agency registered 383 and the National Security Committee 15.'), []);
  });
  it('compares a bound with a bound in the same direction', () => {
    // The NGO submission: six to eight detainees per cell in remand prison No. 75 in Atyrau.
    assert.deepEqual(flagged('Remand prison No. 75 in Atyrau holds up to ten detainees per cell.').map((f) => f[1]), ['ten']);
    assert.deepEqual(flagged('Remand prison No. 75 in Atyrau holds up to eight detainees per cell.'), []);
  });
  it('leaves a share or an amount the sentence computes from its own figures to the arithmetic check', () => {
    assert.deepEqual(flagged('The NGO Coalition registered 190 torture complaints after the January 2022 events; 104 of them, roughly 55 per cent, were closed.').filter((f) => f[0] === 'figure-mismatch'), []);
    assert.deepEqual(flagged('At 3,450 tenge per MCI, 20 MCI come to 69,000 tenge.'), []);
  });
  it('reads the items of a list after its first, anchored item', () => {
    assert.deepEqual(flagged('Compensation is 30 MCI (103,500 tenge) in the first category, 40 MCI (138 000 tenge) in the second and 50 MCI (172,500 tenge) in the third.'), []);
  });
  it('compares an amount per person only with amounts per person', () => {
    assert.deepEqual(flagged('Kazakhstan Khalkyna paid the family of each civilian killed in January 2022 six million tenge each.').map((f) => f[1]), ['six million']);
    assert.deepEqual(flagged('Kazakhstan Khalkyna paid the family of each civilian killed in January 2022 seven million tenge each.'), []);
  });
  it('stays silent on text without figures or symbols', () => {
    assert.deepEqual(flagged('# Introduction\n\nThe State party welcomes the dialogue with the Committee.'), []);
  });
  it('skips code, inline code, HTML comments and front matter', () => {
    assert.deepEqual(flagged('---\nn: 322\n---\n\n`322 in 2023`\n\n```\n377 in 2022 and 322 in 2023 officials disciplined\n```\n\n<!-- 322 -->\n'), []);
  });
  it('honours suppression comments', () => {
    const line = 'Disciplinary sanctions were imposed on 709 officials (377 in 2022 and 322 in 2023).';
    assert.deepEqual(flagged(`<!-- treaty-disable-next-line figure-mismatch -->\n${line}`), []);
    assert.deepEqual(flagged(`<!-- treaty-disable -->\n\n${line}\n\n<!-- treaty-enable -->\n\n${line}`).map((f) => f[0]), ['figure-mismatch']);
    assert.deepEqual(flagged(`<!-- treaty-disable-next-line unknown-document -->\n${line}`).map((f) => f[0]), ['figure-mismatch']);
  });
  it('applies severity settings and can turn a code off', () => {
    const text = 'Disciplinary sanctions were imposed on 709 officials (377 in 2022 and 322 in 2023).';
    assert.equal(check(text, { severities: { 'figure-mismatch': 'error' } }).findings[0]!.severity, 'error');
    assert.equal(check(text, { severities: { 'figure-mismatch': 'off' } }).findings.length, 0);
  });
});

describe('reading what a figure speaks about', () => {
  it('matches a fact\'s terms in the synonyms of vocabulary.yaml', () => {
    // The sources say "soldier"; reports say "serviceman". Without the synonym the four verdicts were indistinguishable.
    assert.deepEqual(flagged('In June 2023 a serviceman received nine years in prison for a death caused with his weapon in January 2022.').map((f) => f[0]), ['figure-mismatch']);
  });
  it('reads a share in apposition with its count and what the sentence says of both', () => {
    assert.deepEqual(flagged('In 2023, 4,500 prisoners, or 29.2 per cent, were held in cells.'), [['figure-mismatch', '29.2 per cent']]);
    assert.deepEqual(flagged('In 2023, 4,500 prisoners, or 19.2 per cent, were held in cells.'), []);
  });
  it('does not call an earlier figure superseded when the sentence dates it to its own period', () => {
    assert.deepEqual(flagged('In 2021–2022 the national preventive mechanism had 105 participants.'), []);
    assert.deepEqual(flagged('The national preventive mechanism has 105 participants.').map((f) => f[0]), ['figure-superseded']);
  });
  it('gives "a 27-member commission" the size of that commission, not of another body', () => {
    assert.deepEqual(flagged('The Ombudsperson set up a 27-member commission that elects the NPM Coordinating Council.'), [['figure-mismatch', '27']]);
    assert.deepEqual(flagged('The Ombudsperson set up a 17-member commission that elects the NPM Coordinating Council.'), []);
  });
  it('does not let a value agree with a far-off open bound of a weaker fit', () => {
    // "at least six … died of torture" does not excuse 115 for the families the Khalkyna fund helped (151).
    assert.deepEqual(flagged('The Kazakhstan Khalkyna fund helped the families of 115 civilians who died in January 2022.').map((f) => f[1]), ['115']);
    assert.deepEqual(flagged('The Kazakhstan Khalkyna fund helped the families of 151 civilians who died in January 2022.'), []);
  });
  it('reads "1 billion 1 million" as rounded to the million', () => {
    assert.deepEqual(flagged('The Khalkyna fund paid the families of civilians killed in January 2022 a total of 1 billion 51 million tenge.').map((f) => f[1]), ['1 billion 51 million']);
  });
  it('leaves a total the sentence states of its own parts to the arithmetic check', () => {
    assert.deepEqual(flagged('The survey reached 2,453 employees of the internal affairs bodies and 1,487 employees of the prosecutor\'s office, 3,940 officials in all.'), []);
    assert.deepEqual(flagged('The survey reached 2,453 employees of the internal affairs bodies and 1,487 employees of the prosecutor\'s office, 3,950 officials in all.'), [['arithmetic', '3,950']]);
  });
  it('accepts a bound on a total whose parts the sentence names', () => {
    assert.deepEqual(flagged('More than 5,400 people, law enforcement officers and civilians alike, sought medical help during the January 2022 events.'), []);
  });
});

describe('percentages that compare', () => {
  it('checks "N per cent fewer" against the two counts', () => {
    assert.deepEqual(flagged('Disciplinary sanctions hit 377 investigating officials in 2022 and 332 in 2023, about 21 per cent fewer.'), [['arithmetic', '21 per cent']]);
    assert.deepEqual(flagged('Disciplinary sanctions hit 377 investigating officials in 2022 and 332 in 2023, about 12 per cent fewer.'), []);
  });
  it('checks a share that closes the sentence after its count\'s clause', () => {
    assert.deepEqual(flagged('In 2018, 647 torture offences were registered and only 10 cases went to court, roughly 15 per cent.'), [['arithmetic', '15 per cent']]);
    assert.deepEqual(flagged('In 2018, 647 torture offences were registered and only 10 cases went to court, roughly 1.5 per cent.'), []);
  });
});

describe('dates of named acts and events', () => {
  it('reports a date that one source gives and another contradicts as disputed', () => {
    assert.deepEqual(flagged('The Law on the Victims Compensation Fund was adopted on 10 January 2018.'), [['figure-disputed', '10 January 2018']]);
    assert.deepEqual(flagged('Kuanysh Ayniyazov left police custody on 15 January 2022.'), [['figure-disputed', '15 January 2022']]);
  });
  it('checks the date of an act named by a symbol in capitals', () => {
    assert.deepEqual(flagged('The joint communication AL KAZ 2/2024 of the Special Procedures is dated 9 March 2024.'), [['date-mismatch', '9 March 2024']]);
    assert.deepEqual(flagged('The joint communication AL KAZ 2/2024 of the Special Procedures is dated 9 May 2024.'), []);
  });
  it('does not take a body\'s name for the name of one story', () => {
    assert.deepEqual(flagged('On 5 January 2023 the head of the Anti-Corruption Agency said that his agency had examined complaints over the January events.'), []);
  });
});

describe('checking citations against the catalogue', () => {
  it('flags paragraphs the list of issues does not have', () => {
    assert.deepEqual(flagged('See CAT/C/KAZ/Q/4, para. 31 and CAT/C/KAZ/Q/4, para. 6 (g).'), [['unknown-paragraph', '31'], ['unknown-paragraph', '6 (g)']]);
  });
  it('accepts paragraphs and subparagraphs that exist', () => {
    assert.deepEqual(flagged('See CAT/C/KAZ/Q/4, para. 6 (b), and question 14 (a) of the list of issues.'), []);
  });
  it('flags unknown symbols and suggests near ones', () => {
    const r = check('The previous recommendations are in CAT/C/KAZ/CO/9.');
    assert.deepEqual(r.findings.map((f) => [f.code, r.model.text.slice(f.start, f.end)]), [['unknown-document', 'CAT/C/KAZ/CO/9']]);
    assert.ok(r.findings[0]!.fixes.some((x) => x.newText === 'CAT/C/KAZ/CO/4'));
  });
  it('does not call a paragraph unknown where the catalogue does not claim to know them all', () => {
    assert.deepEqual(flagged('See CAT/C/KAZ/CO/4, para. 30.'), []);
  });
});
