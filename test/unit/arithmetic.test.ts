import * as assert from 'node:assert/strict';
import { plainText } from '../../server/src/facts/sourceDocument';
import { check, facts, flagged } from '../support/helpers';

/** A source paragraph pasted into a draft, as a reviewer would paste it. */
const paste = (source: string, address: string) => plainText(facts().sources.get(source)!.paragraphs.get(address)!.text);
const arithmetic = (text: string) => check(text).findings.filter((f) => f.code === 'arithmetic').map((f) => [text.slice(f.start, f.end), f.message]);

describe('arithmetic: the real slips of the sources are found when pasted', () => {
  it('the 32 per cent decrease from 29 to 22 (follow-up reply, para. 48)', () => {
    assert.deepEqual(arithmetic(paste('kz-follow-up-co4', '48')), [['32 per cent', 'From 29 to 22 is a decrease of 24.1 per cent, not 32.']]);
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
});

describe('arithmetic in a draft', () => {
  it('checks an exhaustive breakdown and shows the working', () => {
    assert.deepEqual(arithmetic('In total, 5,419 people sought medical help: 3,998 officers and 1,151 civilians.'), [['5,419', 'The breakdown does not add up: 3,998 + 1,151 = 5,149, not 5,419 (a difference of 270).']]);
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

describe('dates of acts', () => {
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
