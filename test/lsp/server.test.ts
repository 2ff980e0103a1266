import * as assert from 'node:assert/strict';
import { LspClient } from '../support/lspClient';

const REPORT = [
  '# Follow-up information relating to paragraph 24',
  '',
  'Disciplinary sanctions were imposed on 709 officials from pretrial investigation bodies (377 in 2022 and 322 in 2023).',
  '',
  'See CAT/C/KAZ/Q/4, para. 31 and CAT/C/KAZ/CO/9.',
  '',
].join('\n');

async function start(pull: boolean) {
  const c = new LspClient();
  const init = await c.initialize({ pull, workspaceFeatures: false });
  return { c, init };
}

describe('language server over stdio (server/out/server.js --stdio)', function () {
  this.timeout(20000);

  it('answers initialize, publishes diagnostics with the document version, and shuts down cleanly', async () => {
    const { c, init } = await start(false);
    assert.equal(init.capabilities.textDocumentSync, 2);
    assert.ok(init.capabilities.hoverProvider && init.capabilities.codeActionProvider && init.capabilities.definitionProvider);
    c.notify('textDocument/didOpen', { textDocument: { uri: 'file:///r.md', languageId: 'markdown', version: 1, text: REPORT } });
    const d = await c.waitFor('textDocument/publishDiagnostics', (p) => p.uri === 'file:///r.md' && p.diagnostics.length > 0);
    assert.equal(d.version, 1);
    const got = d.diagnostics.map((x: any) => [x.code, x.source, x.range.start.line, x.range.start.character, x.range.end.character]);
    assert.deepEqual(got, [
      ['figure-mismatch', 'treaty', 2, 105, 108],
      ['unknown-paragraph', 'treaty', 4, 25, 27],
      ['unknown-document', 'treaty', 4, 32, 46],
    ]);
    assert.ok(d.diagnostics[0].codeDescription.href.endsWith('#figure-mismatch'));
    assert.ok(d.diagnostics[0].relatedInformation[0].location.uri.endsWith('kz-follow-up-co4.md'));

    // An incremental edit fixes the figure: the next diagnostics carry version 2 and no mismatch.
    c.notify('textDocument/didChange', { textDocument: { uri: 'file:///r.md', version: 2 }, contentChanges: [{ range: { start: { line: 2, character: 105 }, end: { line: 2, character: 108 } }, text: '332' }] });
    const d2 = await c.waitFor('textDocument/publishDiagnostics', (p) => p.version === 2);
    assert.deepEqual(d2.diagnostics.map((x: any) => x.code), ['unknown-paragraph', 'unknown-document']);

    c.notify('textDocument/didClose', { textDocument: { uri: 'file:///r.md' } });
    const cleared = await c.waitFor('textDocument/publishDiagnostics', (p) => p.uri === 'file:///r.md' && p.diagnostics.length === 0);
    assert.deepEqual(cleared.diagnostics, []);
    await c.close();
    assert.equal(c.exitCode, 0);
  });

  it('serves pull diagnostics, hover, quick fixes, definition and completion', async () => {
    const { c, init } = await start(true);
    assert.ok(init.capabilities.diagnosticProvider);
    c.notify('textDocument/didOpen', { textDocument: { uri: 'file:///p.md', languageId: 'markdown', version: 1, text: REPORT } });
    const report = await c.request('textDocument/diagnostic', { textDocument: { uri: 'file:///p.md' } });
    assert.equal(report.kind, 'full');
    assert.deepEqual(report.items.map((x: any) => x.code), ['figure-mismatch', 'unknown-paragraph', 'unknown-document']);

    const hover = await c.request('textDocument/hover', { textDocument: { uri: 'file:///p.md' }, position: { line: 2, character: 106 } });
    assert.match(hover.contents.value, /332/);
    assert.match(hover.contents.value, /> 332 in 2023/);
    assert.match(hover.contents.value, /Disciplinary sanctions were imposed on 709 officials/);
    assert.match(hover.contents.value, /para\. 19/);
    const citeHover = await c.request('textDocument/hover', { textDocument: { uri: 'file:///p.md' }, position: { line: 4, character: 8 } });
    assert.match(citeHover.contents.value, /List of issues/i);

    const actions = await c.request('textDocument/codeAction', { textDocument: { uri: 'file:///p.md' }, range: report.items[0].range, context: { diagnostics: [report.items[0]] } });
    const fix = actions.find((a: any) => a.title.startsWith('Replace with 332'));
    assert.ok(fix, JSON.stringify(actions.map((a: any) => a.title)));
    assert.deepEqual(fix.edit.changes['file:///p.md'], [{ range: { start: { line: 2, character: 105 }, end: { line: 2, character: 108 } }, newText: '332' }]);

    const def = await c.request('textDocument/definition', { textDocument: { uri: 'file:///p.md' }, position: { line: 2, character: 106 } });
    assert.ok(def[0].uri.endsWith('server/data/sources/kz-follow-up-co4.md'));

    c.notify('textDocument/didOpen', { textDocument: { uri: 'file:///c.md', languageId: 'markdown', version: 1, text: 'See CAT/C/KAZ/\n\nSee CAT/C/KAZ/Q/4, para. \n' } });
    const symbols = await c.request('textDocument/completion', { textDocument: { uri: 'file:///c.md' }, position: { line: 0, character: 14 } });
    assert.ok(symbols.some((i: any) => i.label === 'CAT/C/KAZ/Q/4'));
    const paras = await c.request('textDocument/completion', { textDocument: { uri: 'file:///c.md' }, position: { line: 2, character: 25 } });
    assert.equal(paras.filter((i: any) => /^\d+/.test(i.label)).length, 30);
    await c.close();
  });

  it('serves document links, the outline, code lenses, coverage and sourced-figure completions', async () => {
    const { c } = await start(true);
    const text = [
      '# Reply to paragraph 6 of the list of issues',
      '',
      'See CAT/C/KAZ/Q/4, para. 6 (b), and A/HRC/43/10, para. 139.62.',
      '',
      'Disciplinary sanctions were imposed on 709 officials from pretrial investigation bodies (377 in 2022 and 322 in 2023).',
      '',
      '## Deaths',
      '',
      'The number of persons killed',
    ].join('\n');
    c.notify('textDocument/didOpen', { textDocument: { uri: 'file:///f.md', languageId: 'markdown', version: 1, text } });
    const links = await c.request('textDocument/documentLink', { textDocument: { uri: 'file:///f.md' } });
    assert.deepEqual(links.map((l: any) => [l.range.start.line, l.range.start.character, l.range.end.character]), [[2, 4, 17], [2, 36, 47]]);
    assert.ok(links[0].target.endsWith('server/data/sources/cat-c-kaz-q-4.md'), links[0].target);
    assert.match(links[1].target, /^https:\/\/tbinternet\.ohchr\.org\/.*A%2FHRC%2F43%2F10/);

    const symbols = await c.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///f.md' } });
    assert.equal(symbols[0].name, 'Reply to paragraph 6 of the list of issues');
    assert.deepEqual(symbols[0].children.map((x: any) => x.name), ['CAT/C/KAZ/Q/4, para. 6', 'CAT/C/KAZ/Q/4, para. 6 (b)', 'A/HRC/43/10, para. 139.62', 'Deaths']);

    const lenses = await c.request('textDocument/codeLens', { textDocument: { uri: 'file:///f.md' } });
    assert.deepEqual(lenses.map((l: any) => [l.range.start.line, l.command.title]), [[0, 'Figures: 2 verified · 1 contradicted · 0 unverified']]);

    const coverage = await c.request('treaty/coverage', { uri: 'file:///f.md' });
    const loi = coverage.find((x: any) => x.symbol === 'CAT/C/KAZ/Q/4');
    assert.deepEqual(loi.answered.map((a: any) => a.id), ['6']);
    assert.equal(loi.skipped.length, 29);

    // Typing words of a measure offers the sourced figure with its citation.
    const figures = await c.request('textDocument/completion', { textDocument: { uri: 'file:///f.md' }, position: { line: 8, character: 28 } });
    const item = figures.find((i: any) => /^238 — /.test(i.label));
    assert.ok(item, figures.slice(0, 5).map((i: any) => i.label).join(' | '));
    assert.match(item.textEdit.newText, /^killed 238 \(.*para\. 20\)$/);

    // Subparagraphs after a paragraph number.
    c.notify('textDocument/didChange', { textDocument: { uri: 'file:///f.md', version: 2 }, contentChanges: [{ text: 'See CAT/C/KAZ/Q/4, para. 14 (' }] });
    const subs = await c.request('textDocument/completion', { textDocument: { uri: 'file:///f.md' }, position: { line: 0, character: 29 } });
    assert.deepEqual(subs.map((i: any) => i.label), ['14 (a)', '14 (b)', '14 (c)', '14 (d)', '14 (e)']);
    await c.close();
  });

  it('never crashes on hostile input', async () => {
    const { c } = await start(true);
    const texts = ['', '\u0000\u0001\uD800', '1,'.repeat(20000), 'para. '.repeat(5000), '>'.repeat(3000) + ' 5', '- '.repeat(2000) + '42 persons', '[^1]\n\n[^1]: CAT/C/KAZ/Q/4, para. 99'];
    for (const [i, text] of texts.entries()) {
      c.notify('textDocument/didOpen', { textDocument: { uri: `file:///h${i}.md`, languageId: 'markdown', version: 1, text } });
      const r = await c.request('textDocument/diagnostic', { textDocument: { uri: `file:///h${i}.md` } });
      assert.equal(r.kind, 'full');
    }
    await c.close();
    assert.equal(c.exitCode, 0);
  });
});
