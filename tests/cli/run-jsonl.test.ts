import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { RejectSink } from '../../src/cli/jsonl/rejects.js';
import { runJsonl } from '../../src/cli/jsonl/run-jsonl.js';
import type { TaskRunner } from '../../src/cli/pool/create-runner.js';
import { Tally } from '../../src/cli/progress/tally.js';
import { runBatch, runTask } from '../../src/cli/transforms/run-task.js';
import { MemoryStream, jsonl, parseJsonl } from './helpers.js';

async function runWith(runner: TaskRunner, input: string) {
  const output = new MemoryStream();
  const logged: string[] = [];
  const tally = new Tally();
  await runJsonl({
    input: Readable.from([Buffer.from(input)]),
    inputName: 'stdin',
    output,
    transform: 'clean',
    options: {},
    runner,
    rejects: new RejectSink((m) => logged.push(m)),
    tally,
    progress: { update() {}, log() {}, stop() {} },
  });
  return { ids: parseJsonl(output.text()).map((o) => o.id), logged, tally };
}

const input = `${jsonl([{ id: 1, text: 'x' }, { id: 2, text: 'y' }])}bad\n${jsonl([{ id: 3, text: 'z' }])}`;

describe('runJsonl', () => {
  it('a record whose transform throws is rejected with the reason; the rest of its batch goes on', async () => {
    const runner: TaskRunner = {
      window: 2,
      run: async (task) => runTask(task),
      runBatch: async (batch) => runBatch({ ...batch, records: batch.records.map((r) => (r.id === 2 ? { ...r, text: 42 } : r)) }),
      close: async () => {},
    };
    const { ids, logged, tally } = await runWith(runner, input);
    expect(ids).toEqual([1, 3]);
    expect(logged).toEqual([expect.stringMatching(/^stdin:2: rejected: clean failed: /), expect.stringMatching(/^stdin:3: rejected: invalid JSON/)]);
    expect([tally.inputs, tally.out, tally.rejected, tally.balanced()]).toEqual([4, 2, 2, true]);
  });

  it('a batch that fails as a whole (a worker crash) rejects each of its records, with line numbers', async () => {
    const runner: TaskRunner = {
      window: 2,
      run: async (task) => runTask(task),
      runBatch: async () => {
        throw new Error('worker exited');
      },
      close: async () => {},
    };
    const { ids, logged, tally } = await runWith(runner, input);
    expect(ids).toEqual([]);
    expect(logged).toEqual([
      'stdin:1: rejected: clean failed: worker exited\n',
      'stdin:2: rejected: clean failed: worker exited\n',
      expect.stringMatching(/^stdin:3: rejected: invalid JSON/),
      'stdin:4: rejected: clean failed: worker exited\n',
    ]);
    expect([tally.inputs, tally.out, tally.rejected, tally.balanced()]).toEqual([4, 0, 4, true]);
  });
});
