import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { factsFileYaml } from '../../server/src/cli/factsExtract';
import { buildFactBase, loadBundledData } from '../../server/src/facts/bundled';
import { checkConsistency, readFactFile, serializeSource } from '../../server/src/facts/loadData';
import { parseSourceDocument } from '../../server/src/facts/sourceDocument';
import type { DataProblem, SourceDocument } from '../../server/src/facts/types';
import { NO_WORDING, WordingIndex } from '../../server/src/facts/wording';
import { breakdownRelations, extractFacts, FactExtractor, laidOut, sourceContentHash } from '../../server/src/sources/extractFacts';
import { deserializeSource } from '../../server/src/facts/loadData';
import { buildReportModel } from '../../server/src/parse/reportModel';
import { actsIn, extractActs, extractDated } from '../../server/src/sources/extractActs';
import { checkReport } from '../../server/src/checks/checkReport';
import { countsCompatible } from '../../server/src/sources/countedNouns';
import { periodsCompatible } from '../../server/src/sources/recovery';
import { extractReport } from '../../scripts/extract-report';

const root = path.join(__dirname, '..', '..');

/** A paragraph with several statistics, a year, a footnote marker and a legal time limit; a second with an amount and a share. */
const SOURCE = `---
id: test-coalition-2024
seed: none
symbol: null
title: Submission of the Test Coalition
author_kind: ngo
author: Test Coalition
issuing_body: Test Coalition
date: "2024-03-01"
date_basis: cover page
language: en
addressing: numbered
addressing_note: Paragraphs as numbered.
---

# Submission of the Test Coalition

<a id="1"></a>
1. In 2023, the Coalition registered 412 complaints of torture,[^1] of which 37 were sent to court. Its lawyers represented 83 victims: 61 men and 22 women. Under the law, a detainee must be brought before a judge within 48 hours.

<a id="2"></a>
2. The Victims Compensation Fund paid about 7 million tenge to the families of victims in 2022, or 12 per cent of its budget.

[^1]: Coalition database, January 2024.
`;

function sampleDocument(): SourceDocument {
  const parsed = parseSourceDocument('sample.md', SOURCE);
  assert.deepEqual(parsed.problems, []);
  return parsed.document!;
}

const wording = () => new WordingIndex(loadBundledData().wording ?? NO_WORDING);

