import * as assert from 'node:assert/strict';
import { buildFactBase } from '../../server/src/facts/bundled';
import type { Relation } from '../../server/src/facts/types';
import { checkReport } from '../../server/src/checks/checkReport';
import { compareDates, dateParts } from '../../server/src/sources/factLinks';
import { LINKED_DRAFT, LINKED_SOURCES } from '../support/linkedSources';

const sources = (names = Object.keys(LINKED_SOURCES)) => names.map((n) => ({ file: `/ws/.treaty/sources/${n}`, text: LINKED_SOURCES[n]! }));
type SameMeasure = Extract<Relation, { kind: 'same-measure' }>;

function links(bundled: boolean, names?: string[]) {
  const { facts, problems } = buildFactBase([], { sources: sources(names), bundled });
  assert.deepEqual(problems, []);
  const value = (id: string) => facts.facts.get(id)!.value;
  const found = facts.relations.filter((r): r is SameMeasure => r.kind === 'same-measure' && r.id.startsWith('link.'));
  return { facts, found, described: found.map((r) => (r.status === 'dispute' ? `dispute ${r.facts.map(value).sort().join(' / ')}` : `update ${r.facts.map(value).join(' → ')}`)).sort() };
}

/** The findings of the draft, by line: "3 figure-superseded". */
function findingsByLine(bundled: boolean): string[] {
  const { facts } = buildFactBase([], { sources: sources(), bundled });
  const r = checkReport(LINKED_DRAFT, facts);
  const lineOf = (offset: number) => LINKED_DRAFT.slice(0, offset).split('\n').length;
  return r.findings.map((f) => `${lineOf(f.start)} ${f.code} ${LINKED_DRAFT.slice(f.start, f.end)}`);
}

describe('links between facts of different sources (issue 17)', function () {
  this.timeout(60000);

  it('links the same measure in the same period: a later State reply updates, an NGO disputes, an as-of count updates', () => {
    const { described, found } = links(false);
    assert.deepEqual(described, ['dispute 152 / 212', 'update 147 → 152', 'update 31250 → 29480']);
    for (const r of found) assert.match(r.note ?? '', /same measure/);
  });

  it('links nothing that differs in place, subgroup, year, counter, or lacks a period on one asserter', () => {
    const { found, facts } = links(false);
    const linked = new Set(found.flatMap((r) => r.facts.map((id) => facts.facts.get(id)!.value)));
    // Tashkent region, women, 2023, the NGO's own monitoring, 2021, and the convictions of two asserters without a period.
    for (const v of [40, 30, 160, 95, 131, 61, 58]) assert.ok(!linked.has(v), `${v} is linked`);
  });

  it('gives figure-superseded and figure-disputed on a draft citing one value, with the bundled base off and on', () => {
    for (const bundled of [false, true]) {
      assert.deepEqual(findingsByLine(bundled), [
        '3 figure-superseded 147',
        '5 figure-disputed 212',
        '7 figure-disputed 152',
        '15 figure-superseded 31,250',
      ], `bundled: ${bundled}`);
    }
  });

  it('says which source is later, and what it cannot tell', () => {
    assert.deepEqual(dateParts('2024-07-04'), [2024, 7, 4]);
    assert.deepEqual(dateParts('1 January 2024'), [2024, 1, 1]);
    assert.deepEqual(dateParts('late December 2022'), []);
    assert.ok(compareDates([2023, 5], [2024, 6, 1])! < 0);
    assert.equal(compareDates([2024], [2024, 7, 4]), undefined, 'a year holds the date: which came first is unknown');
    assert.equal(compareDates([2024, 7, 4], [2024, 7, 4]), 0);
  });

  it('links the parts of two wholes it links, each to the part of the same label, and a whole restated in fewer words', () => {
    const report = `---\ntitle: Second periodic report of Freedonia\nauthor_kind: state-party\nauthor: Government of Freedonia\ndate: "2023-03-01"\n---\n\n## Prosecutions\n\n4. The courts convicted 640 persons of the March 2021 unrest, 210 of them for looting (imprisonment – 90, fine – 104, community service – 16).\n`;
    const reply = `---\ntitle: Reply of Freedonia to the list of issues\nauthor_kind: state-party\nauthor: Government of Freedonia\ndate: "2024-04-01"\n---\n\n## Prosecutions\n\n9. Investigations of the March 2021 unrest were completed. 702 persons were convicted in these cases, 236 of whom for looting (imprisonment - 104, fine - 116, community service - 16).\n`;
    const { facts } = buildFactBase([], { sources: [{ file: '/ws/.treaty/sources/report.md', text: report }, { file: '/ws/.treaty/sources/reply.md', text: reply }], bundled: false });
    const value = (id: string) => facts.facts.get(id)!.value;
    const described = facts.relations.filter((r): r is SameMeasure => r.kind === 'same-measure').map((r) => r.facts.map(value).join(' → ')).sort();
    // Fines went from 104 to 116; imprisonment from 90 to 104 (the later imprisonment equals the earlier fines, which
    // is no reason to pair them); community service did not change, and is no update of anything.
    assert.deepEqual(described, ['104 → 116', '210 → 236', '640 → 702', '90 → 104']);
    const r = checkReport('Of the 640 persons convicted, 210 were convicted of looting; 90 of them were sentenced to imprisonment.', facts);
    assert.deepEqual(r.findings.map((f) => f.code), ['figure-superseded', 'figure-superseded', 'figure-superseded']);
  });

  it('links a part of a whole to the later figure of a source that restates that whole, and not without it', () => {
    const report = (whole: string) => `---\ntitle: Answers of Freedonia\nauthor_kind: state-party\nauthor: Government of Freedonia\ndate: "2023-05-01"\n---\n\n## Prosecutions\n\n2. In criminal cases about the March unrest, more than 2,100 crimes were registered, including arson – 60, looting – 41. Of these, 412 cases have been completed and sent to court.\n`.replace('more than 2,100', whole);
    const reply = `---\ntitle: Reply of Freedonia\nauthor_kind: state-party\nauthor: Government of Freedonia\ndate: "2024-06-01"\n---\n\n## Prosecutions\n\n7. As a result of the March unrest, the prosecution authorities have registered 2100 crimes.\n\n8. Investigations on 455 cases were completed and cases were sent to court.\n`;
    const described = (whole: string) => {
      const { facts } = buildFactBase([], { sources: [{ file: '/ws/.treaty/sources/answers.md', text: report(whole) }, { file: '/ws/.treaty/sources/reply.md', text: reply }], bundled: false });
      const value = (id: string) => facts.facts.get(id)!.value;
      return facts.relations.filter((r): r is SameMeasure => r.kind === 'same-measure').map((r) => r.facts.map(value).join(' → '));
    };
    // "Of these" counts the 2,100 crimes (not the 41 lootings listed last), which the reply restates.
    assert.deepEqual(described('more than 2,100'), ['412 → 455']);
    // A whole the reply does not state (it gives another count of the crimes, an update): the 412 may be a part of
    // another universe than the 455.
    assert.ok(!described('more than 3,900').includes('412 → 455'));
  });

  it('leaves one source alone: a single source is never linked to itself', () => {
    assert.deepEqual(links(false, ['uzb-ngo.md']).described, []);
  });
});
