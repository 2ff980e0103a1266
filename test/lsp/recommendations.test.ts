// The spawned server (server/out/server.js --stdio) completing standard recommendation text after `treaty-rec-THEME`
// and answering the command's request (treaty/recommendations), with the bundled sources and a workspace's own
// concluding observations.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RECOMMENDATIONS, type RecommendationLibraryAnswer } from '../../server/src/lsp/protocol';
import { LspClient } from '../support/lspClient';
import { SOURCE, SOURCE_FILE } from '../support/workspaceSources';

const REPORT = '# Follow-up\n\n## Redress\n\n';

/** A workspace folder with the Uzbek concluding observations in .treaty/sources and an empty report. */
function workspace() {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-rec-')));
  fs.mkdirSync(path.join(dir, '.treaty', 'sources'), { recursive: true });
  fs.writeFileSync(path.join(dir, '.treaty', 'sources', SOURCE_FILE), SOURCE);
  fs.writeFileSync(path.join(dir, 'report.md'), REPORT);
  return { dir, reportUri: pathToFileURL(path.join(dir, 'report.md')).toString() };
}

describe('language server: standard recommendation text (treaty-rec-THEME)', function () {
  this.timeout(30000);
  let c: LspClient | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  });

  /** The completion list after `line` typed as the report's last line. */
  async function complete(uri: string, version: number, line: string) {
    c!.change(uri, version, `${REPORT}${line}`);
    const answer = await c!.request('textDocument/completion', { textDocument: { uri }, position: { line: REPORT.split('\n').length - 1, character: line.length } });
    return answer;
  }

  it('offers the entries of the theme typed, inserting the quotation and its citation', async () => {
    const ws = workspace();
    c = new LspClient();
    await c.initialize({ rootPath: ws.dir, initializationOptions: { trusted: true } });
    c.open(ws.reportUri, REPORT);

    const redress = await complete(ws.reportUri, 2, 'treaty-rec-redress');
    assert.equal(redress.isIncomplete, true, 'narrowed on the server: asked again at every letter');
    assert.deepEqual(redress.items.map((i: any) => i.label), ['CAT/C/KAZ/CO/3, para. 22']);
    const item = redress.items[0];
    assert.equal(item.filterText, 'treaty-rec-redress');
    assert.deepEqual(item.textEdit.range, { start: { line: 4, character: 0 }, end: { line: 4, character: 'treaty-rec-redress'.length } });
    assert.match(item.textEdit.newText, /^> amend its legislation to include explicit provisions on the right of victims of torture and ill-treatment to redress/);
    assert.match(item.textEdit.newText, /rehabilitation programmes\n>\n> \(CAT\/C\/KAZ\/CO\/3, para\. 22\)\n$/);
    assert.match(item.documentation.value, /^\*\*CAT\/C\/KAZ\/CO\/3, para\. 22\*\* — Concluding observations on the third periodic report of Kazakhstan \(2014-11-27\)/);
    assert.match(item.documentation.value, /Quoted in Joint NGO submission to CAT \(March 2023\), section 7, paragraph 1\./);

    // The workspace's own concluding observations are in the library: paragraph 4 and its subparagraphs.
    const safeguards = await complete(ws.reportUri, 3, 'See treaty-rec-safe');
    const labels = safeguards.items.map((i: any) => i.label);
    assert.deepEqual(labels.slice(0, 5), ['CAT/C/UZB/CO/6, para. 4', 'CAT/C/UZB/CO/6, para. 4 (a)', 'CAT/C/UZB/CO/6, para. 4 (b)', 'CAT/C/UZB/CO/6, para. 4 (c)', 'CAT/C/UZB/CO/6, para. 5']);
    assert.ok(labels.includes('CAT/C/KAZ/CO/3'), 'the habeas corpus quotation, which names no paragraph');
    const b = safeguards.items[2];
    assert.equal(b.textEdit.newText, '\n\n> The State party should:\n>\n> (b) Record every detention in a central register;\n>\n> (CAT/C/UZB/CO/6, para. 4 (b))\n', 'after other text on the line, a paragraph of its own');

    // "n": the themes starting with it; nothing for a word that is no theme.
    const n = await complete(ws.reportUri, 4, 'treaty-rec-n');
    assert.ok(n.items.length > 0 && n.items.every((i: any) => /^treaty-rec-(npm|non-refoulement)$/.test(i.filterText)), JSON.stringify(n.items.map((i: any) => i.filterText)));
    assert.deepEqual((await complete(ws.reportUri, 5, 'treaty-rec-torture')).items, []);
    // Just the prefix: every entry, once.
    const all = await complete(ws.reportUri, 6, 'treaty-rec');
    const library = await c.request<RecommendationLibraryAnswer>(RECOMMENDATIONS, {});
    assert.equal(all.items.length, library.entries.length);
    assert.equal(new Set(all.items.map((i: any) => i.textEdit.newText)).size, all.items.length);
  });

  it('answers the command\'s request with the themes and entries, workspace sources included', async () => {
    const ws = workspace();
    c = new LspClient();
    await c.initialize({ rootPath: ws.dir, initializationOptions: { trusted: true } });
    const library = await c.request<RecommendationLibraryAnswer>(RECOMMENDATIONS, {});
    assert.deepEqual(library.themes.map((t) => t.word), ['safeguards', 'investigation', 'npm', 'redress', 'detention', 'prohibition']);
    const four = library.entries.find((e) => e.citation === 'CAT/C/UZB/CO/6, para. 4')!;
    assert.deepEqual(four.themes, ['safeguards']);
    assert.match(four.markdown, /^> The State party should:\n>\n> \(a\) Ensure that all detainees have access to a lawyer/);
    assert.equal(four.foundIn, 'CAT/C/UZB/CO/6, para. 4');
    const eight = library.entries.find((e) => e.citation === 'CAT/C/KAZ/CO/3, para. 8 (a)')!;
    assert.equal(eight.foundIn, 'Joint NGO submission to CAT (March 2023), section 4, paragraph 1');

    // An untrusted workspace: the bundled sources only.
    await c.close();
    c = new LspClient();
    await c.initialize({ rootPath: ws.dir, initializationOptions: { trusted: false } });
    const bundled = await c.request<RecommendationLibraryAnswer>(RECOMMENDATIONS, {});
    assert.ok(bundled.entries.length > 0 && bundled.entries.every((e) => e.citation.startsWith('CAT/C/KAZ/CO/3')));
  });
});
