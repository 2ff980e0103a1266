// Workspace sources (--sources) and the bundled base turned off (--no-bundled), through the real bundled CLI
// (server/out/cli.js) in temporary folders: exit codes 0, 1 and 2, and where problems are reported.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MISMATCH } from '../support/reports';
import { TEAM_FACTS, TEAM_REPORT } from '../support/workspaceFacts';
import { LINKED_DRAFT, LINKED_SOURCES } from '../support/linkedSources';
import { BROKEN_SOURCES, REPORT_LINES, SOURCE, SOURCE_FACT_ID, SOURCE_FACTS, SOURCE_FILE, SOURCE_REPORT, SOURCE_REPORT_CLEAN } from '../support/workspaceSources';

const root = path.join(__dirname, '..', '..');
const CLI = path.join(root, 'server/out/cli.js');
const cli = (args: string[], cwd: string) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
const SOURCE_PATH = `.treaty/sources/${SOURCE_FILE}`;
const FACTS_PATH = '.treaty/facts/uzb.yaml';

function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-sources-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('treaty-check --sources and --no-bundled', function () {
  this.timeout(30000);

  it('knows a workspace source\'s symbol and paragraphs once it is given (a file, a folder or a glob)', () => {
    const dir = folder({ [SOURCE_PATH]: SOURCE, 'report.md': SOURCE_REPORT, 'clean.md': SOURCE_REPORT_CLEAN.replace('421', '412') });
    const without = cli(['--format', 'json', 'clean.md'], dir);
    assert.equal(without.status, 1);
    assert.deepEqual(JSON.parse(without.stdout).files[0].findings.map((f: any) => f.code), ['unknown-document', 'unknown-document'], 'not bundled: an unknown document');
    for (const given of [SOURCE_PATH, '.treaty/sources', '.treaty/sources/*.md']) {
      const clean = cli(['--sources', given, 'clean.md'], dir);
      assert.equal(clean.status, 0, `${given}: ${clean.stdout}${clean.stderr}`);
      const r = cli(['--format', 'json', '--sources', given, 'report.md'], dir);
      assert.equal(r.status, 1, r.stderr);
      const findings = JSON.parse(r.stdout).files[0].findings;
      // …and the source's statistic, extracted as a fact, contradicts the report's figure (421 for 412).
      assert.deepEqual(findings.map((f: any) => [f.code, f.range.start.line]), [['unknown-paragraph', REPORT_LINES.pastEnd + 1], ['figure-mismatch', REPORT_LINES.figure + 1]], 'para. 4 (b) exists, para. 9 is past the end');
      assert.match(findings[0].message, /^CAT\/C\/UZB\/CO\/6 has no paragraph 9\. Its paragraphs run from 1 to 5\.$/);
    }
    const sarif = JSON.parse(cli(['--format', 'sarif', '--sources', '.treaty/sources', 'clean.md'], dir).stdout).runs[0].properties;
    assert.deepEqual(sarif.workspaceSources, [SOURCE_PATH]);
  });

  it('lets workspace facts quote a workspace source, verbatim, and checks figures against them', () => {
    const dir = folder({ [SOURCE_PATH]: SOURCE, [FACTS_PATH]: SOURCE_FACTS, 'report.md': SOURCE_REPORT, 'clean.md': SOURCE_REPORT_CLEAN });
    const r = cli(['--format', 'json', '--sources', '.treaty/sources', '--facts', '.treaty/facts', 'report.md', 'clean.md'], dir);
    assert.equal(r.status, 1, r.stderr);
    const [report, clean] = JSON.parse(r.stdout).files;
    const mismatch = report.findings.find((f: any) => f.code === 'figure-mismatch');
    assert.ok(mismatch, JSON.stringify(report.findings));
    assert.deepEqual([mismatch.range.start.line, mismatch.factIds], [REPORT_LINES.figure + 1, [SOURCE_FACT_ID]]);
    assert.match(mismatch.message, /is 412 according to Committee against Torture, CAT\/C\/UZB\/CO\/6, para\. 3\./);
    assert.deepEqual(clean.findings, []);
    // Without the source the facts file is broken: its quote has no source to be found in.
    const missing = cli(['--facts', '.treaty/facts', 'clean.md'], dir);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, new RegExp(`^${FACTS_PATH}:1:9 error facts-file source: unknown source "cat-c-uzb-co-6"$`, 'm'));
    // A quote the source does not have.
    fs.writeFileSync(path.join(dir, FACTS_PATH), SOURCE_FACTS.replace('were registered in 2023', 'were filed in 2023'));
    const wrong = cli(['--sources', '.treaty/sources', '--facts', '.treaty/facts', 'clean.md'], dir);
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /quote is not found verbatim in cat-c-uzb-co-6 paragraph 3/);
  });

  for (const broken of BROKEN_SOURCES) {
    it(`exits 2 on a source with ${broken.name}, naming file:line:col`, () => {
      const dir = folder({ [SOURCE_PATH]: broken.text, 'clean.md': SOURCE_REPORT_CLEAN });
      const r = cli(['--sources', '.treaty/sources', 'clean.md'], dir);
      assert.equal(r.status, 2, r.stderr);
      assert.equal(r.stdout, '', 'nothing is checked');
      const lines = r.stderr.trim().split('\n');
      const at = `${SOURCE_PATH}:${broken.line}:${broken.column} error source-file `;
      const line = lines.find((l) => l.startsWith(at));
      assert.ok(line, `expected a line starting "${at}" in:\n${r.stderr}`);
      assert.match(line.slice(at.length), broken.message);
      assert.equal(lines.at(-1), `treaty-check: ${SOURCE_PATH}: broken source (see above); nothing was checked`);
    });
  }

  it('keeps the extracted facts in .treaty/cache when run in a folder with .treaty/, reads them back, and writes nothing with --no-cache or elsewhere', () => {
    const dir = folder({ [SOURCE_PATH]: SOURCE, 'report.md': SOURCE_REPORT });
    const cacheDir = path.join(dir, '.treaty', 'cache');
    const args = ['--format', 'json', '--sources', '.treaty/sources', 'report.md'];
    const none = cli(['--no-cache', ...args], dir);
    assert.equal(none.status, 1, none.stderr);
    assert.ok(!fs.existsSync(cacheDir), '--no-cache: nothing written');
    const first = cli(args, dir);
    assert.equal(first.stdout, none.stdout);
    assert.deepEqual(fs.readdirSync(cacheDir).sort().map((n) => n.replace(/^[0-9a-f]{64}\.json$/, 'KEY.json')), ['.gitignore', 'KEY.json', 'KEY.json', 'KEY.json'], 'the source\'s parse, its facts and the links of the fact base');
    const written = fs.readdirSync(cacheDir).filter((n) => n.endsWith('.json'));
    const second = cli(args, dir);
    assert.equal(second.stdout, first.stdout, 'the same findings from the cached facts');
    assert.equal(second.stderr, first.stderr);
    // A corrupt cache file is no error: the source is read and extracted again and the files written anew.
    const good = written.map((n) => fs.readFileSync(path.join(cacheDir, n), 'utf8'));
    for (const n of written) fs.writeFileSync(path.join(cacheDir, n), '{"format":');
    const repaired = cli(args, dir);
    assert.equal(repaired.status, 1);
    assert.equal(repaired.stdout, first.stdout);
    assert.equal(repaired.stderr.match(/warning: ignored the extraction cache file .*not JSON/g)?.length, 3, repaired.stderr);
    assert.deepEqual(written.map((n) => fs.readFileSync(path.join(cacheDir, n), 'utf8')), good);
    // Run from another folder (no .treaty/ there): the sources are read, nothing is cached.
    const outside = folder({});
    const elsewhere = cli(['--format', 'json', '--sources', path.join(dir, '.treaty/sources'), path.join(dir, 'report.md')], outside);
    assert.equal(elsewhere.status, 1, elsewhere.stderr);
    assert.deepEqual(fs.readdirSync(outside), []);
  });

  it('exits 2 on a --sources pattern that matches nothing', () => {
    const dir = folder({ 'clean.md': '# Nothing\n' });
    const r = cli(['--sources', '.treaty/sources', 'clean.md'], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /cannot read source \.treaty\/sources: no such file/);
  });

  it('--no-bundled leaves out the bundled facts, sources and catalogue; the workspace\'s own still work', () => {
    const dir = folder({ [SOURCE_PATH]: SOURCE, [FACTS_PATH]: SOURCE_FACTS, 'kaz.md': `${MISMATCH}\n\nSee CAT/C/KAZ/Q/4, para. 6 (b).\n`, 'report.md': SOURCE_REPORT });
    const bundled = cli(['--format', 'json', 'kaz.md'], dir);
    assert.equal(bundled.status, 1);
    assert.deepEqual(JSON.parse(bundled.stdout).files[0].findings.map((f: any) => f.code), ['figure-mismatch']);
    const off = cli(['--format', 'json', '--no-bundled', 'kaz.md'], dir);
    assert.equal(off.status, 1, 'the symbol is now unknown');
    // No bundled fact contradicts the figure; only the sentence's own sum is left (377 + 322 is not 709).
    assert.deepEqual(JSON.parse(off.stdout).files[0].findings.map((f: any) => f.code), ['arithmetic', 'unknown-document']);
    assert.equal(cli(['--no-bundled', '--severity', 'unknown-document=off', '--severity', 'arithmetic=off', 'kaz.md'], dir).status, 0);
    const own = cli(['--format', 'json', '--no-bundled', '--sources', '.treaty/sources', '--facts', '.treaty/facts', 'report.md'], dir);
    assert.equal(own.status, 1);
    assert.deepEqual(JSON.parse(own.stdout).files[0].findings.map((f: any) => f.code).sort(), ['figure-mismatch', 'unknown-paragraph']);
    // A workspace fact cannot quote a bundled source that is turned off.
    const team = folder({ '.treaty/facts/team.yaml': TEAM_FACTS, 'report.md': TEAM_REPORT });
    assert.equal(cli(['--facts', '.treaty/facts', 'report.md'], team).status, 1);
    const teamOff = cli(['--no-bundled', '--facts', '.treaty/facts', 'report.md'], team);
    assert.equal(teamOff.status, 2);
    assert.match(teamOff.stderr, /^\.treaty\/facts\/team\.yaml:2:9 error facts-file source: unknown source "kz-follow-up-co4"$/m);
  });

  it('links the figures two sources give for one measure: an earlier value is superseded, a disputed one says so', () => {
    const dir = folder({ ...Object.fromEntries(Object.entries(LINKED_SOURCES).map(([n, t]) => [`.treaty/sources/${n}`, t])), 'draft.md': LINKED_DRAFT });
    const r = cli(['--no-bundled', '--sources', '.treaty/sources', 'draft.md'], dir);
    assert.equal(r.status, 0, `information only: ${r.stdout}${r.stderr}`);
    const lines = r.stdout.trim().split('\n').map((l) => l.replace(/^draft\.md:(\d+):\d+ (\S+) (\S+) .*$/, '$1 $2 $3'));
    assert.deepEqual(lines, ['3 information figure-superseded', '5 information figure-disputed', '7 information figure-disputed', '15 information figure-superseded']);
    assert.match(r.stdout, /147 is an earlier figure \(Government of Uzbekistan, CAT\/C\/UZB\/6, para\. 12\); a later source updates it: 152/);
  });
});
