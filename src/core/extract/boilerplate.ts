/**
 * Vocabulary of non-article blocks that Readability sometimes keeps inside the article:
 * "related / read more" link blocks, share bars, follow prompts, ad labels. (Offer and
 * newsletter vocabulary is NOT here: it lives in src/core/lang and is used through
 * isOfferLine / judgeOfferText.)
 *
 * Each entry is a lower-case regex source matched at the START of a short block's text.
 */
export const BOILERPLATE_LEADS: Record<string, string[]> = {
  related: [
    'related( (articles?|stories|posts|content|coverage|reading|links|topics|news|video))?\\s*[:|»›>-]',
    'related( (articles?|stories|posts|coverage|reading|links|topics|videos?|news))$',
    'more:$',
    'more from .{1,30}$',
    '(read|see|watch) (more|also|next)\\s*[:|»›>-]',
    '(read|see|watch) (more|also|next)$',
    'more (from|on|about) .{0,40}[:»›>]$',
    'also (read|see|watch)\\s*[:|»›>-]?',
    'recommended( for you| stories| reading)?\\s*[:]?$',
    "(don't|do not) miss\\s*[:]",
    'you (may|might) also (like|enjoy)',
    'more stories?( like this)?$',
    'trending( now| stories)?$',
    'most (popular|read|viewed|shared)$',
    'lesen sie (auch|mehr)\\s*[:]',
    'mehr zum thema',
    'lire aussi\\s*[:]?',
    '[àa] lire aussi',
    'leia (também|mais)',
    'lee (también|más)',
    'leggi anche',
    'читайте также',
    // Related-reading labels in more languages (measured on trafilatura-dev half A).
    'lea (también|además)(\\s*:|$)',
    '(también )?(te|le) puede interesar',
    'noticias relacionadas$',
    'articoli correlati$',
    'potrebbe interessarti',
    'vous aimerez aussi',
    'sur le même sujet$',
    '(czytaj|przeczytaj|zobacz) (także|też|również)(\\s*:|$)',
    '(weitere|neueste|ähnliche|verwandte) (artikel|beiträge|news|nachrichten)$',
    'das könnte (dich|sie) auch interessieren',
    'auch interessant(\\s*:|$)',
    '(latest|newest) (articles|stories|news|posts)$',
  ],
  /** Blog post footers and comment prompts: the page's furniture around the post, not its text. */
  postmeta: [
    'this (entry|post) was posted (in|on)\\b',
    'dieser (eintrag|beitrag) wurde .{0,60}(veröffentlicht|abgelegt)',
    'leave a (comment|reply)',
    '(einen )?kommentar (schreiben|verfassen|hinterlassen|abgeben)',
    'schreib(e|en sie)? einen kommentar',
    'laisser un commentaire',
    'deja (un|tu) comentario',
    'lascia un commento',
    'zostaw komentarz',
    '.{0,30}\\bin den kommentaren\\s*[:!?]',
    'you must be logged in to post a comment',
    '(sie müssen|du musst) .{0,40}(eingeloggt|angemeldet) sein,? um',
  ],
  share: [
    'share (this|on|via|the story|the article)',
    '(share|tweet|email|print)( (share|tweet|email|print|pin|copy link))+$',
    'follow (us|him|her|me|them)( on)?\\b',
    'click to share',
    'copy link$',
  ],
  /** Photo credits and caption labels written as their own line. */
  credit: [
    '(photo|image|picture|foto|bild|credit|crédit|crédito|pictured)s?\\s*(copyright|caption)?\\s*[:©]',
    'image (copyright|caption)\\b',
    '\\(?(photo|image|credit)s?\\s*:[^)]*\\)?$',
    '©\\s*[^\\d]{1,40}$', // "© Aaron Schwartz" (a credit), not "© 2019 Associated Press…" (a notice)
  ],
  /** Gallery / player controls and account links that read as one-word lines. */
  ui: ['by$', 'order reprints$', 'print( article)?$', 'text size$', 'loading( content)?\\s*(\\.\\.\\.|…)?$', 'caption$', 'close$', 'image \\d+ (of|/) ?/? ?\\d*$', '\\d+ of \\d+$', 'sign in$', 'log in$', 'menu$', 'search$', 'comments?$', 'skip to (main )?content$', 'back to top$', 'next article$', 'previous article$'],
  /** Site footers that Readability keeps when they sit next to the article. */
  // Not "Copyright 2019 AP. All rights reserved.": wire-story notices are part of the story
  // text people mark as the article (measured on aeb-dev), so only site-footer forms are here.
  legal: [
    'the contents of this site are',
    'this (document|material|article) (is subject to copyright|may not be (published|reproduced))',
  ],
  ad: ['advert$', 'advertisement$', 'advertising$', 'sponsored( content)?$', 'ad$', 'story continues below( advertisement)?$', 'continue reading below$', 'anzeige$', 'publicité$', 'publicidade$', 'publicidad$'],
};

