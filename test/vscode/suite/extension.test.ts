// The thin in-editor layer: does the extension, running in a real VS Code,
// wire the language server's findings into the editor? Feature logic is
// tested without VS Code elsewhere; here we only check the wiring.
// Every wait is on a real signal (diagnostics changing, the editor changing),
// bounded by a timeout — never a fixed sleep.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

interface TreatyApi {
  statusText(): string;
  ready: Promise<void>;
}

const repoRoot = path.resolve(__dirname, '../../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { publisher: string; name: string };
const EXTENSION_ID = `${manifest.publisher}.${manifest.name}`;
const WAIT_MS = 20_000;

const MISMATCH_SENTENCE = 'Disciplinary sanctions were imposed on 709 officials from pretrial investigation bodies (377 in 2022 and 322 in 2023).';

// ---------------------------------------------------------------- helpers

/**
 * Resolves with the first truthy value of `check`, evaluated now and each
 * time one of `signals` fires. A slow re-check (not a sleep: it ends the
 * moment the condition holds) covers state that has no event of its own,
 * such as `Extension.isActive` or the status bar text.
 */
function waitFor<T>(what: string, check: () => T | undefined | null | false, signals: vscode.Event<unknown>[] = [], describe?: () => string, timeoutMs = WAIT_MS): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const disposables: vscode.Disposable[] = [];
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(recheck);
      for (const d of disposables) d.dispose();
      fn();
    };
    const attempt = () => {
      try {
        const value = check();
        if (value) finish(() => resolve(value));
      } catch (err) {
        // Whatever the check threw, as it was thrown.
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
        finish(() => reject(err));
      }
    };
    const timer = setTimeout(() => finish(() => reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.${describe ? ` Last seen: ${describe()}` : ''}`))), timeoutMs);
    const recheck = setInterval(attempt, 250);
    for (const signal of signals) disposables.push(signal(() => attempt()));
    attempt();
  });
}

function treatyDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'treaty');
}

function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code);
}

function show(diagnostics: readonly vscode.Diagnostic[]): string {
  return JSON.stringify(diagnostics.map((d) => ({ code: codeOf(d), source: d.source, severity: vscode.DiagnosticSeverity[d.severity], range: rangeText(d.range), message: d.message })));
}

function rangeText(r: vscode.Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/** Waits until `uri` has diagnostics that satisfy `check`. */
function waitForDiagnostics(uri: vscode.Uri, what: string, check: (ds: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  return waitFor(
    `${what} in ${path.basename(uri.fsPath)}`,
    () => {
      const ds = treatyDiagnostics(uri);
      return check(ds) ? ds : undefined;
    },
    [vscode.languages.onDidChangeDiagnostics],
    () => show(treatyDiagnostics(uri)),
  );
}

/** The range of `needle` inside the first occurrence of `context` (which defaults to the needle itself). */
function rangeOf(doc: vscode.TextDocument, needle: string, context = needle): vscode.Range {
  const text = doc.getText();
  const at = text.indexOf(context);
  assert.ok(at >= 0, `fixture ${path.basename(doc.uri.fsPath)} lacks ${JSON.stringify(context)}`);
  const inner = context.indexOf(needle);
  assert.ok(inner >= 0, `${JSON.stringify(context)} lacks ${JSON.stringify(needle)}`);
  return new vscode.Range(doc.positionAt(at + inner), doc.positionAt(at + inner + needle.length));
}

function findDiagnostic(ds: vscode.Diagnostic[], code: string, range: vscode.Range): vscode.Diagnostic | undefined {
  return ds.find((d) => codeOf(d) === code && d.range.isEqual(range));
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace (test/vscode/workspace) is not open');
  return vscode.Uri.joinPath(folder.uri, name);
}

async function open(name: string): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  return { doc, editor };
}

/** Throws away unsaved edits of `doc` (fixtures on disk are never changed). */
async function revert(doc: vscode.TextDocument): Promise<void> {
  if (!doc.isDirty) return;
  await vscode.window.showTextDocument(doc, { preview: false });
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await waitFor(`${path.basename(doc.uri.fsPath)} to be reverted`, () => !doc.isDirty, [vscode.workspace.onDidChangeTextDocument]);
}

async function appendText(doc: vscode.TextDocument, text: string): Promise<vscode.Position> {
  const end = doc.lineAt(doc.lineCount - 1).range.end;
  const edit = new vscode.WorkspaceEdit();
  edit.insert(doc.uri, end, text);
  assert.ok(await vscode.workspace.applyEdit(edit), 'applyEdit refused the edit');
  return doc.lineAt(doc.lineCount - 1).range.end;
}

function api(): TreatyApi {
  const ext = vscode.extensions.getExtension<TreatyApi>(EXTENSION_ID);
  assert.ok(ext?.isActive, `${EXTENSION_ID} is not active`);
  return ext.exports;
}

// ---------------------------------------------------------------- tests

describe('Treaty Report Checker in VS Code', function () {
  let report: vscode.TextDocument;
  let mismatch: vscode.Range;

  // Each test opens what it needs, so `--grep` can pick any single test; only
  // the activation test must run before any Markdown file is opened.
  beforeEach(async function () {
    if (this.currentTest?.title.startsWith('activates')) return;
    ({ doc: report } = await open('report.md'));
    mismatch = rangeOf(report, '322', '377 in 2022 and 322 in 2023');
    const ext = vscode.extensions.getExtension<TreatyApi>(EXTENSION_ID)!;
    await waitFor('the extension to activate', () => ext.isActive, [vscode.languages.onDidChangeDiagnostics]);
    await ext.exports.ready;
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('activates on the first Markdown document, not before', async () => {
    const ext = vscode.extensions.getExtension<TreatyApi>(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not installed in the test instance`);
    assert.equal(ext.isActive, false, 'active before any Markdown document was opened');

    await open('notes.txt');
    assert.equal(ext.isActive, false, 'a plain-text document activated the extension');

    ({ doc: report } = await open('report.md'));
    assert.equal(report.languageId, 'markdown');
    await waitFor('the extension to activate', () => ext.isActive, [vscode.languages.onDidChangeDiagnostics, vscode.window.onDidChangeActiveTextEditor], () => `isActive=${ext.isActive}`);
    assert.equal(typeof ext.exports?.statusText, 'function', 'activate() should return { statusText, ready }');
    await ext.exports.ready;
  });

  it('registers its commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['treatyReport.showCoverage', 'treatyReport.restartServer', 'treatyReport.insertRecommendation', 'treatyReport.importSource']) assert.ok(commands.includes(id), `command ${id} is not registered`);
  });

  it('inserts standard recommendation text: completion after "treaty-rec-redress", and the command', async () => {
    const { doc, editor } = await open('clean.md');
    try {
      const end = await appendText(doc, '\n\ntreaty-rec-redress');
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, end);
      const item = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'CAT/C/KAZ/CO/3, para. 22');
      assert.ok(item, `no completion "CAT/C/KAZ/CO/3, para. 22" among: ${list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label)).join(', ')}`);
      const insert = item.textEdit?.newText ?? (item.insertText as string);
      assert.match(insert, /^> amend its legislation[^]*\n> \(CAT\/C\/KAZ\/CO\/3, para\. 22\)\n$/);

      // The command, given a citation, inserts it at the cursor without asking.
      const last = doc.lineAt(doc.lineCount - 1).range.end;
      editor.selection = new vscode.Selection(last, last);
      const inserted = await vscode.commands.executeCommand<string | undefined>('treatyReport.insertRecommendation', { citation: 'CAT/C/KAZ/CO/3, para. 22' });
      assert.ok(inserted?.startsWith('CAT/C/KAZ/CO/3, para. 22'), `inserted: ${inserted}`);
      assert.match(doc.getText(), /treaty-rec-redress\n\n> amend its legislation[^]*\n> \(CAT\/C\/KAZ\/CO\/3, para\. 22\)\n$/);
    } finally {
      await revert(doc);
    }
  });

  it('reports the known findings with source "treaty", codes and exact ranges', async () => {
    const expected = [
      { code: 'figure-mismatch', range: mismatch },
      { code: 'unknown-paragraph', range: rangeOf(report, '31', 'See CAT/C/KAZ/Q/4, para. 31') },
      { code: 'unknown-document', range: rangeOf(report, 'CAT/C/KAZ/CO/9') },
    ];
    const ds = await waitForDiagnostics(report.uri, expected.map((e) => e.code).join(', '), (ds) => expected.every((e) => findDiagnostic(ds, e.code, e.range)));

    const knownCodes = ['figure-mismatch', 'figure-superseded', 'figure-disputed', 'figure-unverified', 'arithmetic', 'date-mismatch', 'unknown-document', 'unknown-paragraph'];
    for (const d of ds) assert.ok(knownCodes.includes(codeOf(d)), `unexpected code ${codeOf(d)}: ${show([d])}`);
    const all = vscode.languages.getDiagnostics(report.uri);
    assert.ok(all.filter((d) => knownCodes.includes(codeOf(d))).every((d) => d.source === 'treaty'), `a treaty code without source "treaty": ${show(all)}`);
    const figure = findDiagnostic(ds, 'figure-mismatch', mismatch)!;
    assert.match(figure.message, /332/, `the mismatch message should name the sourced value: ${figure.message}`);
  });

  it('ignores plain-text files', async () => {
    await open('notes.txt');
    await open('report.md');
    // Once report.md's findings are in, the server has long seen notes.txt too.
    await waitForDiagnostics(report.uri, 'figure-mismatch', (ds) => !!findDiagnostic(ds, 'figure-mismatch', mismatch));
    assert.deepEqual(treatyDiagnostics(workspaceFile('notes.txt')), []);
  });

  it('reports nothing on a Markdown file without figures', async () => {
    const { doc } = await open('clean.md');
    try {
      // Prove the server is looking at this document, then take the figure away.
      await appendText(doc, `\n\n${MISMATCH_SENTENCE}\n`);
      await waitForDiagnostics(doc.uri, 'figure-mismatch after inserting a known-wrong figure', (ds) => ds.some((d) => codeOf(d) === 'figure-mismatch'));
    } finally {
      await revert(doc);
    }
    await waitForDiagnostics(doc.uri, 'no diagnostics after reverting to the file without digits', (ds) => ds.length === 0);
  });

  it('shows the sourced value and a quote on hover', async () => {
    const at = new vscode.Position(mismatch.start.line, mismatch.start.character + 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', report.uri, at);
    const text = hoverText(hovers ?? []);
    assert.match(text, /\b332\b/, `hover should give the sourced value 332:\n${text}`);
    assert.match(text, /^>\s*\S/m, `hover should quote the source (a Markdown blockquote):\n${text}`);
  });

  it('completes UN document symbols after "CAT/C/KAZ/"', async () => {
    const { doc } = await open('clean.md');
    try {
      const end = await appendText(doc, '\n\nSee CAT/C/KAZ/');
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, end);
      const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      assert.ok(labels.includes('CAT/C/KAZ/Q/4'), `no completion "CAT/C/KAZ/Q/4" among: ${labels.slice(0, 30).join(', ')}`);
    } finally {
      await revert(doc);
    }
  });

  it('quick fix "Replace with …" changes only the figure', async () => {
    const before = report.getText();
    try {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', report.uri, mismatch, vscode.CodeActionKind.QuickFix.value);
      const fix = actions.find((a) => a.title.startsWith('Replace with'));
      assert.ok(fix?.edit, `no "Replace with …" action with an edit; got: ${actions.map((a) => a.title).join(' | ')}`);
      assert.ok(await vscode.workspace.applyEdit(fix.edit), 'applyEdit refused the quick fix');
      const expected = before.slice(0, report.offsetAt(mismatch.start)) + '332' + before.slice(report.offsetAt(mismatch.end));
      assert.equal(report.getText(), expected, 'the quick fix should replace exactly "322" by "332"');
      await waitForDiagnostics(report.uri, 'the figure-mismatch to go away after the fix', (ds) => !ds.some((d) => codeOf(d) === 'figure-mismatch'));
    } finally {
      await revert(report);
    }
    await waitForDiagnostics(report.uri, 'figure-mismatch back after reverting', (ds) => !!findDiagnostic(ds, 'figure-mismatch', mismatch));
  });

  it('contributes treaty- snippets for Markdown', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const contributed = (ext.packageJSON.contributes?.snippets ?? []) as { language: string; path: string }[];
    const forMarkdown = contributed.filter((s) => s.language === 'markdown');
    assert.ok(forMarkdown.length > 0, 'package.json contributes no snippets for markdown');
    const prefixes: string[] = [];
    for (const s of forMarkdown) {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, s.path));
      const snippets = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, { prefix: string | string[]; body: string | string[] }>;
      for (const [name, snippet] of Object.entries(snippets)) {
        const ps = Array.isArray(snippet.prefix) ? snippet.prefix : [snippet.prefix];
        assert.ok(ps.length > 0 && ps.every((p) => p.startsWith('treaty-')), `snippet "${name}" has a prefix not starting with "treaty-": ${ps.join(', ')}`);
        assert.ok(snippet.body && snippet.body.length > 0, `snippet "${name}" has no body`);
        prefixes.push(...ps);
      }
    }
    assert.ok(prefixes.length > 0, 'the snippet files are empty');

    // And VS Code offers them while typing in a Markdown file.
    const { doc } = await open('clean.md');
    try {
      const end = await appendText(doc, '\n\ntreaty-');
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, end);
      const offered = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      assert.ok(prefixes.some((p) => offered.includes(p)), `no treaty- snippet offered; snippet items: ${offered.join(', ')}`);
    } finally {
      await revert(doc);
    }
  });

  describe('settings', () => {
    const config = () => vscode.workspace.getConfiguration('treatyReport');

    afterEach(async () => {
      // User settings live in the run's throwaway profile; reset anyway so tests stay independent.
      await config().update('severity', undefined, vscode.ConfigurationTarget.Global);
    });

    it('treatyReport.severity turns figure-mismatch into an Error without restart, and back', async () => {
      const initial = await waitForDiagnostics(report.uri, 'figure-mismatch', (ds) => !!findDiagnostic(ds, 'figure-mismatch', mismatch));
      const initialSeverity = findDiagnostic(initial, 'figure-mismatch', mismatch)!.severity;
      assert.notEqual(initialSeverity, vscode.DiagnosticSeverity.Error, 'figure-mismatch is already an Error by default; the test proves nothing');

      await config().update('severity', { 'figure-mismatch': 'error' }, vscode.ConfigurationTarget.Global);
      await waitForDiagnostics(report.uri, 'figure-mismatch as Error after the setting changed', (ds) => findDiagnostic(ds, 'figure-mismatch', mismatch)?.severity === vscode.DiagnosticSeverity.Error);

      await config().update('severity', undefined, vscode.ConfigurationTarget.Global);
      await waitForDiagnostics(report.uri, 'figure-mismatch back to its default severity', (ds) => findDiagnostic(ds, 'figure-mismatch', mismatch)?.severity === initialSeverity);
    });

    it('treatyReport.severity "off" removes the finding', async () => {
      await config().update('severity', { 'figure-mismatch': 'off' }, vscode.ConfigurationTarget.Global);
      await waitForDiagnostics(report.uri, 'no figure-mismatch while it is "off"', (ds) => !ds.some((d) => codeOf(d) === 'figure-mismatch') && ds.some((d) => codeOf(d) === 'unknown-document'));
    });
  });

  it('status bar text counts the active report\'s findings', async () => {
    const ds = await waitForDiagnostics(report.uri, 'figure-mismatch', (ds) => !!findDiagnostic(ds, 'figure-mismatch', mismatch));
    const errors = ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    const warnings = ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
    assert.ok(errors + warnings > 0, `fixture should produce errors or warnings: ${show(ds)}`);
    const parts = [errors && `${errors} error${errors === 1 ? '' : 's'}`, warnings && `${warnings} warning${warnings === 1 ? '' : 's'}`].filter(Boolean).join(', ');
    await waitFor(`status text with "Treaty: ${parts}"`, () => api().statusText().includes(`Treaty: ${parts}`), [vscode.languages.onDidChangeDiagnostics], () => api().statusText());
    assert.match(api().statusText(), /Treaty: /);
  });

  it('uses the workspace\'s own facts (.treaty/facts) and shows a broken facts file\'s problem in the file itself', async () => {
    // The workspace is trusted here (code-server runs with workspace trust off), so the server reads .treaty/facts.
    const { doc: teamReport } = await open('team-report.md');
    const figure = rangeOf(teamReport, '48', 'within 48 hours');
    const teamMismatch = (ds: vscode.Diagnostic[]) => /is 24 according to/.test(findDiagnostic(ds, 'figure-mismatch', figure)?.message ?? '');
    await waitForDiagnostics(teamReport.uri, 'figure-mismatch from the workspace fact', teamMismatch);

    const facts = await vscode.workspace.openTextDocument(workspaceFile('.treaty/facts/team.yaml'));
    await vscode.window.showTextDocument(facts, { preview: false });
    const original = facts.getText();
    try {
      const value = rangeOf(facts, '24', 'value: 24');
      const edit = new vscode.WorkspaceEdit();
      edit.replace(facts.uri, value, 'twenty-four');
      assert.ok(await vscode.workspace.applyEdit(edit), 'applyEdit refused the edit');
      const problems = await waitForDiagnostics(facts.uri, 'a facts-file problem on the broken value', (ds) => ds.some((d) => codeOf(d) === 'facts-file'));
      const problem = problems.find((d) => codeOf(d) === 'facts-file')!;
      assert.equal(problem.range.start.line, value.start.line);
      assert.equal(problem.severity, vscode.DiagnosticSeverity.Error);
      assert.match(problem.message, /^facts\[0\]\.value: must be number/);
      await waitForDiagnostics(teamReport.uri, 'no finding while the facts file is broken', (ds) => !ds.some((d) => codeOf(d) === 'figure-mismatch'));
    } finally {
      // Put the text back and save it: the web workbench may have auto-saved the broken text meanwhile.
      const restore = new vscode.WorkspaceEdit();
      restore.replace(facts.uri, new vscode.Range(facts.positionAt(0), facts.positionAt(facts.getText().length)), original);
      await vscode.workspace.applyEdit(restore);
      await facts.save();
      if (fs.readFileSync(facts.uri.fsPath, 'utf8') !== original) fs.writeFileSync(facts.uri.fsPath, original);
    }
    await waitForDiagnostics(facts.uri, 'the facts-file problem cleared once the edit is undone', (ds) => !ds.some((d) => codeOf(d) === 'facts-file'));
    await waitForDiagnostics(teamReport.uri, 'figure-mismatch from the workspace fact again', teamMismatch);
  });

  it('imports a Word document as a source (Treaty: Import as source), and its paragraphs become citable', async () => {
    // A list of issues whose masthead gives the date, the committee and the title but no symbol, numbered 1, 2, 4:
    // the symbol is what the command would ask for (given here as its argument), the gap what it reports as unclear.
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [
      new Paragraph('Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment'),
      new Paragraph('Distr.: General'),
      new Paragraph({ children: [new TextRun('12 March 2024')], alignment: AlignmentType.RIGHT }),
      new Paragraph('Committee against Torture'),
      new Paragraph({ text: 'List of issues in relation to the initial report of Testland', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: 'Articles 1 and 4', heading: HeadingLevel.HEADING_2 }),
      new Paragraph('1. Please provide information on the 57 complaints of torture registered in 2023.'),
      new Paragraph('2. Please indicate the measures taken to ensure that all detainees have access to a lawyer.'),
      new Paragraph('4. Please describe the mandate of the national preventive mechanism.'),
    ] }] }));
    const source = workspaceFile('testland-loi.docx');
    const report = workspaceFile('import-report.md');
    const written = workspaceFile('.treaty/sources/cat-c-tst-q-1.md');
    fs.writeFileSync(source.fsPath, docx);
    fs.writeFileSync(report.fsPath, '# Reply\n\nAs requested in CAT/C/TST/Q/1, para. 2, and in CAT/C/TST/Q/1, para. 9, the State replies.\n');
    try {
      const { doc } = await open('import-report.md');
      const cited = rangeOf(doc, '9', 'para. 9');
      await waitForDiagnostics(doc.uri, 'unknown-document before the import', (ds) => ds.some((d) => codeOf(d) === 'unknown-document'));
      const result = await vscode.commands.executeCommand<{ uri: string; id: string; symbol: string; paragraphs: number; warnings: string[] }>('treatyReport.importSource', source, { symbol: 'CAT/C/TST/Q/1', overwrite: true });
      assert.ok(result, 'the command returned nothing');
      assert.equal(result.id, 'cat-c-tst-q-1');
      assert.equal(result.uri, written.toString());
      assert.deepEqual(result.warnings.filter((w) => /missing/.test(w)), ['paragraph 3 missing: 2 is followed by 4']);
      const text = fs.readFileSync(written.fsPath, 'utf8');
      assert.match(text, /^symbol: "?CAT\/C\/TST\/Q\/1"?$/m);
      assert.match(text, /^date: "?2024-03-12"?$/m);
      assert.match(text, /<a id="2"><\/a>\n2\. Please indicate/);
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), written.toString(), 'the new source is opened');
      // The server loads the new source: para. 2 is known, para. 9 is past the last paragraph.
      const ds = await waitForDiagnostics(doc.uri, 'unknown-paragraph on para. 9 once the source is loaded', (ds) => !!findDiagnostic(ds, 'unknown-paragraph', cited) && !ds.some((d) => codeOf(d) === 'unknown-document'));
      assert.equal(ds.filter((d) => codeOf(d) === 'unknown-paragraph').length, 1, show(ds));
    } finally {
      for (const uri of [source, report, written]) fs.rmSync(uri.fsPath, { force: true });
    }
  });

  it('keeps reporting after treatyReport.restartServer', async () => {
    await vscode.commands.executeCommand('treatyReport.restartServer');
    try {
      // A fresh edit must be analysed by the restarted server.
      await appendText(report, `\n\nSee CAT/C/KAZ/CO/9 again.\n`);
      await waitForDiagnostics(report.uri, 'a second unknown-document after restart', (ds) => ds.filter((d) => codeOf(d) === 'unknown-document').length >= 2);
    } finally {
      await revert(report);
    }
  });
});
