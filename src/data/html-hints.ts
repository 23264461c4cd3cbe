/**
 * Heuristics of HTML main-content extraction, as data.
 *
 * Provenance: the class/id patterns follow the ideas of Mozilla Readability's `unlikelyCandidates` /
 * `positive` / `negative` regexes and of trafilatura's boilerplate XPath expressions (class or id containing
 * "comment", "related", "share", "newsletter", ...); the tag sets follow the HTML standard's sectioning and
 * flow content. Written for unscrape, not copied. Every regex is a flat alternation (linear time).
 */

/** Elements whose content is never visible text: dropped with their whole subtree before segmentation. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set(
  (
    'script style noscript template iframe svg math canvas object embed video ' +
    'audio picture source track map base select option ' +
    'datalist textarea input button img frame frameset applet dialog param'
  ).split(' '),
);

/** Elements that start a new text block (everything else is inline and joins the current block). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set(
  (
    'address article aside blockquote body caption center dd details div dl dt ' +
    'fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup ' +
    'hr html legend li main menu nav ol p pre section summary table tbody ' +
    'td tfoot th thead tr ul'
  ).split(' '),
);

/** Hint bits a block inherits from its ancestors' tags and class/id attributes. */
export const Hint = {
  /** Comments, replies, discussion. */
  comment: 1,
  /** Related / recommended / more stories, read next. */
  related: 2,
  /** Share and social buttons. */
  share: 4,
  /** Photo captions and credits. */
  caption: 8,
  /** Author line. */
  byline: 16,
  /** Navigation, menus, breadcrumbs, pagination. */
  nav: 32,
  /** Page footer. */
  footer: 64,
  /** Promotions, sponsored content, ads. */
  promo: 128,
  /** Sidebars, rails, widgets. */
  sidebar: 256,
  /** Newsletter and subscription boxes. */
  newsletter: 512,
  /** Tags, topics, categories lists. */
  tags: 1024,
  /** Forms (search, login, comment forms). */
  form: 2048,
  /** Page header / masthead (not an article's own header). */
  header: 4096,
  /** Date of publication. */
  date: 8192,
  /** Hidden by attribute or inline style. */
  hidden: 16384,
  /** An author's biography box (after the article). */
  bio: 32768,
  /** The standfirst / subtitle under the headline (news benchmarks leave it out of the body). */
  standfirst: 65536,
} as const;

/** The bits that mark a subtree as boilerplate (everything but byline, date and caption, which become fields or are dropped on their own). */
export const BOILERPLATE_HINTS =
  Hint.comment | Hint.related | Hint.share | Hint.nav | Hint.footer | Hint.promo | Hint.sidebar | Hint.newsletter | Hint.tags | Hint.form
  | Hint.hidden | Hint.bio | Hint.standfirst;

