/**
 * The language server as a child process, for the storm, cancellation and safety tests: Content-Length framing,
 * requests with ids (and their cancellation), notifications recorded, server requests answered. Unlike
 * test/support/lspClient.ts it takes node options (`--expose-gc`, `--require` a preload) and an environment.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';

export const SERVER = path.join(__dirname, '..', '..', 'server', 'out', 'server.js');

export interface Received { method: string; params: any; at: number }
export interface Reply<T = any> { id: number; result?: T; error?: { code: number; message: string }; at: number }

export class ServerProcess {
  readonly proc: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, (r: Reply) => void>();
  readonly received: Received[] = [];
  private waiters: { test: (m: Received) => boolean; resolve: (m: Received) => void }[] = [];
  stderr = '';
  exited = false;

  constructor(options: { nodeArgs?: string[]; env?: NodeJS.ProcessEnv } = {}) {
    this.proc = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER, '--stdio'], { stdio: 'pipe', env: { ...process.env, ...options.env } });
    this.proc.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    this.proc.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.proc.on('exit', () => (this.exited = true));
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
      const at = performance.now();
      if (msg.id !== undefined && msg.method) {
        this.send({ jsonrpc: '2.0', id: msg.id, result: msg.method === 'workspace/configuration' ? msg.params.items.map(() => ({})) : null });
        this.record({ method: msg.method, params: msg.params, at });
      } else if (msg.id !== undefined) {
        this.pending.get(msg.id)?.({ id: msg.id, result: msg.result, error: msg.error, at });
        this.pending.delete(msg.id);
      } else this.record({ method: msg.method, params: msg.params, at });
    }
  }

  private record(m: Received) {
    this.received.push(m);
    this.waiters = this.waiters.filter((w) => (w.test(m) ? (w.resolve(m), false) : true));
  }

  send(msg: unknown) {
    const body = Buffer.from(JSON.stringify(msg));
    this.proc.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
  }

  /** Sends a request; `reply` resolves with the whole answer (result or error), `id` identifies it for $/cancelRequest. */
  start<T = any>(method: string, params: unknown): { id: number; reply: Promise<Reply<T>> } {
    const id = this.nextId++;
    const reply = new Promise<Reply<T>>((resolve) => this.pending.set(id, resolve as (r: Reply) => void));
    this.send({ jsonrpc: '2.0', id, method, params });
    return { id, reply };
  }

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

  /** The first message from the server passing `test`, already received or to come. */
  waitFor(test: (m: Received) => boolean, timeoutMs = 30_000): Promise<Received> {
    const seen = this.received.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for a message from the server${this.stderr ? `; stderr: ${this.stderr.slice(-2000)}` : ''}`)), timeoutMs);
      this.waiters.push({ test, resolve: (m) => (clearTimeout(timer), resolve(m)) });
    });
  }

  async initialize(options: { pull?: boolean; rootPath?: string } = {}) {
    const rootUri = options.rootPath ? require('node:url').pathToFileURL(options.rootPath).toString() : null;
    const result = await this.request('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'workspace' }] : null,
      capabilities: { textDocument: options.pull ? { diagnostic: {} } : {}, workspace: { configuration: true } },
    });
    this.notify('initialized', {});
    return result;
  }

  async close() {
    if (this.exited) return;
    await this.request('shutdown', null);
    this.notify('exit', null);
    if (!this.exited) await new Promise((r) => this.proc.once('exit', r));
  }

  kill() {
    if (!this.exited) this.proc.kill();
  }
}
