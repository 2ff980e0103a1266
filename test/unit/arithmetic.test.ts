import * as assert from 'node:assert/strict';
import { ARITHMETIC_RULES, arithmeticStandsWith, checkArithmetic } from '../../server/src/checks/arithmetic';
import { DATE_BINDINGS } from '../../server/src/checks/dateCheck';
import type { Finding } from '../../server/src/checks/findings';
import { codeActionsFor } from '../../server/src/features/codeActions';
import { findingsToDiagnostics } from '../../server/src/features/diagnostics';
import { plainText } from '../../server/src/facts/sourceDocument';
import { findFigures } from '../../server/src/parse/figures';
import { buildReportModel } from '../../server/src/parse/reportModel';
import { check, facts, flagged } from '../support/helpers';

/** A source paragraph pasted into a draft, as a reviewer would paste it. */
const paste = (source: string, address: string) => plainText(facts().sources.get(source)!.paragraphs.get(address)!.text);
const arithmetic = (text: string) => check(text).findings.filter((f) => f.code === 'arithmetic').map((f) => [text.slice(f.start, f.end), f.message]);

describe('arithmetic: the real slips of the sources are found when pasted', function () {
  this.timeout(60000);
  it('the 32 per cent decrease from 29 to 22 (follow-up reply, para. 48)', () => {
    const found = arithmetic(paste('kz-follow-up-co4', '48'));
    assert.deepEqual(found.map((x) => x[0]), ['32 per cent']);
    assert.match(found[0]![1]!, /^From 29 to 22 is a decrease of 24\.1 per cent, not 32\. The source gives these figures so \(Government of Kazakhstan, /);
  });
  it('a slip whose figures all agree with one source is the source\'s: told as information, with the source and the fix (sourced-slip)', () => {
    const text = 'During the January events 5 419 persons applied for medical help, including 3 998 law-enforcement officers and 1 151 civilians.';
    const [f] = check(text).findings.filter((x) => x.code === 'arithmetic');
    assert.equal(f!.severity, 'information');
    assert.ok(f!.related.length >= 2 && f!.related.every((r) => r.sourceId === 'kz-reply-sp-2024'));
    assert.ok(f!.rules!.some((r) => r.startsWith('sourced-slip')));
    // The writer's own figure (1 115 is no sourced value) makes the slip the writer's: a warning.
    const own = check(text.replace('1 151', '1 115')).findings.filter((x) => x.code === 'arithmetic' || x.code === 'figure-mismatch');
    assert.ok(own.some((x) => x.severity === 'warning'));
    // A draft's own breakdown that does not add up stays a warning.
    assert.equal(check('In total, 500 complaints were filed: 300 by men and 150 by women.').findings.find((x) => x.code === 'arithmetic')?.severity, 'warning');
  });
  it('4,780 + 381 + 5,005 is not 10,169 (additional answers, para. 46)', () => {
    assert.deepEqual(arithmetic(paste('kz-additional-answers', '46')).map((x) => x[0]), ['10,169']);
    assert.match(arithmetic(paste('kz-additional-answers', '46'))[0]![1]!, /4,780 \+ 381 \+ 5,005 = 10,166, not 10,169/);
  });
  it('3,998 + 1,151 is not 5,419 (reply to the Special Procedures)', () => {
    const [address] = [...facts().sources.get('kz-reply-sp-2024')!.paragraphs].find(([, p]) => /5419 people sought medical help/.test(p.text))!;
    const found = arithmetic(paste('kz-reply-sp-2024', address));
    assert.deepEqual(found.map((x) => x[0]), ['5419']);
    assert.match(found[0]![1]!, /3,998 \+ 1,151 = 5,149, not 5,419/);
  });
  it('the Kazakhstan Khalkyna lines: 151 × 7 million, 148 × 2 million, 248 × 3 million', () => {
    const [address] = [...facts().sources.get('kz-reply-sp-2024')!.paragraphs].find(([, p]) => /Kazakhstan Khalkyna/.test(p.text) && /151 dead/.test(p.text))!;
    const found = arithmetic(paste('kz-reply-sp-2024', address));
    assert.deepEqual(found.map((x) => x[0]), ['1 billion 1 million', '244 million', '585 million']);
    assert.match(found[0]![1]!, /151 × 7,000,000 = 1,057,000,000, not 1,001,000,000/);
  });
  it('raises no alarm on the non-exhaustive breakdown of the 5,300 crimes (additional answers, para. 2)', () => {
    assert.deepEqual(arithmetic(paste('kz-additional-answers', '2')), []);
  });
  it('raises no alarm on breakdowns that add up (follow-up reply, paras. 19, 20, 56)', () => {
    for (const p of ['19', '20', '56']) assert.deepEqual(arithmetic(paste('kz-follow-up-co4', p)), [], p);
  });
  it('the breakdown printed after "578 of whom" adds up to the 1,413 convicted (reply to the Special Procedures)', () => {
    const [address] = [...facts().sources.get('kz-reply-sp-2024')!.paragraphs].find(([, p]) => /578 of whom/.test(p.text))!;
    const found = arithmetic(paste('kz-reply-sp-2024', address));
    assert.deepEqual(found.map((x) => x[0]), ['578']);
    assert.match(found[0]![1]!, /= 1,413, more than 578 \(they add up to the 1,413 stated in the same sentence\)/);
  });
  it('pasting every paragraph of every source flags exactly the slips, and no date', () => {
    const found: string[] = [];
    for (const [id, source] of facts().sources) {
      for (const [address, paragraph] of source.paragraphs) {
        const text = plainText(paragraph.text);
        for (const f of check(text).findings) if (f.code === 'arithmetic' || f.code === 'date-mismatch') found.push(`${id} ${address} ${f.code} ${text.slice(f.start, f.end)}`);
      }
    }
    const sp = (re: RegExp) => [...facts().sources.get('kz-reply-sp-2024')!.paragraphs].find(([, p]) => re.test(p.text))![0];
    assert.deepEqual(found.sort(), [
      'kz-additional-answers 3 arithmetic 543', // the sentence breakdown of all 1,273 convicted, printed after "543 of them"
      'kz-additional-answers 46 arithmetic 10,169',
      'kz-follow-up-co4 48 arithmetic 32 per cent',
      `kz-reply-sp-2024 ${sp(/578 of whom/)} arithmetic 578`,
      `kz-reply-sp-2024 ${sp(/5419 people sought medical help/)} arithmetic 5419`,
      `kz-reply-sp-2024 ${sp(/151 dead/)} arithmetic 1 billion 1 million`,
      `kz-reply-sp-2024 ${sp(/151 dead/)} arithmetic 244 million`,
      `kz-reply-sp-2024 ${sp(/151 dead/)} arithmetic 585 million`,
    ].sort());
  });
});

describe('arithmetic in a draft', function () {
  this.timeout(60000);
  it('checks an exhaustive breakdown and shows the working', () => {
    assert.deepEqual(arithmetic('In total, 5,419 people sought medical help: 3,998 officers and 1,150 civilians.'), [['5,419', 'The breakdown does not add up: 3,998 + 1,150 = 5,148, not 5,419 (a difference of 271).']]);
  });
  it('leaves a breakdown introduced by "including" alone', () => {
    assert.deepEqual(arithmetic('More than 5,300 crimes were registered, including 120 murders and 79 cases of mass rioting.'), []);
  });
  it('checks shares of a stated base', () => {
    assert.deepEqual(arithmetic('Of the 64 persons convicted, 50 (78%) were imprisoned.'), []);
    assert.deepEqual(arithmetic('Of the 64 persons convicted, 50 (87%) were imprisoned.').map((x) => x[0]), ['87%']);
  });
  it('checks a stated change and offers the corrected percentage', () => {
    const r = check('Prison suicides fell from 29 in 2022 to 22 in 2023, a decrease of 32 per cent.');
    const f = r.findings.find((x) => x.code === 'arithmetic')!;
    assert.equal(r.model.text.slice(f.start, f.end), '32 per cent');
    assert.equal(f.fixes[0]!.newText, '24');
  });
  it('reports a slip once when a contradicted figure explains it', () => {
    assert.deepEqual(flagged('Disciplinary sanctions were imposed on 709 officials from pretrial investigation bodies (377 in 2022 and 322 in 2023).'), [['figure-mismatch', '322']]);
  });
});

describe('dates of acts', function () {
  this.timeout(60000);
  it('flags a decree given another date, with the sourced date as the fix', () => {
    const r = check('The plan was approved by Presidential Decree No. 409 of 8 December 2022.');
    assert.deepEqual(r.findings.map((f) => [f.code, r.model.text.slice(f.start, f.end)]), [['date-mismatch', '8 December 2022']]);
    assert.equal(r.findings[0]!.fixes[0]!.newText, '8 December 2023');
  });
  it('accepts the right date, and reports a date the sources dispute as information', () => {
    assert.deepEqual(flagged('The plan was approved by Presidential Decree No. 409 of 8 December 2023.'), []);
    assert.deepEqual(flagged('Presidential Decree No. 622 of 19 July 2021 transferred prison health care.').map((f) => f[0]), ['figure-disputed']);
  });
});

const codes = (text: string) => check(text).findings.filter((f) => f.code === 'arithmetic' || f.code === 'date-mismatch' || f.code === 'figure-disputed').map((f) => [f.code, text.slice(f.start, f.end)]);

describe('arithmetic: a list drawn from a named set', function () {
  this.timeout(60000);
  it('must add up when its last part is what remains ("still …", "the remaining …")', () => {
    const found = arithmetic('Of the 312 requests the helpline received, 140 were answered the same day, 95 within a week and 70 are still awaiting a reply.');
    assert.deepEqual(found, [['312', 'The breakdown does not add up: 140 + 95 + 70 = 305, not 312 (a difference of 7).']]);
    // "the remaining 70" is what the total leaves of the others: the finding is on it.
    assert.deepEqual(arithmetic('Of the 312 requests the helpline received, 140 were answered the same day, 95 within a week and the remaining 70 later.').map((x) => x[0]), ['70']);
    assert.deepEqual(arithmetic('Of the 312 requests the helpline received, 140 were answered the same day, 95 within a week and the remaining 77 later.'), []);
  });
  it('must add up when its last part is the bare negation of the first ("and 29 were not")', () => {
    assert.deepEqual(arithmetic('Of the 90 applicants, 61 were admitted and 29 were not.'), []);
    assert.deepEqual(arithmetic('Of the 90 applicants, 61 were admitted and 30 were not.').map((x) => x[1]), ['The parts exceed their total: 61 + 30 = 91, more than 90.']);
  });
  it('is partial otherwise: other categories may exist', () => {
    assert.deepEqual(arithmetic('Of the 312 requests the helpline received, 140 were answered the same day and 95 within a week.'), []);
    assert.deepEqual(arithmetic('Of the 40 inspectors, 25 were lawyers and 6 were still trainees.'), []);
    assert.deepEqual(arithmetic('The ministry handled 5,100 files, including 2,300 appeals and 900 petitions, and the remaining 1,700 were closed.'), []);
  });
});

describe('arithmetic: a total that says how many parts it sums', function () {
  this.timeout(60000);
  it('adds up the last that many figures of its kind', () => {
    assert.deepEqual(arithmetic('The clinics advised 420 tenants, 315 workers and 96 pensioners, 841 clients in the three groups.'), [['841', 'The figures do not add up: 420 + 315 + 96 = 831, not 841.']]);
    assert.deepEqual(arithmetic('The clinics advised 420 tenants, 315 workers and 96 pensioners, 831 clients in the three groups.'), []);
  });
  it('allows what "about" and "over" allow', () => {
    assert.deepEqual(arithmetic('The clinics advised 420 tenants, 315 workers and 96 pensioners, about 830 clients in the three groups.'), []);
    assert.deepEqual(arithmetic('The clinics advised 420 tenants, 315 workers and 96 pensioners, over 800 clients in the three groups.'), []);
    assert.deepEqual(arithmetic('The clinics advised 420 tenants, 315 workers and 96 pensioners, over 850 clients in the three groups.').map((x) => x[0]), ['850']);
  });
  it('reads amounts of a list of years in the currency of the first, and shows them in the total\'s scale', () => {
    assert.deepEqual(arithmetic('The programme cost 12.4 million tenge in 2019, 15.1 million in 2020 and 16.0 million in 2021, about 48 million tenge over the three years.'), [['48 million', 'The figures do not add up: 12.4 + 15.1 + 16 = 43.5 million, not about 48 million.']]);
    assert.deepEqual(arithmetic('The programme cost 12.4 million tenge in 2019, 15.1 million in 2020 and 16.0 million in 2021, about 44 million tenge over the three years.'), []);
    assert.deepEqual(arithmetic('The fund paid 2.5 million tenge in 2021, 3.5 million in 2022 and 4 million in 2023, 11 million tenge in total.').map((x) => x[1]), ['The figures do not add up: 2.5 + 3.5 + 4 = 10 million, not 11 million.']);
  });
  it('says nothing when fewer parts are listed than the total names', () => {
    assert.deepEqual(arithmetic('The clinics advised 420 tenants and 315 workers, 841 clients in the three groups.'), []);
  });
});

describe('arithmetic: "N of the M …, P per cent"', function () {
  this.timeout(60000);
  it('checks the share against the count and the base it is drawn from', () => {
    assert.deepEqual(arithmetic('The regional offices resolved 57 of the 230 petitions they examined in 2021, or 31 per cent.'), [['31 per cent', '57 of 230 is 24.8 per cent, not 31.']]);
    assert.deepEqual(arithmetic('The regional offices resolved 57 out of 230 petitions (21%).').map((x) => x[0]), ['21%']);
    assert.deepEqual(arithmetic('The regional offices resolved 57 of the 230 petitions they examined in 2021, or 25 per cent.'), []);
    assert.deepEqual(arithmetic('The regional offices resolved 57 of the 230 petitions they examined in 2021, or under 25 per cent.'), []);
  });
  it('leaves a percentage of another base alone', () => {
    assert.deepEqual(arithmetic('In 45 of the 160 hearings, 12 per cent of witnesses did not appear.'), []);
    assert.deepEqual(arithmetic('The regional offices resolved 57 of the 230 petitions, 3 per cent of the national total.'), []);
  });
});

describe('arithmetic: a share in apposition to its count\'s clause', function () {
  this.timeout(60000);
  it('reads "N of them …, about P per cent" and "N were …, or P per cent" against the base before', () => {
    assert.deepEqual(arithmetic('The panel reviewed 160 petitions, 48 of them from detainees, about 40 per cent.').map((x) => x[1]), ['48 of 160 is 30.0 per cent, not 40.']);
    assert.deepEqual(arithmetic('The panel reviewed 160 petitions, 48 of them from detainees, about 30 per cent.'), []);
    assert.deepEqual(arithmetic('Of the 160 petitions reviewed, 48 came from detainees, or 40 per cent.').map((x) => x[0]), ['40 per cent']);
  });
  it('needs "or", "i.e." or "that is" when words stand between', () => {
    assert.deepEqual(arithmetic('Of the 160 petitions reviewed, 48 came from detainees, 40 per cent of them women.'), []);
    assert.deepEqual(arithmetic('Of the 160 petitions reviewed, 48 came from detainees, a rise of 40 per cent.'), []);
  });
});

describe('arithmetic: amounts in MCI and their value in money', function () {
  this.timeout(60000);
  it('holds every pair of a paragraph to the rate the first one implies', () => {
    assert.deepEqual(arithmetic('The scheme pays 20 MCI (69,000 tenge) for a minor injury and 80 MCI (276,000 tenge) for a permanent one.'), []);
    assert.deepEqual(arithmetic('The scheme pays 20 MCI (69,000 tenge) for a minor injury and 80 MCI (286,000 tenge) for a permanent one.'), [['286,000', '20 MCI = 69,000 tenge makes one MCI 3,450, so 80 MCI = 276,000, not 286,000.']]);
  });
  it('multiplies an amount in MCI by a stated rate per MCI', () => {
    assert.deepEqual(arithmetic('At 3,450 tenge per MCI, a grant of 80 MCI comes to 286,000 tenge.').map((x) => x[1]), ['80 × 3,450 = 276,000, not 286,000.']);
    assert.deepEqual(arithmetic('At 3,450 tenge per MCI, a grant of 80 MCI comes to 276,000 tenge.'), []);
  });
});

describe('arithmetic: averages per year or month', function () {
  this.timeout(60000);
  it('divides the total by the periods the text counts, and offers the average as the fix', () => {
    const text = 'The helpline budget of 96 million tenge for the eight years 2016–2023 comes to about 15 million tenge a year.';
    assert.deepEqual(arithmetic(text), [['15 million', '96 million over 8 years is 12 million a year, not about 15 million.']]);
    assert.equal(check(text).findings.find((f) => f.code === 'arithmetic')!.fixes[0]!.newText, '12 million');
    assert.deepEqual(arithmetic('The helpline budget of 96 million tenge for the eight years 2016–2023 comes to 12 million tenge a year.'), []);
    assert.deepEqual(arithmetic('Over 18 months the shelters took in 540 residents, an average of 45 a month.').map((x) => x[1]), ['540 over 18 months is 30 a month, not 45.']);
  });
  it('counts an inclusive range of years when no number of years is written', () => {
    assert.deepEqual(arithmetic('The helpline received 96 million tenge over 2016–2023, an average of 10 million tenge per year.').map((x) => x[0]), ['10 million']);
  });
  it('needs the periods and a word that makes the figure an average', () => {
    assert.deepEqual(arithmetic('The helpline received 96 million tenge, about 15 million tenge a year.'), []);
    assert.deepEqual(arithmetic('The helpline received 96 million tenge over 2016–2023; in 2023 alone it received 20 million tenge a year.'), []);
  });
});

describe('arithmetic: "each of the N received A …, T altogether"', function () {
  this.timeout(60000);
  it('multiplies the count by the amount each', () => {
    assert.deepEqual(arithmetic('Each of the 36 shelters received 4 million tenge from the regional budget, 150 million tenge altogether.'), [['150 million', '36 × 4,000,000 = 144,000,000, not 150,000,000.']]);
    assert.deepEqual(arithmetic('Each of the 36 shelters received 4 million tenge from the regional budget, 144 million tenge altogether.'), []);
  });
  it('needs the total to be called one', () => {
    assert.deepEqual(arithmetic('Each of the 36 shelters received 4 million tenge, while the two crisis centres received 9 million tenge.'), []);
  });
});

describe('arithmetic: a slip the fact base explains', function () {
  this.timeout(60000);
  const text = 'Sanctions were imposed on 709 staff (377 in the first year and 322 in the second).';
  const model = buildReportModel(text);
  const block = model.blocks[0]!;
  const found: Finding[] = [];
  checkArithmetic(block, findFigures(block.text, [], facts().wording), found, [], facts().wording.numbers);
  it('is explained only by a sourced value that makes the arithmetic hold', () => {
    assert.equal(found.length, 1);
    const at322 = text.indexOf('322');
    assert.equal(arithmeticStandsWith(found[0]!, new Map([[at322, 332]])), false);
    assert.equal(arithmeticStandsWith(found[0]!, new Map([[at322, 333]])), true);
  });
});

describe('arithmetic: the quick fix offers the recomputed figure', function () {
  this.timeout(60000);
  it('turns the fix into a code action that replaces only the number', () => {
    const text = 'Over 18 months the shelters took in 540 residents, an average of 45 a month.';
    const r = check(text);
    const diagnostics = findingsToDiagnostics(r.model, r.findings, facts()).filter((d) => d.code === 'arithmetic');
    const action = codeActionsFor('file:///draft.md', r, facts(), 0, text.length, diagnostics).find((a) => a.title === 'Change to 30')!;
    const [edit] = action.edit!.changes!['file:///draft.md']!;
    assert.deepEqual([edit!.newText, edit!.range.start.character, edit!.range.end.character], ['30', text.indexOf('45 a month'), text.indexOf('45 a month') + 2]);
    assert.equal(action.isPreferred, true);
  });
});

describe('dates of acts: where the date stands', function () {
  this.timeout(60000);
  it('takes the date that closes the act\'s clause, or opens it', () => {
    const r = check('The Chair of the Anti-Corruption Agency approved Order No. 85 on video surveillance on 20 February 2023.');
    assert.deepEqual(r.findings.map((f) => [f.code, r.model.text.slice(f.start, f.end), f.fixes[0]?.newText]), [['date-mismatch', '20 February 2023', '27 February 2023']]);
    assert.deepEqual(codes('On 2 March 2023 the Chair of the Anti-Corruption Agency signed Order No. 85 on video surveillance.'), [['date-mismatch', '2 March 2023']]);
    assert.deepEqual(codes('On 27 February 2023 the Chair of the Anti-Corruption Agency signed Order No. 85 on video surveillance.'), []);
    assert.deepEqual(codes('President Tokayev signed Decree No 409 on 8 December 2022.'), [['date-mismatch', '8 December 2022']]);
  });
  it('does not take the date of something else said about the act', () => {
    assert.deepEqual(codes('The Chair of the Anti-Corruption Agency signed Order No. 85, which entered into force on 1 April 2023.'), []);
    assert.deepEqual(codes('The Chair of the Anti-Corruption Agency signed Order No. 85 and the rules took effect on 1 April 2023.'), []);
  });
});

describe('dates of acts and events named without a number', function () {
  this.timeout(60000);
  it('flags a ruling, a decision, an appointment or an event given another date', () => {
    const r = check('Mr Lastayev became Ombudsperson when he was appointed on 29 January 2023.');
    assert.deepEqual(r.findings.map((f) => [f.code, r.model.text.slice(f.start, f.end), f.fixes[0]?.newText]), [['date-mismatch', '29 January 2023', '29 December 2022']]);
    assert.deepEqual(codes('The Beskaragay village court ruled on Zhilin\'s case on 9 December 2022.'), [['date-mismatch', '9 December 2022']]);
    assert.deepEqual(codes('The Anti-Corruption Agency closed the Kazantsev investigation on 30 April 2020.'), [['date-mismatch', '30 April 2020']]);
    assert.deepEqual(codes('Zhilin was deported to Russia on 15 December 2022.'), [['date-mismatch', '15 December 2022']]);
  });
  it('accepts a date any act or event of the same story has', () => {
    assert.deepEqual(codes('The Abay Province office refused Zhilin refugee status on 30 November 2022.'), []);
    assert.deepEqual(codes('The Beskaragay village court ruled on Zhilin\'s case on 2 December 2022.'), []);
  });
  it('reports the date of a story whose sources disagree as disputed, naming both dates', () => {
    // The NGO submission gives two release dates (15 and 19 January 2022): any date is the reader's to weigh.
    const text = 'Kuanysh Ayniyazov was released on 17 January 2022.';
    const r = check(text);
    assert.deepEqual(r.findings.map((f) => [f.code, text.slice(f.start, f.end)]), [['figure-disputed', '17 January 2022']]);
    assert.match(r.findings[0]!.message, /January 15.*19 January 2022|15.*19/);
  });
  it('says nothing when the sentence does not pick out one act', () => {
    assert.deepEqual(codes('The Anti-Corruption Agency published its annual report on 3 March 2022.'), []);
    assert.deepEqual(codes('Taldykorgan police officers ironed detainees between 7 and 17 January 2022.'), []);
    assert.deepEqual(codes('Artur Lastayev, appointed Commissioner for Human Rights on 29 December 2022, met NPM members on 3 March 2023.'), []);
  });
});

describe('arithmetic rules: their examples', () => {
  for (const rule of ARITHMETIC_RULES) {
    describe(rule.id, () => {
      it('has a doc and examples of both kinds', () => {
        assert.ok(rule.doc.length > 10 && rule.examples.flagged.length && rule.examples.holds.length);
      });
      for (const text of rule.examples.flagged) {
        it(`flagged: ${text}`, () => {
          const found = check(text).findings.filter((f) => f.code === 'arithmetic');
          assert.ok(found.length, 'an arithmetic finding');
          assert.ok(found.some((f) => f.rules?.some((r) => r.startsWith(`${rule.id}:`))), `decided by ${rule.id}: ${JSON.stringify(found.map((f) => f.rules))}`);
        });
      }
      for (const text of rule.examples.holds) {
        it(`holds: ${text}`, () => {
          assert.deepEqual(check(text).findings.filter((f) => f.code === 'arithmetic').map((f) => text.slice(f.start, f.end)), []);
        });
      }
    });
  }
});

describe('date bindings: their examples', () => {
  for (const binding of DATE_BINDINGS) {
    describe(binding.id, () => {
      for (const text of binding.examples.flagged) {
        it(`flagged: ${text}`, () => {
          const found = check(text).findings.filter((f) => f.code === 'date-mismatch');
          assert.ok(found.some((f) => f.rules?.some((r) => r.startsWith(`${binding.id}:`))), `bound by ${binding.id}: ${JSON.stringify(found.map((f) => f.rules))}`);
        });
      }
      for (const text of binding.examples.holds) {
        it(`holds: ${text}`, () => {
          assert.deepEqual(check(text).findings.filter((f) => f.code === 'date-mismatch').map((f) => text.slice(f.start, f.end)), []);
        });
      }
    });
  }
});
