/**
 * A team's own source (`.treaty/sources/cat-c-uzb-co-6.md`): concluding observations written as the document
 * prints them, paragraphs numbered "1." … "5." and lettered "(a)" … "(c)" under 4, with no `<a id>` anchor and only
 * a symbol, a title, an author and a date in the front matter (its id comes from the file name). A facts file that
 * quotes it, a report that cites it, and broken variants of it; shared by the CLI and the language-server tests.
 * Nothing about Uzbekistan is bundled: without the source, its symbol is an unknown document.
 */

export const SOURCE_FILE = 'cat-c-uzb-co-6.md';
export const SOURCE_ID = 'cat-c-uzb-co-6';
export const SOURCE_SYMBOL = 'CAT/C/UZB/CO/6';

export const SOURCE = `---
symbol: CAT/C/UZB/CO/6
title: Concluding observations on the sixth periodic report of Uzbekistan
author: Committee against Torture
date: "2024-08-16"
---

# Concluding observations on the sixth periodic report of Uzbekistan

## A. Introduction

1. The Committee considered the sixth periodic report of Uzbekistan at its 2100th and 2103rd meetings.

2. The Committee expresses its appreciation for the constructive dialogue with the delegation.

## C. Principal subjects of concern and recommendations

### Fundamental legal safeguards

3. The Committee is concerned that 412 complaints of torture were registered in 2023, of which only 9 led to a prosecution.[^1]

4. The State party should:

(a) Ensure that all detainees have access to a lawyer from the outset of deprivation of liberty;

(b) Record every detention in a central register;

(c) Guarantee an independent medical examination on request.

5. The Committee requests the State party to provide, by 12 August 2025, information on follow-up to paragraphs 3 and 4 (a).

[^1]: Information provided by the delegation during the dialogue.
`;

/** 0-based lines of the paragraphs in SOURCE (where go-to-definition lands). */
export const SOURCE_LINES: Record<string, number> = Object.fromEntries(
  SOURCE.split('\n').flatMap((l, i) => {
    const m = /^(\d+)\.|^\(([a-z])\)/.exec(l);
    return m ? [[m[1] ?? `4(${m[2]})`, i]] : [];
  }),
);

export const SOURCE_FACT_ID = 'uzb.torture.complaints.2023';

/** Curated facts quoting the workspace source. */
export const SOURCE_FACTS = `source: ${SOURCE_ID}
facts:
  - id: ${SOURCE_FACT_ID}
    type: statistic
    measure: complaints of torture registered
    value: 412
    value_text: "412"
    unit: complaints
    qualifier: exact
    period: "2023"
    terms: [complaints of torture, torture complaints, registered]
    asserted_by: { kind: committee, name: Committee against Torture }
    asserted_on: "2024-08-16"
    paragraph: "3"
    quote: "412 complaints of torture were registered in 2023"
`;

/**
 * A report citing the source: line 2 a lettered subparagraph that exists, line 4 a paragraph past its last
 * (unknown-paragraph), line 6 a figure the team's fact contradicts (421 for 412).
 */
export const SOURCE_REPORT = [
  '# Follow-up reply',
  '',
  'As recommended in CAT/C/UZB/CO/6, para. 4 (b), every detention is now recorded in a central register.',
  '',
  'The Committee also asked about CAT/C/UZB/CO/6, para. 9.',
  '',
  'In 2023, 421 complaints of torture were registered.',
  '',
].join('\n');
export const REPORT_LINES = { cited: 2, pastEnd: 4, figure: 6 };

/** The same report citing only what the source has and with the sourced figure. */
export const SOURCE_REPORT_CLEAN = SOURCE_REPORT.replace(', para. 9.', ', para. 5.').replace('421', '412');

const replace = (from: string, to: string) => {
  if (!SOURCE.includes(from)) throw new Error(`fixture lacks ${from}`);
  return SOURCE.replace(from, to);
};

export interface BrokenSource {
  name: string;
  text: string;
  /** Where the problem must be reported: 1-based line and column in the source file, and the message. */
  line: number;
  column: number;
  message: RegExp;
}

export const BROKEN_SOURCES: BrokenSource[] = [
  {
    name: 'a paragraph number used twice',
    text: replace('5. The Committee requests', '3. The Committee requests'),
    line: 30, column: 1, message: /^paragraph address "3" is used twice \(first at line 20\)$/,
  },
  {
    name: 'bad front matter (an author kind the schema does not know)',
    text: replace('author: Committee against Torture\n', 'author: Committee against Torture\nauthor_kind: treaty-body\n'),
    line: 5, column: 14, message: /^author_kind: must be one of "committee", "state-party", "ngo", "special-procedures"$/,
  },
  {
    name: 'front matter that is not YAML',
    text: replace('title: Concluding', 'title: [Concluding'),
    line: 4, column: 1, message: /^YAML: /,
  },
];