/** Class/id patterns for each hint, tried on the lower-cased `class` + `id` attribute values. */
export const CLASS_HINTS: ReadonlyArray<readonly [number, RegExp]> = [
  [Hint.comment, /comment|disqus|replies|discussion|respond|talkback/],
  [Hint.related, /related|recommend|more-stories|more_stories|morestories|read-?next|readmore|read-more|also-read|outbrain|taboola|trending|popular|most-read|mostread|most-viewed|teaser|recirc|you-may|further-reading|up-next|story-list|more-from|more-on/],
  [Hint.share, /share|sharing|social|sociable|facebook|twitter|whatsapp|linkedin|pinterest|addthis|print-?button/],
  [Hint.caption, /caption|credit|figcaption|photo-?info|image-?info|img-?desc|media-?desc|wp-caption-text|copyright|gallery|slideshow|carousel|slider/],
  [Hint.bio, /(?:^|[\s_-])bio(?:$|[\s_-])|about-?the-?author|author-?(?:bio|box|profile|excerpt|desc|description|about)|bio-?box|authorbio/],
  [Hint.standfirst, /standfirst|subtitle|(?:^|[\s_-])dek(?:$|[\s_-])|(?:^|[\s_-])deck(?:$|[\s_-])/],
  [Hint.byline, /byline|author|writer|contributor|by-?line|reporter/],
  [Hint.nav, /(?:^|[\s_-])nav|menu|breadcrumb|pagination|pager|skip-?link|toc(?:$|[\s_-])|masthead|jump-?link/],
  [Hint.footer, /footer|colophon|site-?info|copyright-?notice|legal/],
  [Hint.promo, /promo|sponsor|advert|(?:^|[\s_-])ads?(?:$|[\s_-])|ad-?(?:slot|unit|container|wrapper|box|banner)|dfp|gpt-|banner|paywall|affiliate|commercial|partner|marketing|donate|cookie|gdpr|consent|modal|popup|overlay/],
  [Hint.sidebar, /sidebar|side-?bar|(?:^|[\s_-])rail|widget|aside|complementary|skyscraper|sticky/],
  [Hint.newsletter, /newsletter|subscribe|subscription|signup|sign-up|mailing|opt-?in|follow-?us|membership/],
  [Hint.tags, /(?:^|[\s_-])tags?(?:$|[\s_-])|tag-?list|topics|keywords|categories|post-?meta|entry-?meta|article-?meta|meta-?tags|labels?(?:$|[\s_-])/],
  [Hint.hidden, /print-?(?:header|footer|only|logo|url)|visible-print|show-for-print|screen-?reader|sr-only|visually-?hidden|offscreen/],
  [Hint.date, /(?:^|[\s_-])date|time-?stamp|timestamp|published|dateline|posted-?on|pubdate/],
];

/**
 * Class/id words that mark a container as the article itself; a container matching one of these is not
 * treated as boilerplate by {@link CLASS_HINTS} (as Readability's `maybeCandidate` exception does).
 */
export const POSITIVE_CLASS = /article|body|column|content|main|shadow/;

/**
 * Hints strong enough to mark a container as boilerplate even when its name also matches
 * {@link POSITIVE_CLASS} (`article-comments`, `related-content`, `content-share`).
 */
export const STRONG_HINTS = 1 | 2 | 4 | 512 | 32768; // comment | related | share | newsletter | bio

/** Class/id words of containers that hold the article (Readability's `positive` idea): a bonus when scoring candidates. */
export const CANDIDATE_POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose/;

/** Class/id words of containers that do not (Readability's `negative` idea): a malus when scoring candidates. */
export const CANDIDATE_NEGATIVE = /hidden|banner|combx|comment|com-|contact|foot|footer|footnote|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|nav|menu|social|newsletter|subscribe/;

/** ARIA roles and their hints. */
export const ROLE_HINTS: Readonly<Record<string, number>> = {
  navigation: Hint.nav,
  menu: Hint.nav,
  menubar: Hint.nav,
  contentinfo: Hint.footer,
  complementary: Hint.sidebar,
  banner: Hint.header,
  search: Hint.form,
  dialog: Hint.promo,
  alertdialog: Hint.promo,
};

/** Tags and their hints. */
export const TAG_HINTS: Readonly<Record<string, number>> = {
  nav: Hint.nav,
  footer: Hint.footer,
  aside: Hint.sidebar,
  form: Hint.form,
  figcaption: Hint.caption,
  caption: Hint.caption,
  menu: Hint.nav,
  address: Hint.byline,
  time: Hint.date,
};

/** Inline style that hides an element. */
export const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/;

/** Characters counted as commas when scoring a paragraph (Latin, CJK, Arabic). */
export const COMMAS = /[,\u060c\u3001\uff0c\ufe50\ufe51]/g;

/** Sentence-final punctuation (Latin, CJK, Devanagari, Arabic) at the end of a block, quotes allowed after it. */
export const SENTENCE_END = /[.!?\u3002\uff01\uff1f\u0964\u061f…]['"\u201d\u2019»)]*$/;

/** Names of the hints, for reasons in the ledger ("in aside.related"). */
export const HINT_NAMES: ReadonlyArray<readonly [number, string]> = Object.entries(Hint).map(([k, v]) => [v, k] as const);
