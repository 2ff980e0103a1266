import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createConnection,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  LSPErrorCodes,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type CompletionItem,
  type CompletionList,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkReportInSteps, type CheckResult } from '../checks/checkReport';
import { buildFactBase, loadBundledData, type WorkspaceFactsFile, type WorkspaceSourceFile } from '../facts/bundled';
import { NO_WORDING } from '../facts/wording';
import { cacheDirectoryOf, ExtractionCache } from '../sources/extractionCache';
import type { FactBase } from '../facts/factBase';
import type { DataProblem } from '../facts/types';
import { codeActionsFor } from '../features/codeActions';
import { completionsAt, MAX_ITEMS } from '../features/completion';
import { coverageOf } from '../features/coverage';
import { recommendationLibraryAnswer, TREATY_REC } from '../features/recommendations';
import { definitionAt } from '../features/definition';
import { findingsToDiagnostics, README_URL } from '../features/diagnostics';
import { documentLinks } from '../features/links';
import { documentSymbols } from '../features/symbols';
import { hoverAt } from '../features/hover';
import { sectionLenses } from '../features/codeLens';
import { COVERAGE, FINDINGS_SUMMARY, MEMORY, RECOMMENDATIONS, type CoverageParams, type FindingsSummary, type FindingsSummaryParams, type MemoryUsage } from './protocol';
import { DEFAULT_SETTINGS, normaliseSettings, type TreatySettings } from './settings';
import { fullCollection, idleCollector, limitHeapGrowth } from './idleCollection';
import { checkGate, type CheckOutcome } from './checkGate';

// Before anything large is read: the heap then grows by a bounded share between collections (see idleCollection.ts).
limitHeapGrowth();

const connection: Connection = createConnection(ProposedFeatures.all);
console.log = connection.console.log.bind(connection.console);
console.error = connection.console.error.bind(connection.console);

process.on('uncaughtException', (e) => connection.console.error(`Unexpected error (the server keeps running): ${e?.stack ?? String(e)}`));
process.on('unhandledRejection', (e) => connection.console.error(`Unhandled rejection (the server keeps running): ${(e as Error)?.stack ?? String(e)}`));

const documents = new TextDocuments(TextDocument);
/** Gives the garbage of a burst of edits back once the user pauses (see idleCollection.ts). */
const idle = idleCollector();
/** Only under test (TREATY_TEST_GATE=1): holds checks at a known step and tells how each ended. */
const gate = checkGate(connection);
let hasConfigurationCapability = false;
let hasPullDiagnostics = false;
let workspaceFolders: string[] = [];
/** Workspace trust (initializationOptions.trusted): an untrusted workspace's own facts are never read. */
let trusted = true;
let hasWatchedFilesRegistration = false;
/** The client watches .treaty/facts (and .treaty/sources) itself (the VS Code extension does); else the server registers watchers. */
let clientWatchesFacts = false;
let clientWatchesSources = false;

/** The fact base: bundled plus workspace sources and facts; rebuilt when a workspace source or facts file changes. */
let factBase: FactBase | undefined;
/** Problems of the workspace's facts and source files, published in those files. */
let dataProblems: DataProblem[] = [];
const FACTS_GLOB_DIR = path.join('.treaty', 'facts');
const SOURCES_DIR = path.join('.treaty', 'sources');
const FACTS_GLOB = '**/.treaty/facts/*.{yaml,yml}';
const SOURCES_GLOB = '**/.treaty/sources/*.md';

/**
 * The facts extracted from the workspace sources, for the server's life: a source is read once per content version,
 * and in a trusted workspace its facts are kept in `.treaty/cache/` for the next start (sources/extractionCache.ts).
 */
let extraction: ExtractionCache | undefined;
function extractionCache(): ExtractionCache {
  return (extraction ??= new ExtractionCache(loadBundledData().wording ?? NO_WORDING, {
    // Only sources in a workspace's .treaty/sources have a cache folder, and only a trusted workspace is written to.
    directoryFor: (file) => (trusted ? cacheDirectoryOf(file) : undefined),
    onProblem: (message) => connection.console.warn(message),
  }));
}

