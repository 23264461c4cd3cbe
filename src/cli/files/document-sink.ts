import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { BatchWriter } from '../stream/batch-writer.js';
import type { OutputKind, TaskResult } from '../transforms/run-task.js';
import { writeAtomic } from './write-atomic.js';

/** Where the documents of directory mode go. */
export interface DocumentSink {
  /** The serializations the sink needs from each task. */
  readonly want: readonly OutputKind[];
  /** Writes one document. */
  write(id: string, result: TaskResult): Promise<void>;
  /** Finishes the output (closes a JSON array). */
  finish(): Promise<void>;
}

/**
 * Writes `<out>/<id>.txt` (the clean text) and `<out>/<id>.json` (the document without `source`, plus
 * `id`) for each document, each atomically, creating subdirectories as needed. The `.json` is
 * renamed into place first, so a `.txt` means the document is complete (`--resume` checks both).
 *
 * @param out - The output directory.
 * @returns The sink.
 *
 * @example
 * ```ts
 * await outDirSink('out').write('world/a', result); // out/world/a.json, out/world/a.txt
 * ```
 */
export function outDirSink(out: string): DocumentSink {
  const made = new Set<string>();
  return {
    want: ['txt', 'json'],
    async write(id, result) {
      const base = join(out, id);
      const dir = dirname(base);
      if (!made.has(dir)) {
        await mkdir(dir, { recursive: true });
        made.add(dir);
      }
      await writeAtomic(`${base}.json`, `${result.json}\n`);
      await writeAtomic(`${base}.txt`, `${result.txt}\n`);
    },
    async finish() {},
  };
}

/**
 * Writes documents to a stream in a format: `jsonl` (one record per line, as for stdin input),
 * `json` (the document as in `<id>.json`; one object when `single`, else an array), or `text` (the
 * clean text; unless `single`, each document is headed by a line `==> id <==`).
 *
 * @param stream - Normally stdout.
 * @param format - The `--format`.
 * @param single - True when the input is one file argument.
 * @returns The sink.
 *
 * @example
 * ```ts
 * const sink = streamSink(process.stdout, 'json', false);
 * await sink.write('a', result);
 * await sink.finish(); // closes the array
 * ```
 */
export function streamSink(stream: Writable, format: 'text' | 'json' | 'jsonl', single: boolean): DocumentSink {
  let count = 0;
  const out = new BatchWriter(stream);
  if (format === 'jsonl') {
    return { want: ['jsonl'], write: (_id, r) => out.write(`${r.jsonl}\n`), finish: () => out.close() };
  }
  if (format === 'json') {
    return {
      want: ['json'],
      async write(_id, r) {
        if (single) return out.write(`${r.json}\n`);
        await out.write(`${count++ === 0 ? '[\n' : ',\n'}${r.json}`);
      },
      async finish() {
        if (!single) await out.write(count === 0 ? '[]\n' : '\n]\n');
        await out.close();
      },
    };
  }
  return {
    want: ['txt'],
    async write(id, r) {
      await out.write(single ? `${r.txt}\n` : `${count++ === 0 ? '' : '\n'}==> ${id} <==\n${r.txt}\n`);
    },
    finish: () => out.close(),
  };
}