/**
 * Every lead in one anchored regex, one named group per kind in table order: at the start of
 * the text the alternation tries the entries in the same order as a loop over the kinds would,
 * so the first kind that matches is the same, for one regex run instead of one per entry.
 */
const KINDS = Object.keys(BOILERPLATE_LEADS);
const LEADS_RE = new RegExp(
  `^(?:${KINDS.map((kind, i) => `(?<k${i}>${(BOILERPLATE_LEADS[kind] ?? []).map((src) => `(?:${src})`).join('|')})`).join('|')})`,
  // No `i` and no `u`: the text is lower-cased first and every lead is lower case and in the
  // BMP; case-insensitive Unicode mode made this regex several times slower to compile.
  '',
);

/** Which boilerplate kind a short text opens with, or null. */
export function boilerplateKind(text: string): string | null {
  const t = text.replace(/\s+/g, ' ').trim().toLowerCase();
  const groups = LEADS_RE.exec(t)?.groups;
  if (!groups) return null;
  for (let i = 0; i < KINDS.length; i++) if (groups[`k${i}`] !== undefined) return KINDS[i] ?? null;
  return null;
}

/**
 * Photo credit vocabulary, by language: the labels a caption's credit opens with ("Photo:",
 * "Photograph:", "Foto:", "Bild:", "Crédit :"), the labels that only mark a credit inside
 * parentheses ("(Quelle: Agentur)", "(Source: …)": bare, they open a source line that may be
 * article text), and the picture agencies named alone in parentheses ("(AP Photo/…)").
 */
export const CREDIT_LABELS = ['image', 'photo', 'photograph', 'picture', 'credit', 'foto', 'bild', 'crédit', 'crédito', 'zdjęcie', 'fot'];
export const CREDIT_PAREN_LABELS = [...CREDIT_LABELS, 'quelle', 'source', 'fuente', 'fonte', 'źródło'];
export const CREDIT_AGENCIES = ['ap', 'afp', 'reuters', 'getty', 'dpa', 'epa', 'imago', 'ansa', 'pap'];

/** The characters of a credit's names: letters, digits, spaces and the separators of "Org | Name", "Name/Agency". */
const CREDIT_NAME = "[\\p{L}\\p{N} .,&/'’|+-]";
/** "Image credit:", "Photo courtesy:", "Bild copyright:". */
const CREDIT_SECOND = '(?:\\s+(?:credit|courtesy|copyright|quelle))?';
const TRAILING_CREDIT = new RegExp(
  [
    `\\((?:${CREDIT_PAREN_LABELS.join('|')})s?${CREDIT_SECOND}\\s*:[^)]*\\)`,
    `(?<![\\p{L}])(?:${CREDIT_LABELS.join('|')})s?${CREDIT_SECOND}\\s*:\\s*${CREDIT_NAME}{2,60}`,
    `\\((?:${CREDIT_AGENCIES.join('|')})(?![\\p{L}])[^)]{0,40}\\)`,
    // "© dpa | Kay Nietfeld", "© Presse- und Informationsamt | Name (jpeg, 1MB)"; never a year
    // ("© 2019 Associated Press": a wire notice, article text on aeb-dev).
    `©\\s*(?!\\d)${CREDIT_NAME.replace('\\p{N}', '')}{2,80}(?:\\([^)]{0,30}\\))?`,
  ]
    .map((s) => `(?:${s})`)
    .join('|')
    .replace(/^/, '(?:')
    .concat(')\\s*$'),
  'iu',
);

