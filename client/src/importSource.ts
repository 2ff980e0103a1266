import * as path from 'node:path';
import * as vscode from 'vscode';
import type { AuthorKind, ImportOptions, MastheadFields, PreparedImport } from '../../server/src/sources/import/cli';

/** The importer bundle's API (server/out/importer.js), as the command uses it. */
type Importer = typeof import('../../server/src/sources/import/cli');

/**
 * What a caller may give instead of being asked (tests, other extensions, keybindings with args): each field given
 * here is not prompted for. `overwrite` answers the question asked when the source file exists already.
 */
export interface ImportSourceArgs extends ImportOptions {
  overwrite?: boolean;
}

/** What the command did: the source file written, its id, and what the importer found unclear. */
export interface ImportSourceResult {
  uri: string;
  id: string;
  symbol: string | null;
  paragraphs: number;
  warnings: string[];
}

const KIND_LABELS: Record<AuthorKind, string> = {
  committee: 'A treaty body (committee)',
  'state-party': 'A State party',
  ngo: 'A non-governmental organisation',
  'special-procedures': 'Special procedures (rapporteurs, working groups)',
};

/**
 * "Treaty: Import as source" (issue #17): a Word, PDF or HTML document, picked in the explorer, becomes a source in
 * `.treaty/sources/` of its workspace folder, which the language server watches and loads. The importer runs here,
 * in the extension host, from its own bundle (server/out/importer.js, plain Node: the same on Node 20 and 24), loaded
 * only when the command runs; what the masthead does not give is asked for, with what was read offered as the
 * default. Only in a trusted workspace: a source is data the checker then relies on.
 */
