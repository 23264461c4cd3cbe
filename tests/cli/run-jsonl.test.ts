import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { RejectSink } from '../../src/cli/jsonl/rejects.js';
import { runJsonl } from '../../src/cli/jsonl/run-jsonl.js';
import type { TaskRunner } from '../../src/cli/pool/create-runner.js';
import { Tally } from '../../src/cli/progress/tally.js';
import { packLines, runLines, unpackKept } from '../../src/cli/transforms/run-lines.js';
import { cleanTransform } from '../../src/cli/transforms/clean-record.js';
import { clean } from '../../src/pipeline/clean.js';
import { runTask } from '../../src/cli/transforms/run-task.js';
import { MemoryStream, jsonl, parseJsonl } from './helpers.js';
import { finishSigned } from '../../src/cli/transforms/finish-signed.js';

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
      // Each line on its own; line 2's transform throws (it gets options clean() refuses).
      runLines: async (task) => {
        const lines = task.ends.map((end, i) => task.bytes.slice(task.ends[i - 1] ?? 0, end));
        const results = lines.map((line, i) => runLines({ ...task, ...packLines([line]), options: i === 1 ? { minConfidence: 5 } : task.options }));
        return { outcomes: results.flatMap((r) => r.outcomes), output: Buffer.concat(results.map((r) => r.output!)) };
      },
      finishSigned: async (t) => finishSigned(t),
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
      runLines: async () => {
        throw new Error('worker exited');
      },
      finishSigned: async (t) => finishSigned(t),
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

  it('a batch whose worker died is retried line by line: only the line that fails alone is rejected', async () => {
    let calls = 0;
    const runner: TaskRunner = {
      window: 2,
      run: async (task) => runTask(task),
      runLines: async (task) => {
        calls++;
        const text = new TextDecoder().decode(task.bytes);
        if (text.includes('"id":2')) throw new Error('Worker terminated due to reaching memory limit: JS heap out of memory');
        return runLines(task);
      },
      finishSigned: async (t) => finishSigned(t),
      close: async () => {},
    };
    const { ids, logged, tally } = await runWith(runner, input);
    expect(ids).toEqual([1, 3]);
    expect(logged).toEqual([
      'stdin:2: rejected: clean failed: Worker terminated due to reaching memory limit: JS heap out of memory\n',
      expect.stringMatching(/^stdin:3: rejected: invalid JSON/),
    ]);
    expect([tally.inputs, tally.out, tally.rejected, tally.balanced()]).toEqual([4, 2, 2, true]);
    expect(calls).toBeGreaterThan(1);
  });
});

describe('runLines', () => {
  it('decodes, checks and cleans each line; a throw fails only its record; outputs are joined in order', () => {
    const lines = ['{"id":1,"text":"Hello there."}', '', 'nope', '{"id":2,"text":"Bye now."}', '{"id":3}'].map((l) => Buffer.from(l));
    const ok = runLines({ transform: 'clean', ...packLines(lines), options: {} });
    expect(ok.outcomes.map((o) => o.kind)).toEqual(['done', 'blank', 'reject', 'done', 'reject']);
    expect(parseJsonl(new TextDecoder().decode(ok.output)).map((o) => o.id)).toEqual([1, 2]);
    const failed = runLines({ transform: 'clean', ...packLines(lines), options: { minConfidence: 5 } });
    expect(failed.outcomes.map((o) => o.kind)).toEqual(['failed', 'blank', 'reject', 'failed', 'reject']);
    expect(new TextDecoder().decode(failed.output)).toBe('');
    const kept = runLines({ transform: 'clean', ...packLines(lines), options: {}, keep: true });
    expect(kept.output).toBeUndefined();
    const first = kept.outcomes[0]!;
    if (first.kind !== 'done' || first.kept === undefined) throw new Error('expected a kept record');
    // The kept record crosses back as bytes; unpacked it is the JSONL line, the record (without its
    // text, which the outputs never copy) and the whole document.
    expect(first.kept).toBeInstanceOf(Uint8Array);
    const unpacked = unpackKept(first.kept, first.result);
    expect(unpacked.record).toEqual({ id: 1 });
    expect(unpacked.result.jsonl).toBe(JSON.stringify(cleanTransform.run({ id: 1, text: 'Hello there.' }, {}).record));
    expect(unpacked.result.full).toEqual({ id: '1', ...clean('Hello there.') });
  });
});
