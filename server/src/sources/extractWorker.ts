/**
 * A worker thread of ./parallelExtraction: takes the next source from the shared counter, reads it as the parent's
 * ExtractionCache would (same wording lists, same code fingerprint, so the same keys), writes its cache files, and
 * posts what they hold. Bundled as server/out/extractWorker.js (scripts/build.mjs).
 */
import { workerData } from 'node:worker_threads';
import { ExtractionCache } from './extractionCache';
import { NEXT, POSTED, type WorkerData, type WorkerMessage } from './parallelExtraction';

const { jobs, counters, port, wording, fingerprint } = workerData as WorkerData;
const problems: string[] = [];
const cache = new ExtractionCache(wording, { fingerprint, workers: 0, onProblem: (m) => problems.push(m) });
for (let i = Atomics.add(counters, NEXT, 1); i < jobs.length; i = Atomics.add(counters, NEXT, 1)) {
  const job = jobs[i]!;
  let message: WorkerMessage;
  try {
    message = { i, result: cache.exportSource(job.file, job.text, job.dir) };
  } catch (e) {
    message = { i, error: (e as Error).message };
  }
  port.postMessage(message);
  Atomics.add(counters, POSTED, 1);
  Atomics.notify(counters, POSTED);
}
