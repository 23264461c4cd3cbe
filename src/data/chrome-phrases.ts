/**
 * Page-chrome vocabulary: the words that menus, share bars, subscription boxes, footers and comment
 * forms are made of. Compiled for unscrape by reading the chrome of many news pages (and the noise kinds
 * of the project's seeds); the idea of keyword cues for boilerplate is as old as boilerplate removal
 * (e.g. the CleanEval shared task, 2007). English first, with cheap equivalents in pt, es, de, fr, ru, id,
 * ja, ko. Every source is a regex source string, compiled once where it is used, linear-time (plain
 * alternations, no nested quantifiers).
 */

/**
 * A short line that is only one of these (after trimming punctuation) is chrome wherever it stands:
 * menu items, buttons and labels.
 */
export const CHROME_LINE_SOURCE =
  'advertisement|advertise(?: with us| here)?|advertising|sponsored(?: content| advert)?|ad choices|ads?|' +
  'subscribe(?: now| today| for free)?|subscriptions?|sign (?:in|up|out)|log ?(?:in|out)|register(?: for free)?|' +
  'my account|account|newsletters?|menu|search|home(?: ?page)?|close|back to top|return to top|' +
  'skip to (?:main )?content|skip to site index|print(?: this article)?|e-?mail|share(?: this(?: article| story| post)?)?|' +
  'tweet|facebook|twitter|instagram|youtube|linkedin|pinterest|whatsapp|reddit|telegram|rss(?: feeds?)?|' +
  'contact(?: us)?|about(?: us)?|privacy(?: policy| notice)?|cookie policy|terms(?: of (?:use|service|sale))?|' +
  'terms and conditions|site ?map|faq|help|careers|jobs|archives?|feedback|more|loading\\.*|' +
  'read more|continue reading(?: the main story)?|see all|view all|show more|load more|next|previous|' +
  'watch live|video|videos|podcasts?|merchandise(?: \\([^)]{0,40}\\))?|shop|donate|contribute|' +
  'follow us|connect(?: with us)?|comments?|reply|permalink|top stories|latest news|breaking news|' +
  // pt / es
  'assine(?: já)?|entrar|compartilhe|compartilhar|publicidade|leia (?:mais|também)|voltar|contato|' +
  'suscríbete|compartir|publicidad|iniciar sesión|' +
  // de / fr
  'anzeige|werbung|teilen|abonnieren|impressum|datenschutz|kontakt|weiterlesen|anmelden|' +
  'publicité|s\'abonner|partager|connexion|' +
  // ru / id
  'реклама|подписаться|поделиться|войти|поиск|меню|читать далее|iklan|bagikan|berlangganan|cari|masuk|' +
  // ja / ko
  '広告|シェア|ツイート|メニュー|検索|ログイン|광고|공유|검색|로그인|메뉴';

/**
 * Phrases that mark a line as chrome when the line is short (a call to act, a box heading), even with
 * other words around them: "Follow The Times on Facebook", "Sign up for our newsletter".
 */
export const CHROME_PHRASE_SOURCE =
  'follow (?:us|\\w+(?: \\w+){0,6} on (?:facebook|twitter|instagram|linkedin|youtube|x))|like us on facebook|' +
  'sign up (?:for|to) (?:our|the|free)|subscribe (?:to|for) our|subscribe to [^.!?]{0,40}newsletters?|our newsletter|newsletter sign-?up|' +
  'get (?:our|the) (?:latest|best|top)|download (?:our|the) app|support (?:our|independent|local) journalism|' +
  'all rights reserved|copyright ?©|©|terms of (?:use|service)|privacy policy|cookie (?:policy|preferences|settings)|' +
  'we use cookies|uses cookies|accept (?:all )?cookies|share (?:this|on|to|via|with|your) |share it with|print this|' +
  'sharing options|sharing is caring|affiliate (?:links?|commission|partnerships?)|may earn (?:a )?commission|stay (?:up to date|connected|informed)|' +
  'email newsletters?|sign up:|' +
  'click here to|related (?:articles?|posts?|stories|news|content|topics)|more (?:stories|news|articles) (?:from|like)|' +
  'recommended (?:for you|stories|articles)|you (?:may|might) also like|most (?:read|popular|viewed|shared|discussed|emailed)|' +
  'trending (?:now|news|stories)|unlimited (?:digital |portal )?access|monthly magazine|it\'s voluntary|' +
  'filed under:|tags?:|topics?:|categor(?:y|ies):|' +
  'todos os direitos reservados|siga-nos|alle rechte vorbehalten|все права защищены|читайте также|' +
  'hak cipta|baca juga|berita terkait|無断転載|関連記事|무단전재|무단 전재|관련기사';

/**
 * Literal pieces of {@link CHROME_PHRASE_SOURCE}, lower-case ASCII: every phrase written in ASCII holds one of
 * them in every match (the others hold a non-ASCII character). A line in ASCII that holds none cannot match,
 * so the phrase regex is spared (see `createClueTest`); a test checks every phrase of the source against
 * this list, so a phrase added without its clue fails it.
 */
export const CHROME_PHRASE_CLUES: readonly string[] = [
  'follow ', 'like us', 'sign up', 'subscribe', 'newsletter', 'get ', 'download', 'journalism', 'rights', 'terms of',
  'privacy', 'cookie', 'share', 'print this', 'sharing', 'affiliate', 'commission', 'stay ', 'click here', 'related',
  'more ', 'recommended', 'also like', 'most ', 'trending', 'unlimited', 'magazine', 'voluntary', 'filed under', 'tag',
  'topic', 'categor', 'direitos', 'siga-nos', 'rechte', 'hak cipta', 'baca juga', 'terkait',
];

