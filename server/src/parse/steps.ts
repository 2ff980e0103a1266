/**
 * Work done in steps: a generator that yields between pieces of work (a chunk parsed, a block checked), so that the
 * language server can run it in slices between turns of its event loop and hear cancellations and edits meanwhile
 * (issue #10). `finish` runs such work to its end in one go, as the CLI and the tests do.
 */
export type Steps<T> = Generator<void, T, void>;

export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
