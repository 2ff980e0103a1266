#!/usr/bin/env node
// `npm run test:ui`: the packaged extension as a user gets it. Packages the
// .vsix, installs it into a fresh code-server, opens the example report in the
// real workbench (headless Chromium), and checks what a user sees: squiggles,
// the Problems panel listing treaty findings, and a hover on a finding.
// Screenshots go to docs/screenshots/ (problems.png, hover.png).
// Assumes `npm run build` has run.
//
//   node scripts/vscode/ui-check.mjs [--verbose]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  cacheDir,
  closeBrowser,
  codeServerCli,
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

const TOTAL_TIMEOUT_MS = Number(process.env.VSCODE_UI_TOTAL_TIMEOUT_MS ?? 5 * 60_000);
const STEP_MS = 60_000; // a single wait (workbench load, first diagnostics) on a slow machine
const verbose = process.argv.includes('--verbose') || process.env.VSCODE_TEST_VERBOSE === '1';
const screenshots = join(repoRoot, 'docs', 'screenshots');
const vsix = join(repoRoot, '.cache', 'treaty.vsix');
const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);

class CheckFailed extends Error {}

/** Where to open the workbench and which report to open in it. */
function target() {
  const example = join(repoRoot, 'examples', 'follow-up-reply.md');
  if (existsSync(example)) return { folder: join(repoRoot, 'examples'), report: 'follow-up-reply.md' };
  log('examples/follow-up-reply.md not found; using the test fixture workspace');
  return { folder: join(repoRoot, 'test', 'vscode', 'workspace'), report: 'report.md' };
}

