// The CLI's machine-readable outputs, validated against their schemas: SARIF 2.1.0 against the official
// OASIS schema (test/fixtures/schemas, see its README for the origin) plus what GitHub code scanning
// needs beyond the schema; JSON against docs/treaty-check.schema.json.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv, { type ValidateFunction } from 'ajv';
import { TOOL_VERSION } from '../../server/src/cli/version';
import { ALL_CODES } from '../../server/src/checks/findings';
import { MISMATCH } from '../support/reports';

const root = path.join(__dirname, '..', '..');
const cli = (args: string[], cwd = root) => spawnSync(process.execPath, [path.join(root, 'server/out/cli.js'), ...args], { cwd, encoding: 'utf8' });
const EXAMPLE = 'examples/follow-up-reply.md';

// RFC 3986 characters (percent-encoded octets, unreserved, reserved) and RFC 3339 date-times: the formats the SARIF schema uses.
const URI_CHARS = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]|%[0-9A-Fa-f]{2})*$/;
const isUriReference = (s: string) => URI_CHARS.test(s) && s.split('#').length <= 2;
const isUri = (s: string) => /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s) && isUriReference(s) && URL.canParse(s);
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

function compile(file: string): ValidateFunction<any> {
  const schema = JSON.parse(fs.readFileSync(file, 'utf8'));
  // The SARIF schema is draft-04; every keyword it uses means the same in draft-07, Ajv's default, except
  // the name of its own id ("id", "$id" since draft-06). Translated in memory; the file stays verbatim.
  if (schema.$schema === 'http://json-schema.org/draft-04/schema#') {
    delete schema.$schema;
    schema.$id = schema.id;
    delete schema.id;
  }
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', isUri);
  ajv.addFormat('uri-reference', isUriReference);
  ajv.addFormat('date-time', (s: string) => DATE_TIME.test(s));
  return ajv.compile<any>(schema);
}
const validateSarif = compile(path.join(root, 'test/fixtures/schemas/sarif-schema-2.1.0.json'));
const validateJson = compile(path.join(root, 'docs/treaty-check.schema.json'));
const errors = (v: ValidateFunction) => JSON.stringify(v.errors?.slice(0, 5), null, 1);

function tempRepo(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-repo-'));
  fs.mkdirSync(path.join(dir, '.git'));
  return dir;
}

