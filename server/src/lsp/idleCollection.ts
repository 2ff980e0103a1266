import * as inspector from 'node:inspector';
import * as v8 from 'node:v8';

/**
 * Memory kept in bounds while the user types and given back when they stop (issue #9).
 *
 * Every re-check leaves garbage behind (a few MB on a 50-page report: the shifted blocks, findings and model of the
 * new version), and the previous version's result lives long enough to reach V8's old generation. V8 sizes the old
 * generation from the live data times a growth factor and, in a server that is idle between bursts, does not shrink
 * it again: after 1,000 edits at the scale of the whole UN recommendation index the server held 380 MB, twice its
 * live data, for as long as it ran. So when no check has run for IDLE_MS and the heap is well above what was live
 * after the last collection, the server collects once, while nobody waits for it.
 */
export const IDLE_MS = 2000;

/**
 * While the user types, the heap may grow to the live data plus this share before V8 collects (V8's own factor, up to
 * 4 × in a process that allocates fast, let 1,000 edits take the server to 384 MB at the scale of the UN index; with
 * 20 % it stays near 190 MB and the re-check p95 goes from 19 to 27 ms, see the benchmark).
 */
export const HEAP_GROWING_PERCENT = 20;

/**
 * Sets V8's heap growing factor for this process, unless node was started with one (--heap-growing-percent in its
 * options or NODE_OPTIONS wins). V8 reads the flag each time it sizes the heap, so setting it at start works.
 */
export function limitHeapGrowth(percent = HEAP_GROWING_PERCENT): boolean {
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some((a) => /^--heap[-_]growing[-_]percent/.test(a));
  if (given) return false;
  try {
    v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
    return true;
  } catch {
    return false;
  }
}
/** Collect when the heap exceeds the live data after the last collection by this factor plus SLACK_BYTES. */
const GROWTH = 1.5;
const SLACK_BYTES = 32 * 2 ** 20;

let collector: (() => Promise<void>) | null | undefined;

/**
 * A full garbage collection, done when the promise settles: node's own `gc` when it runs with --expose-gc, else the
 * inspector protocol's HeapProfiler.collectGarbage over an in-process session (no port is opened; it collects on a
 * later turn of the event loop). Null if neither is available (a node built without the inspector).
 */
export function fullCollection(): (() => Promise<void>) | null {
  if (collector === undefined) {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (gc) collector = async () => gc();
    else {
      try {
        const session = new inspector.Session();
        session.connect();
        collector = () => new Promise<void>((resolve) => session.post('HeapProfiler.collectGarbage', () => resolve()));
      } catch {
        collector = null;
      }
    }
  }
  return collector;
}

export interface IdleCollector {
  /** A check ran or the document changed: the idle period starts again. */
  activity(): void;
  /**
   * A load that read much (the server's first load, which extracted workspace sources) has just finished: collect now,
   * when the heap is well above what was live, and once more at rest. Settles when the first collection is done.
   */
  collectNow(): Promise<void>;
  /** Collections made at rest so far. */
  readonly collections: number;
  dispose(): void;
}

export interface IdleCollectorOptions {
  idleMs?: number;
  /** The heap's size and use (v8.getHeapStatistics by default). */
  heap?: () => { total_heap_size: number; used_heap_size: number };
  /** A full collection (fullCollection() by default); null when there is none. */
  collection?: () => (() => Promise<void>) | null;
  /** Timers (node's, unref'd, by default): tests pass a clock of their own, so that no test waits for real time. */
  timers?: IdleTimers;
}

export interface IdleTimers {
  set(f: () => void, ms: number): unknown;
  clear(timer: unknown): void;
}

const nodeTimers: IdleTimers = {
  set: (f, ms) => {
    const t = setTimeout(f, ms);
    // A server about to exit does not wait for it.
    t.unref();
    return t;
  },
  clear: (t) => clearTimeout(t as NodeJS.Timeout | undefined),
};

export function idleCollector(options: IdleCollectorOptions = {}): IdleCollector {
  const idleMs = options.idleMs ?? IDLE_MS;
  const heap = options.heap ?? (() => v8.getHeapStatistics());
  const collection = options.collection ?? fullCollection;
  const timers = options.timers ?? nodeTimers;
  let timer: unknown;
  let liveAfterLast = heap().used_heap_size;
  let collections = 0;
  /** Bumped by activity: a collection that finishes after new activity does not start the second one. */
  let generation = 0;
  const collect = async (gc: () => Promise<void>) => {
    await gc();
    collections++;
    liveAfterLast = heap().used_heap_size;
  };
  const atRest = async () => {
    timer = undefined;
    if (heap().total_heap_size <= liveAfterLast * GROWTH + SLACK_BYTES) return;
    const gc = collection();
    if (!gc) return;
    const mine = generation;
    await collect(gc);
    if (mine !== generation) return;
    // The first collection evacuates the fragmented pages; the memory they held only goes back to the system after a
    // second one (measured: 340 MB after one, 190 MB after two, at the scale of the UN index). Still at rest, once more.
    timer = timers.set(() => {
      timer = undefined;
      void collect(gc);
    }, idleMs);
  };
  return {
    activity() {
      generation++;
      timers.clear(timer);
      timer = timers.set(() => void atRest(), idleMs);
    },
    collectNow() {
      generation++;
      timers.clear(timer);
      return atRest();
    },
    get collections() {
      return collections;
    },
    dispose() {
      timers.clear(timer);
      timer = undefined;
    },
  };
}
