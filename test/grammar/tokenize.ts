/**
 * Shared helpers for the grammar snapshot tests and scripts/update-grammar-snapshots.ts.
 *
 * Loads vscode-oniguruma's wasm from node_modules, registers the stand-in markdown
 * host grammar (fixtures/markdown-host.tmLanguage.json, scopeName text.html.markdown)
 * and injects syntaxes/treaty.injection.tmLanguage.json into it, the way VS Code does
 * for `contributes.grammars[].injectTo`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const GRAMMAR_DIR = path.join(REPO_ROOT, 'test', 'grammar');
export const FIXTURES_DIR = path.join(GRAMMAR_DIR, 'fixtures');
export const RESULTS_DIR = path.join(GRAMMAR_DIR, 'results');
export const INJECTION_PATH = path.join(REPO_ROOT, 'syntaxes', 'treaty.injection.tmLanguage.json');
export const HOST_PATH = path.join(FIXTURES_DIR, 'markdown-host.tmLanguage.json');
export const SNIPPETS_PATH = path.join(REPO_ROOT, 'snippets', 'treaty.code-snippets');

export const HOST_SCOPE = 'text.html.markdown';
export const INJECTION_SCOPE = 'treaty.citations.injection';

export interface RawToken {
  text: string;
  startIndex: number;
  endIndex: number;
  scopes: string[];
}

export interface SnapshotToken {
  text: string;
  scopes: string[];
}

export interface SnapshotLine {
  line: number;
  source: string;
  tokens: SnapshotToken[];
}

let onigLibPromise: Promise<vsctm.IOnigLib> | undefined;

function getOnigLib(): Promise<vsctm.IOnigLib> {
  if (!onigLibPromise) {
    const wasmPath = path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm');
    const wasm = fs.readFileSync(wasmPath);
    const data = wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer;
    onigLibPromise = oniguruma.loadWASM(data).then(() => ({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }));
  }
  return onigLibPromise;
}

function readGrammar(file: string): vsctm.IRawGrammar {
  return vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
}

/**
 * Creates the markdown host grammar with our injection.
 * `injectionOverride` lets a test tweak the injection grammar (e.g. its selector).
 */
export async function loadMarkdownWithInjection(
  injectionOverride?: (raw: Record<string, unknown>) => Record<string, unknown>,
): Promise<vsctm.IGrammar> {
  const onigLib = getOnigLib();
  const registry = new vsctm.Registry({
    onigLib,
    loadGrammar: async (scopeName) => {
      if (scopeName === HOST_SCOPE) return readGrammar(HOST_PATH);
      if (scopeName === INJECTION_SCOPE) {
        if (!injectionOverride) return readGrammar(INJECTION_PATH);
        const raw = injectionOverride(JSON.parse(fs.readFileSync(INJECTION_PATH, 'utf8')));
        return vsctm.parseRawGrammar(JSON.stringify(raw), INJECTION_PATH);
      }
      return null;
    },
    getInjections: (scopeName) => (scopeName === HOST_SCOPE ? [INJECTION_SCOPE] : undefined),
  });
  const grammar = await registry.loadGrammar(HOST_SCOPE);
  if (!grammar) throw new Error(`could not load ${HOST_SCOPE}`);
  return grammar;
}

/** Tokenizes a document line by line, carrying the rule stack across lines. */
export function tokenizeLines(grammar: vsctm.IGrammar, text: string): RawToken[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  let ruleStack: vsctm.StateStack = vsctm.INITIAL;
  return lines.map((line) => {
    const result = grammar.tokenizeLine(line, ruleStack, 5000);
    if (result.stoppedEarly) throw new Error(`tokenization stopped early (time limit) on line: ${line}`);
    ruleStack = result.ruleStack;
    return result.tokens.map((t) => ({
      text: line.substring(t.startIndex, Math.min(t.endIndex, line.length)),
      startIndex: t.startIndex,
      endIndex: Math.min(t.endIndex, line.length),
      scopes: t.scopes,
    }));
  });
}

/** Scopes kept in snapshots: ours (*.treaty) plus the host's code/inline-code markers. */
export function isSnapshotScope(scope: string): boolean {
  return (
    scope.endsWith('.treaty') ||
    scope.startsWith('markup.fenced_code') ||
    scope.startsWith('markup.inline.raw')
  );
}

/** Filters scopes and merges neighbouring tokens whose filtered scopes are identical. */
export function toSnapshotTokens(tokens: RawToken[]): SnapshotToken[] {
  const out: SnapshotToken[] = [];
  for (const t of tokens) {
    if (t.text === '') continue;
    const scopes = t.scopes.filter(isSnapshotScope);
    const prev = out[out.length - 1];
    if (prev && prev.scopes.length === scopes.length && prev.scopes.every((s, i) => s === scopes[i])) {
      prev.text += t.text;
    } else {
      out.push({ text: t.text, scopes });
    }
  }
  return out;
}

export function snapshotDocument(grammar: vsctm.IGrammar, text: string): SnapshotLine[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  return tokenizeLines(grammar, text).map((tokens, i) => ({
    line: i + 1,
    source: lines[i],
    tokens: toSnapshotTokens(tokens),
  }));
}

export function listFixtures(): string[] {
  return fs
    .readdirSync(FIXTURES_DIR)
    .filter((f) => f.endsWith('.md'))
    .sort();
}

export function resultPathFor(fixture: string): string {
  return path.join(RESULTS_DIR, fixture.replace(/\.md$/, '_md.json'));
}

export function serializeSnapshot(snapshot: SnapshotLine[]): string {
  return JSON.stringify(snapshot, null, 2) + '\n';
}

/** One line per token, e.g. `"CAT/C/KAZ/CO/4"  entity.name.type.un-symbol.treaty`. */
export function renderLine(line: SnapshotLine | undefined): string {
  if (!line) return '    (missing line)';
  return line.tokens
    .map((t) => `    ${JSON.stringify(t.text)}${t.scopes.length ? '  ' + t.scopes.join(' ') : ''}`)
    .join('\n');
}

/** Readable diff between two snapshots: only the lines that differ. */
export function diffSnapshots(expected: SnapshotLine[], actual: SnapshotLine[]): string {
  const parts: string[] = [];
  const n = Math.max(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    const e = expected[i];
    const a = actual[i];
    if (JSON.stringify(e) === JSON.stringify(a)) continue;
    parts.push(
      `line ${i + 1}: ${JSON.stringify((a ?? e)?.source ?? '')}\n` +
        `  expected:\n${renderLine(e)}\n` +
        `  actual:\n${renderLine(a)}`,
    );
  }
  return parts.join('\n\n');
}
