/**
 * fast-check generators for the reliability suite: Markdown documents made of every block and inline form,
 * unicode (RTL, combining marks, astral, lone surrogates), control characters and CRLF, with figures and
 * citations in the shapes drafters write them, and sentences built from the bundled facts' quotes (with their
 * figures changed) so that the checks have something to report.
 */
import fc from 'fast-check';
import { facts } from '../support/helpers';

/** Runs per property: the CI default, multiplied by FUZZ_RUNS (e.g. FUZZ_RUNS=20 for a long run). */
export function runs(ciDefault: number): number {
  const factor = Number(process.env.FUZZ_RUNS ?? 1);
  return Math.max(1, Math.round(ciDefault * (Number.isFinite(factor) && factor > 0 ? factor : 1)));
}

/** fast-check parameters: a fixed seed unless FUZZ_SEED is set, so CI is reproducible and long runs explore. */
export function params<T>(ciDefault: number): fc.Parameters<T> {
  const seed = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : 20240704;
  return { numRuns: runs(ciDefault), seed, endOnFailure: true };
}

// ---------------------------------------------------------------- words and characters

const PROSE = ['the', 'State', 'party', 'reported', 'persons', 'were', 'convicted', 'of', 'torture', 'in', 'officials', 'complaints', 'registered', 'prisoners', 'died', 'custody', 'Committee', 'investigations', 'opened', 'victims', 'received', 'compensation', 'and', 'or', 'including', 'among', 'them', 'of these', 'a total of', 'civilians', 'officers', 'cases', 'sentenced', 'national preventive mechanism', 'visits', 'facilities', 'January events', 'law enforcement', 'Prosecutor General’s Office', 'per', 'each', 'increase', 'decrease', 'from', 'to', 'between', 'article', 'Law', 'Decree', 'Order', 'aged', 'years old', 'hours', 'days', 'tenge', 'MCI', 'US dollars'];
const UNICODE = ['Қазақстан', 'правосудие', 'جمهورية', 'מדינה', '\u202Eevil\u202C', '\u200F', '\u200E', 'e\u0301', 'a\u0308\u0304', '\u0301', 'ﬁ', '𝟙𝟚', '😀', '👩‍⚖️', '中文', 'ß', 'İ', '\u00AD', '\u200B', '\uFEFF', '\u2028', '\u2029', '\u0085', '\u3000'];
const CONTROL = ['\u0000', '\u0001', '\u0007', '\u0008', '\u000B', '\u000C', '\u001B', '\u007F', '\uD800', '\uDC00', '\uDBFF\uDBFF', '\uFFFE', '\uFFFF', '\r', '\r\n', '\t'];
const SPACES = [' ', ' ', ' ', '  ', '\u00A0', '\u202F', '\u2009', '\t', '\n', '\r\n'];

export const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PROSE) },
  { weight: 2, arbitrary: fc.constantFrom(...UNICODE) },
  { weight: 1, arbitrary: fc.constantFrom(...CONTROL) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }) },
);
const space = fc.constantFrom(...SPACES);

// ---------------------------------------------------------------- figures

const digitsOf = (min: number, max: number) => fc.integer({ min, max }).map(String);
const SEPARATORS = [',', ' ', '\u00A0', '\u202F', '\u2009', '.', ''];

/** A number as drafters write it: grouped thousands with any separator, decimals with a point or a comma. */
export const number = fc.oneof(
  digitsOf(0, 999),
  fc.tuple(digitsOf(1, 999), fc.array(fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, '0')), { minLength: 1, maxLength: 4 }), fc.constantFrom(...SEPARATORS)).map(([a, groups, sep]) => [a, ...groups].join(sep)),
  fc.tuple(digitsOf(0, 9999), fc.constantFrom('.', ','), digitsOf(0, 99)).map(([a, p, b]) => `${a}${p}${b}`),
  digitsOf(1800, 2099),
  fc.constantFrom('nine', 'twenty-one', 'Two', 'a dozen', 'hundred', 'fifty-five', 'seven'),
  fc.constantFrom('0', '00', '007', '1,', '1,2,3', '1.2.3', '9'.repeat(30), '1e5', '0x1F', '1/2', '½', '٣٤٥', '１２３'),
);

