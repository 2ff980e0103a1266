import * as assert from 'node:assert/strict';
import { idleCollector, limitHeapGrowth } from '../../server/src/lsp/idleCollection';

/**
 * Memory at rest (issue #9): V8 does not shrink a heap that a burst of edits grew, so the server collects once the
 * user pauses, twice (the second collection is the one that gives the evacuated pages back), and only when the heap
 * is well above what was live after the last collection. The heap and the collection are stand-ins here; the
 * benchmark measures the effect on the server's resident memory.
 */
const MB = 2 ** 20;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

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
    const idle = idleCollector({ idleMs: 30, heap: () => h.heap, collection: () => h.gc });
    h.heap.total_heap_size = 380 * MB;
    // Activity keeps postponing it: nothing is collected while edits come.
    for (let i = 0; i < 5; i++) {
      idle.activity();
      await wait(10);
    }
    assert.equal(h.gcs(), 0);
    await wait(120);
    assert.equal(h.gcs(), 2);
    assert.equal(idle.collections, 2);
    idle.dispose();
  });

  it('does not collect when the heap holds little more than its live data', async () => {
    const h = fakeHeap(100 * MB, 90 * MB);
    const idle = idleCollector({ idleMs: 20, heap: () => h.heap, collection: () => h.gc });
    // Live data 90 MB: the heap may reach 1.5 × 90 + 32 MB before a pause is worth a collection.
    h.heap.total_heap_size = 160 * MB;
    idle.activity();
    await wait(80);
    assert.equal(h.gcs(), 0);
    idle.dispose();
  });

  it('stops when disposed, and does nothing without a way to collect', async () => {
    const h = fakeHeap(300 * MB, 40 * MB);
    const disposed = idleCollector({ idleMs: 20, heap: () => h.heap, collection: () => h.gc });
    disposed.activity();
    disposed.dispose();
    const none = idleCollector({ idleMs: 20, heap: () => h.heap, collection: () => null });
    none.activity();
    await wait(80);
    assert.equal(h.gcs(), 0);
    assert.equal(none.collections, 0);
  });

  it('bounds the heap growth unless node was told otherwise', () => {
    const argv = process.execArgv.slice();
    try {
      process.execArgv.push('--heap-growing-percent=50');
      assert.equal(limitHeapGrowth(), false, 'a flag given to node wins');
      process.execArgv.splice(0, process.execArgv.length, ...argv);
      assert.equal(limitHeapGrowth(), process.env.NODE_OPTIONS?.includes('heap-growing-percent') ? false : true);
    } finally {
      process.execArgv.splice(0, process.execArgv.length, ...argv);
    }
  });
});