describe('facts extracted from a source (issue 17)', function () {
  this.timeout(60000);

  // A figure's quote runs from its sentence's start to the end of its own clause: what later clauses say is theirs.
  it('reads every statistic of a paragraph as a fact, and no year, footnote marker or time limit', () => {
    const facts = extractFacts(sampleDocument(), wording());
    const first = 'In 2023, the Coalition registered 412 complaints of torture,[^1] of which 37 were sent to court.';
    const second = 'Its lawyers represented 83 victims: 61 men and 22 women.';
    const third = 'The Victims Compensation Fund paid about 7 million tenge to the families of victims in 2022, or 12 per cent of its budget.';
    const asserted = { asserted_by: { kind: 'ngo', name: 'Test Coalition' }, asserted_on: '2024-03-01', type: 'statistic', source: 'test-coalition-2024', origin: 'workspace' };
    assert.deepEqual(facts, [
      { id: 'test-coalition-2024.x.1.1', measure: 'complaints of torture registered in 2023', value: 412, value_text: '412', unit: 'complaints', qualifier: 'exact', period: '2023', terms: ['complaints of torture', 'complaints', 'registered', 'coalition', 'torture'], paragraph: '1', quote: 'In 2023, the Coalition registered 412 complaints of torture', ...asserted },
      { id: 'test-coalition-2024.x.1.2', measure: 'complaints sent (the Coalition registered) (of which: part of the 412 complaints) in 2023', value: 37, value_text: '37', unit: 'complaints', qualifier: 'exact', period: '2023', terms: ['complaints', 'sent', 'court', 'coalition', 'registered'], paragraph: '1', quote: first, ...asserted, part_of: 'test-coalition-2024.x.1.1' },
      { id: 'test-coalition-2024.x.1.3', measure: 'victims represented — lawyers', value: 83, value_text: '83', unit: 'victims', qualifier: 'exact', terms: ['victims', 'represented', 'lawyers'], paragraph: '1', quote: 'Its lawyers represented 83 victims', ...asserted },
      { id: 'test-coalition-2024.x.1.4', measure: 'men represented — lawyers — (of whom: part of the 83 victims)', value: 61, value_text: '61', unit: 'men', qualifier: 'exact', terms: ['men', 'represented', 'lawyers', 'women', 'victims'], paragraph: '1', quote: second, ...asserted, part_of: 'test-coalition-2024.x.1.3' },
      { id: 'test-coalition-2024.x.1.5', measure: 'women represented — lawyers — (of whom: part of the 83 victims)', value: 22, value_text: '22', unit: 'women', qualifier: 'exact', terms: ['women', 'represented', 'lawyers', 'victims'], paragraph: '1', quote: second, ...asserted, part_of: 'test-coalition-2024.x.1.3' },
      { id: 'test-coalition-2024.x.2.1', measure: 'amount in tenge paid to the families of victims — Victims Compensation Fund — in 2022', value: 7_000_000, value_text: '7 million', unit: 'tenge', qualifier: 'about', period: '2022', terms: ['tenge', 'paid', 'victims compensation fund', 'victims', 'compensation', 'fund'], paragraph: '2', quote: 'The Victims Compensation Fund paid about 7 million tenge to the families of victims in 2022', ...asserted },
      { id: 'test-coalition-2024.x.2.2', measure: 'share (The Victims Compensation Fund paid) — Victims Compensation Fund', value: 12, value_text: '12 per cent', unit: 'per-cent', qualifier: 'exact', terms: ['victims compensation fund', 'cent', 'budget', 'victims'], paragraph: '2', quote: third, ...asserted },
    ]);
  });

  // A laid-out source defines its notes with a stand-in (noteDefinition): no block of a note is read, and parsing the
  // web addresses they cite was a fifth of laying out a source. The notes' own text must give the same facts.
  it('reads the same facts and acts with its notes defined by a stand-in as with their text', () => {
    const w = wording();
    for (const s of loadBundledData().sources) {
      const doc = deserializeSource(s);
      const read = laidOut(doc);
      assert.ok(doc.footnotes.size === 0 || /\[\^[^\]]+\]: x\n/.test(read.text), `${s.meta.id}: notes defined by a stand-in`);
      const notesAt = read.text.indexOf('\n[^', read.spans[read.spans.length - 1]!.end) + 1;
      const text = notesAt > 0 ? read.text.slice(0, notesAt) + [...doc.footnotes].map(([id, body]) => `[^${id}]: ${body.replace(/\n/g, ' ')}\n\n`).join('') : read.text;
      const withText = { text, spans: read.spans, model: buildReportModel(text) };
      assert.deepEqual(extractFacts(doc, w, read), extractFacts(doc, w, withText), s.meta.id);
      assert.deepEqual(extractDated(doc, w, read), extractDated(doc, w, withText), s.meta.id);
    }
  });

  it('reads the same document to the same facts, once per content', () => {
    const doc = sampleDocument();
    const extractor = new FactExtractor(wording());
    const a = extractor.extract(doc);
    const b = extractor.extract(sampleDocument());
    assert.equal(a, b, 'the second read of the same content comes from the cache');
    assert.equal(extractor.extractions, 1);
    assert.deepEqual(extractFacts(doc, wording()), a);
    const changed = parseSourceDocument('sample.md', SOURCE.replace('412 complaints', '413 complaints')).document!;
    assert.notEqual(sourceContentHash(changed), sourceContentHash(doc));
    assert.equal(extractor.extract(changed).find((f) => f.paragraph === '1')!.value, 413);
    assert.equal(extractor.extractions, 2);
  });

  it('writes a facts file that reads back through readFactFile and the consistency checks without problems', () => {
    const doc = sampleDocument();
    const facts = extractFacts(doc, wording());
    const yaml = factsFileYaml(doc, facts, 'sample.md');
    const problems: DataProblem[] = [];
    const read = readFactFile('extracted.yaml', yaml, 'workspace', problems);
    assert.deepEqual(problems, []);
    assert.equal(read.facts.length, facts.length);
    // Which whole a part belongs to is written as the facts files write it, a total-parts relation.
    assert.deepEqual(read.facts.map(({ location: _l, ...f }) => f), facts.map(({ part_of: _p, ...f }) => f));
    assert.deepEqual(read.relations.map(({ file: _f, line: _l, ...r }) => r), [
      { id: 'test-coalition-2024.x.1.1.parts', kind: 'total-parts', total: 'test-coalition-2024.x.1.1', parts: ['test-coalition-2024.x.1.2'], exhaustive: false, holds: true },
      { id: 'test-coalition-2024.x.1.3.parts', kind: 'total-parts', total: 'test-coalition-2024.x.1.3', parts: ['test-coalition-2024.x.1.4', 'test-coalition-2024.x.1.5'], exhaustive: true, holds: true },
    ]);
    assert.deepEqual(checkConsistency({ sources: [serializeSource(doc)], facts: read.facts, relations: read.relations, documents: [] }), []);
  });

  it('extracts the bundled sources into facts files that pass the same checks', () => {
    const data = loadBundledData();
    const w = wording();
    let actsWritten = 0;
    let breakdownsWritten = 0;
    for (const s of data.sources) {
      const text = fs.readFileSync(path.join(root, 'server', 'data', 'sources', `${s.meta.id}.md`), 'utf8');
      const doc = parseSourceDocument(`${s.meta.id}.md`, text).document!;
      const problems: DataProblem[] = [];
      const acts = extractActs(doc);
      const read = readFactFile(`${s.meta.id}.x.yaml`, factsFileYaml(doc, extractFacts(doc, w), `${s.meta.id}.md`, acts), 'workspace', problems);
      assert.deepEqual(problems, [], s.meta.id);
      assert.ok(read.facts.length > 0);
      // The dated acts and the breakdowns are written too, and pass the same checks (dates in their quotes, sums).
      assert.equal(read.facts.filter((f) => f.type === 'dated-act').length, acts.length, s.meta.id);
      assert.deepEqual(checkConsistency({ sources: [serializeSource(doc)], facts: read.facts, relations: read.relations, documents: [] }), [], s.meta.id);
      actsWritten += acts.length;
      breakdownsWritten += read.relations.length;
    }
    assert.ok(actsWritten > 0 && breakdownsWritten > 0);
  });

  it('compares counted things and periods as the recovery report does', () => {
    const things = wording().countedNouns;
    assert.ok(countsCompatible('persons', 'officers', things));
    assert.ok(countsCompatible('criminal cases', 'cases', things));
    assert.ok(countsCompatible('police', 'officers', things));
    assert.ok(!countsCompatible('persons', 'complaints', things));
    assert.ok(!countsCompatible('cases', 'officers', things));
    assert.ok(periodsCompatible('2022-01', '2022'));
    assert.ok(periodsCompatible(undefined, '2022'));
    assert.ok(!periodsCompatible('2022', '2023'));
    assert.ok(!periodsCompatible('2022/2023', '2023'));
  });

  it('recovers at least 97 % of the curated statistic facts of the bundled sources (floor)', () => {
    const report = extractReport();
    assert.equal(report.total, 431);
    assert.ok(report.recovered / report.total >= 0.97, `recovered ${report.recovered}/${report.total}`);
    for (const p of report.perSource) assert.ok(p.recovery.recovered.length / p.recovery.curated.length >= 0.95, `${p.source}: ${p.recovery.recovered.length}/${p.recovery.curated.length}`);
  });
});

