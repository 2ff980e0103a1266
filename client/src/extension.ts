import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { COVERAGE, FINDINGS_SUMMARY, RECOMMENDATIONS, type Coverage, type FindingsSummary, type RecommendationLibraryAnswer } from '../../server/src/lsp/protocol';
import { importSource, type ImportSourceArgs } from './importSource';

export interface TreatyApi {
  /** The status bar item's text, e.g. "Treaty: 1 error, 2 warnings". */
  statusText(): string;
  /** Resolves when the language server is running. */
  ready: Promise<void>;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<TreatyApi> {
  const output = vscode.window.createOutputChannel('Treaty Report Checker', { log: true });
  const serverModule = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'markdown' }, { pattern: '**/.treaty/facts/*.{yaml,yml}' }],
    synchronize: { configurationSection: 'treatyReport', fileEvents: [vscode.workspace.createFileSystemWatcher('**/.treaty/facts/*.{yaml,yml}'), vscode.workspace.createFileSystemWatcher('**/.treaty/sources/*.md')] },
    outputChannel: output,
    // A function: read again at every (re)start, so a restart after trust is granted passes trusted: true.
    // Untrusted (limited mode): the server uses the bundled facts only and never reads .treaty/facts or .treaty/sources.
    initializationOptions: () => ({ trusted: vscode.workspace.isTrusted, settings: vscode.workspace.getConfiguration('treatyReport'), watchesFactsFiles: true, watchesSourceFiles: true }),
    diagnosticPullOptions: { onChange: true, onSave: true, onTabs: false },
  };
  client = new LanguageClient('treatyReport', 'Treaty Report Checker', serverOptions, clientOptions);

  const status = vscode.window.createStatusBarItem('treatyReport.status', vscode.StatusBarAlignment.Left, 50);
  status.name = 'Treaty Report Checker';
  status.command = 'workbench.actions.view.problems';
  context.subscriptions.push(status, output);

  const updateStatus = async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown' || !client) {
      status.hide();
      return;
    }
    const diagnostics = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'treaty');
    const n = (s: vscode.DiagnosticSeverity) => diagnostics.filter((d) => d.severity === s).length;
    const parts: string[] = [];
    const plural = (k: number, w: string) => `${k} ${w}${k === 1 ? '' : 's'}`;
    if (n(vscode.DiagnosticSeverity.Error)) parts.push(plural(n(vscode.DiagnosticSeverity.Error), 'error'));
    if (n(vscode.DiagnosticSeverity.Warning)) parts.push(plural(n(vscode.DiagnosticSeverity.Warning), 'warning'));
    if (n(vscode.DiagnosticSeverity.Information)) parts.push(`${n(vscode.DiagnosticSeverity.Information)} info`);
    status.text = `$(law) Treaty: ${parts.length ? parts.join(', ') : 'no findings'}`;
    try {
      const summary = await client.sendRequest<FindingsSummary | null>(FINDINGS_SUMMARY, { uri: editor.document.uri.toString() });
      if (summary) status.tooltip = `${summary.figures} figures: ${summary.verified} verified, ${summary.contradicted} contradicted, ${summary.unverified} unverified`;
    } catch {
      // the server may be restarting; the text above is still right
    }
    status.show();
  };
  context.subscriptions.push(
    vscode.languages.onDidChangeDiagnostics(() => void updateStatus()),
    vscode.window.onDidChangeActiveTextEditor(() => void updateStatus()),
    vscode.commands.registerCommand('treatyReport.restartServer', async () => {
      await client?.restart();
    }),
    vscode.commands.registerCommand('treatyReport.showOutput', () => output.show()),
    // From the explorer's context menu the first argument is the file (and the second the selection); a caller may
    // pass what the masthead lacks as the second instead of being asked.
    vscode.commands.registerCommand('treatyReport.importSource', (uri?: vscode.Uri, args?: ImportSourceArgs | vscode.Uri[]) => importSource(context, output, uri instanceof vscode.Uri ? uri : undefined, args && !Array.isArray(args) ? args : {})),
    vscode.commands.registerCommand('treatyReport.showCoverage', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !client) return;
      const coverage = await client.sendRequest<Coverage[]>(COVERAGE, { uri: editor.document.uri.toString() });
      const picks = coverage.flatMap((c) => [
        { label: `${c.symbol}: ${c.answered.length} answered, ${c.skipped.length} not answered`, kind: vscode.QuickPickItemKind.Separator },
        ...c.answered.map((a) => ({ label: `$(check) para. ${a.id}`, description: a.subject, line: a.line })),
        ...c.skipped.map((s) => ({ label: `$(circle-slash) para. ${s.id}`, description: `${s.subject} — not answered` })),
      ]);
      const pick = await vscode.window.showQuickPick(picks as vscode.QuickPickItem[], { title: 'Coverage of the list of issues and follow-up paragraphs', matchOnDescription: true });
      const line = (pick as { line?: number } | undefined)?.line;
      if (line !== undefined) editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.InCenter);
      return coverage;
    }),
    vscode.commands.registerCommand('treatyReport.insertRecommendation', (args?: InsertRecommendationArgs) => insertRecommendation(args)),
    // Trust can only be granted while running (revoking it reloads the window): restart to load .treaty/facts and .treaty/sources.
    vscode.workspace.onDidGrantWorkspaceTrust(async () => {
      output.info('Workspace trusted: restarting the language server to load the workspace facts and sources (.treaty/facts, .treaty/sources).');
      try {
        await client?.restart();
      } catch (e) {
        output.error(`Restart after workspace trust failed: ${(e as Error).message}`);
      }
    }),
  );

  const ready = client.start().then(() => void updateStatus());
  context.subscriptions.push({ dispose: () => void client?.stop() });
  return { statusText: () => status.text, ready };
}

