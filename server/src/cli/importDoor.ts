import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CliIO } from './cli';

/**
 * `treaty-check import …`: the importer is a bundle of its own, server/out/importer.js, loaded only for this
 * command. Its readers (mammoth for Word, pdf.js for PDF) are large, and pdf.js carries a font-program compiler
 * built on the Function constructor (switched off: isEvalSupported false); the checker's bundles, cli.js and
 * server.js, hold neither (test/reliability/safety.test.ts).
 */
export async function runImportDoor(argv: string[], io: CliIO): Promise<number> {
  const bundle = path.join(__dirname, 'importer.js');
  if (!fs.existsSync(bundle)) {
    io.err(`treaty-check import: ${bundle} is missing: run npm run build\n`);
    return 2;
  }
  // A path known only at run time: esbuild leaves it to Node, so the importer stays out of cli.js.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const importer = require(bundle) as typeof import('../sources/import/cli');
  return importer.runImport(argv, { out: (s) => io.out(s.replace(/\n$/, '')), err: io.err, cwd: io.cwd });
}
