import * as assert from 'node:assert/strict';
import { idleCollector, limitHeapGrowth, type IdleTimers } from '../../server/src/lsp/idleCollection';

/**
 * Memory at rest (issue #9): V8 does not shrink a heap that a burst of edits grew, so the server collects once the
 * user pauses, twice (the second collection is the one that gives the evacuated pages back), and only when the heap
 * is well above what was live after the last collection. The heap and the collection are stand-ins here; the
 * benchmark measures the effect on the server's resident memory. So is the clock: time passes when a test says so
 * (issue 18: a test that slept 10 ms between edits, with 30 ms as the pause, failed whenever the machine was busy).
 */
const MB = 2 ** 20;

/** A clock that moves only by `advance`; the collector's timers run on it. */
function fakeClock() {
  let now = 0;
  let timers: { at: number; f: () => void }[] = [];
  const api: IdleTimers = {
    set(f, ms) {
      const t = { at: now + ms, f };
      timers.push(t);
      return t;
    },
    clear(t) {
      timers = timers.filter((x) => x !== t);
    },
  };
  /** Moves the clock on by `ms`, running each timer due meanwhile and letting what it started (a collection) settle. */
  const advance = async (ms: number) => {
    const until = now + ms;
    for (;;) {
      const next = timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      timers = timers.filter((t) => t !== next);
      now = next.at;
      next.f();
      // The collection is a promise: its continuation (counting it, arming the second timer) runs before the next turn.
      await new Promise((r) => setImmediate(r));
    }
    now = until;
  };
  return { timers: api, advance };
}

function fakeHeap(total: number, used: number) {
  const heap = { total_heap_size: total, used_heap_size: used };
  let gcs = 0;
  const gc = async () => {
    gcs++;
    heap.total_heap_size = heap.used_heap_size;
  };
  return { heap, gc, gcs: () => gcs };
}

describe('reliability: memory given back at rest', () => {
  it('collects twice once the server has been idle, after a burst that grew the heap', async () => {
    const h = fakeHeap(40 * MB, 40 * MB);
    const clock = fakeClock();
    const idle = idleCollector({ idleMs: 30, heap: () => h.heap, collection: () => h.gc, timers: clock.timers });
    h.heap.total_heap_size = 380 * MB;
    // Activity keeps postponing it: nothing is collected while edits come, 29 ms apart, for longer than the pause.
    for (let i = 0; i < 5; i++) {
      idle.activity();
      await clock.advance(29);
    }
    assert.equal(h.gcs(), 0);
    // A pause: one collection, and a second one after another pause.
    await clock.advance(1);
    assert.equal(h.gcs(), 1);
    await clock.advance(30);
    assert.equal(h.gcs(), 2);
    assert.equal(idle.collections, 2);
    idle.dispose();
  });

  it('collects at once after a load that read much, and once more at rest', async () => {
    const h = fakeHeap(20 * MB, 20 * MB);
    const clock = fakeClock();
    const idle = idleCollector({ idleMs: 30, heap: () => h.heap, collection: () => h.gc, timers: clock.timers });
    // A first load that extracted sources: the heap grew far past what stays live.
    h.heap.total_heap_size = 190 * MB;
    h.heap.used_heap_size = 70 * MB;
    await idle.collectNow();
    assert.equal(h.gcs(), 1, 'collected before the load is said to be done');
    await clock.advance(30);
    assert.equal(h.gcs(), 2);
    // Nothing left to give back: a second load that leaves little garbage is not collected at once.
    await idle.collectNow();
    assert.equal(h.gcs(), 2);
    idle.dispose();
  });

  it('does not collect when the heap holds little more than its live data', async () => {
    const h = fakeHeap(100 * MB, 90 * MB);
    const clock = fakeClock();
    const idle = idleCollector({ idleMs: 20, heap: () => h.heap, collection: () => h.gc, timers: clock.timers });
    // Live data 90 MB: the heap may reach 1.5 × 90 + 32 MB before a pause is worth a collection.
    h.heap.total_heap_size = 160 * MB;
    idle.activity();
    await clock.advance(80);
    assert.equal(h.gcs(), 0);
    idle.dispose();
  });

  it('stops when disposed, and does nothing without a way to collect', async () => {
    const h = fakeHeap(300 * MB, 40 * MB);
    const clock = fakeClock();
    const disposed = idleCollector({ idleMs: 20, heap: () => h.heap, collection: () => h.gc, timers: clock.timers });
    disposed.activity();
    disposed.dispose();
    const none = idleCollector({ idleMs: 20, heap: () => h.heap, collection: () => null, timers: clock.timers });
    none.activity();
    await clock.advance(80);
    assert.equal(h.gcs(), 0);
    assert.equal(none.collections, 0);
  });

  it('bounds the heap growth unless node was told otherwise', () => {
    const argv = process.execArgv.slice();
    try {
      process.execArgv.push('--heap-growing-percent=50');
      assert.equal(limitHeapGrowth(), false, 'a flag given to node wins');
      process.execArgv.splice(0, process.execArgv.length, ...argv);
      assert.equal(limitHeapGrowth(), !process.env.NODE_OPTIONS?.includes('heap-growing-percent'));
    } finally {
      process.execArgv.splice(0, process.execArgv.length, ...argv);
    }
  });
});
