// Build: validate and compile the bundled data, then bundle the server, the CLI and the extension with esbuild.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompiledValidators } from './precompiledValidators.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
fs.mkdirSync(path.join(root, 'server/out'), { recursive: true });

// 1. Data: schema, quotes and relations are checked; a broken file stops the build with file:line:col.
const compile = await build({ entryPoints: [path.join(root, 'scripts/compile-data.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', write: false, logLevel: 'silent' });
const compiler = path.join(root, 'server/out/.compile-data.cjs');
fs.writeFileSync(compiler, compile.outputFiles[0].text);
try {
  execFileSync(process.execPath, [compiler, path.join(root, 'server/data'), path.join(root, 'server/out/data.json')], { stdio: 'inherit' });
} catch {
  process.exit(1);
} finally {
  fs.rmSync(compiler, { force: true });
}

// 2. Bundles.
/**
 * A hash of the engine's source files, the same for the server and the CLI: part of the key of the extraction cache
 * (server/src/sources/extractionCache.ts, which computes the same hash when run from source), so facts cached by
 * other code are never used.
 */
function codeFingerprint() {
  const files = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) files.push(p);
    }
  };
  const src = path.join(root, 'server/src');
  walk(src);
  const h = createHash('sha256');
  for (const f of files) h.update(`${path.relative(path.join(src, 'sources'), f)}\u0000`).update(fs.readFileSync(f));
  return h.digest('hex').slice(0, 16);
}
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: 'linked', minify: process.argv.includes('--minify'), logLevel: 'warning', mainFields: ['module', 'main'], define: { __TREATY_CODE_FINGERPRINT__: JSON.stringify(codeFingerprint()) } };

await Promise.all([
  build({ ...common, entryPoints: [path.join(root, 'server/src/lsp/server.ts')], outfile: path.join(root, 'server/out/server.js'), plugins: [precompiledValidators] }),
  // The worker threads that read workspace sources at a first start (server/src/sources/parallelExtraction.ts).
  build({ ...common, entryPoints: [path.join(root, 'server/src/sources/extractWorker.ts')], outfile: path.join(root, 'server/out/extractWorker.js'), plugins: [precompiledValidators] }),
  build({ ...common, entryPoints: [path.join(root, 'server/src/cli/cli.ts')], outfile: path.join(root, 'server/out/cli.js'), banner: { js: '#!/usr/bin/env node' }, plugins: [precompiledValidators] }),
  build({ ...common, entryPoints: [path.join(root, 'client/src/extension.ts')], outfile: path.join(root, 'client/out/extension.js'), external: ['vscode'] }),
  // The importer (`treaty-check import`), loaded by cli.js only for that command: see server/src/cli/importDoor.ts.
  build({ ...common, entryPoints: [path.join(root, 'server/src/sources/import/cli.ts')], outfile: path.join(root, 'server/out/importer.js') }),
]);
fs.chmodSync(path.join(root, 'server/out/cli.js'), 0o755);
console.log('built server/out/server.js, server/out/cli.js, server/out/extractWorker.js, server/out/importer.js, client/out/extension.js, server/out/data.json');
