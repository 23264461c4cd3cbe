import { access } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { orderedWindow } from '../stream/ordered-window.js';
import type { TaskResult } from '../transforms/run-task.js';
import type { DocumentSink } from './document-sink.js';
import type { InputFile } from './walk-files.js';
import { readInputFile } from './read-input-file.js';
import type { JsonlRecord } from '../jsonl/parse-record.js';
import type { TaskRun } from '../transforms/task-run.js';
import { failureReason } from '../pool/create-runner.js';

/** What {@link runFiles} needs. */
export interface FilesRun extends TaskRun {
  readonly files: AsyncIterable<InputFile>;
  /** The record field a file's content fills, by extension (`{'.txt': 'text'}`); others fill `text`. Default: `{}`. */
  readonly fields?: Readonly<Record<string, string>>;
  /** Where each document's outputs go. */
  readonly sink: DocumentSink;
  /** With `resume`: the output directory whose existing `<id>.txt` + `<id>.json` mean "done". */
  readonly resumeFrom?: string;
}

/** How a {@link runFiles} ended. */
export interface FilesRunEnd {
  readonly interrupted: boolean;
  /** The last file accounted for. */
  readonly lastFile?: string;
}

type Outcome =
  | { readonly kind: 'done'; readonly result: TaskResult; readonly bytes: number; readonly record?: JsonlRecord }
  | { readonly kind: 'skip' }
  | { readonly kind: 'reject'; readonly reason: string; readonly bytes: number };

/**
 * Directory mode: reads each file (bounded window in flight), runs the transform on `{id, text}`
 * (or the field `fields` names for the file's extension),
 * and hands the results to the sink in input order. An unreadable file or invalid UTF-8 is rejected
 * with its path and reason; with `resumeFrom`, files whose outputs exist are skipped.
 *
 * @param run - {@link FilesRun}.
 * @returns Whether it was interrupted, and the last file done.
 *
 * @example
 * ```ts
 * await runFiles({ files: walkFiles(roots), sink: outDirSink('out'), transform: 'clean', options: {}, runner, rejects, tally, progress });
 * ```
 */
export async function runFiles(run: FilesRun): Promise<FilesRunEnd> {
  const task = async (file: InputFile): Promise<Outcome> => {
    if (file.duplicateOf === undefined && run.resumeFrom !== undefined && (await done(join(run.resumeFrom, file.id)))) return { kind: 'skip' };
    const content = await readInputFile(file);
    if (content.kind === 'reject') return content;
    const { text, bytes } = content;
    try {
      const field = run.fields?.[extname(file.path)] ?? 'text';
      const record = { id: file.id, [field]: text };
      const result = await run.runner.run({ transform: run.transform, record, options: run.options, want: run.sink.want, ...(run.post ? { keep: true } : {}) });
      return { kind: 'done', result, bytes, ...(run.post ? { record } : {}) };
    } catch (e) {
      return { kind: 'reject', reason: `${run.transform} failed: ${failureReason(e)}`, bytes };
    }
  };
  let lastFile: string | undefined;
  const stop = () => run.signal?.aborted === true;
  for await (const settled of orderedWindow(run.files, task, { size: run.runner.window, stop })) {
    const file = settled.input;
    run.tally.inputs++;
    const outcome: Outcome = settled.ok ? settled.value : { kind: 'reject', reason: failureReason(settled.error), bytes: 0 };
    if (outcome.kind === 'skip') run.tally.skipped++;
    else if (outcome.kind === 'reject') {
      run.tally.rejected++;
      run.tally.bytes += outcome.bytes;
      await run.rejects.reject(file.path, { file: file.path, reason: outcome.reason });
    } else {
      const result = run.post && outcome.record ? await run.post(outcome.record, outcome.result, run.sink.want) : outcome.result;
      await run.sink.write(file.id, result);
      run.tally.bytes += outcome.bytes;
      run.tally.addResult(result);
    }
    lastFile = file.path;
    run.progress.update(run.tally);
  }
  await run.sink.finish();
  return { interrupted: stop(), ...(lastFile !== undefined ? { lastFile } : {}) };
}

async function done(base: string): Promise<boolean> {
  try {
    await Promise.all([access(`${base}.txt`), access(`${base}.json`)]);
    return true;
  } catch {
    return false;
  }
}
