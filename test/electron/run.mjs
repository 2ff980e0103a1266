#!/usr/bin/env node
// `npm run test:electron`: the same in-editor suite (test/vscode/suite) in
// desktop VS Code via @vscode/test-electron. It downloads VS Code, so it needs
// the network; offline, use `npm run test:vscode` (code-server) instead.
//
//   node test/electron/run.mjs                 # stable VS Code
//   VSCODE_TEST_VERSIONS=1.100.0,stable node test/electron/run.mjs
//
// Note: mocha 12 needs require(esm) (Node >= 20.19 / 22.12), i.e. a VS Code
// whose Electron ships such a Node; VS Code 1.91 (Electron 29, Node 20.9) does not.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const suiteDir = join(repoRoot, 'test', 'vscode');
const versions = (process.env.VSCODE_TEST_VERSIONS ?? 'stable').split(',').map((v) => v.trim()).filter(Boolean);

rmSync(join(suiteDir, 'out'), { recursive: true, force: true });
const tsc = spawnSync(process.execPath, [join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(suiteDir, 'tsconfig.json')], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(1);

let failed = 0;
for (const version of versions) {
  const userData = mkdtempSync(join(tmpdir(), 'treaty-electron-'));
  const started = Date.now();
  try {
    await runTests({
      version,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: join(suiteDir, 'out', 'suite', 'index.js'),
      launchArgs: [
        join(suiteDir, 'workspace'),
        '--disable-extensions', // other installed extensions stay out; the one under development still loads
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${join(userData, 'data')}`,
        `--extensions-dir=${join(userData, 'ext')}`,
      ],
    });
    console.log(`electron suite (VS Code ${version}): passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (err) {
    failed++;
    console.error(`electron suite (VS Code ${version}): FAILED: ${err instanceof Error ? err.message : err}`);
  } finally {
    rmSync(userData, { recursive: true, force: true });
  }
}
process.exit(failed ? 1 : 0);