/**
 * A reload asked for by typing in a source or facts file: done once the typing pauses (RELOAD_DELAY_MS), or at once
 * when something needs the facts, so that every keystroke does not rebuild the fact base and re-read the source.
 */
let pendingReload: NodeJS.Timeout | undefined;
const RELOAD_DELAY_MS = 250;
function scheduleReload(): void {
  clearTimeout(pendingReload);
  pendingReload = setTimeout(() => {
    reloadFacts();
    refreshDiagnostics();
  }, RELOAD_DELAY_MS);
}

function facts(): FactBase {
  if (pendingReload) {
    reloadFacts();
    // Reports checked against the facts before the edit are checked again.
    setImmediate(refreshDiagnostics);
  }
  if (!factBase) reloadFacts();
  return factBase!;
}

/** Whether `.treaty/facts` is read: a trusted workspace, and the setting treatyReport.workspaceFacts. */
const useWorkspaceFacts = () => trusted && globalSettings.workspaceFacts;

/** The files of one folder under each workspace folder, as open in an editor or else as on disk. */
function workspaceFiles(dir: string, accept: RegExp): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  for (const folder of workspaceFolders) {
    const full = path.join(folder, dir);
    let names: string[] = [];
    try {
      names = fs.readdirSync(full).filter((n) => accept.test(n)).sort();
    } catch {
      continue;
    }
    for (const n of names) {
      const file = path.join(full, n);
      const open = documents.get(pathToUri(file));
      try {
        out.push({ file, text: open ? open.getText() : fs.readFileSync(file, 'utf8') });
      } catch (e) {
        // An unreadable source or facts file (a folder named *.md, no permission): reported in place.
        dataProblems.push({ file, line: 1, column: 1, path: '', message: `cannot read the file: ${(e as Error).message}`, severity: 'error' });
      }
    }
  }
  return out;
}

function workspaceFactFiles(): WorkspaceFactsFile[] {
  return useWorkspaceFacts() ? workspaceFiles(FACTS_GLOB_DIR, /\.ya?ml$/) : [];
}

/** `.treaty/sources/*.md`, in a trusted workspace only. */
function workspaceSourceFiles(): WorkspaceSourceFile[] {
  return trusted ? workspaceFiles(SOURCES_DIR, /\.md$/i) : [];
}

/** The collection after the last reload that extracted workspace sources (see reloadFacts). */
let afterLoad: Promise<void> | undefined;

function reloadFacts(): void {
  clearTimeout(pendingReload);
  pendingReload = undefined;
  try {
    const before = new Set(dataProblems.map((p) => p.file));
    dataProblems = [];
    const sources = workspaceSourceFiles();
    const files = workspaceFactFiles();
    const extractor = sources.length ? extractionCache() : undefined;
    const counts = extractor && { extracted: extractor.extractions, cached: extractor.diskHits, workers: extractor.workerReads };
    const r = buildFactBase(files, { sources, bundled: globalSettings.bundledFacts, extractor });
    factBase = r.facts;
    const extracted = !!extractor && !!counts && extractor.extractions > counts.extracted;
    if (extractor && counts && (extractor.extractions > counts.extracted || extractor.diskHits > counts.cached)) {
      const inWorkers = extractor.workerReads - counts.workers;
      connection.console.log(`Workspace sources: facts extracted from ${extractor.extractions - counts.extracted}${inWorkers ? ` (${inWorkers} in worker threads)` : ''}, read from .treaty/cache for ${extractor.diskHits - counts.cached}.`);
    }
    dataProblems.push(...r.problems);
    const texts = new Map([...files, ...sources].map((f) => [f.file, f.text]));
    for (const file of new Set([...before, ...files.map((f) => f.file), ...sources.map((f) => f.file), ...dataProblems.map((p) => p.file)])) publishDataProblems(file, texts.get(file) ?? '');
    // Reading a large fact base leaves its text and parse behind; extracting sources (a first start without a cache)
    // leaves far more, and grows the heap, which V8 does not shrink on its own: for 100 sources, RSS 275 MB where
    // 130 MB are needed. Collected at once then, and once more at rest.
    if (extracted) afterLoad = idle.collectNow();
    else idle.activity();
  } catch (e) {
    connection.console.error(`Cannot load the fact base: ${(e as Error).stack ?? String(e)}`);
    if (!factBase) factBase = buildFactBase([]).facts;
  }
  cache.clear();
}