/** A legal line's marks: a copyright sign, "All rights reserved", "registered trademark(s)", "copyright" (case-insensitive, `/i`). */
export const LEGAL_SOURCE = '©|\\ball rights reserved\\b|\\bregistered trademarks?\\b|\\bcopyright\\b';

/**
 * What every match of {@link LEGAL_SOURCE} holds: `right`, `trademark` or `©`. Both are compiled with `/i` alone,
 * under which no character beyond ASCII matches an ASCII letter (only `/iu` folds `ſ` to `s`, the Kelvin sign to
 * `k`), so this clue is exact for any line, accented or not: a line without it is spared the search.
 */
export const LEGAL_CLUE_SOURCE = 'right|trademark|©';

/** Words of comment-section headers and forms ("Post a Comment", "Leave a Reply", "12 Comments"). */
export const COMMENT_HEADER_SOURCE =
  '(?:post|add|leave|write|submit|enter) (?:a |your |new )?(?:comments?|reply|response)(?: here)?|' +
  '(?:\\d+ |no )?(?:comments?|responses?|replies)(?: \\(\\d+\\))?|comments? (?:are|is) closed|join the (?:conversation|discussion)|' +
  'view comments|show comments|reader comments|discussion|leave a reply|cancel reply|' +
  'you must (?:be )?log(?:ged)? ?in to post a comment|what do you think\\?|' +
  'comentários?|deixe (?:um|seu) comentário|comentarios|deja un comentario|kommentare?|kommentar schreiben|' +
  'commentaires?|laisser un commentaire|комментарии|оставить комментарий|komentar|tinggalkan (?:balasan|komentar)|' +
  'コメント|コメントを書く|댓글|댓글쓰기';

/** Headers of related-link and headline lists ("Related posts", "More stories", "Most Read"). */
export const LIST_HEADER_SOURCE =
  'related(?: posts?| articles?| stories| news| content| coverage| links| videos?| reading)?|more (?:stories|news|articles|headlines|videos)|' +
  'more (?:from|in|on) [^.!?]{1,40}|more like this|most (?:read|popular|viewed|shared|discussed|emailed|recent)(?: \\w+){0,2}|' +
  '(?:latest|top|recent|popular|featured|trending|recommended|editor\'?s\'? picks?|other) (?:[\\w ]{0,30} )?(?:news|stories|headlines|articles|posts|videos|reads?)|' +
  'trending(?: now)?|recommended(?: for you)?|you (?:may|might) (?:also )?(?:like|be interested in|have missed)|read (?:more|next|also)|see also|' +
  'what to read next|don\'t miss|next up(?: in [^.!?]{1,30})?|popular on [^.!?]{1,30}|also on [^.!?]{1,30}|up next|good deals|popular(?: posts)?|in other news|elsewhere on [^.!?]{1,30}|from (?:around )?the web|' +
  'notícias relacionadas|leia também|veja também|mais lidas|artículos relacionados|lo más leído|mehr zum thema|' +
  'das könnte sie auch interessieren|meistgelesen|à lire aussi|sur le même sujet|читайте также|похожие статьи|' +
  'по теме|berita terkait|baca juga|terpopuler|関連記事|こちらの記事も合わせてどうぞ|人気記事|관련기사|많이 본 뉴스|인기기사';

/** Image-credit openers: "Photo Credit:", "PHOTOS BY", "Image: ", "Screenshot /", "(Photo: ...)". */
export const CREDIT_SOURCE =
  '(?:photo|image|picture|video|graphic|illustration|screenshot|foto|bild|фото)s?(?: credit)?(?: ?:| by | ?/ ?| ?\\|)|(?:credit|source|courtesy)(?: of)? ?:|photographs? by|photo illustration';

/**
 * End-of-article credits of the reporting: "(Reporting by ...; Editing by ...)", "X contributed reporting."
 * The site-chrome rule searches only lines that hold a clue of it (`REPORTING_CLUE` there): keep the two in step.
 */
export const REPORTING_CREDIT_SOURCE =
  '^\\(?(?:additional )?(?:reporting|writing|editing|compiled) by\\b|\\bcontributed (?:reporting|to this (?:report|story|article))\\b|^(?:additional reporting|editing):';

/** Agencies and picture desks that follow a slash in a credit ("SPENCER PLATT/GETTY IMAGES"). */
export const PICTURE_AGENCY_SOURCE =
  'getty images|afp|ap photo|ap|reuters|epa|shutterstock|istock(?:photo)?|alamy|anadolu|sipa|bloomberg|xinhua|tass|ria novosti|efe|dpa|pa images|pa wire|wikimedia commons|flickr|unsplash|handout|file photo|courtesy';

/** List-item metadata lines: "13 hours ago", "32M ago", "5:50 PM", "604 COMMENTS", "2 min read". */
export const ITEM_META_SOURCE =
  '^(?:updated )?(?:\\d+\\s*(?:s|sec|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|months?|years?)\\s+ago|\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?: [A-Z]{2,4})?|\\d+\\s+(?:comments?|shares?|views?)|\\d+\\s*min(?:ute)?s?\\s+read)$';
