import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDateFlag } from './masthead';
import { importDocument, ImportError, type ImportOptions } from './index';
import { AUTHOR_KINDS, type AuthorKind } from './types';

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
  let file: string | undefined;
  let outFile: string | undefined;
  const usage = (msg: string) => {
    io.err(`treaty-check import: ${msg}\n\n${IMPORT_USAGE}\n`);
    return 2;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => argv[++i];
    if (a === '-h' || a === '--help') {
      io.out(`${IMPORT_USAGE}\n`);
      return 0;
    }
    const flags = ['--symbol', '--title', '--date', '--author', '--author-kind', '--language', '--id', '--out'];
    if (flags.includes(a)) {
      const v = value();
      if (v === undefined || v === '') return usage(`${a} needs a value`);
      if (a === '--symbol') options.symbol = v.trim();
      else if (a === '--title') options.title = v.trim();
      else if (a === '--date') {
        const d = parseDateFlag(v.trim());
        if (!d) return usage(`--date takes YYYY-MM-DD, YYYY-MM or YYYY, not "${v}"`);
        options.date = d;
      } else if (a === '--author') options.author = v.trim();
      else if (a === '--author-kind') {
        if (!(AUTHOR_KINDS as readonly string[]).includes(v)) return usage(`--author-kind takes ${AUTHOR_KINDS.join(', ')}, not "${v}"`);
        options.authorKind = v as AuthorKind;
      } else if (a === '--language') {
        if (!/^[a-z]{2}$/.test(v)) return usage(`--language takes a two-letter code such as en, not "${v}"`);
        options.language = v;
      } else if (a === '--id') {
        if (!/^[a-z0-9][a-z0-9-]*$/.test(v)) return usage(`--id takes lowercase letters, digits and hyphens, not "${v}"`);
        options.id = v;
      } else outFile = v;
    } else if (a === '--no-symbol') options.symbol = null;
    else if (a.startsWith('-') && a !== '-') return usage(`unknown option ${a}`);
    else if (file) return usage('give one file to import');
    else file = a;
  }
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
