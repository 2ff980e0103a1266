import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseYaml, validateAgainst } from '../../server/src/facts/dataFile';
import { readFactFile } from '../../server/src/facts/loadData';
import type { DataProblem } from '../../server/src/facts/types';
import { fixtureTexts } from './fixtures';
import { LspClient } from '../support/lspClient';

/**
 * Safety (issue #10): the server and the CLI make no network request and evaluate no code from documents or facts
 * files. Checked three ways: the bundles are read for network modules and code evaluation; the bundles run with
 * guard.cjs preloaded, which logs every connection, name lookup, listen, eval, Function constructor and vm call,
 * over every fixture, hostile documents and hostile workspace facts; and the YAML reader is given custom tags.
 */
const ROOT = path.join(__dirname, '..', '..');
const BUNDLES = ['server/out/server.js', 'server/out/cli.js'].map((f) => path.join(ROOT, f));
const GUARD = path.join(__dirname, 'guard.cjs');

/** Documents that try to get code run: template syntax, script tags, prototype keys, JavaScript URLs. */
const HOSTILE_DOCUMENTS = [
  '<script>require("child_process").execSync("touch /tmp/treaty-pwned")</script>\n\n709 officials (CAT/C/KAZ/Q/4, para. 3).',
  '${process.exit(1)} {{constructor.constructor("return process")().exit(1)}} `eval("1")` 5 persons',
  '[click](javascript:alert(1)) [^__proto__]\n\n[^__proto__]: constructor prototype 322 officials',
  '---\n__proto__: {polluted: true}\ntoString: !!js/function "function(){}"\n---\n\n# <img src=x onerror=alert(1)> 47 per cent',
];

/** A workspace facts file that tries every way YAML has to make code or objects: tags, merge keys, aliases. */
const HOSTILE_FACTS = [
  'source: kz-follow-up-co4',
  'facts:',
  '  - id: hostile.function',
  '    type: statistic',
  '    value: !!js/function "function () { require(\'child_process\').execSync(\'touch /tmp/treaty-pwned\'); return 1 }"',
  '    value_text: !!js/undefined ""',
  '    unit: !<tag:yaml.org,2002:js/regexp> /x/',
  '    qualifier: exact',
  '    terms: !!set { officials: null }',
  '    measure: !custom hostile',
  '    quote: !!binary aGVsbG8=',
  '    asserted_by: { <<: { name: x }, kind: state }',
  '    asserted_on: 2024-07-04',
  '    paragraph: "19"',
  '',
].join('\n');

function readLog(file: string): string[] {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
}

/** Only JSON's own kinds of value: no functions, regexps, dates, buffers, sets, class instances. */
function nonPlain(value: unknown, at = '$'): string[] {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonPlain(v, `${at}[${i}]`));
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return Object.entries(value as object).flatMap(([k, v]) => nonPlain(v, `${at}.${k}`));
  return [`${at}: ${Object.prototype.toString.call(value)}`];
}

