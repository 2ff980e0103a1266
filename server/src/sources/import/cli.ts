import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDateFlag } from './masthead';
import { importDocument, ImportError, type ImportOptions } from './index';
import { AUTHOR_KINDS, type AuthorKind } from './types';
import { readArgs, stringOf } from '../../cli/args';

export const IMPORT_USAGE = `Usage: treaty-check import FILE.docx|FILE.pdf|FILE.html [options]

Writes the document as a source Markdown (front matter, headings, anchored numbered paragraphs, footnotes, tables)
for a workspace's .treaty/sources/. The symbol, date, title and author are read from the masthead; flags override.

Options:
  --symbol SYMBOL        the UN symbol, e.g. CAT/C/KAZ/CO/4
  --no-symbol            the document has no UN symbol
  --title TEXT           the title
  --date DATE            YYYY-MM-DD (or YYYY-MM, YYYY, "5 December 2024")
  --author TEXT          who wrote it, e.g. "Committee against Torture", "Government of Kazakhstan"
  --author-kind KIND     committee | state-party | ngo | special-procedures
  --language CODE        two-letter language code (default: en)
  --id ID                the source id (default: from the symbol or the file name)
  --out FILE.md          where to write (default: standard output)

Where the structure is unclear, a line "FILE: warning: …" on standard error says how it was read.
Exit codes: 0 written, 2 usage or input errors (an unreadable file, a field to give by flag).`;

// The importer bundle (server/out/importer.js) is also what the VS Code command "Treaty: Import as source" loads in
// the extension host (client/src/importSource.ts): it reads the document once, then asks for what the masthead lacks.
export { prepareImport, ImportError, type MastheadFields, type PreparedImport } from './index';
export { parseDateFlag } from './masthead';
export { AUTHOR_KINDS, type AuthorKind, type ImportOptions } from './types';

export interface ImportIO {
  out: (s: string) => void;
  err: (s: string) => void;
  cwd: string;
}

/** `treaty-check import …`: the arguments after `import`. */
export async function runImport(argv: string[], io: ImportIO): Promise<number> {
  const options: ImportOptions = {};
  const usage = (msg: string) => {
    io.err(`treaty-check import: ${msg}\n\n${IMPORT_USAGE}\n`);
    return 2;
  };
  const args = readArgs(argv, {
    help: { type: 'boolean', short: 'h' },
    symbol: { type: 'string' },
    'no-symbol': { type: 'boolean' },
    title: { type: 'string' },
    date: { type: 'string' },
    author: { type: 'string' },
    'author-kind': { type: 'string' },
    language: { type: 'string' },
    id: { type: 'string' },
    out: { type: 'string' },
  });
  if (args.error !== undefined) return usage(args.error);
  const { values } = args;
  if (values.help) {
    io.out(`${IMPORT_USAGE}\n`);
    return 0;
  }
  for (const name of ['symbol', 'title', 'date', 'author', 'author-kind', 'language', 'id', 'out']) if (stringOf(values, name) === '') return usage(`--${name} needs a value`);
  const given = (name: string) => stringOf(values, name)?.trim();
  if (given('symbol') !== undefined) options.symbol = given('symbol');
  if (values['no-symbol']) options.symbol = null;
  if (given('title') !== undefined) options.title = given('title');
  const date = given('date');
  if (date !== undefined) {
    const d = parseDateFlag(date);
    if (!d) return usage(`--date takes YYYY-MM-DD, YYYY-MM or YYYY, not "${date}"`);
    options.date = d;
  }
  if (given('author') !== undefined) options.author = given('author');
  const kind = stringOf(values, 'author-kind');
  if (kind !== undefined) {
    if (!(AUTHOR_KINDS as readonly string[]).includes(kind)) return usage(`--author-kind takes ${AUTHOR_KINDS.join(', ')}, not "${kind}"`);
    options.authorKind = kind as AuthorKind;
  }
  const language = stringOf(values, 'language');
  if (language !== undefined) {
    if (!/^[a-z]{2}$/.test(language)) return usage(`--language takes a two-letter code such as en, not "${language}"`);
    options.language = language;
  }
  const id = stringOf(values, 'id');
  if (id !== undefined) {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) return usage(`--id takes lowercase letters, digits and hyphens, not "${id}"`);
    options.id = id;
  }
  const outFile = stringOf(values, 'out');
  if (args.positionals.length > 1) return usage('give one file to import');
  const file = args.positionals[0];
  if (!file) return usage('no file given');
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(path.resolve(io.cwd, file));
  } catch (e) {
    io.err(`${file}: error: cannot read the file: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}\n`);
    return 2;
  }
  try {
    const result = await importDocument(file, bytes, options);
    for (const w of result.warnings) io.err(`${file}: warning: ${w}\n`);
    if (outFile) {
      fs.mkdirSync(path.dirname(path.resolve(io.cwd, outFile)), { recursive: true });
      fs.writeFileSync(path.resolve(io.cwd, outFile), result.markdown);
      io.err(`${file}: wrote ${outFile} (${result.meta.symbol ?? result.meta.id}, ${result.meta.paragraphs} addressable paragraphs)\n`);
    } else io.out(result.markdown);
    return 0;
  } catch (e) {
    if (e instanceof ImportError) {
      for (const line of e.message.split('\n')) io.err(`${file}: error: ${line}\n`);
      return 2;
    }
    io.err(`${file}: error: the file could not be read: ${(e as Error).message.split('\n')[0]}\n`);
    return 2;
  }
}
