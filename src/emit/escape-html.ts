/**
 * Escapes text for HTML element content and quoted attribute values.
 *
 * @param text - Any text.
 * @returns The text with `& < > " '` as character references.
 * @example
 * ```ts
 * escapeHtml('<script>'); // '&lt;script&gt;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
