import { parseHTML } from 'linkedom';
import { segmentBlocks } from './segment-blocks.js';
import type { Segmentation } from './segmentation.js';
import { pruneMarkup } from './prune-markup.js';

/**
 * Parses an HTML page with linkedom (no scripts run, nothing fetched: linkedom builds a DOM and nothing
 * else), after taking out what segmentation never reads (`pruneMarkup` in `src/html/prune-markup.ts`),
 * and segments it into text blocks ({@link segmentBlocks}). Never throws on content: if the parser fails,
 * the page is read as having no blocks.
 *
 * @param html - The page's markup, as fetched.
 * @returns The segmentation: blocks, elements, metadata elements and the rendered source.
 * @example
 * ```ts
 * parsePage('<h1>Title</h1><p>Body.</p>').source; // 'Title\n\nBody.'
 * ```
 */
export function parsePage(html: string): Segmentation {
  try {
    const { document } = parseHTML(pruneMarkup(html));
    return segmentBlocks(document as unknown as Parameters<typeof segmentBlocks>[0]);
  } catch {
    return segmentBlocks(null);
  }
}
