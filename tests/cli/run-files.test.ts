import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { streamSink } from '../../src/cli/files/document-sink.js';
import { planInputs } from '../../src/cli/files/plan-inputs.js';
import { runFiles } from '../../src/cli/files/run-files.js';
import { walkFiles } from '../../src/cli/files/walk-files.js';
import { RejectSink } from '../../src/cli/jsonl/rejects.js';
import type { TaskRunner } from '../../src/cli/pool/create-runner.js';
import { Tally } from '../../src/cli/progress/tally.js';
import type { Task } from '../../src/cli/transforms/run-task.js';
import { MemoryStream } from './helpers.js';
import { finishSigned } from '../../src/cli/transforms/finish-signed.js';

describe('runFiles', () => {
  it('fills the record field named for the file extension (how HTML files will plug in)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unscrape-fields-'));
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'a.txt'), 'plain');
    writeFileSync(join(dir, 'in', 'b.html'), '<p>page</p>');
    writeFileSync(join(dir, 'in', 'c.md'), 'skipped');
    const seen: Task['record'][] = [];
    const runner: TaskRunner = {
      window: 2,
      run: async (task) => {
        seen.push(task.record);
        return { jsonl: JSON.stringify(task.record), edits: {} };
      },
      runLines: async () => ({ outcomes: [] }),
      finishSigned: async (t) => finishSigned(t),
      close: async () => {},
    };
    const tally = new Tally();
    const roots = await planInputs([join(dir, 'in')]);
    const fields = { '.txt': 'text', '.html': 'html' };
    await runFiles({
      files: walkFiles(roots, Object.keys(fields)),
      fields,
      sink: streamSink(new MemoryStream(), 'jsonl', false),
      transform: 'clean',
      options: {},
      runner,
      rejects: new RejectSink(() => {}),
      tally,
      progress: { update() {}, log() {}, stop() {} },
    });
    // Tasks start as their files finish reading (two in flight), so the order seen here may vary.
    expect([...seen].sort((x, y) => String(x.id).localeCompare(String(y.id)))).toEqual([{ id: 'a', text: 'plain' }, { id: 'b', html: '<p>page</p>' }]);
    expect(tally.balanced()).toBe(true);
  });

  it('two files of one directory with the same id (a.html, a.txt) do not overwrite each other: the later is rejected', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unscrape-dup-'));
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'a.txt'), 'text');
    writeFileSync(join(dir, 'in', 'a.html'), '<p>html</p>');
    const logged: string[] = [];
    const tally = new Tally();
    const fields = { '.txt': 'text', '.html': 'html' };
    await runFiles({
      files: walkFiles(await planInputs([join(dir, 'in')]), Object.keys(fields)),
      fields,
      sink: streamSink(new MemoryStream(), 'jsonl', false),
      transform: 'clean',
      options: {},
      runner: { window: 1, run: async (t) => ({ jsonl: JSON.stringify(t.record), edits: {} }), runLines: async () => ({ outcomes: [] }), finishSigned: async (t) => finishSigned(t), close: async () => {} },
      rejects: new RejectSink((m) => logged.push(m)),
      tally,
      progress: { update() {}, log() {}, stop() {} },
    });
    expect(logged).toEqual([`${join(dir, 'in', 'a.txt')}: rejected: same id "a" as ${join(dir, 'in', 'a.html')}: rename one of them\n`]);
    expect([tally.inputs, tally.out, tally.rejected]).toEqual([2, 1, 1]);
  });
});