/** A workspace facts or source file's problems, in the file itself: from the problem's line and column to the end of that line. */
function publishDataProblems(file: string, text: string): void {
  const problems = dataProblems.filter((p) => p.file === file);
  // (A file without problems is not cut into lines: at each start, a hundred sources have none.)
  const lines = problems.length ? text.split(/\r?\n/) : [];
  const source = isSourceFile(pathToUri(file));
  const diagnostics: Diagnostic[] = problems.map((p) => {
    const start = { line: p.line - 1, character: Math.max(0, p.column - 1) };
    const end = { line: start.line, character: Math.max(start.character, lines[start.line]?.length ?? 0) };
    return { range: { start, end }, severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, source: 'treaty', code: source ? 'source-file' : 'facts-file', codeDescription: { href: `${README_URL}#${source ? 'your-own-sources' : 'workspace-facts'}` }, message: `${p.path ? `${p.path}: ` : ''}${p.message}` };
  });
  void connection.sendDiagnostics({ uri: pathToUri(file), diagnostics });
}

const pathToUri = (p: string) => pathToFileURL(p).toString();
const isFactsFile = (uri: string) => /\/\.treaty\/facts\/[^/]+\.ya?ml$/.test(uri);
const isSourceFile = (uri: string) => /\/\.treaty\/sources\/[^/]+\.md$/i.test(uri);
/** A workspace facts or source file: data the reports are checked against, never checked as a report itself. */
const isDataFile = (uri: string) => isFactsFile(uri) || isSourceFile(uri);

// Settings: per resource, cached as promises, dropped on change.
const settingsCache = new Map<string, Promise<TreatySettings>>();
function settingsFor(uri: string): Promise<TreatySettings> {
  if (!hasConfigurationCapability) return Promise.resolve(globalSettings);
  let s = settingsCache.get(uri);
  if (!s) {
    // A client without a treatyReport section answers null: then initializationOptions.settings hold.
    s = connection.workspace.getConfiguration({ scopeUri: uri, section: 'treatyReport' }).then((c) => (c == null ? globalSettings : normaliseSettings(c)), () => DEFAULT_SETTINGS);
    settingsCache.set(uri, s);
  }
  return s;
}
let globalSettings: TreatySettings = DEFAULT_SETTINGS;

// One check per document version; a newer version replaces the entry.
const cache = new Map<string, { version: number; settings: TreatySettings; result: CheckResult }>();

/**
 * A check under way, shared by every request on that version of the document. It runs in slices of SLICE_MS
 * between turns of the event loop, so that cancellations and edits are heard while it runs (issue #10); it stops
 * when the document changes or when every request waiting for it was cancelled, so no stale work goes on.
 */
interface RunningCheck { version: number; settings: TreatySettings; waiting: number; stop: boolean; finished: boolean; result: Promise<CheckResult> }
const running = new Map<string, RunningCheck>();
const SLICE_MS = 15;

function startCheck(doc: TextDocument, settings: TreatySettings, previous: CheckResult | undefined): RunningCheck {
  // TextDocuments updates the document object in place: its version and text are read once, here.
  const version = doc.version;
  const run: RunningCheck = { version, settings, waiting: 0, stop: false, finished: false, result: Promise.resolve(undefined as never) };
  running.set(doc.uri, run);
  // The previous version's result lets unchanged blocks be reused (the engine reuses nothing checked under other facts or options).
  const steps = checkReportInSteps(doc.getText(), facts(), { reportUnverified: settings.reportUnverified, severities: settings.severity }, previous);
  run.result = (async () => {
    let done = 0;
    let outcome: CheckOutcome = 'failed';
    try {
      let sliceStart = performance.now();
      for (;;) {
        const step = steps.next();
        if (step.done) {
          cache.set(doc.uri, { version, settings, result: step.value });
          idle.activity();
          outcome = 'finished';
          return step.value;
        }
        done++;
        // Tests may hold the check here (TREATY_TEST_GATE, see checkGate.ts): a turn of the event loop like any other.
        const held = gate?.hold(doc.uri, version, done);
        if (!held && performance.now() - sliceStart < SLICE_MS) continue;
        await (held ?? new Promise((resolve) => setImmediate(resolve)));
        if (run.stop) {
          outcome = 'stopped';
          throw new ResponseError(LSPErrorCodes.ContentModified, 'The document changed, or every request for this check was cancelled.');
        }
        sliceStart = performance.now();
      }
    } finally {
      run.finished = true;
      if (running.get(doc.uri) === run) running.delete(doc.uri);
      gate?.ended(doc.uri, version, done, outcome);
    }
  })();
  run.result.catch(() => undefined);
  return run;
}

