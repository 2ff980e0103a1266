import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..');
const cli = (args: string[], cwd = root) => spawnSync(process.execPath, [path.join(root, 'server/out/cli.js'), ...args], { cwd, encoding: 'utf8' });

describe('treaty-check (CLI)', function () {
  this.timeout(20000);
  it('prints file:line:col severity code message for the example report and exits 1', () => {
    const r = cli(['examples/follow-up-reply.md']);
    assert.equal(r.status, 1, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.ok(lines.includes(lines.find((l) => l.startsWith('examples/follow-up-reply.md:9:104 warning figure-mismatch 322 '))!));
    const text = fs.readFileSync(path.join(root, 'examples/follow-up-reply.md'), 'utf8').split('\n');
    for (const l of lines) {
      const m = /^[^:]+:(\d+):(\d+) (\w+) ([a-z-]+) /.exec(l)!;
      assert.ok(m, l);
      assert.ok(/\S/.test(text[Number(m[1]) - 1]![Number(m[2]) - 1]!), `column points at text: ${l}`);
    }
  });
  it('exits 0 on a clean file and 2 on a missing file or bad usage', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-'));
    fs.writeFileSync(path.join(dir, 'clean.md'), '# Nothing to check\n\nThe dialogue was constructive.\n');
    assert.equal(cli(['clean.md'], dir).status, 0);
    assert.equal(cli(['missing.md'], dir).status, 2);
    assert.equal(cli([], dir).status, 2);
    assert.equal(cli(['--format', 'xml', 'clean.md'], dir).status, 2);
  });
  it('writes stable JSON and SARIF 2.1.0 with a rule per code', () => {
    const json = JSON.parse(cli(['--format', 'json', 'examples/follow-up-reply.md']).stdout);
    assert.equal(json.version, 1);
    assert.ok(json.files[0].findings.some((f: any) => f.code === 'figure-mismatch' && f.range.start.line === 9 && f.range.start.column === 104));
    const sarif = JSON.parse(cli(['--format', 'sarif', 'examples/follow-up-reply.md']).stdout);
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.runs[0].tool.driver.rules.length, 8);
    assert.ok(sarif.runs[0].properties.factBaseVersion.startsWith('facts-'));
    assert.ok(sarif.runs[0].results.every((r: any) => r.locations[0].physicalLocation.region.startLine >= 1));
  });
  it('honours --severity, --max-warnings and --explain', () => {
    assert.equal(cli(['--severity', 'unknown-paragraph=off', '--severity', 'unknown-document=off', '--severity', 'figure-mismatch=hint', '--severity', 'arithmetic=information', '--severity', 'date-mismatch=off', 'examples/follow-up-reply.md']).status, 0);
    assert.equal(cli(['--severity', 'unknown-paragraph=off', '--severity', 'unknown-document=off', '--severity', 'figure-mismatch=hint', '--severity', 'date-mismatch=off', 'examples/follow-up-reply.md']).status, 1);
    assert.equal(cli(['--max-warnings', '10', '--severity', 'unknown-paragraph=warning', 'examples/follow-up-reply.md']).status, 0);
    const explain = cli(['--explain', 'figure-superseded']);
    assert.equal(explain.status, 0);
    assert.match(explain.stdout, /later source/);
  });
  it('ends the text summary on stderr with a newline, so that nothing runs into it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-'));
    fs.writeFileSync(path.join(dir, 'clean.md'), '# Nothing to check\n\nThe dialogue was constructive.\n');
    for (const [args, cwd] of [[['examples/follow-up-reply.md'], root], [['clean.md'], dir]] as const) {
      const r = cli([...args], cwd);
      assert.match(r.stderr, /^\d+ file\(s\): \d+ error\(s\), \d+ warning\(s\), \d+ information, \d+ hint\(s\)\n$/, JSON.stringify(r.stderr));
    }
    // The summary after an error message on stderr: each on its own line.
    const both = cli(['clean.md', 'missing.md'], dir);
    assert.equal(both.status, 2);
    assert.ok(both.stderr.endsWith('\n'), JSON.stringify(both.stderr));
    // What follows the CLI in a shell starts on a line of its own.
    const sh = spawnSync('sh', ['-c', `${JSON.stringify(process.execPath)} ${JSON.stringify(path.join(root, 'server/out/cli.js'))} clean.md 2>&1; echo next`], { cwd: dir, encoding: 'utf8' });
    assert.match(sh.stdout, /hint\(s\)\nnext\n$/, JSON.stringify(sh.stdout));
  });
});