/**
 * Arguments of treatyReport.insertRecommendation, for key bindings and other extensions: a theme skips the first
 * pick; an entry's id, or a citation that only one entry of the theme has, skips both.
 */
export interface InsertRecommendationArgs {
  theme?: string;
  citation?: string;
  id?: string;
}

type RecommendationEntry = RecommendationLibraryAnswer['entries'][number];

/**
 * "Treaty: Insert standard recommendation…": a theme, then one of its entries, inserted at the cursor as a quotation
 * followed by its citation. The library comes from the server, so the workspace's own sources are in it.
 */
async function insertRecommendation(args: InsertRecommendationArgs = {}): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) {
    void vscode.window.showInformationMessage('Open a Markdown report to insert a recommendation into.');
    return undefined;
  }
  const library = await client.sendRequest<RecommendationLibraryAnswer>(RECOMMENDATIONS, {});
  if (!library.entries.length) {
    void vscode.window.showInformationMessage('No recommendation text in the sources: add concluding observations to .treaty/sources (see "Your own sources" in the README).');
    return undefined;
  }
  const cited = args.citation ? library.entries.filter((e) => e.citation === args.citation && (!args.theme || e.themes.includes(args.theme))) : [];
  let entry: RecommendationEntry | undefined = args.id ? library.entries.find((e) => e.id === args.id) : cited.length === 1 ? cited[0] : undefined;
  if (!entry) {
    let theme = args.theme;
    if (!theme) {
      const all = { label: 'All themes', description: `${library.entries.length}`, word: '' };
      const picked = await vscode.window.showQuickPick([all, ...library.themes.map((t) => ({ label: t.label, description: `treaty-rec-${t.word} · ${t.count}`, word: t.word }))], { title: 'Insert standard recommendation: theme', matchOnDescription: true });
      if (!picked) return undefined;
      theme = picked.word;
    }
    const entries = library.entries.filter((e) => !theme || e.themes.includes(theme));
    const picked = await vscode.window.showQuickPick(
      entries.map((e) => ({ label: e.citation, description: e.foundIn === e.citation ? '' : e.foundIn, detail: e.text.replace(/\s+/g, ' '), entry: e })),
      { title: 'Insert standard recommendation', placeHolder: 'Type words of the recommendation or its citation', matchOnDescription: true, matchOnDetail: true },
    );
    entry = picked?.entry;
  }
  if (!entry) return undefined;
  const inserted = entry;
  const at = editor.selection.start;
  const before = editor.document.lineAt(at.line).text.slice(0, at.character);
  await editor.edit((edit) => edit.replace(editor.selection, `${before.trim() ? '\n\n' : ''}${inserted.markdown}\n`));
  return inserted.id;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