const QUALIFIERS = ['', '', 'more than ', 'about ', 'nearly ', 'up to ', 'at least ', 'fewer than ', 'approximately ', 'some ', 'almost ', 'over ', 'less than ', 'no fewer than '];
const UNITS = ['', '', '', ' %', '%', ' per cent', ' percent', ' million', ' billion', ' thousand', ' million tenge', ' tenge', ' US dollars', ' MCI', ' hours', ' days', ' years', ' times', ' thousand tenge each', ' persons', ' per cent of them'];

/** A figure: qualifier, number, unit, sometimes a range ("from 3 to 10 hours", "3–5 %"). */
export const figure = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...QUALIFIERS), number, fc.constantFrom(...UNITS)).map(([q, n, u]) => `${q}${n}${u}`) },
  { weight: 1, arbitrary: fc.tuple(number, fc.constantFrom('–', '—', '-', ' to ', ' and '), number, fc.constantFrom(...UNITS)).map(([a, j, b, u]) => `${j.trim() === 'to' ? 'from ' : j.trim() === 'and' ? 'between ' : ''}${a}${j}${b}${u}`) },
  { weight: 1, arbitrary: fc.constantFrom('19 July 2021', 'July 19, 2021', '01.02.2023', '10:30', '3rd', '21st', 'aged 17', '17-year-old', 'Decree No. 622 of 19 July 2021', 'article 4 (2)', 'articles 50, 63 and 73', 'Law No. 1-IV', 'No. 123/2022', '2 billion 381 million', '54.5 million', '1,273 persons', 'a decrease of 32 per cent', 'from 29 to 22, a decrease of 32 per cent', '5,419 people: 3,998 officers and 1,151 civilians', '709 officials (377 in 2022 and 322 in 2023)') },
);

// ---------------------------------------------------------------- citations

const BODIES = ['CAT', 'CAT/OP', 'CCPR', 'CERD', 'CEDAW', 'CRC', 'CRPD', 'CED', 'CMW', 'SPT', 'E/C.12', 'A/HRC', 'A/RES', 'A', 'E', 'S', 'HRI'];
const KNOWN = ['CAT/C/KAZ/CO/4', 'CAT/C/KAZ/Q/4', 'CAT/C/KAZ/CO/3', 'CAT/C/KAZ/4', 'CAT/OP/KAZ/1', 'CCPR/C/KAZ/CO/2', 'A/HRC/43/10', 'CAT/C/KAZ/CO/9', 'CAT/C/KZA/Q/4'];
const segment = fc.oneof(fc.constantFrom('C', 'KAZ', 'CO', 'Q', '4', '3', 'Add.1', 'Corr.1', 'Rev.2', 'GC', '76', 'D', '497-2012', 'WP.1'), fc.stringMatching(/^[A-Z0-9][A-Za-z0-9]{0,4}$/));

/** A UN symbol: catalogued, nearly catalogued, or made up from a body and segments; sometimes "and Corr. 1" or a final period. */
export const symbol = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...KNOWN) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...BODIES), fc.array(segment, { minLength: 0, maxLength: 5 })).map(([b, s]) => [b, ...s].join('/')) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...KNOWN), fc.constantFrom(' and Corr. 1', '.', '-', '/', '/Add.1', ' and Corr.2')).map(([s, t]) => `${s}${t}`) },
);

const paragraphId = fc.oneof(digitsOf(0, 40), digitsOf(100, 200), fc.constantFrom('139.62', '6 (b)', '6(b)', '14 (a)', '17 (a)–(c)', '10 (zz)', '99', '0', '1.2.3'));
/** "para. 10", "paras. 11–15", "paragraphs 122 to 136", "paras. 8, 13 and 15", "question 6 (b)". */
export const paragraphRef = fc.tuple(
  fc.constantFrom('para.', 'paras.', 'paragraph', 'paragraphs', 'question', 'questions', 'Para.', 'PARAS.'),
  fc.array(fc.tuple(paragraphId, fc.constantFrom(', ', '–', '—', '-', ' to ', ' and ', ', and ')), { minLength: 1, maxLength: 4 }),
).map(([k, items]) => `${k} ${items.map(([id, sep], i) => (i ? sep : '') + id).join('')}`);

