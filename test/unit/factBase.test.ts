import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { loadDataDirectory, readFactFile, totalAgrees } from '../../server/src/facts/loadData';
import { foldSpace, plainText } from '../../server/src/facts/sourceDocument';
import { buildFactBase } from '../../server/src/facts/bundled';
import type { DataProblem } from '../../server/src/facts/types';

const dataDir = path.join(__dirname, '..', '..', 'server', 'data');
const loaded = loadDataDirectory(dataDir);

describe('the bundled fact base', () => {
  it('loads with no problem', () => {
    assert.deepEqual(loaded.problems.map((p) => `${p.file}:${p.line} ${p.path}: ${p.message}`), []);
  });
  it('has all five sources, each paragraph addressable', () => {
    assert.equal(loaded.data.sources.length, 5);
    for (const s of loaded.data.sources) assert.ok(s.paragraphs.length > 10, s.meta.id);
  });
  it('quotes every fact verbatim from its source paragraph, with its value as written', () => {
    const sources = new Map(loaded.data.sources.map((s) => [s.meta.id, new Map(s.paragraphs.map((p) => [p.address, p]))]));
    for (const f of loaded.data.facts) {
      const p = sources.get(f.source)?.get(f.paragraph);
      assert.ok(p, `${f.id}: no paragraph ${f.paragraph}`);
      const quote = foldSpace(f.quote);
      assert.ok(foldSpace(p.text).includes(quote) || plainText(p.text).includes(quote), `${f.id}: quote not in paragraph`);
      if (f.type === 'statistic') assert.ok(quote.includes(foldSpace(f.value_text!)), `${f.id}: value_text not in quote`);
      assert.ok(f.asserted_by.name && f.asserted_on, f.id);
    }
  });
  it('records the known slips of the sources as relations that do not hold', () => {
    const broken = loaded.data.relations.filter((r) => 'holds' in r && r.holds === false).map((r) => r.note ?? r.id).join('\n');
    assert.match(broken, /5,?149|5,?419/);
    assert.match(broken, /10,?16[69]/);
    assert.match(broken, /32|24\.1/);
  });
  it('knows every paragraph of the list of issues, with lettered subparagraphs', () => {
    const fb = buildFactBase([]).facts;
    for (let n = 1; n <= 30; n++) assert.ok(fb.resolveParagraph('CAT/C/KAZ/Q/4', String(n)), `para ${n}`);
    assert.ok(fb.resolveParagraph('CAT/C/KAZ/Q/4', '6', 'b'));
    assert.equal(fb.resolveParagraph('CAT/C/KAZ/Q/4', '31'), undefined);
  });
  it('resolves every catalogue reference to a real source paragraph', () => {
    const sources = new Map(loaded.data.sources.map((s) => [s.meta.id, new Set(s.paragraphs.map((p) => p.address))]));
    for (const d of loaded.data.documents) for (const p of d.paragraphs ?? []) for (const r of p.referenced_by ?? []) assert.ok(sources.get(r.source)?.has(r.paragraph), `${d.symbol} ${p.id} ← ${r.source} ${r.paragraph}`);
  });
  it('reads "over 400" as a lower bound when checking totals', () => {
    assert.equal(totalAgrees(404, 400, 'more-than', true), true);
    assert.equal(totalAgrees(5149, 5419, 'exact', true), false);
  });
});

describe('validating fact files', () => {
  const read = (text: string) => {
    const problems: DataProblem[] = [];
    readFactFile('team.yaml', text, 'workspace', problems);
    return problems;
  };
  it('reports bad YAML with its line', () => {
    const p = read('source: x\nfacts:\n  - id: a\n    terms: [unclosed\n');
    assert.equal(p[0]!.file, 'team.yaml');
    assert.match(p[0]!.message, /YAML/);
  });
  it('reports a wrong type at the exact property, with file, line and path', () => {
    const p = read('source: kz-follow-up-co4\nfacts:\n  - id: team.x\n    type: statistic\n    measure: something counted\n    value: "many"\n    value_text: many\n    unit: persons\n    qualifier: exact\n    terms: [many]\n    asserted_by: {kind: ngo, name: Team}\n    asserted_on: "2024-01-01"\n    paragraph: "1"\n    quote: many persons\n');
    assert.deepEqual(p.map((x) => [x.line, x.path, x.message]), [[6, 'facts[0].value', 'must be number']]);
  });
  it('reports a missing property and an unknown one', () => {
    const p = read('source: x\nfacts:\n  - id: team.y\n    type: event\n    measure: an event\n    terms: [event]\n    asserted_by: {kind: ngo, name: Team}\n    asserted_on: "2024-01-01"\n    paragraph: "1"\n    quote: on 1 May\n    colour: blue\n');
    assert.ok(p.some((x) => /missing required property "date"/.test(x.message)));
    assert.ok(p.some((x) => x.path === 'facts[0].colour' && x.line === 11));
  });
  it('keeps bundled facts working when a workspace file is broken, and reports a quote not in its source', () => {
    const { facts, problems } = buildFactBase([{ file: 'team.yaml', text: 'source: kz-follow-up-co4\nfacts:\n  - id: team.z\n    type: statistic\n    measure: officials disciplined\n    value: 5\n    value_text: "5"\n    unit: officials\n    qualifier: exact\n    terms: [disciplined]\n    asserted_by: {kind: ngo, name: Team}\n    asserted_on: "2024-01-01"\n    paragraph: "19"\n    quote: "5 officials were invented"\n' }]);
    assert.ok(problems.some((p) => p.file === 'team.yaml' && /not found verbatim/.test(p.message)));
    assert.ok(facts.facts.has('fu.jan2022.deaths.total'));
    assert.ok(!facts.facts.has('team.z'));
  });
  it('matches a fact\'s terms in the words of a synonym group, bundled or added by a workspace', () => {
    const bundled = buildFactBase([]).facts;
    // vocabulary.yaml: "dead civilians" also reads as "deceased civilians" and "civilians who died".
    const families = bundled.facts.get('spr.khalkyna.dead-civilians.recipients')!.termStems.map((t) => t.join(' '));
    assert.ok(families.includes('dead civilian') && families.includes('died civilian'), families.join(', '));
    const { facts, problems } = buildFactBase([{ file: 'team.yaml', text: 'source: cross-source\nsynonyms:\n  - words: [jailed, incarcerated]\n    note: our reports say incarcerated\n' }]);
    assert.deepEqual(problems, []);
    assert.ok(facts.facts.get('aq.jan2022.convicted.imprisonment')!.termStems.some((t) => t.join(' ') === 'incarcerat'));
    const broken = buildFactBase([{ file: 'team.yaml', text: 'source: cross-source\nsynonyms:\n  - words: [jailed]\n' }]);
    assert.ok(broken.problems.some((p) => p.file === 'team.yaml' && p.line === 3), JSON.stringify(broken.problems));
  });
});

describe('facts coverage (npm run facts:coverage)', function () {
  this.timeout(60000);
  it('covers every number of every source by a fact, an identifier rule or a recorded exclusion', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, '..', '..', 'scripts', 'facts-coverage.ts'), '--strict'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout.split('\n').filter((l) => /NOT COVERED|%/.test(l)).join('\n'));
    assert.match(r.stdout, /all sources: (\d+)\/\1 numbers covered or excluded \(100\.0 %\)/);
  });
});