/** The facts of one paragraph of a source, by the value each states. */
function factsOf(paragraph: string): Map<number, { measure: string; unit: string; terms: string[] }[]> {
  const doc = parseSourceDocument('one.md', `${SOURCE.slice(0, SOURCE.indexOf('<a id="1">'))}<a id="1"></a>\n1. ${paragraph}\n`).document!;
  const out = new Map<number, { measure: string; unit: string; terms: string[] }[]>();
  for (const f of extractFacts(doc, wording())) out.set(f.value, [...(out.get(f.value) ?? []), f]);
  return out;
}
const isPart = (measure: string) => /\((?:of whom|of which): part of/.test(measure);

describe('what an extracted fact says of its statistic', function () {
  this.timeout(60000);

  it('marks a part of a whole the sentence names, and names the whole', () => {
    const ok: [string, number, string][] = [
      ['The terms of punishment were reduced for 1,100 persons, 74 persons of whom were released from custody.', 74, 'of whom: part of the 1,100 persons'],
      ['The courts convicted 1,273 persons, 543 of them for participating in mass riots.', 543, 'of whom: part of the 1,273 persons'],
      ['Of the 1151 civilians, 1097 are men, 54 are women.', 54, 'of whom: part of the 1151 civilians'],
      ['The Coalition found that 104 of the 190 torture complaints were dismissed.', 104, 'part of the 190'],
      ['In 2023, the number of persons assisted was 211,918, of which: in civil proceedings - 6278; legal advice - 90,133.', 90133, 'of whom: part of the 211,918 persons'],
      ['During the events, 5419 people sought medical help, including 3998 law enforcement officers (1309 military, 2689 police).', 2689, 'of whom: part of the 3998 officers'],
      ['Its lawyers represented 83 victims: 61 men and 22 women.', 22, 'of whom: part of the 83 victims'],
      // A part that opens its sentence counts the statistic of the sentence right before; so do the items it lists.
      ['In 2019–2022, 8,120 recommendations were made. In particular, 3,400 (42%) of them were carried out, 610 (7.5%) were rejected and 4,050 are pending.', 3400, 'of which: part of the 8,120 recommendations) in 2019–2022'],
      ['In 2019–2022, 8,120 recommendations were made. In particular, 3,400 (42%) of them were carried out, 610 (7.5%) were rejected and 4,050 are pending.', 610, 'of which: part of the 8,120 recommendations) in 2019–2022'],
    ];
    for (const [sentence, value, note] of ok) {
      const facts = factsOf(sentence).get(value);
      assert.ok(facts?.length, `${value} in ${sentence}`);
      assert.ok(facts.every((f) => f.measure.includes(note)), `${sentence}: ${facts.map((f) => f.measure).join(' | ')}`);
    }
    const notOk: [string, number][] = [
      ['In 2023, there were 22 suicides among the prison population (29 cases in 2022, or a decrease of 32 per cent).', 29],
      ['In addition, 120 attempted suicides were prevented (78 in 2022).', 78],
      ['The courts convicted 1,273 persons, 543 of them for participating in mass riots.', 1273],
      ['The Coalition registered 412 complaints and the Agency 115 complaints.', 115],
      // A figure its own verb governs opens a clause outside the list the marker opened.
      ['In 16 cases of torture of 84 citizens, including those resulting in the death of 6 people, special prosecutors prosecuted 49 employees.', 49],
    ];
    for (const [sentence, value] of notOk) {
      const facts = factsOf(sentence).get(value)!;
      assert.ok(facts.every((f) => !isPart(f.measure)), `${sentence}: ${facts.map((f) => f.measure).join(' | ')}`);
    }
  });

  it('takes "Of these" for a part of the count of the sentence before, not of the last item that sentence lists', () => {
    const facts = factsOf('In the cases of the March unrest, more than 2,100 crimes were registered, including arson – 60, looting – 41. Of these, 412 cases have been completed and sent to court.');
    assert.match(facts.get(412)![0]!.measure, /part of the 2,100 crimes/);
  });

  it("records what the heading and the paragraphs before name, beside the figure's measure, for a sentence that refers back", () => {
    const doc = parseSourceDocument('one.md', `${SOURCE.slice(0, SOURCE.indexOf('<a id="1">'))}## Implementation of the Committee's views\n\n<a id="1"></a>\n1. In 2015 the Kostanay Regional Court ordered the police to pay damages to a victim of torture.\n\n<a id="2"></a>\n2. A year earlier, in the same region, a court ordered the payment of 2 million tenge. The Coordination Council was not consulted. The Commission consists of 17 members.\n`).document!;
    const facts = extractFacts(doc, wording());
    const scope = (v: number) => facts.find((f) => f.value === v)?.scope ?? '';
    assert.match(scope(2000000), /Kostanay/);
    assert.doesNotMatch(facts.find((f) => f.value === 2000000)!.measure, /Kostanay/, 'the place is context, not the measure');
    // (A body named by its kind is the one the sentence before named: in the measure itself.)
    const commission = facts.find((f) => f.value === 17)!;
    assert.match(`${commission.measure} ${commission.scope ?? ''}`, /Coordination Council/);
  });

  it('relates the parts of a breakdown to their whole, and leaves out parts that add up to more than it', () => {
    const relations = (paragraph: string) => {
      const doc = parseSourceDocument('one.md', `${SOURCE.slice(0, SOURCE.indexOf('<a id="1">'))}<a id="1"></a>\n1. ${paragraph}\n`).document!;
      const facts = extractFacts(doc, wording());
      const value = (id: string) => facts.find((f) => f.id === id)!.value;
      return breakdownRelations(facts).map((r) => (r.kind === 'total-parts' ? `${value(r.total)} = ${r.parts.map(value).join(' + ')}${r.exhaustive ? '' : ' …'}` : r.kind));
    };
    assert.deepEqual(relations('In 2023, the clinics assisted 5,120 persons, of which: family disputes - 1,840; criminal defence - 2,415; housing advice - 865.'), ['5120 = 1840 + 2415 + 865']);
    assert.deepEqual(relations('The courts convicted 1,273 persons, 543 of them for participating in mass riots.'), ['1273 = 543 …']);
    // "(imprisonment – 215, suspended – 505, …)" after "543 of them" adds up to more than 543: misread, or the source's slip.
    assert.deepEqual(relations('The courts convicted 1,273 persons, 543 of them for mass riots (imprisonment – 215, restriction of liberty – 538, suspended – 505).'), ['1273 = 543 …']);
    assert.deepEqual(relations('The Coalition registered 412 complaints and the Agency 115 complaints.'), []);
  });

  it('takes the whole of a breakdown for the figure that has its value, where the words fit one of its parts better', () => {
    const { facts } = buildFactBase([], { bundled: false, sources: [{ file: '.treaty/sources/one.md', text: `${SOURCE.slice(0, SOURCE.indexOf('<a id="1">'))}<a id="1"></a>\n1. In 2023, the clinics of the Bar assisted 5,120 persons, of which: family disputes - 1,840; criminal defence - 2,415; housing advice - 865.\n` }] });
    const codes = (text: string) => checkReport(text, facts).findings.filter((f) => f.severity === 'warning').map((f) => `${f.code}:${text.slice(f.start, f.end)}`);
    assert.deepEqual(codes('In 2023 free housing advice and other help was given to 5,120 people by the clinics of the Bar.'), []);
    assert.deepEqual(codes('In 2023 free housing advice was given to 910 people by the clinics of the Bar.'), ['figure-mismatch:910']);
  });

  it('gives a part the names of its whole only of the kinds it does not name itself', () => {
    const facts = factsOf('The Anti-Corruption Agency finished 171 cases in 2022. In July the Ministry of Justice closed 137 of them.');
    assert.match(facts.get(137)![0]!.measure, /— Ministry of Justice — \(of which: part of the 171 cases\) in 2022/);
    assert.doesNotMatch(facts.get(137)![0]!.measure, /Anti-Corruption/);
  });

  it('reads a share in parentheses after a plural noun as a share of what the noun counts', () => {
    assert.match(factsOf('The Minister claimed that the majority of applicants (91.4 percent) named no officer.').get(91.4)![0]!.measure, /^share of applicants/);
    assert.match(factsOf('Of 350 detainees questioned, most (80%) were released.').get(80)![0]!.measure, /^share of detainees/);
    // A share with its own noun after it keeps that noun.
    assert.match(factsOf('Among the complaints (12 per cent of cases) few reached court.').get(12)![0]!.measure, /^share of cases/);
  });

  it('reads the label a breakdown gives each figure into its measure and terms', () => {
    const cases: [string, number, string][] = [
      ['In 2023, the number of persons assisted was 211,918, of which: in civil proceedings - 6278; legal advice - 90,133.', 90133, 'legal advice'],
      ['In 2023, the number of persons assisted was 211,918, of which: in civil proceedings - 6278; legal advice - 90,133.', 6278, 'civil proceedings'],
      ['There are 136 members of the NPM in total, of which 22% - human rights defenders, 41% - lawyers and 11% - doctors.', 41, 'lawyers'],
      ['During the events, 5419 people sought medical help, including 3998 law enforcement officers (1309 military, 2689 police).', 1309, 'military'],
      ['Of the 1151 civilians, 1097 are men, 54 are women.', 54, 'women'],
    ];
    for (const [sentence, value, label] of cases) {
      const [f] = factsOf(sentence).get(value)!;
      assert.ok(f!.measure.includes(`: ${label}`) && f!.terms[0] === label, `${value}: ${f!.measure} / ${f!.terms.join(', ')}`);
    }
    // "Of the 1151 civilians, … 54 are women": the women are civilians (a subgroup), not another count.
    assert.equal(factsOf('Of the 1151 civilians, 1097 are men, 54 are women.').get(54)![0]!.unit, 'civilians');
    // Officers are no subgroup of the persons killed: they are what 19 counts.
    assert.equal(factsOf('A total of 238 persons were killed, of whom 219 were civilians and 19 were officers of the security forces.').get(19)![0]!.unit, 'officers');
    // A counted phrase does not end on a preposition.
    assert.equal(factsOf('In 16 cases of torture of 84 citizens, 49 employees were prosecuted.').get(16)![0]!.measure, 'cases of torture');
    // A year before a dash is a period, not a label.
    assert.ok(!factsOf('Registered: 2015 – 630, 2016 – 679.').get(679)![0]!.measure.includes(':'));
  });

  it('gives a part what its whole did and names, and a figure the verb it is the object of', () => {
    const parts = factsOf('During the events, 5419 people sought medical help, including 3998 law enforcement officers (1309 military, 2689 police).');
    assert.match(parts.get(2689)![0]!.measure, /^police sought/);
    // …and takes its whole's words after its own; the words after an aside are the figure's own ("50 (78%) have been
    // sentenced to real imprisonment").
    assert.ok(parts.get(3998)![0]!.terms.includes('medical'), parts.get(3998)![0]!.terms.join(', '));
    const sentenced = factsOf('In total, 64 persons have been convicted of torture, of which 50 (78%) have been sentenced to real imprisonment.');
    assert.ok(sentenced.get(50)![0]!.terms.includes('imprisonment'), sentenced.get(50)![0]!.terms.join(', '));
    const npm = factsOf('There are 136 members of the NPM in total, of which 22% - human rights defenders, 41% - lawyers and 11% - doctors.');
    assert.match(npm.get(41)![0]!.measure, /— NPM/);
    const verbs: [string, number, string | undefined][] = [
      ['The Agency stated that the investigations into another 171 cases had been finished.', 171, 'finished'],
      ['In total, 64 persons have been convicted of torture, of which 50 (78%) have been sentenced to real imprisonment.', 50, 'sentenced'],
      ['The Coalition registered a total of 412 complaints.', 412, 'registered'],
      ['Of the 1151 civilians, 1097 are men, 54 are women.', 54, undefined],
      ['A survey was conducted among 2453 employees of the internal affairs bodies.', 2453, undefined],
    ];
    for (const [sentence, value, verb] of verbs) {
      const [f] = factsOf(sentence).get(value)!;
      // No auxiliary, no noun in -en ("54 are women") and no verb of another subject ("a survey was conducted") as what happened.
      assert.ok(!/\b(?:been|conducted)\b/.test(f!.measure) && !f!.terms.includes('been') && !/\b(\w+) \1\b/.test(f!.measure), `${value}: ${f!.measure} / ${f!.terms.join(', ')}`);
      if (verb) assert.ok(f!.terms.includes(verb) && f!.measure.includes(verb), `${value}: ${f!.measure} / ${f!.terms.join(', ')}`);
    }
  });

  it('names the body a sentence calls by its kind alone as the one the sentence before named', () => {
    const facts = factsOf('At the initiative of the Head of State, the public fund "Kazakhstan Khalkyna" was created. The Foundation provided charitable assistance to 713 victims.');
    assert.match(facts.get(713)![0]!.measure, /— Kazakhstan Khalkyna/);
    // Two bodies before: which one is meant is not known, and nothing is named.
    const two = factsOf('The Supreme Court and the Prosecutor General\'s Office met. The Office reviewed 45 complaints.');
    assert.doesNotMatch(two.get(45)![0]!.measure, /Supreme Court|Prosecutor/);
  });

  it('quotes a figure from its sentence\'s start to the end of its own clause, asides closed', () => {
    const quotes = (paragraph: string) => {
      const doc = parseSourceDocument('one.md', `${SOURCE.slice(0, SOURCE.indexOf('<a id="1">'))}<a id="1"></a>\n1. ${paragraph}\n`).document!;
      return new Map(extractFacts(doc, wording()).map((f) => [f.value, f.quote]));
    };
    const fund = quotes('The Foundation provided charitable assistance to 713 victims, in particular: to the families of 151 dead civilians – 1 billion 1 million tenge.');
    assert.equal(fund.get(713), 'The Foundation provided charitable assistance to 713 victims');
    assert.equal(fund.get(151), 'The Foundation provided charitable assistance to 713 victims, in particular: to the families of 151 dead civilians');
    assert.equal(fund.get(1_001_000_000), 'The Foundation provided charitable assistance to 713 victims, in particular: to the families of 151 dead civilians – 1 billion 1 million tenge.');
    const aside = quotes('In addition, 120 attempted suicides were prevented (78 in 2022), including 23 through video surveillance.');
    assert.equal(aside.get(78), 'In addition, 120 attempted suicides were prevented (78 in 2022)');
  });

  it('places a figure where its paragraph opens, unless its own sentence names a place', () => {
    const facts = factsOf('In West Kazakhstan, in Atyrau, remand prison No. 75 has been assessed by the NPM as unfit to live in. Six to eight people are held in one cell. In Almaty, 12 people share a cell.');
    assert.match(facts.get(8)![0]!.measure, /— Atyrau, remand prison/);
    assert.doesNotMatch(facts.get(12)![0]!.measure, /Atyrau/);
  });

  it('gives a figure that names no institution the one institution its paragraph opens on, before any figure', () => {
    const facts = factsOf('The yearly budget of the Ombudsperson is 90 million tenge. It can be raised where needed. From 2015 to 2022, 610 million tenge were spent in all.');
    assert.match(facts.get(610_000_000)![0]!.measure, /— Ombudsperson\b/);
    // Two institutions named before the figure: which one the later figure is about is not said.
    const two = factsOf('The budget of the NPM is set by the Ombudsperson at 90 million tenge. From 2015 to 2022, 610 million tenge were spent in all.');
    assert.doesNotMatch(two.get(610_000_000)![0]!.measure, /NPM|Ombudsperson/);
    // A figure whose sentence names someone else before it is that one's statement, not the paragraph's body's.
    const speaker = factsOf('The yearly budget of the Ombudsperson is 90 million tenge. Finance Minister Aliya Ermekova said that 610 million tenge were spent in all.');
    assert.doesNotMatch(speaker.get(610_000_000)![0]!.measure, /Ombudsperson/);
    // A later figure that names its own institution keeps it.
    const own = factsOf('The yearly budget of the Ombudsperson is 90 million tenge. The NPM spent 12 million tenge in 2022.');
    assert.doesNotMatch(own.get(12_000_000)![0]!.measure, /Ombudsperson/);
  });

  it('reads a value for one year in an aside as the same measure in that year, and the figure it qualifies as not of that year', () => {
    const doc = parseSourceDocument('one.md', `${SOURCE.slice(0, SOURCE.indexOf('<a id="1">'))}<a id="1"></a>\n1. In 2023, there were 22 suicides among the prison population (29 cases in 2022, or a decrease of 32 per cent). In addition, 120 attempted suicides were prevented (78 in 2022), including 23 (7 in 2022) through video surveillance.\n`).document!;
    const by = new Map(extractFacts(doc, wording()).map((f) => [f.value, f]));
    const read = (v: number) => `${by.get(v)!.measure} [${by.get(v)!.unit}, ${by.get(v)!.period ?? '-'}]`;
    assert.equal(read(29), 'suicides in 2022 [suicides, 2022]');
    assert.equal(read(120), 'attempted suicides prevented in 2023 [suicides, 2023]');
    assert.equal(read(78), 'attempted suicides prevented in 2022 [suicides, 2022]');
    assert.match(read(23), /part of the 120 suicides\) in 2023/);
    // Without a sentence before that is about one year, the figure has no period.
    const alone = parseSourceDocument('one.md', `${SOURCE.slice(0, SOURCE.indexOf('<a id="1">'))}<a id="1"></a>\n1. In all, 120 attempted suicides were prevented (78 in 2022).\n`).document!;
    assert.equal(extractFacts(alone, wording()).find((f) => f.value === 120)!.period, undefined);
  });

  it('names the institutions of the figure\'s own clause, not those of another figure of the sentence', () => {
    const facts = factsOf('The most high-profile cases were entrusted to special prosecutors (32 criminal cases), 11 criminal cases on the facts of abuse of power were in the proceedings of the Internal Security Department of the Ministry of Internal Affairs.');
    assert.ok(!facts.get(32)![0]!.measure.includes('Ministry of Internal Affairs'), facts.get(32)![0]!.measure);
    assert.ok(facts.get(11)![0]!.measure.includes('Ministry of Internal Affairs'), facts.get(11)![0]!.measure);
    // Of each kind, the clause's own name wins over the subject's; the names stand outside parentheses, where the
    // judgement reads what a fact's measure is about.
    const released = factsOf('To ensure that the law is observed on the premises of law enforcement agencies, there is a duty procurator (in 2023, 449 persons were released from office premises and 603 citizens from temporary holding facilities).');
    assert.equal(released.get(603)![0]!.measure, 'citizens — temporary holding facilities — in 2023');
    assert.match(released.get(449)![0]!.measure, /^persons released — office premises — in 2023$/);
  });
});