describe('reliability: no network, no code evaluation', function () {
  this.timeout(300_000);
  let tmp: string;
  before(() => {
    for (const b of BUNDLES) assert.ok(fs.existsSync(b), `${path.relative(ROOT, b)} is missing: run npm run build`);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-safety-'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('the bundles contain no eval, no Function constructor and no network client module', () => {
    for (const file of BUNDLES) {
      const code = fs.readFileSync(file, 'utf8');
      const name = path.relative(ROOT, file);
      assert.doesNotMatch(code, /(?<![\w$.])eval\s*\(/, `${name} calls eval`);
      assert.doesNotMatch(code, /(?<![\w$])(?:new\s+)?Function\s*\(/, `${name} builds a Function from a string`);
      assert.doesNotMatch(code, /\.constructor\s*\(\s*["'`]/, `${name} reaches the Function constructor through .constructor`);
      // `net` is required by vscode-jsonrpc for its socket and pipe transports (unused with --stdio); the runtime test below shows no connection is made.
      const required = new Set([...code.matchAll(/require\(["'](?:node:)?([\w/-]+)["']\)/g)].map((m) => m[1]!));
      const network = ['http', 'https', 'http2', 'tls', 'dgram', 'dns', 'undici', 'ws'].filter((m) => required.has(m));
      assert.deepEqual(network, [], `${name} requires network modules`);
    }
  });

  it('the server over stdio opens no connection and evaluates nothing, on every fixture, hostile documents and hostile workspace facts', async () => {
    const log = path.join(tmp, 'server.log');
    const workspace = path.join(tmp, 'workspace');
    fs.mkdirSync(path.join(workspace, '.treaty', 'facts'), { recursive: true });
    fs.writeFileSync(path.join(workspace, '.treaty', 'facts', 'hostile.yaml'), HOSTILE_FACTS);
    fs.writeFileSync(path.join(workspace, '.treaty', 'facts', 'bomb.yaml'), ['source: x', 'a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((c, i) => `${c}: &${c} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`), 'facts: []', ''].join('\n'));
    const server = new LspClient({ nodeArgs: ['--require', GUARD], env: { TREATY_GUARD_LOG: log }, timeoutMs: 30_000 });
    try {
      await server.initialize({ pull: true, rootPath: workspace, workspaceFeatures: false });
      const texts = [...fixtureTexts().filter((f) => !f.name.includes('#')), ...HOSTILE_DOCUMENTS.map((text, i) => ({ name: `hostile-${i}.md`, text }))];
      for (const [i, { text }] of texts.entries()) {
        const uri = pathToFileURL(path.join(workspace, `doc-${i}.md`)).toString();
        server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
        const doc = { textDocument: { uri } };
        const diagnostics = await server.request('textDocument/diagnostic', doc);
        const lines = text.split('\n').length;
        const position = { line: Math.floor(lines / 2), character: 3 };
        await Promise.all([
          server.request('textDocument/hover', { ...doc, position }),
          server.request('textDocument/completion', { ...doc, position }),
          server.request('textDocument/definition', { ...doc, position }),
          server.request('textDocument/codeAction', { ...doc, range: { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } }, context: { diagnostics: diagnostics.items } }),
          server.request('textDocument/documentLink', doc),
          server.request('textDocument/documentSymbol', doc),
          server.request('textDocument/codeLens', doc),
          server.request('treaty/coverage', { uri }),
          server.request('treaty/findingsSummary', { uri }),
        ]);
        server.notify('textDocument/didClose', doc);
      }
      // The hostile facts files are reported in place, not run.
      const problems = await server.waitForMessage((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri.endsWith('hostile.yaml') && m.params.diagnostics.length > 0);
      assert.ok(problems.params.diagnostics.some((d: { message: string }) => /value: must be number/.test(d.message)), JSON.stringify(problems.params.diagnostics.map((d: { message: string }) => d.message)));
      await server.close();
    } finally {
      server.kill();
    }
    assert.deepEqual(readLog(log), []);
    assert.ok(!fs.existsSync('/tmp/treaty-pwned'));
  });

  it('the CLI opens no connection and evaluates nothing, on every fixture file and with a hostile --facts file', () => {
    const log = path.join(tmp, 'cli.log');
    const files = fixtureTexts().filter((f) => !f.name.includes('#') && !f.name.includes('(all claims)')).map((f) => path.join(ROOT, f.name));
    const hostileDocs = HOSTILE_DOCUMENTS.map((text, i) => {
      const p = path.join(tmp, `hostile-${i}.md`);
      fs.writeFileSync(p, text);
      return p;
    });
    const facts = path.join(tmp, 'hostile-facts.yaml');
    fs.writeFileSync(facts, HOSTILE_FACTS);
    const run = (args: string[]) => spawnSync(process.execPath, ['--require', GUARD, BUNDLES[1]!, ...args], { env: { ...process.env, TREATY_GUARD_LOG: log }, encoding: 'utf8', timeout: 120_000 });
    const plain = run(['--format', 'json', ...files, ...hostileDocs]);
    assert.ok(plain.status === 0 || plain.status === 1, `exit ${plain.status}: ${plain.stderr}`);
    const withFacts = run(['--facts', facts, ...hostileDocs]);
    assert.equal(withFacts.status, 2, withFacts.stderr);
    assert.match(withFacts.stderr, /hostile-facts\.yaml:\d+:\d+ .*value: must be number/);
    assert.deepEqual(readLog(log), []);
    assert.ok(!fs.existsSync('/tmp/treaty-pwned'));
  });

  it('YAML is read without custom tags: !!js/function and other tags give plain data, never code or objects', () => {
    const problems: DataProblem[] = [];
    const yaml = parseYaml('hostile.yaml', HOSTILE_FACTS, problems);
    assert.deepEqual(nonPlain(yaml.data), []);
    const fact = (yaml.data as { facts: Record<string, unknown>[] }).facts[0]!;
    assert.equal(typeof fact.value, 'string');
    assert.equal(validateAgainst('facts', 'hostile.yaml', yaml, problems), false);
    const read = readFactFile('hostile.yaml', HOSTILE_FACTS, 'workspace', []);
    assert.deepEqual(read.facts, [], 'a fact with a tagged value is rejected');
    // __proto__ keys are data too: nothing is polluted.
    const proto = parseYaml('proto.yaml', '__proto__: { polluted: true }\nconstructor: { prototype: { polluted: true } }\n', []);
    assert.deepEqual(nonPlain(proto.data), []);
    assert.equal(({} as { polluted?: boolean }).polluted, undefined);
  });

  it('regression: a YAML alias bomb is a problem of the file, not a crash (the CLI died with a ReferenceError)', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((c, i) => `${c}: &${c} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`), ''].join('\n');
    const problems: DataProblem[] = [];
    const yaml = parseYaml('bomb.yaml', bomb, problems);
    assert.equal(yaml.data, undefined);
    assert.match(problems[0]!.message, /alias/i);
    fs.writeFileSync(path.join(tmp, 'bomb.yaml'), `source: kz-follow-up-co4\n${bomb}facts: []\n`);
    const cli = spawnSync(process.execPath, [BUNDLES[1]!, '--facts', 'bomb.yaml', path.join(ROOT, 'examples', 'follow-up-reply.md')], { encoding: 'utf8', timeout: 60_000, cwd: tmp });
    assert.equal(cli.status, 2, cli.stderr);
    assert.match(cli.stderr, /bomb\.yaml:1:1 error facts-file YAML: .*alias/i);
  });
});