export const citation = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(symbol, fc.constantFrom(', ', ' ', ', at '), paragraphRef).map(([s, sep, p]) => `${s}${sep}${p}`) },
  { weight: 2, arbitrary: fc.tuple(paragraphRef, fc.constantFrom(' of ', ' in ', ' of the ', ' of its '), fc.oneof(symbol, fc.constantFrom('the list of issues', 'the concluding observations', "the Committee's concluding observations"))).map(([p, j, s]) => `${p}${j}${s}`) },
  { weight: 2, arbitrary: symbol },
  { weight: 1, arbitrary: paragraphRef },
  { weight: 1, arbitrary: fc.constantFrom('communication No. 497/2012', 'AL KAZ 2/2024', 'case No. 1/2020', 'the list of issues', '(CAT/C/KAZ/CO/4, paras. 11–15)', 'CAT/C/KAZ/Q/4, question 6 (b)') },
);

// ---------------------------------------------------------------- sentences

/** A sentence from a bundled fact's quote, its figures sometimes changed: exercises mismatches, supersessions, arithmetic. */
let quotes: string[] | undefined;
const factQuote = fc.integer({ min: 0, max: 1e9 }).chain((i) => {
  quotes ??= [...facts().facts.values()].map((f) => f.quote).filter((q) => /\d/.test(q));
  const q = quotes[i % quotes.length]!;
  return fc.constantFrom('keep', 'bump', 'drop', 'swap').map((how) => {
    if (how === 'keep') return q;
    if (how === 'drop') return q.replace(/\d/, '');
    if (how === 'swap') return q.replace(/(\d+)[,\s](\d{3})/, '$2,$1');
    return q.replace(/\d+/, (d) => String(Number(d) + 1 + (i % 7)));
  });
});

const inlineAtom: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: word },
  { weight: 4, arbitrary: figure },
  { weight: 3, arbitrary: citation },
  { weight: 1, arbitrary: fc.constantFrom('.', ',', ';', ':', '(', ')', '[', ']', '!', '?', '–', '—', '"', '”', "'", '’', '/', '№', '#', '§', '&amp;', '&#x31;', '&#49;', '\\', '\\*', '<', '>', '|', '~', '^', '`') },
);

/** Inline Markdown around atoms: emphasis, code, links, images, autolinks, footnote references, HTML, breaks. */
const inline: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: inlineAtom },
  {
    weight: 3,
    arbitrary: fc.tuple(fc.constantFrom('*', '**', '_', '__', '~~', '`', '``', '***'), inlineAtom).map(([m, a]) => `${m}${a}${m}`),
  },
  {
    weight: 2,
    arbitrary: fc.tuple(inlineAtom, fc.constantFrom('https://example.org/a', 'http://x.y/1,234', '#anchor', '', 'CAT/C/KAZ/CO/4')).map(([a, u]) => `[${a}](${u})`),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('<https://ohchr.org/CAT/C/KAZ/CO/4>', 'https://www.ohchr.org/en/1,234', 'www.example.org', 'user@example.org', '![chart 2023](img.png)', '[^1]', '[^note]', '[^99]', '<b>12</b>', '<!-- treaty-disable-next-line -->', '<!-- treaty-disable figure-mismatch -->', '<!-- treaty-enable -->', '<!-- treaty-disable-line -->', '<!--', '-->', '  \n', '\\\n', '[ref]', '[ref][1]', '&nbsp;', '<span title="5 %">x</span>'),
  },
);

export const sentence: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.tuple(inline, space), { minLength: 1, maxLength: 10 }).map((xs) => xs.map(([a, s]) => a + s).join('')) },
  { weight: 2, arbitrary: factQuote },
);

const paragraphText = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((xs) => xs.join(' '));

// ---------------------------------------------------------------- blocks