describe('dated acts extracted from a source', () => {
  const acts = (sentence: string) => actsIn(sentence).map((a) => `${a.kind} ${a.number} ${a.date.iso}${a.issuer ? ` [${a.issuer}]` : ''}`);

  it('reads an act named by kind, number and a date bound to the number', () => {
    assert.deepEqual(acts('The instructions were approved by Order No. 162 of the Procurator General of 24 December 2014.'), ['order 162 2014-12-24 [Procurator General]']);
    assert.deepEqual(acts('By the Decree of the President of the Republic of Kazakhstan dated July 19, 2021 No. 622 "On measures" the system was improved.'), ['decree 622 2021-07-19 [President of the Republic of Kazakhstan]']);
    assert.deepEqual(acts('It was approved by the order of the GP RK No264 dated 31.12.2022.'), ['order 264 2022-12-31 [GP RK]']);
    assert.deepEqual(acts('In accordance with Presidential Decree No. 622 of 19 July 2021 on measures, …'), ['decree 622 2021-07-19 [President]']);
    assert.deepEqual(acts('The Supreme Court Regulatory Resolution No. 7 of 27 November 2015 defines moral damage.'), ['resolution 7 2015-11-27 [Supreme Court]']);
    assert.deepEqual(acts('(Ministry Order No. 89 of August 2021)'), ['order 89 2021-08 [Ministry]']);
    // A list of orders: each number with its own issuer and date.
    assert.deepEqual(acts('Rules were adopted (approved by orders of the Procurator General, No. 46 of 27 January 2023, the Minister of Internal Affairs, No. 176 of 21 February 2023, and Anti-Corruption Agency, No. 85 of 27 February 2023).'), [
      'order 46 2023-01-27 [Procurator General]',
      'order 176 2023-02-21 [Minister of Internal Affairs]',
      'order 85 2023-02-27 [Anti-Corruption Agency]',
    ]);
  });

  it('leaves out an act whose date is not bound to its number, and numbers that name no act', () => {
    for (const sentence of [
      'Please provide information about the impact of Amnesty Law No. 81-VII KRZ of 2021.',
      'Law No. 212-VII, which entered into force on 17 March 2023, introduced a new offence.',
      'Article 146 of the Criminal Code, No. 3 in the list, was amended on 1 July 2023.',
      'Communication No. 497/2012 was registered on 5 May 2012.',
      'The Order was issued. No. 5 of 3 May 2020 followed.',
    ]) assert.deepEqual(acts(sentence), [], sentence);
  });

  it('gives the date check of a draft the acts of the workspace sources', () => {
    const doc = parseSourceDocument('one.md', `${SOURCE.slice(0, SOURCE.indexOf('<a id="1">'))}<a id="1"></a>\n1. The rules were approved by Order No. 162 of the Procurator General of 24 December 2014.\n`).document!;
    const [act, ...rest] = extractActs(doc);
    assert.equal(rest.length, 0);
    assert.deepEqual({ ...act }, {
      id: 'test-coalition-2024.x.1.act1', type: 'dated-act', measure: 'Order No. 162 of the Procurator General', act: { kind: 'order', number: '162', issuer: 'Procurator General' },
      date: '2014-12-24', date_text: '24 December 2014', terms: ['order no. 162', 'procurator general'], asserted_by: { kind: 'ngo', name: 'Test Coalition' }, asserted_on: '2024-03-01',
      paragraph: '1', quote: 'The rules were approved by Order No. 162 of the Procurator General of 24 December 2014.', source: 'test-coalition-2024', origin: 'workspace',
    });
    const { facts } = buildFactBase([], { bundled: false, sources: [{ file: '.treaty/sources/one.md', text: `${SOURCE.slice(0, SOURCE.indexOf('<a id="1">'))}<a id="1"></a>\n1. The rules were approved by Order No. 162 of the Procurator General of 24 December 2014.\n` }] });
    const codes = (text: string) => checkReport(text, facts).findings.map((f) => f.code);
    assert.deepEqual(codes('The rules were approved by Order No. 162 of the Procurator General of 24 December 2015.'), ['date-mismatch']);
    assert.deepEqual(codes('The rules were approved by Order No. 162 of the Procurator General of 24 December 2014.'), []);
  });
});

