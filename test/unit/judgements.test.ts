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
    assert.deepEqual(flagged('After procurator checks in 2023, 449 people were let go from temporary holding facilities.').map((f) => f[1]), ['449']);
    assert.deepEqual(flagged('After procurator checks in 2023, 603 people were let go from temporary holding facilities.'), []);
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
