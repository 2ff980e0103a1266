#!/usr/bin/env node
// `npm run test:vscode`: runs test/vscode/suite inside a real VS Code, offline.
// code-server (VS Code 1.139.1 from npm) hosts the extension host; headless
// Debian Chromium loads the workbench with the smoke-test driver's `payload`,
// which makes it load this repo as the extension under development and run
// the compiled mocha index, exactly as @vscode/test-electron would.
//
//   node scripts/vscode/run-in-code-server.mjs [--grep <pattern>] [--verbose]
//
// Exit code: the suite's (0 = all passed). The last line always reads
// "vscode suite: N passed, M failed" (or says why there is no result).
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import {
  closeBrowser,
  ensureTools,
  killGroup,
  killLeftovers,
  launchBrowser,
  log,
  makeRunDir,
  removeDir,
  repoRoot,
  startCodeServer,
} from './code-server.mjs';

const TOTAL_TIMEOUT_MS = Number(process.env.VSCODE_TEST_TOTAL_TIMEOUT_MS ?? 5 * 60_000);
const suiteDir = join(repoRoot, 'test', 'vscode');
const suiteOut = join(suiteDir, 'out');
const testIndex = join(suiteOut, 'suite', 'index.js');
const workspace = join(suiteDir, 'workspace');

// code-server runs without its native addons (installed with --ignore-scripts); their load
// errors, and the marketplace being unreachable offline, are expected.
const NATIVE_ADDON_NOISE = /Could not locate the bindings file|Cannot find module '\.\/build\/Release\/|ENOTFOUND open-vsx\.org/;

const argv = process.argv.slice(2);
const verbose = argv.includes('--verbose') || process.env.VSCODE_TEST_VERBOSE === '1';
const grepAt = argv.indexOf('--grep');
if (grepAt >= 0) process.env.VSCODE_TEST_GREP = argv[grepAt + 1] ?? '';

const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);

function compileSuite() {
  // Fresh output each time: stale *.test.js of deleted tests would still run.
  rmSync(suiteOut, { recursive: true, force: true });
  const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', join(suiteDir, 'tsconfig.json')], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('compiling test/vscode failed (see the tsc errors above)');
}

async function main() {
  const extensionMain = join(repoRoot, 'client', 'out', 'extension.js');
  const serverMain = join(repoRoot, 'server', 'out', 'server.js');
  for (const f of [extensionMain, serverMain]) {
    if (!existsSync(f)) throw new Error(`${f} is missing: run \`npm run build\` first`);
  }
  ensureTools();
  compileSuite();
  if (verbose) log(`suite compiled (${seconds()} s)`);

  const runDir = makeRunDir('treaty-vscode-test-');
  const serverLog = [];
  let codeServer;
  let context;
  let timer;
  const cleanup = async () => {
    clearTimeout(timer);
    const t = Date.now();
    await closeBrowser(context);
    await killGroup(codeServer?.child);
    if (verbose) log(`shut down in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    killLeftovers(runDir);
    if (!process.env.VSCODE_TEST_KEEP) removeDir(runDir);
  };
  const onSignal = (sig) => {
    log(`${sig}: stopping code-server and Chromium`);
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  let noise = 0;
  const summary = { passes: undefined, failures: undefined, pending: 0 };
  let exitCode;
  try {
    const work = (async () => {
      const { server, ready } = startCodeServer(runDir, workspace, {
        env: { VSCODE_TEST_BAIL: process.env.VSCODE_TEST_BAIL ?? '' },
        onLog: (line) => {
          serverLog.push(line);
          if (verbose) console.log(`[code-server] ${line}`);
        },
      });
      codeServer = server;
      await ready;
      log(`code-server on port ${server.port} (${seconds()} s)`);

      const origin = `127.0.0.1:${server.port}`;
      const payload = [
        ['extensionDevelopmentPath', `vscode-remote://${origin}${repoRoot}`],
        ['extensionTestsPath', `vscode-remote://${origin}${testIndex}`],
      ];
      const url = `http://${origin}/?${new URLSearchParams({ folder: workspace, payload: JSON.stringify(payload) })}`;

      context = await launchBrowser(runDir);
      if (verbose) log(`Chromium up (${seconds()} s)`);
      const page = context.pages()[0] ?? (await context.newPage());
      let resolveExit;
      const exited = new Promise((r) => (resolveExit = r));
      await page.exposeFunction('codeAutomationLog', (type, args) => {
        const text = format(...(Array.isArray(args) ? args : [args]));
        const m = /\[vscode-suite\] passes=(\d+) failures=(\d+) pending=(\d+)/.exec(text);
        if (m) Object.assign(summary, { passes: Number(m[1]), failures: Number(m[2]), pending: Number(m[3]) });
        // code-server ships without its native addons; their load errors are expected noise.
        if (!verbose && NATIVE_ADDON_NOISE.test(text)) return void noise++;
        (type === 'error' ? process.stderr : process.stdout).write(`${text}\n`);
      });
      await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));
      if (verbose) {
        page.on('console', (msg) => console.log(`[workbench ${msg.type()}] ${msg.text()}`));
        page.on('pageerror', (err) => console.log(`[workbench error] ${err.message}`));
      }
      const response = await page.goto(url, { waitUntil: 'domcontentloaded' });
      if (!response || !response.ok()) throw new Error(`the workbench answered ${response?.status()} for ${url}`);
      log(`workbench loading; running the suite (${seconds()} s)`);
      return exited;
    })();
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`overall timeout of ${TOTAL_TIMEOUT_MS / 1000} s reached`)), TOTAL_TIMEOUT_MS);
    });
    exitCode = await Promise.race([work, timeout]);
  } catch (err) {
    console.error(`[vscode-test] ${err instanceof Error ? err.message : err}`);
    if (!verbose && serverLog.length) console.error(`[vscode-test] last code-server output:\n${serverLog.slice(-40).join('\n')}`);
    exitCode = 1;
  } finally {
    await cleanup();
  }

  if (noise) log(`hid ${noise} expected native-addon/offline errors from the extension host (--verbose shows them)`);
  if (summary.passes === undefined) {
    console.log(`vscode suite: no result (exit code ${exitCode}; the suite did not run to the end) in ${seconds()} s`);
    return exitCode || 1;
  }
  const pending = summary.pending ? `, ${summary.pending} pending` : '';
  console.log(`vscode suite: ${summary.passes} passed, ${summary.failures} failed${pending} in ${seconds()} s`);
  return exitCode === 0 && summary.failures === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`[vscode-test] ${err instanceof Error ? err.stack : err}`);
    console.log(`vscode suite: no result (${err instanceof Error ? err.message : err})`);
    process.exit(1);
  },
);