/**
 * Named heuristic "trailing credit": a short caption line that ends with a photo credit,
 * "(Image: GETTY)", "Credit: EPA", "(AP Photo/Jane Doe)", "Photo: Jane Doe, AP",
 * "Photograph: Name/Agency", "(Quelle: Name/Agentur)", "© Org | Name".
 */
export function endsWithCredit(text: string): boolean {
  return TRAILING_CREDIT.test(text.trim());
}

/**
 * Words in class names / ids that name a non-article box: comments, related stories, share
 * bars, newsletter boxes, tag lists, recommendation widgets. Not "widget" itself: embedded
 * tweets and quotes (article content) live in "…-widget" boxes (measured on aeb-dev). Matched against the words of each
 * class token split on "-" and "_" (so "article-related-links" matches, "relatedness" does not).
 */
export const BOX_NAME_WORDS = new Set([
  'comment', 'comments', 'respond', 'disqus', 'related', 'recommended', 'recommendations', 'share', 'sharing',
  'sharebar', 'social', 'newsletter', 'signup', 'tags', 'taglist', 'outbrain', 'taboola', 'promo', 'sponsored',
  'breadcrumb', 'breadcrumbs', 'byline', 'bio', 'sidebar',
]);

export function namesNonArticleBox(el: Element): string | null {
  const names = `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`.toLowerCase();
  for (const token of names.split(/\s+/)) {
    if (!token) continue;
    for (const word of token.split(/[-_]+/)) if (BOX_NAME_WORDS.has(word)) return word;
  }
  return null;
}

/**
 * Affiliate-link disclosures, by language: the notice a shop-linking page puts next to its links
 * ("This post contains affiliate links", "We may earn a commission", "Bei den Verlinkungen handelt
 * es sich um Affiliate Links", "…von denen wir eine Provision erhalten"). Lower-case regex
 * sources, matched ANYWHERE in a short block: the notice often follows a date or an asterisk.
 * Each names the disclosure itself (a link, a commission the site earns), not the subject, so an
 * article ABOUT affiliate marketing keeps its sentences ("Influencer verdienen mit Affiliate-Links").
 */
export const AFFILIATE_DISCLOSURES: Record<string, string[]> = {
  en: [
    '(contains?|includes?|may contain) (affiliate|sponsored|partner) links?',
    '(are|is|may be|uses?|are called) (an )?affiliate links?',
    '(we|i) (may )?(earn|receive|get|make) (a )?(small )?(commission|share of (the )?(sales|revenue))',
    'as an amazon associate',
  ],
  de: [
    '(enthält|enthalten|kann .{0,40} enthalten) .{0,30}(affiliate|werbe|partner)-?\\s?links',
    '(handelt es sich um|sind|sogenannte) affiliate-?\\s?links',
    '(eine|einen kleinen|einen teil der) (provision|anteil vom verkaufserlös)',
    'provision (erhält|erhalten|bekommen|bekommt|zahlt)',
    'als amazon-partner verdien',
  ],
  fr: ["liens? (affiliés?|d'affiliation|sponsorisés?)", '(percevons|recevons|touchons|percevoir) une (petite )?commission'],
  es: ['enlaces? (de afiliados?|afiliados?)', '(recibimos|recibe|obtenemos|ganamos) una (pequeña )?comisión'],
  it: ['link (di affiliazione|affiliati)', '(riceviamo|percepiamo|guadagniamo) una (piccola )?commissione'],
};

const AFFILIATE_RE = new RegExp(Object.values(AFFILIATE_DISCLOSURES).flat().map((s) => `(?:${s})`).join('|'));

/** Whether a short text is (or carries) an affiliate-link disclosure. */
export function isAffiliateDisclosure(text: string): boolean {
  return AFFILIATE_RE.test(text.replace(/\s+/g, ' ').toLowerCase());
}