const leaf: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: paragraphText },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 7 }), paragraphText).map(([d, t]) => `${'#'.repeat(d)} ${t.replace(/[\r\n]+/g, ' ')}`) },
  { weight: 1, arbitrary: fc.tuple(paragraphText, fc.constantFrom('===', '---')).map(([t, u]) => `${t}\n${u}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('```', '~~~', '```md'), paragraphText).map(([f, t]) => `${f}\n${t}\n${f.slice(0, 3)}`) },
  { weight: 1, arbitrary: paragraphText.map((t) => `    ${t.replace(/\n/g, '\n    ')}`) },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.integer({ min: 1, max: 4 }), fc.array(fc.array(fc.oneof(figure, word, citation), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 })).map(([cols, rows]) => {
      const row = (cells: string[]) => `| ${Array.from({ length: cols }, (_, i) => (cells[i] ?? '').replace(/[|\r\n]/g, ' ')).join(' | ')} |`;
      return [row(rows[0]!), `|${' --- |'.repeat(cols)}`, ...rows.slice(1).map(row)].join('\n');
    }),
  },
  { weight: 1, arbitrary: fc.constantFrom('---', '***', '<div>\n5 persons\n</div>', '<!-- treaty-disable -->', '<!-- treaty-enable figure-mismatch -->', '<!-- treaty-disable-next-line unknown-document -->', '[1]: https://example.org "CAT/C/KAZ/CO/9"', '<pre>\n1,234\n</pre>', '<!--\nCAT/C/KAZ/CO/9\n-->', '$$\n5\n$$') },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('1', 'note', '99', 'a b'), paragraphText).map(([l, t]) => `[^${l}]: ${t}`) },
);

/** Containers nest: lists (bullets, numbers, tasks), block quotes. */
export const block: fc.Arbitrary<string> = fc.letrec<{ block: string }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.tuple(fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '- [ ] ', '- [x] '), tie('block')).map(([m, b]) => `${m}${b.replace(/\n/g, `\n${' '.repeat(m.length)}`)}`),
    tie('block').map((b) => `> ${b.replace(/\n/g, '\n> ')}`),
    fc.array(tie('block'), { minLength: 1, maxLength: 3 }).map((bs) => bs.map((b) => `- ${b.replace(/\n/g, '\n  ')}`).join('\n')),
  ),
})).block;

const FRONT_MATTER = ['', '', '', '---\ntitle: Report 2023\n---\n', '+++\nyear = 2022\n+++\n', '---\nbroken: [\n---\n'];

/** A whole document: optional front matter, blocks separated by blank lines (LF, CRLF or CR), sometimes all CRLF. */
export function documentOf(maxBlocks: number): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...FRONT_MATTER), fc.array(fc.tuple(block, fc.constantFrom('\n\n', '\n\n', '\n', '\r\n\r\n', '\r\r', '\n\n\n')), { minLength: 0, maxLength: maxBlocks }), fc.boolean())
    .map(([fm, blocks, crlf]) => {
      const body = fm + blocks.map(([b, s]) => b + s).join('');
      return crlf ? body.replace(/\r?\n/g, '\r\n') : body;
    });
}
export const markdownDocument = documentOf(5);

// ---------------------------------------------------------------- documents without figures or citations

/** Number words are figures too ("nine children"): they are left out, with digits and symbols. */
// Markup around a word is blanked before figures are read ("_a dozen_" is "a dozen"), so only letters bound a word here.
const NUMBER_WORD = /(?<!\p{L})(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|mln|bn)(?!\p{L})/iu;
/** What a UN symbol starts with; a document without any cannot cite one. */
const BODY_START = /(?:CAT|CCPR|CERD|CEDAW|CRC|CRPD|CED|CMW|SPT|HRC|RES|HRI|A|E|S)\s*\//;

/** Whether a text has no digits, no number words and nothing that could be a UN symbol. */
export function hasNoFiguresOrSymbols(text: string): boolean {
  return !/\d/.test(text) && !NUMBER_WORD.test(text) && !BODY_START.test(text);
}

/** Documents of the same shapes, with every digit, number word and symbol replaced by plain words. */
export const documentWithoutFigures: fc.Arbitrary<string> = documentOf(4).map((t) =>
  t
    .replace(/\d/g, 'x')
    .replace(new RegExp(NUMBER_WORD.source, 'giu'), 'many')
    .replace(new RegExp(BODY_START.source, 'g'), 'body '),
);