describe('dated events extracted from a source', function () {
  this.timeout(60000);
  /** A source of several paragraphs: a body's name recurs through it, a person's name does not. */
  const source = (paragraphs: string[]) => `${SOURCE.slice(0, SOURCE.indexOf('<a id="1">'))}${paragraphs.map((p, i) => `<a id="${i + 1}"></a>\n${i + 1}. ${p}\n`).join('\n')}`;
  const BODY = ['The Office of the Ombudsperson received 300 complaints in 2023.', 'The Office of the Ombudsperson visited 40 prisons.', 'The Office of the Ombudsperson trained 90 officers.'];
  const eventsOf = (paragraphs: string[]) => extractDated(parseSourceDocument('one.md', source(paragraphs)).document!, wording()).filter((f) => f.type === 'event').map((f) => `${f.date} ${f.terms.join(' ')}`);

  it('reads the one date of a sentence that tells what happened to someone it names', () => {
    assert.deepEqual(eventsOf([...BODY, 'Dana Serikova, the current head of the Office of the Ombudsperson, who was appointed on 14 March 2023, had worked as a judge.']), ['2023-03-14 appointed serikova']);
    assert.deepEqual(eventsOf([...BODY, 'On 3 May 2022 the Almaty court convicted Yerlan Dosov of torture.']), ['2022-05-03 convicted tortured almaty yerlan dosov']);
  });

  it('leaves out dates that are bounds, spans, several, a document\'s or in parentheses, and sentences that name no story', () => {
    for (const sentence of [
      'Since 14 March 2023, Dana Serikova has been appointed to three boards.',
      'Yerlan Dosov was detained between 3 and 5 May 2022.',
      'Yerlan Dosov was detained on 3 May 2022 and released on 5 May 2022.',
      'The detention of Yerlan Dosov was noted in the letter dated 3 May 2022.',
      'Yerlan Dosov was convicted (judgment of 3 May 2022).',
      // Only a body's name, which the source uses throughout.
      'On 3 May 2022 the Office of the Ombudsperson visited a prison.',
    ]) assert.deepEqual(eventsOf([...BODY, sentence]), [], sentence);
  });

  it('gives the date check a dated event of a workspace source, and nothing for another story of the same body', () => {
    const { facts } = buildFactBase([], { bundled: false, sources: [{ file: '.treaty/sources/one.md', text: source([...BODY, 'Dana Serikova, the current head of the Office of the Ombudsperson, who was appointed on 14 March 2023, had worked as a judge.']) }] });
    const codes = (text: string) => checkReport(text, facts).findings.map((f) => `${f.code}:${text.slice(f.start, f.end)}`);
    assert.deepEqual(codes('Dana Serikova was appointed head of the Office of the Ombudsperson on 14 March 2022.'), ['date-mismatch:14 March 2022']);
    assert.deepEqual(codes('Dana Serikova was appointed head of the Office of the Ombudsperson on 14 March 2023.'), []);
    assert.deepEqual(codes('On 2 June 2023 the Office of the Ombudsperson was appointed to review the prison rules.'), []);
  });
});

