// The thread entry of the `clean --dedupe` lookup (built by tsup to dist/cli-lookup.js): it holds the
// dedup index, so the main thread's heap does not (see lookup-thread.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { collectEvery } from '../steps/collect-garbage.js';
import { createSignedLookup, type DedupeMode } from '../steps/signed-lookup.js';

const lookUp = createSignedLookup((workerData as { mode: DedupeMode }).mode);
// The index grows by reallocating its tables: the old ones are garbage V8 would let pile up in the old
// generation (about 25 MB at 1k documents). A full collection every few MB of documents keeps the heap
// near the index's live size.
const passed = collectEvery();

// One message per batch (its packed documents, one list of blocks), answered in order, the answer's bytes moved.
parentPort!.on('message', (list: Uint8Array) => {
  const answer = lookUp(list);
  passed(list.length);
  const moved = [answer.lines.buffer, answer.ends.buffer, ...(answer.finish ? [answer.finish.buffer] : [])] as ArrayBuffer[];
  parentPort!.postMessage(answer, moved);
});