function packageVsix() {
  for (const f of ['client/out/extension.js', 'server/out/server.js']) {
    if (!existsSync(join(repoRoot, f))) throw new CheckFailed(`${f} is missing: run \`npm run build\` first`);
  }
  const args = ['--no-install', 'vsce', 'package', '--no-dependencies', '-o', vsix];
  // Without the project's own allow-list, vsce would pack everything (.cache holds code-server).
  if (!existsSync(join(repoRoot, '.vscodeignore'))) {
    const fallback = join(cacheDir, 'vscodeignore');
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(
      fallback,
      ['**', '!package.json', '!client/out/*.js', '!server/out/*.js', '!server/out/*.json', '!snippets/**', '!syntaxes/**', '!README.md', '!CHANGELOG.md', '!LICENSE*', ''].join('\n'),
    );
    log('no .vscodeignore in the repo; packaging with a fallback allow-list');
    args.push('--ignoreFile', fallback);
  }
  if (!readdirSync(repoRoot).some((f) => /^licen[cs]e/i.test(f))) args.push('--skip-license');
  mkdirSync(join(repoRoot, '.cache'), { recursive: true });
  const r = spawnSync('npx', args, { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new CheckFailed(`vsce package failed (exit ${r.status})`);
}

async function check() {
  ensureTools();
  packageVsix();
  log(`packaged ${relative(repoRoot, vsix)} (${seconds()} s)`);

  const runDir = makeRunDir('treaty-ui-check-');
  let codeServer;
  let context;
  let page;
  const cleanup = async () => {
    await closeBrowser(context);
    await killGroup(codeServer?.child);
    killLeftovers(runDir);
    if (!process.env.VSCODE_TEST_KEEP) removeDir(runDir);
  };
  const onSignal = (sig) => {
    log(`${sig}: stopping code-server and Chromium`);
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const serverLog = [];
  let timer;
  try {
    const work = (async () => {
      codeServerCli(runDir, ['--install-extension', vsix]);
      const installed = readdirSync(join(runDir, 'ext')).filter((d) => !d.startsWith('.') && d !== 'extensions.json');
      if (!installed.some((d) => d.startsWith('treaty-tools.treaty-report-checker'))) throw new CheckFailed(`the .vsix did not install; extensions dir holds: ${installed.join(', ') || '(nothing)'}`);
      log(`installed ${installed.join(', ')} (${seconds()} s)`);

      const { folder, report } = target();
      const { server, ready } = startCodeServer(runDir, folder, {
        onLog: (line) => {
          serverLog.push(line);
          if (verbose) console.log(`[code-server] ${line}`);
        },
      });
      codeServer = server;
      await ready;

      context = await launchBrowser(runDir);
      page = context.pages()[0] ?? (await context.newPage());
      page.setDefaultTimeout(STEP_MS);
      if (verbose) page.on('console', (msg) => console.log(`[workbench ${msg.type()}] ${msg.text()}`));
      await page.goto(`http://127.0.0.1:${server.port}/?${new URLSearchParams({ folder })}`, { waitUntil: 'domcontentloaded' });
      await page.locator('.monaco-workbench .part.editor').waitFor({ state: 'visible' });
      // The explorer listing the folder means the workbench is connected to the server.
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: report }).first().waitFor({ state: 'visible' });
      log(`workbench up (${seconds()} s)`);

      // Quick Open the report, as a user would.
      await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } }).catch(() => {});
      await page.keyboard.press('Control+P');
      const quickInput = page.locator('.quick-input-widget');
      await quickInput.waitFor({ state: 'visible' });
      await page.keyboard.type(report);
      await quickInput.locator('.monaco-list-row', { hasText: report }).first().waitFor({ state: 'visible' });
      await page.keyboard.press('Enter');
      await page.locator('.tabs-container .tab.active', { hasText: report }).waitFor({ state: 'visible' });
      const editor = page.locator('.editor-instance .monaco-editor').first();
      await editor.locator('.view-lines').waitFor({ state: 'visible' });

      const squiggles = editor.locator('.squiggly-warning, .squiggly-error');
      try {
        await squiggles.first().waitFor({ state: 'attached' });
      } catch {
        throw new CheckFailed(`no .squiggly-warning/.squiggly-error in ${report} within ${STEP_MS / 1000} s: the extension did not report diagnostics in the editor`);
      }
      log(`${await squiggles.count()} squiggle(s) in ${report} (${seconds()} s)`);

      // Problems panel.
      await editor.click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Control+Shift+M');
      const rows = page.locator('.markers-panel .monaco-list-row');
      await rows.first().waitFor({ state: 'visible' });
      await page.locator('.markers-panel .monaco-list-row', { hasText: /treaty/ }).first().waitFor({ state: 'visible' }).catch(() => {
        throw new CheckFailed('the Problems panel lists no treaty diagnostics');
      });
      const problems = (await page.locator('.markers-panel').innerText()).trim();
      const treatyRows = (await rows.allInnerTexts()).filter((t) => /treaty/.test(t));
      if (treatyRows.length === 0) throw new CheckFailed(`the Problems panel lists no treaty diagnostics:\n${problems}`);
      mkdirSync(screenshots, { recursive: true });
      await page.screenshot({ path: join(screenshots, 'problems.png') });
      log(`Problems panel: ${treatyRows.length} treaty row(s), e.g. ${JSON.stringify(treatyRows[0].replace(/\s+/g, ' ').slice(0, 160))}`);

      // Hover the first squiggle that is on screen.
      const hover = page.locator('.monaco-hover').filter({ hasText: /\S/ });
      let hoverText;
      const count = await squiggles.count();
      for (let i = 0; i < count && !hoverText; i++) {
        const box = await squiggles.nth(i).boundingBox();
        const editorBox = await editor.boundingBox();
        if (!box || !editorBox || box.y < editorBox.y || box.y + box.height > editorBox.y + editorBox.height) continue;
        await page.mouse.move(box.x + Math.min(box.width / 2, 12), box.y + box.height / 2);
        try {
          await hover.first().waitFor({ state: 'visible', timeout: 10_000 });
          hoverText = (await hover.first().innerText()).trim();
        } catch {
          await page.mouse.move(0, 0);
        }
      }
      if (!hoverText) throw new CheckFailed('hovering a squiggle showed no .monaco-hover');
      if (!/treaty/.test(hoverText)) throw new CheckFailed(`the hover does not show a treaty finding:\n${hoverText}`);
      await page.screenshot({ path: join(screenshots, 'hover.png') });
      log(`hover: ${JSON.stringify(hoverText.replace(/\s+/g, ' ').slice(0, 200))}`);
    })();
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new CheckFailed(`overall timeout of ${TOTAL_TIMEOUT_MS / 1000} s reached`)), TOTAL_TIMEOUT_MS);
    });
    await Promise.race([work, timeout]);
  } catch (err) {
    if (page) {
      const shot = join(cacheDir, 'ui-check-failure.png');
      await page.screenshot({ path: shot, timeout: 10_000 }).then(
        () => log(`screenshot of the failure: ${relative(repoRoot, shot)}`),
        () => {},
      );
    }
    if (!verbose && serverLog.length) console.error(`[vscode-test] last code-server output:\n${serverLog.slice(-30).join('\n')}`);
    throw err;
  } finally {
    clearTimeout(timer);
    await cleanup();
  }
}

check().then(
  () => {
    console.log(`ui check: passed in ${seconds()} s; screenshots in ${relative(repoRoot, screenshots)}/ (problems.png, hover.png)`);
    process.exit(0);
  },
  (err) => {
    const message = err instanceof CheckFailed ? err.message : err instanceof Error ? err.stack ?? err.message : String(err);
    console.error(`ui check: FAILED after ${seconds()} s: ${message}`);
    process.exit(1);
  },
);
