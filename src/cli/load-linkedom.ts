// The CLI build's stand-in for the `linkedom` package (tsup.config.ts aliases `linkedom` to this file
// in the CLI bundle only; the library builds and the tests import linkedom itself).
import { createRequire } from 'node:module';
import type { parseHTML as ParseHtml } from 'linkedom';

type Linkedom = { readonly parseHTML: typeof ParseHtml };

let linkedom: Linkedom | undefined;

/**
 * linkedom's `parseHTML`, loaded on the first call. Loading linkedom (and htmlparser2 and its other
 * dependencies) costs about 0.16 CPU-seconds and a few MB per thread; the CLI's main thread never parses
 * HTML in JSONL mode, and a worker of a plain-text corpus never does, so each thread pays it only when
 * it meets its first page. The package's CommonJS build is loaded (synchronously, with `require`):
 * the same code as its ES module build, from which it is generated.
 *
 * @param markup - The page's markup.
 * @returns linkedom's window-like object (`document` and the DOM classes).
 *
 * @example
 * ```ts
 * const { document } = parseHTML('<p>Hi</p>');
 * ```
 */
export function parseHTML(markup: string): ReturnType<typeof ParseHtml> {
  linkedom ??= createRequire(import.meta.url)('linkedom') as Linkedom;
  return linkedom.parseHTML(markup);
}