/** Rejects with RequestCancelled when the token is cancelled (never resolves otherwise); `dispose` stops listening. */
function whenCancelled(token: CancellationToken): { promise: Promise<never>; dispose: () => void } {
  let listener: { dispose(): void } | undefined;
  const promise = new Promise<never>((_, reject) => {
    listener = token.onCancellationRequested(() => reject(new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled.')));
  });
  promise.catch(() => undefined);
  return { promise, dispose: () => listener?.dispose() };
}

async function resultFor(doc: TextDocument, token?: CancellationToken): Promise<{ result: CheckResult; settings: TreatySettings }> {
  const settings = await settingsFor(doc.uri);
  if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled.');
  const hit = cache.get(doc.uri);
  if (hit && hit.version === doc.version && hit.settings === settings) return hit;
  let run = running.get(doc.uri);
  if (!run || run.stop || run.version !== doc.version || run.settings !== settings) {
    if (run) run.stop = true;
    run = startCheck(doc, settings, hit?.result);
  }
  run.waiting++;
  const cancelled = token ? whenCancelled(token) : undefined;
  try {
    const result = await (cancelled ? Promise.race([run.result, cancelled.promise]) : run.result);
    return { result, settings };
  } finally {
    cancelled?.dispose();
    if (--run.waiting === 0 && !run.finished) run.stop = true;
  }
}

/** Errors the client should see as such (cancelled, content modified), rather than an empty answer. */
const isProtocolError = (e: unknown) => e instanceof ResponseError;

const isReport = (doc: TextDocument) => doc.languageId === 'markdown' || /\.(md|markdown)$/i.test(doc.uri);

async function diagnosticsFor(doc: TextDocument, token?: CancellationToken): Promise<Diagnostic[]> {
  if (!isReport(doc) || isDataFile(doc.uri)) return [];
  try {
    const { result, settings } = await resultFor(doc, token);
    if (!settings.enable) return [];
    return findingsToDiagnostics(result.model, result.findings, facts());
  } catch (e) {
    if (isProtocolError(e)) throw e;
    connection.console.error(`Checking ${doc.uri} failed: ${(e as Error).stack ?? String(e)}`);
    return [];
  }
}

connection.onInitialize((params): InitializeResult => {
  const caps = params.capabilities;
  hasConfigurationCapability = !!caps.workspace?.configuration;
  hasPullDiagnostics = !!caps.textDocument?.diagnostic;
  workspaceFolders = (params.workspaceFolders ?? []).map((f) => fileURLToPath(f.uri));
  if (!workspaceFolders.length && params.rootUri) workspaceFolders = [fileURLToPath(params.rootUri)];
  hasWatchedFilesRegistration = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  const init = (params.initializationOptions ?? {}) as { trusted?: boolean; settings?: unknown; watchesFactsFiles?: boolean; watchesSourceFiles?: boolean };
  trusted = init.trusted !== false;
  clientWatchesFacts = init.watchesFactsFiles === true;
  clientWatchesSources = init.watchesSourceFiles === true;
  if (init.settings) globalSettings = normaliseSettings(init.settings);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      definitionProvider: true,
      codeActionProvider: { codeActionKinds: ['quickfix', 'refactor.inline', 'source.fixAll'] },
      completionProvider: { triggerCharacters: ['/', ' ', '.', '('], resolveProvider: false },
      documentLinkProvider: { resolveProvider: false },
      documentSymbolProvider: true,
      codeLensProvider: { resolveProvider: false },
      diagnosticProvider: hasPullDiagnostics ? { interFileDependencies: false, workspaceDiagnostics: false } : undefined,
      executeCommandProvider: { commands: [] },
    },
    serverInfo: { name: 'treaty-report-checker', version: '0.1.0' },
  };
});

