import type { DomNode } from './dom-node.js';

/** What the walk saw in the page's metadata elements (`<head>` and JSON-LD scripts anywhere). */
export interface PageHead {
  /** `<html lang>`, or `''`. */
  lang: string;
  /** Text of the first `<title>`, or `''`. */
  title: string;
  /** `<meta>` contents keyed by lower-case `name`, `property` or `itemprop` (the first of each). */
  readonly meta: Map<string, string>;
  /** `<link href>` keyed by lower-case `rel` (the first of each). */
  readonly links: Map<string, string>;
  /** Texts of `<script type="application/ld+json">`. */
  readonly jsonLd: string[];
}

/** Tags whose content the walk reads as metadata instead of text. */
export const HEAD_TAGS: ReadonlySet<string> = new Set(['meta', 'link', 'title', 'script']);

/**
 * An attribute's raw value (`getAttributeNode` skips linkedom's per-call escaping and class-list join).
 *
 * @param node - The element.
 * @param name - The attribute name.
 * @returns Its value, or `''`.
 * @example
 * ```ts
 * readAttr(el, 'class'); // 'story main'
 * ```
 */
export function readAttr(node: DomNode, name: string): string {
  if (node.getAttributeNode) return node.getAttributeNode(name)?.value ?? '';
  return node.getAttribute ? node.getAttribute(name) ?? '' : '';
}

/**
 * Reads one metadata element into the page head: `<meta>` by name/property/itemprop, `<link>` by rel,
 * the first `<title>`, and the text of JSON-LD scripts (other scripts are passed over).
 *
 * @param node - The element.
 * @param tag - Its lower-case tag name (one of {@link HEAD_TAGS}).
 * @param head - The head being filled.
 * @example
 * ```ts
 * collectHead(metaNode, 'meta', head); // head.meta.get('og:title')
 * ```
 */
export function collectHead(node: DomNode, tag: string, head: PageHead): void {
  const attr = (name: string): string => readAttr(node, name);
  if (tag === 'meta') {
    const key = (attr('property') || attr('name') || attr('itemprop')).toLowerCase();
    const content = attr('content');
    if (key && content && !head.meta.has(key)) head.meta.set(key, content);
  } else if (tag === 'link') {
    const rel = attr('rel').toLowerCase();
    const href = attr('href');
    if (rel && href && !head.links.has(rel)) head.links.set(rel, href);
  } else if (tag === 'title') {
    if (!head.title) head.title = childText(node);
  } else if (attr('type').toLowerCase().includes('ld+json')) {
    head.jsonLd.push(childText(node));
  }
}

function childText(node: DomNode): string {
  let out = '';
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) out += c.data ?? '';
  return out;
}
