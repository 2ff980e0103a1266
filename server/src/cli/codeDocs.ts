import type { FindingCode } from '../checks/findings';

/** What each code means, for `--explain`, SARIF rule help and the README. */
export const CODE_DOCS: Record<FindingCode, { summary: string; example: string }> = {
  'figure-mismatch': { summary: 'A figure speaks about a known fact, and its value differs from the sourced value beyond what its qualifier ("more than", "about" …) allows. The message names the sourced value, who asserted it and when.', example: 'Disciplinary sanctions were imposed on 709 officials (377 in 2022 and 322 in 2023).  → 322: the State\'s follow-up reply gives 332 for 2023.' },
  'figure-superseded': { summary: 'The figure equals an earlier figure that a later source updates. Not wrong for its date, but a newer value exists.', example: 'The courts convicted 1,273 persons.  → the State\'s July 2024 reply gives 1,413.' },
  'figure-disputed': { summary: 'Sources disagree on this measure; the message lists each value with its source.', example: 'Decree No. 622 of 19 July 2021 …  → the NGO submission dates it 19 July 2022.' },
  'figure-unverified': { summary: 'A statistic that no fact in the fact base speaks about. Off by default (setting treatyReport.reportUnverified, CLI --unverified).', example: 'The ministry hired 57 new psychologists.' },
  arithmetic: { summary: 'The draft\'s own figures do not agree: parts of an exhaustive breakdown that do not add up to the total (or exceed it), a total of a stated number of listed parts, a percentage of a stated base, a stated percentage change or ratio, an average per year or month, a count times an amount each, amounts in MCI at different rates. The message shows the arithmetic.', example: '709 officials (377 in 2022 and 342 in 2023)  → 377 + 342 = 719, not 709.' },
  'date-mismatch': { summary: 'A dated act or event in the fact base (a decree by number, a law, an order) is given another date.', example: 'Presidential Decree No. 409 of 8 December 2022  → the sources date it 8 December 2023.' },
  'unknown-document': { summary: 'A UN document symbol that is not in the document catalogue: usually a typo in the body, country code or number.', example: 'CAT/C/KAZ/CO/7' },
  'unknown-paragraph': { summary: 'A paragraph or lettered subparagraph that the cited document does not have.', example: 'CAT/C/KAZ/Q/4, para. 31  → the list of issues has paragraphs 1 to 30.' },
};
