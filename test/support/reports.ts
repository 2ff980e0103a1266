/** Report fixtures shared by the CLI and the language-server tests. */

/** One sentence the bundled facts contradict: 322 (the State's follow-up reply, para. 19, gives 332). */
export const MISMATCH = 'Disciplinary sanctions were imposed on 709 officials from pretrial investigation bodies (377 in 2022 and 322 in 2023).';

/** Every form of suppression comment, with findings left for other codes and after each block. */
export const SUPPRESSION_REPORT = [
  '# Suppression', // 1
  '',
  '<!-- treaty-disable figure-mismatch -->', // 3
  MISMATCH, // 4: suppressed by the block
  '',
  'See CAT/C/KAZ/CO/9.', // 6: another code, still reported
  '<!-- treaty-enable figure-mismatch -->',
  '',
  MISMATCH, // 9: after the block, reported
  '',
  '<!-- treaty-disable-next-line figure-mismatch -->',
  MISMATCH, // 12: suppressed
  '',
  '<!-- treaty-disable-next-line unknown-document -->',
  MISMATCH, // 15: another code suppressed, reported
  '',
  '<!-- treaty-disable -->',
  'See CAT/C/KAZ/CO/9 and CAT/C/KAZ/Q/4, para. 31.', // 18: every code suppressed
  '<!-- treaty-enable -->',
  '',
  'See CAT/C/KAZ/CO/9 and CAT/C/KAZ/Q/4, para. 31.', // 21: reported
  '',
].join('\n');

/** What SUPPRESSION_REPORT reports: [1-based line, code]. */
export const SUPPRESSION_EXPECTED: [number, string][] = [[6, 'unknown-document'], [9, 'figure-mismatch'], [15, 'figure-mismatch'], [21, 'unknown-document'], [21, 'unknown-paragraph']];

/** The 1-based lines SUPPRESSION_REPORT would report without its comments. */
export const SUPPRESSION_UNSUPPRESSED_LINES = [4, 6, 9, 12, 15, 18, 18, 21, 21];