export async function importSource(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, target?: vscode.Uri, args: ImportSourceArgs = {}): Promise<ImportSourceResult | undefined> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage('Treaty: importing a source needs a trusted workspace (sources in .treaty/sources are read only there).');
    return undefined;
  }
  const file = target ?? (await pickDocument());
  if (!file) return undefined;
  const folder = vscode.workspace.getWorkspaceFolder(file) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showErrorMessage('Treaty: open a folder first; the source is written to its .treaty/sources.');
    return undefined;
  }
  const name = path.basename(file.path);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const importer = require(context.asAbsolutePath(path.join('server', 'out', 'importer.js'))) as Importer;
  let prepared: PreparedImport;
  try {
    const bytes = await vscode.workspace.fs.readFile(file);
    prepared = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Treaty: reading ${name}` }, () => importer.prepareImport(file.fsPath || name, bytes));
  } catch (e) {
    return failed(output, name, e, importer);
  }
  const options = await askForMissing(prepared.masthead, args, name, importer);
  if (!options) return undefined;
  let result: ReturnType<PreparedImport['toSource']>;
  try {
    result = prepared.toSource(options);
  } catch (e) {
    return failed(output, name, e, importer);
  }
  const dir = vscode.Uri.joinPath(folder.uri, '.treaty', 'sources');
  const written = vscode.Uri.joinPath(dir, `${result.meta.id}.md`);
  if (await exists(written)) {
    const overwrite = args.overwrite ?? (await vscode.window.showWarningMessage(`.treaty/sources/${result.meta.id}.md exists. Replace it with the import of ${name}?`, { modal: true }, 'Replace')) === 'Replace';
    if (!overwrite) return undefined;
  }
  await vscode.workspace.fs.createDirectory(dir);
  await vscode.workspace.fs.writeFile(written, new TextEncoder().encode(result.markdown));
  const shown = `.treaty/sources/${result.meta.id}.md`;
  output.info(`${name}: wrote ${shown} (${result.meta.symbol ?? result.meta.id}, ${result.meta.paragraphs} addressable paragraphs)`);
  for (const w of result.warnings) output.warn(`${name}: ${w}`);
  await vscode.window.showTextDocument(written, { preview: false });
  const summary = `Treaty: imported ${name} as ${shown} (${result.meta.symbol ?? 'no symbol'}, ${result.meta.paragraphs} paragraphs).`;
  if (result.warnings.length) {
    const unclear = `${summary} Its structure was unclear in ${result.warnings.length} place${result.warnings.length === 1 ? '' : 's'}: ${result.warnings[0]}${result.warnings.length > 1 ? ' …' : ''}`;
    void vscode.window.showWarningMessage(unclear, 'Show details').then((pick) => pick && output.show());
  } else void vscode.window.showInformationMessage(summary);
  return { uri: written.toString(), id: result.meta.id, symbol: result.meta.symbol, paragraphs: result.meta.paragraphs, warnings: result.warnings };
}

async function pickDocument(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: 'Import as source', filters: { 'UN documents': ['docx', 'pdf', 'html', 'htm'] } });
  return picked?.[0];
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * The fields the masthead lacks, asked one by one (what was read is offered where there is something): the symbol
 * (empty for a document without one), the date, the title, the author and the kind of author. Undefined when the
 * user cancels a prompt.
 */
async function askForMissing(masthead: MastheadFields, args: ImportSourceArgs, name: string, importer: Importer): Promise<ImportOptions | undefined> {
  const options: ImportOptions = { ...args };
  delete (options as ImportSourceArgs).overwrite;
  const title = (field: string) => `Import ${name}: ${field}`;
  if (options.symbol === undefined && masthead.symbol === undefined) {
    const symbol = await vscode.window.showInputBox({ title: title('UN symbol'), prompt: 'No UN symbol was found in the masthead. Give it (e.g. CAT/C/KAZ/CO/4), or leave it empty for a document without one.', placeHolder: 'CAT/C/KAZ/CO/4', ignoreFocusOut: true });
    if (symbol === undefined) return undefined;
    options.symbol = symbol.trim() || null;
  }
  if (options.date === undefined && masthead.date === undefined) {
    const date = await vscode.window.showInputBox({ title: title('date'), prompt: 'No date was found in the masthead.', placeHolder: 'YYYY-MM-DD, YYYY-MM, YYYY or 5 December 2024', ignoreFocusOut: true, validateInput: (v) => (importer.parseDateFlag(v.trim()) ? undefined : 'YYYY-MM-DD, YYYY-MM, YYYY or "5 December 2024"') });
    if (date === undefined) return undefined;
    options.date = importer.parseDateFlag(date.trim());
  } else if (options.date !== undefined) options.date = importer.parseDateFlag(options.date) ?? options.date;
  if (options.title === undefined && masthead.title === undefined) {
    const value = await vscode.window.showInputBox({ title: title('title'), prompt: 'No title was found.', value: name.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' '), ignoreFocusOut: true, validateInput: (v) => (v.trim() ? undefined : 'A source needs a title') });
    if (value === undefined) return undefined;
    options.title = value.trim();
  }
  if (options.author === undefined && masthead.author === undefined) {
    const author = await vscode.window.showInputBox({ title: title('author'), prompt: 'No committee was named in the masthead. Who wrote the document?', placeHolder: 'Government of Kazakhstan, NGO Coalition against Torture …', ignoreFocusOut: true, validateInput: (v) => (v.trim() ? undefined : 'Give the author') });
    if (author === undefined) return undefined;
    options.author = author.trim();
  }
  // The kind goes with the author: a new author's kind is asked even when the masthead named another's.
  const kindKnown = options.authorKind !== undefined || (masthead.authorKind !== undefined && (options.author === undefined || options.author === masthead.author));
  if (!kindKnown) {
    const items = importer.AUTHOR_KINDS.map((kind) => ({ label: KIND_LABELS[kind], description: kind, authorKind: kind, picked: kind === masthead.authorKind }));
    const pick = await vscode.window.showQuickPick(items, { title: title('kind of author'), placeHolder: `Who is ${options.author ?? masthead.author ?? 'the author'}?`, ignoreFocusOut: true });
    if (!pick) return undefined;
    options.authorKind = pick.authorKind;
  }
  return options;
}

function failed(output: vscode.LogOutputChannel, name: string, e: unknown, importer: Importer): undefined {
  const message = e instanceof importer.ImportError ? e.message : `the file could not be read: ${(e as Error).message.split('\n')[0]}`;
  for (const line of message.split('\n')) output.error(`${name}: ${line}`);
  void vscode.window.showErrorMessage(`Treaty: cannot import ${name}: ${message.split('\n')[0]}`, 'Show details').then((pick) => pick && output.show());
  return undefined;
}
