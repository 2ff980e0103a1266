// Every option of treaty-check, its exit codes, suppression comments and workspace facts (--facts),
// through the real bundled CLI (server/out/cli.js) in temporary folders.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../server/src/cli/cli';
import { ALL_CODES } from '../../server/src/checks/findings';
import { MISMATCH, SUPPRESSION_EXPECTED, SUPPRESSION_REPORT, SUPPRESSION_UNSUPPRESSED_LINES } from '../support/reports';
import { BROKEN_FACTS, TEAM_FACT_ID, TEAM_FACTS, TEAM_REPORT, TEAM_REPORT_FIGURE, TEAM_REPORT_FIXED } from '../support/workspaceFacts';

const root = path.join(__dirname, '..', '..');
const CLI = path.join(root, 'server/out/cli.js');
const cli = (args: string[], cwd = root) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
const json = (args: string[], cwd = root) => JSON.parse(cli(['--format', 'json', ...args], cwd).stdout);
const EXAMPLE = 'examples/follow-up-reply.md';

/** A temporary folder with the given files (paths relative to it). */
function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-cli-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('treaty-check options and exit codes', function () {
  this.timeout(30000);

  it('exits 0 when clean, 1 on findings at or above the threshold, 2 on usage and input errors, with a message on stderr', () => {
    const dir = folder({ 'clean.md': '# Nothing to check\n\nThe dialogue was constructive.\n', 'bad.md': `${MISMATCH}\n` });
    assert.equal(cli(['clean.md'], dir).status, 0);
    assert.equal(cli(['bad.md'], dir).status, 1);
    const cases: [string[], RegExp][] = [
      [[], /no files given/],
      [['--bogus', 'clean.md'], /unknown option --bogus/],
      [['--format', 'xml', 'clean.md'], /unknown format "xml"/],
      [['--format'], /--format needs a value/],
      [['--max-warnings', 'many', 'clean.md'], /--max-warnings takes a whole number/],
      [['--max-warnings', '-1', 'clean.md'], /--max-warnings takes a whole number/],
      [['--severity', 'figure-mismatch=loud', 'clean.md'], /--severity takes code=level/],
      [['--severity', 'figure-wrong=error', 'clean.md'], /--severity takes code=level/],
      [['--explain', 'figure-wrong'], /unknown code "figure-wrong"/],
      [['missing.md'], /cannot read missing\.md: no such file/],
      [['clean.md', 'nothing/*.md'], /cannot read nothing\/\*\.md: no such file, or a pattern that matches nothing/],
      [['--facts', 'missing.yaml', 'clean.md'], /cannot read facts file missing\.yaml/],
    ];
    for (const [args, message] of cases) {
      const r = cli(args, dir);
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, message, args.join(' '));
      assert.equal(r.stdout, '', `${args.join(' ')} writes nothing on stdout`);
    }
  });

  it('--max-warnings N fails only above N warnings; errors always fail', () => {
    // The example without its one error has 7 warnings.
    const noError = ['--severity', 'unknown-paragraph=off', EXAMPLE];
    assert.equal(json(noError).summary.warnings, 7);
    assert.equal(cli(['--max-warnings', '7', ...noError]).status, 0);
    assert.equal(cli(['--max-warnings', '6', ...noError]).status, 1);
    assert.equal(cli(noError).status, 1, 'without --max-warnings any warning fails');
    assert.equal(cli(['--max-warnings', '100', EXAMPLE]).status, 1, 'the error still fails');
  });

  it('--severity overrides levels per code, and "off" drops the code', () => {
    const base = json([EXAMPLE]).files[0].findings;
    const over = json(['--severity', 'figure-mismatch=error', '--severity', 'figure-superseded=hint', '--severity', 'arithmetic=off', EXAMPLE]).files[0].findings;
    const levels = (fs_: any[], code: string) => [...new Set(fs_.filter((f) => f.code === code).map((f) => f.severity))];
    assert.deepEqual(levels(base, 'figure-mismatch'), ['warning']);
    assert.deepEqual(levels(over, 'figure-mismatch'), ['error']);
    assert.deepEqual(levels(over, 'figure-superseded'), ['hint']);
    assert.deepEqual(levels(over, 'arithmetic'), []);
    assert.equal(over.length, base.length - base.filter((f: any) => f.code === 'arithmetic').length);
    // Everything at information or below: clean exit.
    const calm = ALL_CODES.flatMap((c) => ['--severity', `${c}=information`]);
    assert.equal(cli([...calm, EXAMPLE]).status, 0);
  });

  it('--quiet reports errors only: no warnings printed, none counted, no summary line', () => {
    const r = cli(['--quiet', EXAMPLE]);
    assert.equal(r.status, 1, 'the example has an error');
    assert.deepEqual(r.stdout.trim().split('\n').map((l) => l.split(' ')[1]), ['error']);
    assert.equal(r.stderr, '');
    assert.equal(cli(['--quiet', '--severity', 'unknown-paragraph=off', EXAMPLE]).status, 0, 'warnings alone do not fail under --quiet');
    assert.deepEqual(json(['--quiet', EXAMPLE]).summary, { files: 1, errors: 1, warnings: 0, information: 0, hints: 0 });
  });

  it('--unverified adds figure-unverified hints', () => {
    const dir = folder({ 'stats.md': 'The ministry hired 57 new psychologists in 2023.\n' });
    assert.deepEqual(json(['stats.md'], dir).files[0].findings, []);
    assert.deepEqual(json(['--unverified', 'stats.md'], dir).files[0].findings.map((f: any) => [f.code, f.severity]), [['figure-unverified', 'hint']]);
  });

  it('--explain prints what every code means with an example; --help prints the usage', () => {
    for (const code of ALL_CODES) {
      const r = cli(['--explain', code]);
      assert.equal(r.status, 0, code);
      assert.match(r.stdout, new RegExp(`^${code}\\n\\n.{40,}\\n\\nExample:\\n  \\S`, 's'), code);
    }
    const help = cli(['--help']);
    assert.equal(help.status, 0);
    for (const option of ['--format', '--max-warnings', '--severity', '--facts', '--unverified', '--quiet', '--explain']) assert.ok(help.stdout.includes(option), option);
  });

  it('takes files, folders and globs (*, **, ?), relative or absolute, skips dot folders unless named, and checks each file once', () => {
    const dir = folder({ 'a.md': `${MISMATCH}\n`, 'notes/b.md': '# B\n', 'notes/deep/c.markdown': '# C\n', 'notes/skip.txt': '322', 'node_modules/x/d.md': '# D\n', '.cache/e.md': '# E\n', 'notes/.drafts/f.md': '# F\n', '.hidden.md': '# G\n' });
    const files = (args: string[], cwd = dir) => json(args, cwd).files.map((f: any) => f.file);
    assert.deepEqual(files(['*.md']), ['a.md']);
    assert.deepEqual(files(['**/*.md']), ['a.md', 'notes/b.md']);
    assert.deepEqual(files(['notes/**/*.m?rkdown']), ['notes/deep/c.markdown']);
    assert.deepEqual(files(['notes']), ['notes/b.md', 'notes/deep/c.markdown']);
    assert.deepEqual(files(['a.md', '*.md', './a.md']).length, 2, 'a.md given twice under one spelling is checked once');
    assert.deepEqual(files([`${dir}/notes/*.md`], root), [`${dir}/notes/b.md`]);
    // Dot files and folders only when named, as in shells.
    assert.deepEqual(files(['.cache/*.md']), ['.cache/e.md']);
    assert.deepEqual(files(['**/.drafts/*.md']), ['notes/.drafts/f.md']);
    assert.deepEqual(files(['.*.md']), ['.hidden.md']);
    assert.deepEqual(files(['notes/.drafts']), ['notes/.drafts/f.md']);
    assert.deepEqual(files([path.join(dir, 'a.md')], root), [path.join(dir, 'a.md')]);
  });

  describe('progress line', () => {
    const many = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`r${i}.md`, `# Report ${i}\n`]));

    it('is drawn on stderr only when stderr is a terminal, and only for many files', () => {
      const dir = folder(many);
      const run = (isTTY: boolean, args: string[]) => {
        const err: string[] = [];
        const out: string[] = [];
        const code = runCli(args, { out: (s) => out.push(s), err: (s) => err.push(s), isTTY, cwd: dir });
        return { code, err: err.join(''), out: out.join('') };
      };
      const tty = run(true, ['*.md']);
      assert.equal(tty.code, 0);
      assert.match(tty.err, /\rchecking 1\/7 r0\.md\x1b\[K/);
      assert.match(tty.err, /\rchecking 7\/7 r6\.md\x1b\[K\r\x1b\[K/, 'the line is cleared at the end');
      assert.doesNotMatch(tty.out, /checking/);
      assert.doesNotMatch(run(false, ['*.md']).err, /checking/);
      assert.doesNotMatch(run(true, ['r0.md', 'r1.md']).err, /checking/, 'not for a couple of files');
      assert.doesNotMatch(run(true, ['--quiet', '*.md']).err, /checking/, 'not with --quiet');
    });

    it('is absent when the real CLI writes to a pipe, and present on a real terminal (script(1))', function () {
      const dir = folder(many);
      const piped = cli(['*.md'], dir);
      assert.equal(piped.status, 0);
      assert.doesNotMatch(piped.stderr, /checking/);
      assert.match(piped.stderr, /^7 file\(s\): 0 error\(s\)/);
      const script = spawnSync('script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} '*.md'`, '/dev/null'], { cwd: dir, encoding: 'utf8' });
      if (script.error) return this.skip(); // no script(1) on this machine (util-linux/bsdutils)
      assert.equal(script.status, 0, script.stdout);
      assert.match(script.stdout, /checking 7\/7 r6\.md/);
    });
  });

  describe('suppression comments', () => {
    it('honours disable … enable blocks (for some codes or all) and disable-next-line', () => {
      const dir = folder({ 'draft.md': SUPPRESSION_REPORT });
      const got = json(['draft.md'], dir).files[0].findings.map((f: any) => [f.range.start.line, f.code]);
      assert.deepEqual(got, SUPPRESSION_EXPECTED);
      // Without the comments every one of them is reported.
      const bare = SUPPRESSION_REPORT.split('\n').map((l) => (l.startsWith('<!--') ? '' : l)).join('\n');
      fs.writeFileSync(path.join(dir, 'bare.md'), bare);
      assert.deepEqual(json(['bare.md'], dir).files[0].findings.map((f: any) => f.range.start.line), SUPPRESSION_UNSUPPRESSED_LINES);
    });
  });

  describe('workspace facts (--facts)', () => {
    const FACTS = '.treaty/facts/team.yaml';

    it('adds a team\'s facts: a figure they contradict is reported, naming the team\'s fact; bundled facts keep working', () => {
      const dir = folder({ [FACTS]: TEAM_FACTS, 'report.md': TEAM_REPORT, 'fixed.md': TEAM_REPORT_FIXED, 'bundled.md': `${MISMATCH}\n` });
      assert.equal(cli(['report.md'], dir).status, 0, 'without --facts the bundled facts say nothing about it');
      for (const facts of [FACTS, '.treaty/facts', '.treaty/facts/*.yaml']) {
        const r = cli(['--format', 'json', '--facts', facts, 'report.md', 'fixed.md', 'bundled.md'], dir);
        assert.equal(r.status, 1, r.stderr);
        const [report, fixed, bundled] = JSON.parse(r.stdout).files;
        assert.deepEqual(report.findings.map((f: any) => [f.code, f.range.start, f.factIds]), [['figure-mismatch', { line: TEAM_REPORT_FIGURE.line + 1, column: TEAM_REPORT_FIGURE.character + 1 }, [TEAM_FACT_ID]]]);
        assert.match(report.findings[0].message, /is 24 according to Government of Kazakhstan/);
        assert.deepEqual(fixed.findings, []);
        assert.deepEqual(bundled.findings.map((f: any) => f.code), ['figure-mismatch']);
      }
      const withFacts = JSON.parse(cli(['--format', 'sarif', '--facts', FACTS, 'report.md'], dir).stdout).runs[0].properties;
      const without = JSON.parse(cli(['--format', 'sarif', 'report.md'], dir).stdout).runs[0].properties;
      assert.deepEqual(withFacts.workspaceFacts, [FACTS]);
      assert.notEqual(withFacts.factBaseVersion, without.factBaseVersion, 'the fact base version covers the workspace facts');
    });

    it('overrides a bundled fact that has the same id (no duplicate-id error)', () => {
      const override = [
        'source: kz-follow-up-co4',
        'facts:',
        '  - id: fu.investigators.disciplined.2023',
        '    type: statistic',
        '    measure: officials of pretrial investigation bodies disciplined in 2023 (as our team reads para. 19)',
        '    value: 332',
        '    value_text: "332"',
        '    unit: persons',
        '    qualifier: exact',
        '    period: "2023"',
        '    terms: [disciplinary sanctions, disciplined, investigators, pretrial investigation bodies]',
        '    asserted_by: { kind: state-party, name: Our team\'s reading of the State reply }',
        '    asserted_on: "2024"',
        '    paragraph: "19"',
        '    quote: 332 in 2023',
        '',
      ].join('\n');
      const dir = folder({ [FACTS]: override, 'bundled.md': `${MISMATCH}\n` });
      const r = cli(['--format', 'json', '--facts', FACTS, 'bundled.md'], dir);
      assert.equal(r.status, 1, r.stderr);
      assert.doesNotMatch(r.stderr, /facts-file/);
      const [finding] = JSON.parse(r.stdout).files[0].findings;
      assert.deepEqual(finding.factIds, ['fu.investigators.disciplined.2023']);
      assert.match(finding.message, /as our team reads para\. 19\) is 332 according to Our team's reading of the State reply/);
    });

    for (const broken of BROKEN_FACTS) {
      it(`exits 2 on a facts file with ${broken.name}, naming file:line:col and the path`, () => {
        const dir = folder({ [FACTS]: broken.text, 'report.md': TEAM_REPORT });
        const r = cli(['--facts', FACTS, 'report.md'], dir);
        assert.equal(r.status, 2, r.stderr);
        assert.equal(r.stdout, '', 'nothing is checked against a broken fact base');
        const lines = r.stderr.trim().split('\n');
        const at = `${FACTS}:${broken.line}:${broken.column} error facts-file ${broken.path ? `${broken.path}: ` : ''}`;
        const line = lines.find((l) => l.startsWith(at));
        assert.ok(line, `expected a line starting "${at}" in:\n${r.stderr}`);
        assert.match(line.slice(at.length), broken.message);
        assert.equal(lines.at(-1), `treaty-check: ${FACTS}: broken facts file (see above); nothing was checked`);
        // Fixing the file clears it.
        fs.writeFileSync(path.join(dir, FACTS), TEAM_FACTS);
        const fixed = cli(['--facts', FACTS, 'report.md'], dir);
        assert.equal(fixed.status, 1);
        assert.doesNotMatch(fixed.stderr, /facts-file/);
      });
    }
  });
});
