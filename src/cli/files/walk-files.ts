import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { InputRoot } from './plan-inputs.js';

/** One input document file. */
export interface InputFile {
  /** The path to read. */
  readonly path: string;
  /** Its id: the path under its root without extension, `/`-separated (`world/a` for `world/a.txt`). */
  readonly id: string;
  /** Set when an earlier file in the same directory has the same id (`a.txt` and `a.html`): its path. */
  readonly duplicateOf?: string;
}

/**
 * Lists the input files lazily, in a stable order (arguments in order, each directory's entries
 * sorted by name, depth first), so only one directory listing per level is held at a time. Two files
 * of one directory with the same id (`a.txt`, `a.html`) would write the same outputs: the later one
 * carries `duplicateOf` and is rejected by the caller, never silently overwritten.
 * Directories are walked for files with one of `extensions`; a file given by name is taken
 * whatever its extension. Symbolic links inside directories are not followed.
 *
 * @param roots - From `planInputs`.
 * @param extensions - File extensions to take in directories, with the dot. Default: `['.txt']`.
 * @returns The files.
 *
 * @example
 * ```ts
 * for await (const f of walkFiles(await planInputs(['seeds']))) console.log(f.id, f.path);
 * ```
 */
export async function* walkFiles(roots: readonly InputRoot[], extensions: readonly string[] = ['.txt']): AsyncGenerator<InputFile> {
  for (const root of roots) {
    if (root.kind === 'file') yield { path: root.path, id: root.prefix };
    else yield* walkDir(root.path, root.prefix, extensions);
  }
}

async function* walkDir(dir: string, prefix: string, extensions: readonly string[]): AsyncGenerator<InputFile> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const seen = new Map<string, string>();
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const id = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) yield* walkDir(path, id, extensions);
    else if (entry.isFile()) {
      const ext = extname(entry.name);
      if (!extensions.includes(ext)) continue;
      const fileId = id.slice(0, id.length - ext.length);
      const first = seen.get(fileId);
      if (first === undefined) seen.set(fileId, path);
      yield { path, id: fileId, ...(first !== undefined ? { duplicateOf: first } : {}) };
    }
  }
}

/**
 * The number and total size of the files {@link walkFiles} would list (for the progress bar's ETA).
 *
 * @param roots - From `planInputs`.
 * @param extensions - As for {@link walkFiles}.
 * @returns Count and bytes.
 *
 * @example
 * ```ts
 * const { files, bytes } = await measureFiles(roots);
 * ```
 */
export async function measureFiles(roots: readonly InputRoot[], extensions?: readonly string[]): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for await (const f of walkFiles(roots, extensions)) {
    files++;
    bytes += (await stat(f.path)).size;
  }
  return { files, bytes };
}