describe('treaty-check facts extract (CLI)', function () {
  this.timeout(30000);
  const cli = (args: string[], cwd: string) => spawnSync(process.execPath, [path.join(root, 'server/out/cli.js'), ...args], { cwd, encoding: 'utf8' });

  it('writes the extracted facts to --out, and to stdout without it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-extract-'));
    fs.writeFileSync(path.join(dir, 'sample.md'), SOURCE);
    const r = cli(['facts', 'extract', 'sample.md', '--out', 'sample.yaml'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /7 statistic\(s\), 0 dated act\(s\), 0 dated event\(s\) and 2 breakdown\(s\) extracted to sample\.yaml/);
    const yaml = fs.readFileSync(path.join(dir, 'sample.yaml'), 'utf8');
    const problems: DataProblem[] = [];
    const read = readFactFile('sample.yaml', yaml, 'workspace', problems);
    assert.deepEqual(problems, []);
    assert.deepEqual(read.facts.map((f) => f.value), [412, 37, 83, 61, 22, 7_000_000, 12]);
    const printed = cli(['facts', 'extract', 'sample.md'], dir);
    assert.equal(printed.status, 0, printed.stderr);
    assert.equal(`${printed.stdout.trim()}\n`, yaml);
  });

  it('exits 2 on a missing file, a broken source or bad usage', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-extract-'));
    fs.writeFileSync(path.join(dir, 'broken.md'), 'no front matter\n');
    fs.writeFileSync(path.join(dir, 'anonymous.md'), SOURCE.replace('author: Test Coalition\n', ''));
    assert.equal(cli(['facts', 'extract', 'missing.md'], dir).status, 2);
    assert.equal(cli(['facts', 'extract', 'broken.md'], dir).status, 2);
    const anonymous = cli(['facts', 'extract', 'anonymous.md'], dir);
    assert.equal(anonymous.status, 2);
    assert.match(anonymous.stderr, /needs author/);
    assert.equal(cli(['facts', 'extract'], dir).status, 2);
    assert.equal(cli(['facts', 'extract', 'broken.md', '--bogus'], dir).status, 2);
  });
});
