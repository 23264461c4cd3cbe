import { ISO639_1_TO_3 } from '../data/iso639.js';
import type { PageHead } from './collect-head.js';

/** Document fields a page's markup states outright. */
export interface PageMetadata {
  /** `og:title`, `twitter:title`, JSON-LD `headline`, else `<title>` without a trailing " | Site" part. */
  readonly title: string | null;
  /** `<meta name=author>`, `article:author` (unless a URL), JSON-LD `author.name`. */
  readonly byline: string | null;
  /** `article:published_time` and kin, JSON-LD `datePublished`. */
  readonly date: string | null;
  /** ISO 639-3 code from `<html lang>` (`en-GB` -> `eng`), or `null`. */
  readonly lang: string | null;
  /** `<link rel=canonical>`, else `og:url`. */
  readonly url: string | null;
}

const DATE_KEYS = (
  'article:published_time og:published_time datepublished publishdate pubdate date dc.date ' +
  'dc.date.issued dcterms.created sailthru.date parsely-pub-date article.published publish-date'
).split(' ');
const AUTHOR_KEYS = 'author article:author sailthru.author parsely-author dc.creator byl twitter:creator'.split(' ');
const TITLE_KEYS = 'og:title twitter:title headline sailthru.title parsely-title'.split(' ');
const URL_LIKE = /^(?:https?:)?\/\//i;
const SITE_SUFFIX = /\s+[|\u2013\u2014:·•-]\s+[^|\u2013\u2014:·•-]{2,60}$/;

/**
 * Reads title, author, publication date, language and canonical URL from the page's `<meta>`, `<link>`,
 * `<title>`, `<html lang>` and JSON-LD (`NewsArticle`, `Article`, `@graph`), in the order publishers fill
 * them most reliably (Open Graph and JSON-LD first, as trafilatura's and Readability's metadata readers do).
 * Never throws: a broken JSON-LD block is passed over.
 *
 * @param head - What segmentation collected from the metadata elements.
 * @returns The fields found; `null` where the markup says nothing.
 * @example
 * ```ts
 * extractMetadata(segmentBlocks(document).head).url; // 'https://example.com/a'
 * ```
 */
export function extractMetadata(head: PageHead): PageMetadata {
  const ld = readJsonLd(head.jsonLd);
  const meta = (keys: readonly string[], ok: (v: string) => boolean = () => true): string | null => {
    for (const k of keys) {
      const v = head.meta.get(k)?.trim();
      if (v && ok(v)) return v;
    }
    return null;
  };
  const pageTitle = head.title.replace(/\s+/g, ' ').trim();
  const title = meta(TITLE_KEYS) ?? ld.headline ?? (pageTitle ? pageTitle.replace(SITE_SUFFIX, '') : null);
  const byline = meta(AUTHOR_KEYS, (v) => !URL_LIKE.test(v) && !v.startsWith('@')) ?? ld.author;
  const date = meta(DATE_KEYS) ?? ld.datePublished;
  const url = head.links.get('canonical')?.trim() || meta(['og:url']) || null;
  return { title: clean(title), byline: clean(byline), date: clean(date), lang: toIso639_3(head.lang), url };
}

function clean(s: string | null): string | null {
  if (s === null) return null;
  const t = s.replace(/\s+/g, ' ').trim();
  return t || null;
}

/**
 * Maps a BCP 47 tag (`en`, `pt-BR`, `zh_Hant`) to an ISO 639-3 code as franc gives them.
 *
 * @param tag - The `lang` attribute value.
 * @returns The ISO 639-3 code, or `null` for an empty or unknown tag.
 * @example
 * ```ts
 * toIso639_3('en-US'); // 'eng'
 * ```
 */
export function toIso639_3(tag: string): string | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/, 1)[0] ?? '';
  if (primary.length === 3 && /^[a-z]{3}$/.test(primary)) return primary;
  return ISO639_1_TO_3[primary] ?? null;
}

interface LdFields {
  headline: string | null;
  author: string | null;
  datePublished: string | null;
}

/** The first headline, author and datePublished in the JSON-LD blocks, searched breadth-first without recursion. */
function readJsonLd(texts: readonly string[]): LdFields {
  const out: LdFields = { headline: null, author: null, datePublished: null };
  for (const text of texts) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    for (let i = 0; i < queue.length && i < 500; i++) {
      const v = queue[i];
      if (Array.isArray(v)) { queue.push(...v.slice(0, 50)); continue; }
      if (!v || typeof v !== 'object') continue;
      const o = v as Record<string, unknown>;
      if (out.headline === null && typeof o.headline === 'string') out.headline = o.headline;
      if (out.datePublished === null && typeof o.datePublished === 'string') out.datePublished = o.datePublished;
      if (out.author === null && o.author !== undefined) out.author = authorName(o.author);
      if (o['@graph'] !== undefined) queue.push(o['@graph']);
    }
    if (out.headline && out.author && out.datePublished) break;
  }
  return out;
}

function authorName(a: unknown): string | null {
  const list = Array.isArray(a) ? a : [a];
  const names: string[] = [];
  for (const x of list.slice(0, 10)) {
    if (typeof x === 'string' && !URL_LIKE.test(x)) names.push(x);
    else if (x && typeof x === 'object' && typeof (x as Record<string, unknown>).name === 'string') names.push((x as { name: string }).name);
  }
  return names.length ? names.join(', ') : null;
}
