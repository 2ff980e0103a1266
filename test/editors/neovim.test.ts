// Another editor, for real: Debian's Neovim runs headless with its built-in LSP client, configured by
// test/editors/treaty.lua (the snippet the README shows), opens the example report, and the diagnostics
// it receives from `node server/out/server.js --stdio` are compared with what `treaty-check` reports.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MISMATCH } from '../support/reports';
import { TEAM_FACTS, TEAM_REPORT } from '../support/workspaceFacts';

const root = path.join(__dirname, '..', '..');
const REPORT = 'examples/follow-up-reply.md';
const CONFIG = path.join(__dirname, 'treaty.lua');
const HARNESS = path.join(__dirname, 'run-neovim.lua');

function which(cmd: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const p = path.join(dir, cmd);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return p;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Finds `nvim`, installing Debian's `neovim` with apt-get (as root, or through passwordless sudo) when it is missing. */
function ensureNeovim(): { nvim?: string; why?: string } {
  const found = which('nvim');
  if (found) return { nvim: found };
  const asRoot = process.getuid?.() === 0;
  const prefix = asRoot ? [] : which('sudo') ? ['sudo', '-n'] : undefined;
  if (!prefix) return { why: 'nvim is not installed, and apt-get needs root or passwordless sudo (install it with: apt-get install neovim)' };
  const apt = (...args: string[]) => {
    const argv = [...prefix, 'apt-get', '-o', 'DPkg::Lock::Timeout=120', ...args];
    return spawnSync(argv[0]!, argv.slice(1), { encoding: 'utf8', timeout: 600_000, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  };
  let r = apt('install', '-y', '--no-install-recommends', 'neovim');
  if (r.status !== 0) {
    apt('update');
    r = apt('install', '-y', '--no-install-recommends', 'neovim');
  }
  const nvim = which('nvim');
  return nvim ? { nvim } : { why: `apt-get install neovim failed (exit ${r.status}): ${(r.stderr || r.stdout || String(r.error ?? '')).trim().split('\n').slice(-3).join(' / ')}` };
}

interface NvimDiagnostic { lnum: number; col: number; end_lnum: number; end_col: number; severity: number; source: string; code: string; message: string }
interface CliFinding { code: string; severity: string; message: string; range: { start: { line: number; column: number }; end: { line: number; column: number } } }

/** Neovim counts columns in bytes of UTF-8; the server and the CLI count UTF-16 code units. */
const byteColumn = (line: string, utf16: number) => Buffer.byteLength(line.slice(0, utf16), 'utf8');
const README = path.join(root, 'README.md');
const NVIM_SEVERITY: Record<string, number> = { error: 1, warning: 2, information: 3, hint: 4 };

describe('Neovim (built-in LSP client) against server/out/server.js --stdio', function () {
  this.timeout(120_000);
  let nvim: string;

  before(function () {
    this.timeout(900_000); // a first apt-get install on a fresh machine
    const r = ensureNeovim();
    if (!r.nvim) {
      // CI runs as root with Debian's packages: there the test must run, never skip.
      if (process.env.CI) throw new Error(`Neovim is needed for this test: ${r.why}`);
      console.log(`      skipped: ${r.why}`);
      this.skip();
    }
    nvim = r.nvim!;
  });

  /** Runs Neovim on `file` in `cwd` (the workspace root) until `expect` diagnostics arrive; what it saw. */
  function runNeovim(cwd: string, file: string, expect: number, config = CONFIG) {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-nvim-')), 'diagnostics.json');
    const run = spawnSync(nvim, ['--headless', '-u', HARNESS, '-i', 'NONE', '-n', file], {
      cwd,
      encoding: 'utf8',
      timeout: 90_000,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, TREATY_CONFIG: config, TREATY_SERVER: path.join(root, 'server/out/server.js'), TREATY_OUT: out, TREATY_EXPECT: String(expect) },
    });
    assert.ok(fs.existsSync(out), `nvim wrote no result (exit ${run.status}, signal ${run.signal}): ${run.stderr}${run.stdout}`);
    const got = JSON.parse(fs.readFileSync(out, 'utf8')) as { arrived: boolean; file: string; filetype: string; clients: string[]; nvim: string; diagnostics: NvimDiagnostic[] };
    console.log(`      Neovim ${got.nvim}: ${got.diagnostics.length} diagnostics from client(s) ${got.clients.join(', ')}`);
    assert.equal(got.filetype, 'markdown');
    assert.deepEqual(got.clients, ['treaty']);
    assert.ok(got.arrived, `timed out waiting for ${expect} diagnostics; got ${JSON.stringify(got.diagnostics)}`);
    return got.diagnostics;
  }

  /** What `treaty-check --format json` reports on the file, in Neovim's terms (0-based lines, byte columns). */
  function cliFindings(cwd: string, file: string, args: string[] = []) {
    const cli = spawnSync(process.execPath, [path.join(root, 'server/out/cli.js'), '--format', 'json', ...args, file], { cwd, encoding: 'utf8' });
    const findings: CliFinding[] = JSON.parse(cli.stdout).files[0].findings;
    const lines = fs.readFileSync(path.join(cwd, file), 'utf8').split('\n');
    return findings.map((f) => ({
      lnum: f.range.start.line - 1,
      col: byteColumn(lines[f.range.start.line - 1]!, f.range.start.column - 1),
      end_lnum: f.range.end.line - 1,
      end_col: byteColumn(lines[f.range.end.line - 1]!, f.range.end.column - 1),
      severity: NVIM_SEVERITY[f.severity]!,
      source: 'treaty',
      code: f.code,
      message: f.message,
    }));
  }

  const sorted = <T extends { lnum: number; col: number }>(ds: T[]) => [...ds].sort((a, b) => a.lnum - b.lnum || a.col - b.col);
  const flagged = (text: string, d: NvimDiagnostic) => Buffer.from(text.split('\n')[d.lnum]!).subarray(d.col, d.end_col).toString();

  it('receives the diagnostics treaty-check reports on the example report, at the same positions', () => {
    const expected = cliFindings(root, REPORT);
    assert.ok(expected.length >= 5);
    const got = runNeovim(root, REPORT, expected.length);
    assert.deepEqual(sorted(got), sorted(expected));

    // Spot checks in the editor's own terms: the contradicted 322 (line 9), nothing on the line a
    // `treaty-disable-next-line` comment covers, nothing inside the fenced code block.
    const text = fs.readFileSync(path.join(root, REPORT), 'utf8');
    const lines = text.split('\n');
    const mismatch = got.find((d) => d.code === 'figure-mismatch' && d.lnum === 8);
    assert.ok(mismatch, 'figure-mismatch on line 9');
    assert.equal(flagged(text, mismatch), '322');
    const suppressed = lines.findIndex((l) => l.includes('treaty-disable-next-line')) + 1;
    assert.ok(suppressed > 0 && !got.some((d) => d.lnum === suppressed), 'the suppressed line has no diagnostic');
    const fence = lines.findIndex((l) => l.startsWith('```'));
    const fenceEnd = lines.findIndex((l, i) => i > fence && l.startsWith('```'));
    assert.ok(fence > 0 && fenceEnd > fence && !got.some((d) => d.lnum > fence && d.lnum < fenceEnd), 'nothing reported inside the code block');
  });

  it('converts UTF-16 positions to byte columns after non-ASCII text, and uses the workspace\'s .treaty/facts', () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-nvim-ws-')));
    fs.mkdirSync(path.join(dir, '.treaty', 'facts'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.treaty', 'facts', 'team.yaml'), TEAM_FACTS);
    const text = `# Доклад — follow-up\n\n📌 ${MISMATCH}\n\nCafé crème: see CAT/C/KAZ/CO/9.\n\n${TEAM_REPORT.split('\n')[2]}\n`;
    fs.writeFileSync(path.join(dir, 'report.md'), text);
    const expected = cliFindings(dir, 'report.md', ['--facts', '.treaty/facts']);
    assert.deepEqual(expected.map((d) => d.code), ['figure-mismatch', 'unknown-document', 'figure-mismatch']);
    const got = runNeovim(dir, 'report.md', expected.length);
    assert.deepEqual(sorted(got), sorted(expected));
    assert.deepEqual(sorted(got).map((d) => flagged(text, d)), ['322', 'CAT/C/KAZ/CO/9', '48']);
    const pinned = text.split('\n')[2]!;
    const at322 = got.find((d) => flagged(text, d) === '322')!;
    assert.equal(at322.col, pinned.indexOf('322 in 2023') + 2, 'bytes: the pin is 4 bytes, 2 UTF-16 units');
  });

  it('passes settings as init_options.settings, as the README says (figure-unverified hints on)', () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-nvim-settings-')));
    const config = path.join(dir, 'treaty.lua');
    const snippet = fs.readFileSync(CONFIG, 'utf8');
    assert.ok(snippet.includes('init_options = { trusted = true },'));
    fs.writeFileSync(config, snippet.replace('init_options = { trusted = true },', 'init_options = { trusted = true, settings = { reportUnverified = true } },'));
    fs.writeFileSync(path.join(dir, 'report.md'), 'The ministry hired 57 new psychologists in 2023.\n');
    const got = runNeovim(dir, 'report.md', 1, config);
    assert.deepEqual(got.map((d) => [d.code, d.severity, d.lnum, d.col]), [['figure-unverified', 4, 0, 19]]);
  });
});

describe('README: the Neovim configuration', () => {
  it('is the one the Neovim test runs (test/editors/treaty.lua, verbatim)', () => {
    const readme = fs.readFileSync(README, 'utf8');
    assert.ok(readme.includes(`\`\`\`lua\n${fs.readFileSync(CONFIG, 'utf8')}\`\`\``), 'README.md shows test/editors/treaty.lua in a lua code block');
  });
});
