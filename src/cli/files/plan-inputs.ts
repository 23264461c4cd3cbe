import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../cli-io.js';

/** One path argument, resolved. */
export interface InputRoot {
  /** The path as given. */
  readonly path: string;
  /** Its real absolute path. */
  readonly real: string;
  readonly kind: 'file' | 'dir';
  /**
   * Where its documents go under `--out` and how their ids start: `''` for a lone directory (its tree
   * is mirrored as is), else the directory's name; for a file, its name without extension is the id.
   */
  readonly prefix: string;
}

/**
 * Resolves the path arguments of directory mode and checks them before any work: every path exists;
 * no two arguments map to the same outputs; `--out` does not overlap an input (neither equal to, inside
 * nor containing one), so inputs are never overwritten and a rerun never reads its own outputs.
 *
 * @param paths - The FILE|DIR arguments.
 * @param out - The `--out` directory, when given.
 * @returns The resolved roots, in argument order.
 * @throws UsageError naming the problem.
 *
 * @example
 * ```ts
 * const roots = await planInputs(['seeds'], 'out'); // [{ path: 'seeds', kind: 'dir', prefix: '', ... }]
 * ```
 */
export async function planInputs(paths: readonly string[], out?: string): Promise<InputRoot[]> {
  const roots: InputRoot[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new UsageError(`no such file or directory: ${path}`);
    if (!info.isFile() && !info.isDirectory()) throw new UsageError(`not a file or directory: ${path}`);
    const kind = info.isDirectory() ? 'dir' : 'file';
    const real = await realpath(path);
    const prefix = kind === 'file' ? basename(path, extname(path)) : paths.length === 1 ? '' : basename(real);
    roots.push({ path, real, kind, prefix });
  }
  const seen = new Map<string, string>();
  for (const root of roots) {
    const other = seen.get(root.prefix);
    if (other !== undefined) throw new UsageError(`${other} and ${root.path} would write to the same outputs (${root.prefix || '.'}); give them separately`);
    seen.set(root.prefix, root.path);
  }
  if (out !== undefined) {
    const outReal = await realPath(out);
    for (const root of roots) {
      if (inside(outReal, root.real) || inside(root.real, outReal)) {
        throw new UsageError(`--out ${out} overlaps the input ${root.path}; choose an output directory outside the inputs`);
      }
    }
  }
  return roots;
}

/**
 * Checks that every path is a readable regular file (the JSONL file arguments), before any work.
 *
 * @param paths - The paths.
 * @throws UsageError naming the first that is missing or not a file.
 *
 * @example
 * ```ts
 * await assertFiles(['part-1.jsonl', 'part-2.jsonl']);
 * ```
 */
export async function assertFiles(paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new UsageError(`no such file: ${path}`);
    if (!info.isFile()) throw new UsageError(`not a file: ${path}`);
  }
}

/** True when `child` is `parent` or below it. */
function inside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`));
}

/**
 * Checks that a file the command writes (`--rejects`, `--report`) is not one of the inputs and not
 * inside an input directory, where it would be overwritten or read as input by the next run. Links
 * are followed, also for a file that does not exist yet (its nearest existing ancestor is resolved).
 *
 * @param flag - The flag, for the message (`--rejects`).
 * @param file - The file it names.
 * @param paths - The input files and directories.
 * @throws UsageError naming the flag, the file and the input.
 *
 * @example
 * ```ts
 * await assertNotInput('--rejects', 'in/r.jsonl', ['in']); // throws: --rejects in/r.jsonl is inside the input in
 * ```
 */
export async function assertNotInput(flag: string, file: string, paths: readonly string[]): Promise<void> {
  const target = await realPath(file);
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) continue;
    const real = await realpath(path);
    if (target === real) throw new UsageError(`${flag} ${file} is the input ${path}: it would be overwritten; write it elsewhere`);
    if (info.isDirectory() && inside(target, real)) {
      throw new UsageError(`${flag} ${file} is inside the input ${path} (a later run would read it as input); write it elsewhere`);
    }
  }
}

/** The real path of `path`, which need not exist: its nearest existing ancestor is resolved (links followed). */
async function realPath(path: string): Promise<string> {
  const absolute = resolve(path);
  const real = await realpath(absolute).catch(() => undefined);
  if (real !== undefined) return real;
  const parent = dirname(absolute);
  return parent === absolute ? absolute : join(await realPath(parent), basename(absolute));
}
