import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';

export const SERVER = path.join(__dirname, '..', '..', 'server', 'out', 'server.js');

export interface Message { method: string; params: any }

/**
 * A small LSP client over stdio for black-box tests of server/out/server.js: Content-Length framing,
 * requests with ids, notifications and server-to-client requests recorded in arrival order. Server
 * requests are answered: workspace/configuration with `settings`, everything else with null.
 */
export class LspClient {
  private proc: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, (msg: { result?: unknown; error?: unknown }) => void>();
  /** Notifications and requests from the server, in order. */
  readonly received: Message[] = [];
  private waiters: { from: number; test: (m: Message) => boolean; resolve: (m: Message) => void }[] = [];
  /** What workspace/configuration answers for the section `treatyReport`. */
  settings: unknown = {};
  stderr = '';

  constructor() {
    this.proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
    this.proc.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    this.proc.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
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
        this.send({ jsonrpc: '2.0', id: msg.id, result: msg.method === 'workspace/configuration' ? msg.params.items.map(() => this.settings) : null });
        this.record({ method: msg.method, params: msg.params });
      } else if (msg.id !== undefined) this.pending.get(msg.id)?.(msg);
      else this.record({ method: msg.method, params: msg.params });
    }
  }

  private record(m: Message) {
    this.received.push(m);
    const index = this.received.length - 1;
    this.waiters = this.waiters.filter((w) => (index >= w.from && w.test(m) ? (w.resolve(m), false) : true));
  }

  send(msg: unknown) {
    const body = Buffer.from(JSON.stringify(msg));
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  request<T = any>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (m) => (m.error ? reject(new Error(JSON.stringify(m.error))) : resolve(m.result as T)));
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown) {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** A position in the stream of received messages: `waitFor(…, mark)` only looks at what comes after it. */
  mark(): number {
    return this.received.length;
  }

  /** The first message (notification or server request) with this method passing `test`, received at or after `from`. */
  waitFor(method: string, test: (params: any) => boolean = () => true, from = 0, timeoutMs = 10_000): Promise<any> {
    const t = (m: Message) => m.method === method && test(m.params);
    const seen = this.received.slice(from).find(t);
    if (seen) return Promise.resolve(seen.params);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.resolve !== done);
        const recent = this.received.slice(from).filter((m) => m.method === method).map((m) => JSON.stringify(m.params).slice(0, 400));
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${method}; received since: ${recent.join('\n') || 'nothing'}${this.stderr ? `\nserver stderr: ${this.stderr}` : ''}`));
      }, timeoutMs);
      const done = (m: Message) => {
        clearTimeout(timer);
        resolve(m.params);
      };
      this.waiters.push({ from, test: t, resolve: done });
    });
  }

  /** The next diagnostics published for `uri` after `from` that pass `test`. */
  diagnostics(uri: string, from: number, test: (diagnostics: any[]) => boolean = () => true): Promise<any[]> {
    return this.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && test(p.diagnostics), from).then((p) => p.diagnostics);
  }

  async initialize(params: { rootPath?: string; initializationOptions?: unknown; pull?: boolean; capabilities?: any } = {}) {
    const rootUri = params.rootPath ? require('node:url').pathToFileURL(params.rootPath).toString() : null;
    const result = await this.request('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: path.basename(params.rootPath!) }] : null,
      initializationOptions: params.initializationOptions,
      capabilities: params.capabilities ?? {
        textDocument: params.pull ? { diagnostic: {} } : {},
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, ...(params.pull ? { diagnostics: { refreshSupport: true } } : {}) },
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

  async close() {
    await this.request('shutdown', null);
    this.notify('exit', null);
    if (this.proc.exitCode === null) await new Promise((r) => this.proc.once('exit', r));
  }

  get exitCode() {
    return this.proc.exitCode;
  }
}
