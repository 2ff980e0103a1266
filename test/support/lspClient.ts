/**
 * The one LSP test client: `node server/out/server.js --stdio` as a child process, spoken to in JSON-RPC over
 * Content-Length framed stdio. Used by the black-box server tests (test/lsp) and the reliability tests (storms,
 * cancellation, safety).
 *
 * - Requests carry ids: `request` resolves with the result (rejects on an error), `start` gives the id (for
 *   `cancel`) and the whole reply, result or error.
 * - Requests from the server are answered as a plain client would: workspace/configuration with `settings` for
 *   every item, everything else (client/registerCapability, workspace/diagnostic/refresh, …) with null.
 * - Notifications and server requests are recorded in arrival order (`received`); `waitFor` and `waitForMessage`
 *   resolve on the first one that passes a test, already received or to come, from a `mark()` on. They fail with a
 *   message naming what was awaited, what did come and the server's stderr when the time is up, and at once if the
 *   server exits; pending requests fail at once too.
 * - The server's stderr is kept (`stderr`); `close` shuts down and exits cleanly, `kill` ends it regardless.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MemoryUsage } from '../../server/src/lsp/protocol';

export const SERVER = path.join(__dirname, '..', '..', 'server', 'out', 'server.js');

/** A notification or request from the server. */
export interface Message { method: string; params: any }
/** The server's answer to one of our requests. */
export interface Reply<T = any> { id: number; result?: T; error?: { code: number; message: string; data?: unknown } }

export interface LspClientOptions {
  /** Node options before the server's script (`--expose-gc`, `--require` a preload). */
  nodeArgs?: string[];
  /** Added to this process's environment. */
  env?: NodeJS.ProcessEnv;
  /** How long `waitFor` waits unless told otherwise. */
  timeoutMs?: number;
}

export interface InitializeOptions {
  /** A workspace folder on disk (rootUri and the one workspace folder). */
  rootPath?: string;
  initializationOptions?: unknown;
  /** Announce pull diagnostics (textDocument.diagnostic). */
  pull?: boolean;
  /**
   * Announce what an editor with a workspace does (the default): dynamic registration of file watchers (the server
   * registers one for .treaty/facts) and, with `pull`, diagnostic refresh requests. False: of the workspace
   * capabilities only workspace/configuration.
   */
  workspaceFeatures?: boolean;
  /** Send these capabilities instead. */
  capabilities?: unknown;
}

interface Waiter { awaited: string; from: number; test: (m: Message) => boolean; resolve: (m: Message) => void; reject: (e: Error) => void }

export class LspClient {
  readonly proc: ChildProcessWithoutNullStreams;
  /** Notifications and requests from the server, in order. */
  readonly received: Message[] = [];
  /** What workspace/configuration answers for each item asked (the section `treatyReport`); null as a client without it. */
  settings: unknown = {};
  stderr = '';
  exited = false;
  private readonly timeoutMs: number;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, { method: string; resolve: (r: Reply) => void; reject: (e: Error) => void }>();
  private waiters: Waiter[] = [];

