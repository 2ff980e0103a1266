/** Small helpers for timings: percentiles and timed calls. */

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  min: number;
  max: number;
}

export function summarize(samples: number[]): Summary {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
  return { n: s.length, p50: at(0.5), p95: at(0.95), min: s[0] ?? NaN, max: s[s.length - 1] ?? NaN };
}

/** Milliseconds a call takes, wall clock. */
export function timed<T>(f: () => T): { ms: number; value: T } {
  const t = performance.now();
  const value = f();
  return { ms: performance.now() - t, value };
}

/** Collects garbage when the process runs with --expose-gc, so one measurement does not pay for the last one's garbage. */
export function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** `runs` timings of `f` after `warmup` untimed calls, each after a collection. */
export function repeat(runs: number, f: () => unknown, warmup = 1): number[] {
  for (let i = 0; i < warmup; i++) f();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    collect();
    out.push(timed(f).ms);
  }
  return out;
}
