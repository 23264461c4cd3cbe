import { readFile } from 'node:fs/promises';
import type { InputFile } from './walk-files.js';

/** What {@link readInputFile} found: the file's text, or why the file is rejected. */
export type InputFileContent =
  | { readonly kind: 'text'; readonly text: string; readonly bytes: number }
  | { readonly kind: 'reject'; readonly reason: string; readonly bytes: number };

/** Decodes strictly: a byte sequence that is not UTF-8 rejects the file rather than becoming U+FFFD. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads one input file of directory mode, or says why it is rejected: a second file with the id of an
 * earlier one (`a.txt` beside `a.html`: both would be one document), a file that cannot be read, or bytes
 * that are not UTF-8 (never decoded with replacement characters). The one reading of an input file,
 * shared by `unscrape clean`/`repair` (which reject by path into the rejects file) and `unscrape vocabulary`.
 *
 * @param file - From `walkFiles`.
 * @returns The text and its size in bytes, or the reason and the bytes read (0 when none were).
 * @example
 * ```ts
 * const got = await readInputFile({ path: 'seeds/a.txt', id: 'a' });
 * if (got.kind === 'reject') console.error(`seeds/a.txt: ${got.reason}`);
 * ```
 */
export async function readInputFile(file: InputFile): Promise<InputFileContent> {
  if (file.duplicateOf !== undefined) return { kind: 'reject', reason: `same id "${file.id}" as ${file.duplicateOf}: rename one of them`, bytes: 0 };
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file.path);
  } catch (e) {
    return { kind: 'reject', reason: `cannot read: ${(e as Error).message}`, bytes: 0 };
  }
  try {
    return { kind: 'text', text: UTF8.decode(bytes), bytes: bytes.length };
  } catch {
    return { kind: 'reject', reason: 'invalid UTF-8', bytes: bytes.length };
  }
}