  constructor(options: LspClientOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.proc = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER, '--stdio'], { stdio: 'pipe', env: { ...process.env, ...options.env } });
    this.proc.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    this.proc.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    // Writing to a server that has gone fails with EPIPE; the exit below already tells every caller.
    this.proc.stdin.on('error', () => {});
    this.proc.on('exit', (code, signal) => {
      this.exited = true;
      const why = (what: string) => new Error(`${what}: the server exited (${signal ?? `code ${code}`})${this.stderrTail()}`);
      for (const p of this.pending.values()) p.reject(why(p.method));
      this.pending.clear();
      for (const w of this.waiters) w.reject(why(w.awaited));
      this.waiters = [];
    });
  }

  private onData(chunk: Buffer) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())![1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const msg = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString());
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      if (msg.id !== undefined && msg.method) {
        this.send({ jsonrpc: '2.0', id: msg.id, result: this.answer(msg.method, msg.params) });
        this.record({ method: msg.method, params: msg.params });
      } else if (msg.id !== undefined) {
        this.pending.get(msg.id)?.resolve({ id: msg.id, result: msg.result, error: msg.error });
        this.pending.delete(msg.id);
      } else this.record({ method: msg.method, params: msg.params });
    }
  }

  /** The answer to a request from the server. */
  private answer(method: string, params: any): unknown {
    if (method === 'workspace/configuration') return params.items.map(() => this.settings);
    return null;
  }

  private record(m: Message) {
    this.received.push(m);
    const index = this.received.length - 1;
    this.waiters = this.waiters.filter((w) => (index >= w.from && w.test(m) ? (w.resolve(m), false) : true));
  }

  private stderrTail(): string {
    return this.stderr ? `\nserver stderr: ${this.stderr.slice(-2000)}` : '';
  }

  send(msg: unknown) {
    const body = Buffer.from(JSON.stringify(msg));
    this.proc.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
  }

  /** Sends a request: `reply` resolves with the whole answer (result or error), `id` names it for `cancel`. */
  start<T = any>(method: string, params: unknown): { id: number; reply: Promise<Reply<T>> } {
    const id = this.nextId++;
    const reply = new Promise<Reply<T>>((resolve, reject) => {
      if (this.exited) reject(new Error(`${method}: the server has exited${this.stderrTail()}`));
      else this.pending.set(id, { method, resolve: resolve as (r: Reply) => void, reject });
    });
    if (!this.exited) this.send({ jsonrpc: '2.0', id, method, params });
    return { id, reply };
  }

  /** Sends a request and resolves with its result; an error answer rejects. */
  async request<T = any>(method: string, params: unknown): Promise<T> {
    const r = await this.start<T>(method, params).reply;
    if (r.error) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
    return r.result as T;
  }

  notify(method: string, params: unknown) {
    this.send({ jsonrpc: '2.0', method, params });
  }

  cancel(id: number) {
    this.notify('$/cancelRequest', { id });
  }

  /** A position in the stream of received messages: waiting `from` it only looks at what comes after. */
  mark(): number {
    return this.received.length;
  }

  /** The first message from the server (notification or request) passing `test`, received at or after `from`. */
  waitForMessage(test: (m: Message) => boolean, from = 0, timeoutMs = this.timeoutMs): Promise<Message> {
    return this.wait(test, from, timeoutMs);
  }

  /** The params of the first message with this method passing `test`, received at or after `from`. */
  async waitFor(method: string, test: (params: any) => boolean = () => true, from = 0, timeoutMs = this.timeoutMs): Promise<any> {
    return (await this.wait((m) => m.method === method && test(m.params), from, timeoutMs, method)).params;
  }

  private wait(test: (m: Message) => boolean, from: number, timeoutMs: number, method?: string): Promise<Message> {
    const awaited = method ?? 'a message from the server';
    const seen = this.received.slice(from).find(test);
    if (seen) return Promise.resolve(seen);
    if (this.exited) return Promise.reject(new Error(`the server has exited; waited for ${awaited}${this.stderrTail()}`));
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        awaited,
        from,
        test,
        resolve: (m) => (clearTimeout(timer), resolve(m)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        const since = this.received.slice(from);
        const same = since.filter((m) => m.method === method).slice(-5).map((m) => JSON.stringify(m.params).slice(0, 400));
        const methods = [...new Set(since.map((m) => m.method))];
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${awaited}; received since: ${same.join('\n') || methods.join(', ') || 'nothing'}${this.stderrTail()}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** The next diagnostics published for `uri` after `from` that pass `test`. */
  async diagnostics(uri: string, from: number, test: (diagnostics: any[]) => boolean = () => true): Promise<any[]> {
    return (await this.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && test(p.diagnostics), from)).diagnostics;
  }

  /** initialize, then initialized; resolves with the server's InitializeResult. */
  async initialize(options: InitializeOptions = {}) {
    const rootUri = options.rootPath ? pathToFileURL(options.rootPath).toString() : null;
    const result = await this.request('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: path.basename(options.rootPath!) }] : null,
      initializationOptions: options.initializationOptions,
      capabilities: options.capabilities ?? {
        textDocument: options.pull ? { diagnostic: {} } : {},
        workspace: {
          configuration: true,
          ...(options.workspaceFeatures !== false ? { didChangeWatchedFiles: { dynamicRegistration: true }, ...(options.pull ? { diagnostics: { refreshSupport: true } } : {}) } : {}),
        },
      },
    });
    this.notify('initialized', {});
    return result;
  }

  open(uri: string, text: string, languageId = 'markdown', version = 1) {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, text: string) {
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /** The server's memory after a full collection (when it runs with --expose-gc) and the checks it is running. */
  memory(): Promise<MemoryUsage> {
    return this.request<MemoryUsage>('treaty/memory', null);
  }

  /** shutdown, then exit; resolves once the process has exited. */
  async close() {
    if (this.exited) return;
    const exit = new Promise((r) => this.proc.once('exit', r));
    await this.request('shutdown', null);
    this.notify('exit', null);
    await exit;
  }

  /** Ends the process if it is still running (after a failed test). */
  kill() {
    if (!this.exited) this.proc.kill();
  }

  get exitCode() {
    return this.proc.exitCode;
  }
}