connection.onInitialized(async () => {
  if (hasConfigurationCapability) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'treatyReport' });
  const watchers = [...(clientWatchesFacts ? [] : [{ globPattern: FACTS_GLOB }]), ...(clientWatchesSources ? [] : [{ globPattern: SOURCES_GLOB }])];
  if (hasWatchedFilesRegistration && watchers.length) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
  facts();
  // A first load that extracted sources is ready once its garbage is collected (a few tenths of a second after
  // seconds of extraction): what the server holds from then on is what it needs.
  await afterLoad;
  connection.console.log(`Treaty Report Checker ready: ${facts().facts.size} facts, ${facts().sources.size} sources, ${facts().documents.size} catalogued documents${trusted ? '' : ' (untrusted workspace: workspace facts and sources not loaded)'}.`);
});

connection.onDidChangeConfiguration(async (change) => {
  settingsCache.clear();
  const usedWorkspaceFacts = useWorkspaceFacts();
  const usedBundled = globalSettings.bundledFacts;
  const s = (change.settings as { treatyReport?: unknown } | undefined)?.treatyReport;
  if (s) globalSettings = normaliseSettings(s);
  else if (hasConfigurationCapability) globalSettings = await connection.workspace.getConfiguration('treatyReport').then(normaliseSettings, () => globalSettings);
  if (useWorkspaceFacts() !== usedWorkspaceFacts || globalSettings.bundledFacts !== usedBundled) reloadFacts();
  refreshDiagnostics();
});

function refreshDiagnostics(): void {
  if (hasPullDiagnostics) void connection.languages.diagnostics.refresh();
  else for (const d of documents.all()) schedulePush(d);
}

connection.languages.diagnostics.on(async (params, token) => {
  const doc = documents.get(params.textDocument.uri);
  try {
    return { kind: DocumentDiagnosticReportKind.Full, items: doc ? await diagnosticsFor(doc, token) : [] };
  } catch (e) {
    // Edited while it was checked: the client asks again (an empty answer would clear the squiggles meanwhile).
    if (e instanceof ResponseError && e.code === LSPErrorCodes.ContentModified) throw new ResponseError(LSPErrorCodes.ServerCancelled, e.message, { retriggerRequest: true });
    throw e;
  }
});

// Push mode (clients without pull diagnostics): debounced per URI, with the version the diagnostics belong to.
const timers = new Map<string, NodeJS.Timeout>();
function schedulePush(doc: TextDocument): void {
  // A facts or source file's diagnostics are its problems, published when it is read (publishDataProblems).
  if (hasPullDiagnostics || isDataFile(doc.uri)) return;
  clearTimeout(timers.get(doc.uri));
  timers.set(doc.uri, setTimeout(() => {
    timers.delete(doc.uri);
    const current = documents.get(doc.uri);
    if (!current) return;
    void diagnosticsFor(current).then((diagnostics) => {
      if (documents.get(doc.uri)?.version !== current.version) return;
      void connection.sendDiagnostics({ uri: current.uri, version: current.version, diagnostics });
    }, () => undefined); // superseded by a newer version: its own push follows
  }, 150));
}

