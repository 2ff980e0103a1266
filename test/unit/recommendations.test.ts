// The library of standard recommendation text (issue #17): the recommendations the bundled NGO submission quotes
// from CAT/C/KAZ/CO/3, the recommendation paragraphs of concluding observations added as workspace sources, the
// quotations of another workspace source, themes, and what is inserted.
import * as assert from 'node:assert/strict';
import { buildFactBase } from '../../server/src/facts/bundled';
import { plainText } from '../../server/src/facts/sourceDocument';
import { buildRecommendationLibrary, recommendationMarkdown, recommendationsOfTheme, type Recommendation } from '../../server/src/sources/recommendations';
import { SOURCE as UZB_SOURCE, SOURCE_FILE as UZB_FILE } from '../support/workspaceSources';

const NGO = 'ngo-joint-submission-2023';

/** Concluding observations of a State the bundled base knows nothing of, as a team would add them. */
const XYZ_CO = `---
symbol: CAT/C/XYZ/CO/2
title: Concluding observations on the second periodic report of Xyzland
author: Committee against Torture
date: "2021-12-03"
---

## B. Positive aspects

3. The Committee welcomes the adoption of the Law on the Ombudsman in 2020.

## C. Principal subjects of concern and recommendations

### Non-refoulement

9. The Committee is concerned that asylum-seekers were returned without an individual assessment. The State party should ensure that no person is expelled, returned or extradited to a State where there are substantial grounds for believing that he or she would be in danger of being subjected to torture.

### Redress

10. The State party should:

(a) Ensure that victims of torture obtain redress, including fair and adequate compensation;

(b) Provide rehabilitation services to victims.

### Declaration under article 22

11. The Committee also encourages the State party to consider making the declaration under article 22 of the Convention.
`;

/** A report by an NGO that quotes XYZ's concluding observations: in a blockquote, and in marks with a footnote. */
const XYZ_NGO = `---
title: Shadow report on Xyzland
short_title: Xyzland shadow report (2022)
author: Xyzland Human Rights Centre
author_kind: ngo
date: "2022-06-01"
---

## Non-refoulement

1. In 2021 the Committee recommended that Xyzland change its asylum law:

> ensure that no person is expelled, returned or extradited to a State where there are substantial grounds for believing that he or she would be in danger of being subjected to torture
>
> (CAT/C/XYZ/CO/2, para. 9)

## Redress

2. The Committee asked Xyzland to "ensure that victims of torture obtain redress, including fair and adequate compensation"[^1] and the Government has not done so.

3. The Ombudsman said that "victims of torture are never compensated by the courts of this country" in 2021.

[^1]: CAT/C/XYZ/CO/2, para. 10 (a).
`;

const byCitation = (entries: Recommendation[]) => new Map(entries.map((e) => [e.citation, e]));