describe('treaty-check output formats', function () {
  this.timeout(30000);

  describe('SARIF 2.1.0', () => {
    let run: ReturnType<typeof cli>;
    let sarif: any;
    let r0: any;
    before(() => {
      run = cli(['--format', 'sarif', EXAMPLE]);
      sarif = JSON.parse(run.stdout);
      r0 = sarif.runs[0];
    });

    it('is valid against the official SARIF 2.1.0 schema, and the validator does reject a broken log', () => {
      assert.equal(run.status, 1, run.stderr);
      assert.ok(validateSarif(sarif), errors(validateSarif));
      const broken = structuredClone(sarif);
      broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
      broken.runs[0].results[1].level = 'information';
      broken.runs[0].tool.driver.rules[0].helpUri = 'not a uri';
      assert.equal(validateSarif(broken), false);
      assert.deepEqual(validateSarif.errors!.map((e) => e.instancePath).sort(), ['/runs/0/results/0/locations/0/physicalLocation/region/startLine', '/runs/0/results/1/level', '/runs/0/tool/driver/rules/0/helpUri']);
    });

    it('describes every code as a rule with the help GitHub shows: short and full description, help text, help URI, default level', () => {
      const rules = r0.tool.driver.rules;
      assert.equal(r0.tool.driver.name, 'treaty-check');
      assert.equal(r0.tool.driver.version, TOOL_VERSION);
      assert.deepEqual(rules.map((r: any) => r.id), ALL_CODES);
      for (const rule of rules) {
        assert.ok(rule.name && rule.shortDescription.text && rule.fullDescription.text, rule.id);
        assert.ok(rule.shortDescription.text.length <= 1024 && rule.shortDescription.text.length < rule.fullDescription.text.length + 1, rule.id);
        assert.match(rule.help.text, /Example: /);
        assert.match(rule.help.markdown, /Example: `/);
        assert.equal(rule.helpUri, `https://github.com/treaty-tools/treaty-report-checker/blob/main/README.md#${rule.id}`);
        assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level), rule.id);
      }
      // The README has a section per code for the help URIs to land on.
      const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
      for (const code of ALL_CODES) assert.match(readme, new RegExp(`^### ${code}$`, 'm'), `README section for ${code}`);
    });

    it('places each result on its rule and on the flagged text: relative URI under %SRCROOT%, 1-based UTF-16 region', () => {
      assert.equal(r0.columnKind, 'utf16CodeUnits');
      assert.deepEqual(r0.originalUriBaseIds, { '%SRCROOT%': { uri: `${pathToFileURL(root).href}/` } });
      const lines = fs.readFileSync(path.join(root, EXAMPLE), 'utf8').split('\n');
      const json = JSON.parse(cli(['--format', 'json', EXAMPLE]).stdout);
      assert.equal(r0.results.length, json.summary.errors + json.summary.warnings + json.summary.information + json.summary.hints);
      r0.results.forEach((res: any, i: number) => {
        assert.equal(r0.tool.driver.rules[res.ruleIndex].id, res.ruleId);
        assert.equal(res.ruleId, json.files[0].findings[i].code);
        assert.ok(res.message.text.length > 0);
        const loc = res.locations[0].physicalLocation;
        assert.deepEqual(loc.artifactLocation, { uri: EXAMPLE, uriBaseId: '%SRCROOT%' });
        const { start, end } = json.files[0].findings[i].range;
        assert.deepEqual(loc.region, { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column });
        assert.ok(lines[loc.region.startLine - 1]!.slice(loc.region.startColumn - 1, loc.region.endColumn - 1).trim().length > 0);
      });
      const first = r0.results.find((r: any) => r.ruleId === 'figure-mismatch');
      assert.equal(first.level, 'warning');
      assert.equal(lines[first.locations[0].physicalLocation.region.startLine - 1]!.slice(first.locations[0].physicalLocation.region.startColumn - 1, first.locations[0].physicalLocation.region.endColumn - 1), '322');
      assert.deepEqual(first.properties.factIds, ['fu.investigators.disciplined.2023']);
      const prints = r0.results.map((r: any) => r.partialFingerprints['treatyFindingHash/v1']);
      assert.equal(new Set(prints).size, prints.length, 'fingerprints are unique');
    });

    it('carries the fact base version in the run properties, the same the JSON output names', () => {
      const json = JSON.parse(cli(['--format', 'json', EXAMPLE]).stdout);
      assert.match(r0.properties.factBaseVersion, /^facts-\d+-[0-9a-f]{12}$/);
      assert.equal(r0.properties.factBaseVersion, json.factBase);
    });

    it('encodes odd file names, makes paths relative to the repository root from a subfolder, and keeps columns in UTF-16 units', () => {
      const repo = tempRepo();
      fs.mkdirSync(path.join(repo, 'reports', 'draft 2'), { recursive: true });
      const name = 'reports/draft 2/доклад (v1)#.md';
      // The pin is two UTF-16 code units before the figure: a column in code points would be one less.
      fs.writeFileSync(path.join(repo, name), `# Follow-up\n\n📌 ${MISMATCH}\n`);
      const outside = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-outside-')), 'elsewhere.md');
      fs.writeFileSync(outside, `${MISMATCH}\n`);
      const r = cli(['--format', 'sarif', 'доклад (v1)#.md', outside], path.join(repo, 'reports', 'draft 2'));
      const log = JSON.parse(r.stdout);
      assert.ok(validateSarif(log), errors(validateSarif));
      const [a, b] = log.runs[0].results.map((x: any) => x.locations[0].physicalLocation);
      assert.equal(a.artifactLocation.uriBaseId, '%SRCROOT%');
      assert.equal(decodeURIComponent(a.artifactLocation.uri), name);
      assert.doesNotMatch(a.artifactLocation.uri, /[ #]|[^\x21-\x7e]/);
      assert.equal(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri, `${pathToFileURL(repo).href}/`);
      const line = `📌 ${MISMATCH}`;
      assert.equal(line.slice(a.region.startColumn - 1, a.region.endColumn - 1), '322');
      assert.deepEqual(b.artifactLocation, { uri: pathToFileURL(outside).toString() });
    });

    it('is valid with no results (a clean report) and records --severity overrides', () => {
      const repo = tempRepo();
      fs.writeFileSync(path.join(repo, 'clean.md'), '# Nothing to check\n\nThe dialogue was constructive.\n');
      const clean = JSON.parse(cli(['--format', 'sarif', 'clean.md'], repo).stdout);
      assert.ok(validateSarif(clean), errors(validateSarif));
      assert.deepEqual(clean.runs[0].results, []);

      const overridden = JSON.parse(cli(['--format', 'sarif', '--severity', 'figure-mismatch=error', '--severity', 'unknown-document=off', EXAMPLE]).stdout);
      assert.ok(validateSarif(overridden), errors(validateSarif));
      assert.deepEqual(overridden.runs[0].invocations[0].ruleConfigurationOverrides, [
        { descriptor: { id: 'figure-mismatch', index: 0 }, configuration: { level: 'error' } },
        { descriptor: { id: 'unknown-document', index: 6 }, configuration: { enabled: false } },
      ]);
      assert.ok(overridden.runs[0].results.filter((x: any) => x.ruleId === 'figure-mismatch').every((x: any) => x.level === 'error'));
      assert.ok(!overridden.runs[0].results.some((x: any) => x.ruleId === 'unknown-document'));
    });
  });

  describe('JSON', () => {
    it('validates against docs/treaty-check.schema.json: example, several files with --unverified, a clean file', () => {
      const repo = tempRepo();
      fs.writeFileSync(path.join(repo, 'clean.md'), '# Nothing to check\n');
      fs.writeFileSync(path.join(repo, 'stats.md'), 'The ministry hired 57 new psychologists in 2023.\n');
      for (const [args, cwd] of [[['--format', 'json', EXAMPLE], root], [['--format', 'json', '--unverified', 'clean.md', 'stats.md', path.join(root, EXAMPLE)], repo], [['--format', 'json', 'clean.md'], repo]] as const) {
        const out = JSON.parse(cli([...args], cwd).stdout);
        assert.ok(validateJson(out), `${args.join(' ')}: ${errors(validateJson)}`);
      }
      const multi = JSON.parse(cli(['--format', 'json', '--unverified', 'clean.md', 'stats.md'], repo).stdout);
      assert.deepEqual(multi.files.map((f: any) => [f.file, f.findings.map((x: any) => x.code)]), [['clean.md', []], ['stats.md', ['figure-unverified']]]);
      assert.deepEqual(multi.summary, { files: 2, errors: 0, warnings: 0, information: 0, hints: 1 });
    });

    it('is held to the schema: a changed shape fails validation', () => {
      const out = JSON.parse(cli(['--format', 'json', EXAMPLE]).stdout);
      assert.ok(validateJson(out), errors(validateJson));
      assert.ok(out.files[0].findings.some((f: any) => f.fixes.length > 0), 'fixes are part of the output');
      for (const mutate of [(o: any) => (o.extra = true), (o: any) => (o.files[0].findings[0].range.start.line = 0), (o: any) => (o.files[0].findings[0].code = 'figure-wrong'), (o: any) => delete o.summary.hints]) {
        const copy = structuredClone(out);
        mutate(copy);
        assert.equal(validateJson(copy), false);
      }
    });
  });

  it('states the same tool version as package.json', () => {
    assert.equal(TOOL_VERSION, JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version);
    assert.equal(cli(['--version']).stdout.trim(), TOOL_VERSION);
  });
});