documents.onDidChangeContent((e) => {
  idle.activity();
  // A check of an earlier version is of no use any more.
  const stale = running.get(e.document.uri);
  if (stale && stale.version !== e.document.version) stale.stop = true;
  if (isDataFile(e.document.uri)) {
    scheduleReload();
    return;
  }
  schedulePush(e.document);
});
documents.onDidClose((e) => {
  const open = running.get(e.document.uri);
  if (open) open.stop = true;
  cache.delete(e.document.uri);
  settingsCache.delete(e.document.uri);
  clearTimeout(timers.get(e.document.uri));
  if (isDataFile(e.document.uri)) {
    // Closed without saving: what counts again is the file on disk.
    reloadFacts();
    refreshDiagnostics();
  } else if (!hasPullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onDidChangeWatchedFiles((params) => {
  if (params.changes.some((c) => isDataFile(c.uri) || c.type === FileChangeType.Deleted)) {
    reloadFacts();
    refreshDiagnostics();
  }
});

async function withDocument<T>(uri: string, fallback: T, f: (doc: TextDocument, result: CheckResult) => T, token?: CancellationToken): Promise<T> {
  const doc = documents.get(uri);
  if (!doc || !isReport(doc) || isDataFile(uri)) return fallback;
  try {
    const { result } = await resultFor(doc, token);
    return f(doc, result);
  } catch (e) {
    if (isProtocolError(e)) throw e;
    connection.console.error(`Request on ${uri} failed: ${(e as Error).stack ?? String(e)}`);
    return fallback;
  }
}
const offsetOf = (doc: TextDocument, pos: { line: number; character: number }) => doc.offsetAt(pos);

connection.onHover((p, token) => withDocument(p.textDocument.uri, null, (doc, r) => (token.isCancellationRequested ? null : hoverAt(r, facts(), offsetOf(doc, p.position)) ?? null), token));
connection.onDefinition((p, token) => withDocument(p.textDocument.uri, [], (doc, r) => definitionAt(r, facts(), offsetOf(doc, p.position)), token));
connection.onCodeAction((p, token) => withDocument(p.textDocument.uri, [], (doc, r) => codeActionsFor(doc.uri, r, facts(), offsetOf(doc, p.range.start), offsetOf(doc, p.range.end), p.context.diagnostics), token));
connection.onCompletion((p, token) =>
  withDocument<CompletionItem[] | CompletionList>(p.textDocument.uri, [], (doc, r) => {
    if (token.isCancellationRequested) return [];
    const offset = offsetOf(doc, p.position);
    const items = completionsAt(r, facts(), offset);
    // A capped list of symbols: the client asks again as more of the symbol is typed. Recommendations are narrowed
    // by theme on the server (`treaty-rec-n` → npm, non-refoulement), so the client asks again at every letter.
    return items.length >= MAX_ITEMS || TREATY_REC.test(doc.getText({ start: { line: p.position.line, character: 0 }, end: p.position })) ? { isIncomplete: true, items } : items;
  }, token),
);
connection.onDocumentLinks((p, token) => withDocument(p.textDocument.uri, [], (_doc, r) => documentLinks(r, facts()), token));
connection.onDocumentSymbol((p, token) => withDocument(p.textDocument.uri, [], (_doc, r) => documentSymbols(r, facts()), token));
connection.onCodeLens((p, token) => withDocument(p.textDocument.uri, [], (_doc, r) => sectionLenses(r), token));

connection.onRequest(FINDINGS_SUMMARY, (p: FindingsSummaryParams, token) =>
  withDocument<FindingsSummary | null>(p.uri, null, (doc, r) => {
    const count = (s: string) => r.findings.filter((f) => f.severity === s).length;
    return { uri: doc.uri, version: doc.version, errors: count('error'), warnings: count('warning'), information: count('information'), hints: count('hint'), figures: r.figures.length, verified: r.figures.filter((f) => f.status === 'verified').length, contradicted: r.figures.filter((f) => f.status === 'mismatch').length, unverified: r.figures.filter((f) => f.status === 'unverified').length };
  }, token),
);
connection.onRequest(COVERAGE, (p: CoverageParams, token) => withDocument(p.uri, [], (_doc, r) => coverageOf(r, facts()), token));
// The library depends on the fact base only (bundled and workspace sources), not on a document.
connection.onRequest(RECOMMENDATIONS, () => recommendationLibraryAnswer(facts()));
// Memory after a full collection (tests of editing storms and of collection at rest).
connection.onRequest(MEMORY, async (): Promise<MemoryUsage> => {
  const gc = fullCollection();
  if (gc) await gc();
  return { ...process.memoryUsage(), collected: !!gc, checksRunning: running.size, idleCollections: idle.collections };
});

documents.listen(connection);
connection.listen();