describe('standard recommendation text', () => {
  describe('from the bundled sources', () => {
    const { facts } = buildFactBase([]);
    const library = buildRecommendationLibrary(facts);
    const ngo = facts.sources.get(NGO)!;

    it('finds the CO/3 recommendations the NGO submission quotes, with their paragraph numbers', () => {
      const quoted = library.entries.filter((e) => e.foundIn.source === NGO);
      assert.deepEqual(quoted.map((e) => [e.citation, e.foundIn.paragraph]), [
        ['CAT/C/KAZ/CO/3', 's3.2'], // habeas corpus: "the Committee recommended that …", no paragraph named
        ['CAT/C/KAZ/CO/3, para. 7 (a)', 's2.1'], // zero tolerance: "…" (Recommendation 7. a)
        ['CAT/C/KAZ/CO/3, para. 8 (a)', 's4.1'], // an independent investigative body: "…" (Recommendation 8.a.)
        ['CAT/C/KAZ/CO/3, para. 8 (b)', 's4.1'], // a quotation never closed, ending at its reference
        ['CAT/C/KAZ/CO/3, para. 13', 's8.1'], // the NPM's visits to "all places of detention, such as …"
        ['CAT/C/KAZ/CO/3, para. 17 (a)', 's6.1'], // material conditions of detention
        ['CAT/C/KAZ/CO/3, para. 22', 's7.1'], // redress: "In Recommendation No. 22, the Committee recommended …: "…""
        ['CAT/C/KAZ/CO/3, para. 24', 's2.1'], // definition of torture
      ]);
      for (const e of quoted) {
        assert.equal(e.kind, 'quotation');
        assert.equal(e.document, 'CAT/C/KAZ/CO/3');
        assert.ok(plainText(ngo.paragraphs.get(e.foundIn.paragraph)!.text).includes(e.text), `${e.citation}: "${e.text}" is verbatim in ${e.foundIn.paragraph}`);
      }
      const entries = byCitation(quoted);
      assert.match(entries.get('CAT/C/KAZ/CO/3, para. 8 (a)')!.text, /^Establish an effective, fully resourced, independent and accountable body .* by personnel employed by the same ministry as the accused$/);
      assert.equal(entries.get('CAT/C/KAZ/CO/3, para. 8 (b)')!.text, 'authorise this mechanism to investigate complaints of sexual violence');
      assert.match(entries.get('CAT/C/KAZ/CO/3, para. 22')!.text, /^amend its legislation to include explicit provisions on the right of victims of torture and ill-treatment to redress,.* rehabilitation programmes$/);
      assert.match(entries.get('CAT/C/KAZ/CO/3')!.text, /^all persons deprived of their liberty have the right to effectively and expeditiously challenge the lawfulness/);
      assert.equal(entries.get('CAT/C/KAZ/CO/3, para. 8 (a)')!.foundIn.name, 'Joint NGO submission to CAT (March 2023), section 4, paragraph 1');
    });

    it('leaves out phrases, quotations of other documents and words the Committee did not write', () => {
      const texts = library.entries.map((e) => e.text).join('\n');
      assert.doesNotMatch(texts, /from the very outset of deprivation of liberty/, 'a phrase, not a recommendation');
      assert.doesNotMatch(texts, /delivery of a detainee/, 'four words of the Committee and the writer\'s own in brackets');
      assert.doesNotMatch(texts, /proportional and imposed only where strictly necessary/, 'quoted from the list of issues, not from concluding observations');
      assert.doesNotMatch(texts, /only in exceptional cases/, 'the OSCE recommends it, not the Committee');
      assert.doesNotMatch(texts, /zero tolerance for torture/, 'a delegation\'s words at the UPR');
    });

    it('groups them by theme', () => {
      const themes = new Map(library.entries.map((e) => [e.citation, e.themes]));
      assert.deepEqual(themes.get('CAT/C/KAZ/CO/3'), ['safeguards']);
      assert.deepEqual(themes.get('CAT/C/KAZ/CO/3, para. 7 (a)'), ['prohibition']);
      assert.deepEqual(themes.get('CAT/C/KAZ/CO/3, para. 8 (a)'), ['investigation']);
      assert.ok(themes.get('CAT/C/KAZ/CO/3, para. 13')!.includes('npm'));
      assert.deepEqual(themes.get('CAT/C/KAZ/CO/3, para. 17 (a)'), ['detention']);
      assert.deepEqual(themes.get('CAT/C/KAZ/CO/3, para. 22'), ['redress']);
      assert.deepEqual(recommendationsOfTheme(library, 'redress').map((x) => x.entry.citation), ['CAT/C/KAZ/CO/3, para. 22']);
      assert.deepEqual(recommendationsOfTheme(library, 'n').map((x) => x.theme.word), ['npm'], 'a prefix: npm, and non-refoulement if it had entries');
      assert.equal(recommendationsOfTheme(library, '').length, library.entries.length, 'every entry once');
      assert.deepEqual(library.themes.map((t) => t.word), ['safeguards', 'investigation', 'npm', 'redress', 'detention', 'prohibition']);
    });

    it('inserts a quotation followed by its citation', () => {
      const redress = byCitation(library.entries).get('CAT/C/KAZ/CO/3, para. 22')!;
      const md = recommendationMarkdown(redress);
      assert.match(md, /^> amend its legislation/);
      assert.match(md, /\n>\n> \(CAT\/C\/KAZ\/CO\/3, para\. 22\)$/);
    });

    it('has none of them with the bundled base off', () => {
      assert.deepEqual(buildRecommendationLibrary(buildFactBase([], { bundled: false }).facts).entries, []);
    });
  });

  describe('from workspace sources', () => {
    it('takes the recommendation paragraphs of concluding observations, each subparagraph also alone', () => {
      const { facts, problems } = buildFactBase([], { sources: [{ file: `/ws/.treaty/sources/${UZB_FILE}`, text: UZB_SOURCE }] });
      assert.deepEqual(problems, []);
      const own = buildRecommendationLibrary(facts).entries.filter((e) => e.document === 'CAT/C/UZB/CO/6');
      assert.deepEqual(own.map((e) => e.citation), ['CAT/C/UZB/CO/6, para. 4', 'CAT/C/UZB/CO/6, para. 4 (a)', 'CAT/C/UZB/CO/6, para. 4 (b)', 'CAT/C/UZB/CO/6, para. 4 (c)', 'CAT/C/UZB/CO/6, para. 5'], 'not 1–3: introduction and a concern');
      const [four, , b] = own;
      assert.equal(four!.text, 'The State party should:\n\n(a) Ensure that all detainees have access to a lawyer from the outset of deprivation of liberty;\n\n(b) Record every detention in a central register;\n\n(c) Guarantee an independent medical examination on request.');
      assert.equal(b!.text, 'The State party should:\n\n(b) Record every detention in a central register;');
      assert.deepEqual(four!.themes, ['safeguards']);
      assert.equal(four!.kind, 'paragraph');
      assert.equal(four!.foundIn.source, 'cat-c-uzb-co-6');
      assert.equal(recommendationMarkdown(b!), '> The State party should:\n>\n> (b) Record every detention in a central register;\n>\n> (CAT/C/UZB/CO/6, para. 4 (b))');
      // Newest first: the 2024 observations before the 2014 ones the NGO quotes.
      assert.equal(buildRecommendationLibrary(facts).entries[0]!.document, 'CAT/C/UZB/CO/6');
    });

    it('starts at the recommendation within a paragraph of concern, assigns themes from text and heading, "other" for none', () => {
      const { facts } = buildFactBase([], { sources: [{ file: '/ws/.treaty/sources/cat-c-xyz-co-2.md', text: XYZ_CO }], bundled: false });
      const entries = byCitation(buildRecommendationLibrary(facts).entries);
      assert.deepEqual([...entries.keys()], ['CAT/C/XYZ/CO/2, para. 9', 'CAT/C/XYZ/CO/2, para. 10', 'CAT/C/XYZ/CO/2, para. 10 (a)', 'CAT/C/XYZ/CO/2, para. 10 (b)', 'CAT/C/XYZ/CO/2, para. 11']);
      assert.match(entries.get('CAT/C/XYZ/CO/2, para. 9')!.text, /^The State party should ensure that no person is expelled/);
      assert.deepEqual(entries.get('CAT/C/XYZ/CO/2, para. 9')!.themes, ['non-refoulement']);
      assert.deepEqual(entries.get('CAT/C/XYZ/CO/2, para. 10 (b)')!.themes, ['redress']);
      assert.deepEqual(entries.get('CAT/C/XYZ/CO/2, para. 11')!.themes, ['other']);
      assert.equal(entries.get('CAT/C/XYZ/CO/2, para. 11')!.text, 'The Committee also encourages the State party to consider making the declaration under article 22 of the Convention.');
    });

    it('merges quotations the text of the quoted document confirms; reads blockquotes and footnotes', () => {
      const { facts } = buildFactBase([], {
        sources: [
          { file: '/ws/.treaty/sources/cat-c-xyz-co-2.md', text: XYZ_CO },
          { file: '/ws/.treaty/sources/xyz-shadow.md', text: XYZ_NGO },
        ],
        bundled: false,
      });
      const entries = buildRecommendationLibrary(facts).entries;
      assert.ok(entries.every((e) => e.kind === 'paragraph'), 'both quotations are found in the observations themselves');
      const nine = byCitation(entries).get('CAT/C/XYZ/CO/2, para. 9')!;
      assert.deepEqual(nine.alsoQuotedIn.map((f) => f.name), ['Xyzland shadow report (2022), para. 1']);
      assert.deepEqual(byCitation(entries).get('CAT/C/XYZ/CO/2, para. 10 (a)')!.alsoQuotedIn.map((f) => f.paragraph), ['2']);

      // Without the observations, the shadow report's quotations are the entries.
      const alone = buildRecommendationLibrary(buildFactBase([], { sources: [{ file: '/ws/.treaty/sources/xyz-shadow.md', text: XYZ_NGO }, { file: '/ws/.treaty/sources/other.md', text: XYZ_CO.replace('CAT/C/XYZ/CO/2', 'CAT/C/XYZ/CO/1').replace('2021-12-03', '2016-05-01') }], bundled: false }).facts);
      const quoted = alone.entries.filter((e) => e.kind === 'quotation');
      assert.deepEqual(quoted.map((e) => [e.citation, e.foundIn.paragraph, e.themes]), [
        ['CAT/C/XYZ/CO/2, para. 9', '1', ['non-refoulement']],
        ['CAT/C/XYZ/CO/2, para. 10 (a)', '2', ['redress']],
      ]);
      assert.match(quoted[0]!.text, /^ensure that no person is expelled, returned or extradited .* subjected to torture$/);
      assert.equal(quoted[1]!.text, 'ensure that victims of torture obtain redress, including fair and adequate compensation');
    });

    it('confirms a quotation of CO/3 once its text is a workspace source, and says so when it differs', () => {
      const co3 = `---
symbol: CAT/C/KAZ/CO/3
title: Concluding observations on the third periodic report of Kazakhstan
date: "2014-12-12"
---

## Impunity for acts of torture

8. The State party should:

(a) Establish an effective, fully resourced, independent and accountable body that is able to carry out prompt, impartial, thorough and effective investigations, including preliminary investigations, into all allegations of torture and ill-treatment, ensuring that such investigations are never undertaken by personnel employed by the same ministry as the accused;

(b) Authorize this mechanism to investigate complaints of sexual violence.

## Redress

22. The State party should provide redress to victims.
`;
      const { facts } = buildFactBase([], { sources: [{ file: '/ws/.treaty/sources/cat-c-kaz-co-3.md', text: co3 }] });
      const entries = buildRecommendationLibrary(facts).entries;
      const eightA = entries.filter((e) => e.citation === 'CAT/C/KAZ/CO/3, para. 8 (a)');
      assert.deepEqual(eightA.map((e) => [e.kind, e.alsoQuotedIn.map((f) => f.paragraph)]), [['paragraph', ['s4.1']]], 'the NGO\'s quotation is the paragraph\'s own words');
      const twentyTwo = entries.filter((e) => e.citation === 'CAT/C/KAZ/CO/3, para. 22');
      assert.deepEqual(twentyTwo.map((e) => [e.kind, e.confirmed]), [['paragraph', undefined], ['quotation', false]], 'words not in the paragraph cited stay a quotation, marked as such');
    });
  });
});
