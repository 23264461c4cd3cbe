import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { RejectSink } from '../../src/cli/jsonl/rejects.js';
import { runJsonl } from '../../src/cli/jsonl/run-jsonl.js';
import type { TaskRunner } from '../../src/cli/pool/create-runner.js';
import { Tally } from '../../src/cli/progress/tally.js';
import { runTask } from '../../src/cli/transforms/run-task.js';
import { MemoryStream, jsonl, parseJsonl } from './helpers.js';

describe('runJsonl', () => {
  it('a task that fails (a worker crash, a throwing transform) rejects its record with the reason; the rest go on', async () => {
    const runner: TaskRunner = {
      window: 3,
      run: async (task) => {
        if (task.record.id === 2) throw new Error('worker exited');
        return runTask(task);
      },
      close: async () => {},
    };
    const output = new MemoryStream();
    const logged: string[] = [];
    const tally = new Tally();
    await runJsonl({
      input: Readable.from([Buffer.from(jsonl([1, 2, 3].map((id) => ({ id, text: 'x' }))))]),
      inputName: 'stdin',
      output,
      transform: 'clean',
      options: {},
      runner,
      rejects: new RejectSink((m) => logged.push(m)),
      tally,
      progress: { update() {}, log() {}, stop() {} },
    });
    expect(parseJsonl(output.text()).map((o) => o.id)).toEqual([1, 3]);
    expect(logged).toEqual(['stdin:2: rejected: clean failed: worker exited\n']);
    expect([tally.inputs, tally.out, tally.rejected, tally.balanced()]).toEqual([3, 2, 1, true]);
  });
});
