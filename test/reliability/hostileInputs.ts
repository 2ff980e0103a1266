/** Hostile inputs for the time-bound tests: each builds about `size` characters of one adversarial shape. */

const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const lines = (size: number, line: (i: number) => string) => {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < size; i++) {
    const l = line(i);
    out.push(l);
    n += l.length + 1;
  }
  return out.join('\n').slice(0, size);
};

/** Plain prose with figures and citations, as drafters write it: the reference for "ordinary" input. */
export const PROSE =
  'Disciplinary sanctions were imposed on 709 officials from pretrial investigation bodies (377 in 2022 and 322 in 2023). ' +
  'In 2023, 1,273 persons were convicted, about 47 per cent of them for torture (CAT/C/KAZ/CO/4, paras. 11–15). ';

export const HOSTILE: Record<string, (size: number) => string> = {
  'digits with comma separators "1,1,1,…"': (n) => fill('1,', n),
  'digits with space separators "1 1 1 …"': (n) => fill('1 ', n),
  'digits with no-break and thin spaces': (n) => fill('1\u00A01\u202F1\u2009', n),
  'one long grouped number "123,456,789,…"': (n) => '1' + fill(',234', n - 1),
  'one run of digits': (n) => fill('7', n),
  'decimals and dots "1.1.1.…"': (n) => fill('1.', n),
  'figures with per cent "5 % 5 % …"': (n) => fill('5 % ', n),
  'many "%"': (n) => fill('%', n),
  'figures in words "twenty-one thousand …"': (n) => fill('twenty-one thousand ', n),
  'ranges and qualifiers "from 3 to 10 hours, more than 5 …"': (n) => fill('from 3 to 10 hours, more than 5 persons, ', n),
  '"para. para. para. …"': (n) => fill('para. ', n),
  '"paras. 1, 2, 3, …" as one list': (n) => 'CAT/C/KAZ/Q/4, paras. ' + Array.from({ length: n / 4 }, (_, i) => String(i % 90)).join(', ').slice(0, n - 24),
  '"paras. 11–15 (b), …" ranges': (n) => fill('paras. 11–15 (b), ', n),
  'runs of "CAT/C/"': (n) => fill('CAT/C/', n),
  'runs of "CAT/C/KAZ/CO/4 para. 1 "': (n) => fill('CAT/C/KAZ/CO/4 para. 1 ', n),
  'runs of unknown symbols "CAT/C/XYZ/9, para. 99 "': (n) => fill('CAT/C/XYZ/9, para. 99 ', n),
  'a symbol, then spaces, then a paragraph': (n) => `CAT/C/KAZ/CO/4${' '.repeat(n - 40)}x para. 10`,
  'long whitespace run': (n) => fill(' ', n),
  'long tab and no-break space run': (n) => fill('\t\u00A0', n),
  'long run of blank lines': (n) => fill('\n', n),
  'long run of CRLF': (n) => fill('\r\n', n),
  'spaces between two figures': (n) => `5 MCI${' '.repeat(n - 30)}x 7 tenge 5 %`,
  'spaces inside a sentence with a year': (n) => `5 persons${' '.repeat(n - 30)}x in 2022.`,
  // Within the length of a paragraph that is judged: the gap between two figures reaches the arithmetic check.
  'spaces between two figures, in a 15 KB paragraph': (n) => `5 MCI${' '.repeat(Math.min(n, 15_000) - 30)}x 7 tenge 5 %`,
  'an inline image of 15 KB between two figures': (n) => `Of 709 officials, ![chart](data:image/png;base64,${'A'.repeat(Math.min(n, 15_000) - 80)}) 377 were sanctioned in 2022.`,
  'two runs of 50,000 "*"': (n) => `${'*'.repeat(n / 2 - 1)}x${'*'.repeat(n / 2)}`,
  'deeply nested list on one line "- - - …"': (n) => fill('- ', n - 12) + '42 persons',
  'deeply nested list, one level per line': (n) => lines(n, (i) => `${'  '.repeat(i % 400)}- item`),
  'deeply nested block quote ">>>…"': (n) => fill('>', n - 12) + ' 42 persons',
  'block quotes nested per line': (n) => lines(n, (i) => `${'> '.repeat(i % 300)}quote`),
  'block quote, list and quote alternating': (n) => fill('> - ', n - 12) + '42 persons',
  'binary bytes': (n) => Array.from({ length: n }, (_, i) => String.fromCharCode((i * 7919) % 256)).join(''),
  'random UTF-16 with lone surrogates': (n) => Array.from({ length: n }, (_, i) => String.fromCharCode((i * 7919 * 31 + 17) % 65536)).join(''),
  'NUL characters': (n) => fill('\u00005 persons ', n),
  'unclosed HTML comments "<!--<!--…"': (n) => fill('<!--', n),
  'suppression comments around figures': (n) => fill('<!-- treaty-disable figure-mismatch --> 322 <!-- treaty-enable -->\n', n),
  'emphasis markers "*_*_…"': (n) => fill('*_', n),
  'brackets "[(…"': (n) => fill('[(', n),
  'link labels "[a](b"': (n) => fill('[1,234](', n),
  'one 100 KB word with hyphens "a---…-a"': (n) => `a${'-'.repeat(n - 2)}a`,
  'one 100 KB word': (n) => fill('x', n),
  'table of 1-column rows': (n) => '| a |\n| --- |\n' + fill('| cell |\n', n - 16),
  'lettered subparagraphs "(a) (b) (c) …"': (n) => 'CAT/C/KAZ/Q/4, para. 6 ' + fill('(a) ', n - 24),
  'dated acts "Decree No. 1 of 1 January 2020 …"': (n) => fill('Decree No. 622 of 19 July 2021, ', n),
  'many sentences with figures': (n) => fill(PROSE, n),
  'many figures in one sentence': (n) => fill('5 persons and ', n),
};

/** `count` footnotes: a paragraph citing each, followed by its definition. */
export function footnotes(count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(`Paragraph ${i} counts ${i % 90} persons.[^${i}]`, `[^${i}]: CAT/C/KAZ/Q/4, para. ${(i % 40) + 1}.`);
  return `${out.join('\n\n')}\n`;
}
