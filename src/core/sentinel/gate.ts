/**
 * The sentinel's text gate: says "this text may hold a subscription offer",
 * never that it does (the detector's language tables judge that once it is
 * injected). Strong evidence only, rare on clean pages:
 *
 *  - a STRONG phrase: a free-article meter, a subscribers-only note, a
 *    continue-reading gate, a registration wall, a subscriber's log-in prompt
 *    (the tables' meter, subOnly, gate, register and login classes, in short
 *    common forms; a unit test holds every phrase to the tables, so the list
 *    never says more than they do);
 *  - a price with a period (vocabulary.ts, derived from the tables; found in
 *    two cheap steps, see hasPricePeriod).
 *
 * Single offer words ("Subscribe", "Sign in") are not evidence: a clean page's
 * header and footer carry them. Text is lower-cased once; the regex carries no
 * `i` flag (a case-insensitive alternation of non-ASCII words is slow in V8).
 */
import { VOCABULARY } from './vocabulary.ts';

/**
 * Phrases, lower-case and free of regex syntax (a test holds both), by language, joined by `|`
 * (one string per language: this list ships in the always-on script, where every byte counts);
 * matched as substrings.
 */
export const STRONG: Record<string, string> = {
  en: 'articles left|articles remaining|article remaining|reached your limit|stories left|article limit|subscribers only|subscriber-only|subscriber exclusive|to continue reading|to keep reading|read the rest of|already a subscriber|create a free account|register for free to|members only|member-only|for registered readers|for registered users',
  de: 'kostenlose artikel|nur für abonnenten|bereits abonnent|weiterlesen mit|um weiterzulesen|kostenlos registrieren|freier artikel|freie artikel|freien artikel|freie beiträge|freien beiträge|schon abonnent',
  fr: 'article gratuit|articles gratuits|article offert|articles offerts|réservé aux abonnés|réservé à nos|déjà abonné|pour lire la suite|pour continuer à lire|créez un compte|créez votre compte|inscrivez-vous gratuitement|la suite de cet article',
  es: 'artículos gratis|artículo gratis|exclusivo para suscriptores|ya eres suscriptor|para seguir leyendo|regístrate gratis|crea una cuenta gratuita|crea tu cuenta gratuita',
  pt: 'exclusivo para assinantes|já é assinante|para continuar lendo|cadastre-se grátis|cadastro gratuito|crie sua conta',
  it: 'articoli gratuiti|articolo gratuito|riservato agli abbonati|già abbonato|per continuare a leggere|registrati gratis|registrazione gratuita',
  nl: 'gratis artikel|alleen voor abonnees|al abonnee|om verder te lezen|gratis account',
  pl: 'darmowy artykuł|limit darmowych|dla subskrybentów|dla prenumeratorów|darmowe konto|aby czytać dalej|zarejestruj się za darmo',
  sv: 'för prenumeranter|redan prenumerant',
  tr: 'abonelere özel',
  ru: 'только для подписчиков|по подписке|оформите подписку',
  ar: 'للمشتركين فقط',
  hi: 'केवल सब्सक्राइबर|मुफ़्त लेख|आगे पढ़ने के लिए|मुफ़्त खाता|मुफ्त खाता',
  ja: '有料会員限定|会員限定|無料記事|続きを読むには|無料会員登録',
  zh: '订阅后阅读|訂閱後閱讀|会员专享',
};

/** At most this many prices are looked at in one text (a price list is an offer, or an article about prices). */
export const MAX_PRICES = 40;
/** Characters after a price in which its period is looked for. */
const AFTER_PRICE = 40;
let phrases: RegExp | undefined;
let prices: RegExp | undefined;
let money: { between: Set<string>; periods: Set<string>; longest: number; prefixes: string[] } | undefined;

/** The money word lists as sets, built on first use. */
function moneyWords() {
  if (!money) {
    const periods = VOCABULARY.periods.split('|');
    money = {
      between: new Set(VOCABULARY.between.split('|')),
      periods: new Set(periods),
      longest: Math.max(...periods.map((p) => p.length)),
      prefixes: VOCABULARY.prefixes.split('|'),
    };
  }
  return money;
}

/**
 * Whether `word` starts with a period word (one longer than 2 letters, or any when `short`):
 * its few beginnings looked up in the set, not every period word compared with it.
 */
function startsWithPeriod(word: string, short: boolean): boolean {
  const { periods, longest } = moneyWords();
  for (let k = Math.min(word.length, longest); k > (short ? 0 : 2); k--) if (periods.has(word.slice(0, k))) return true;
  return false;
}

/**
 * Whether the words right after a price name a period: per-words or numbers first, then a period
 * word. As in the tables' own matcher, a short (≤ 2 letters) or CJK period word counts only after a
 * separator, a slash or a per-word ("$5/mo", "980円/月", "199 CHF par an"): right after a price it
 * is too often an ordinary word ("$1,472.19 an ounce"). Japanese and Chinese pages write the slash
 * full-width ("3.99 €／日").
 */
function periodAfter(text: string): boolean {
  const words = moneyWords();
  const slash = /^ ?[/|／]/.test(text);
  let first = true;
  // An elided article ends its word ("all’anno", "dell'anno"): split after the apostrophe.
  for (const raw of text.split(/[\s/|／]+|(?<=['’])/, 6)) {
    const word = raw.replace(/[.,;:!?)]+$/, '').replace('’', "'");
    if (!word) continue;
    const short = !first || slash;
    first = false;
    // A period may run into the next element's text: textContent joins "<b>₹99/माह</b><i>वार्षिक</i>"
    // and "<span>4,99 € al mes</span><button>Suscríbete</button>" with no space (and CJK has none).
    if (startsWithPeriod(word, short)) return true;
    if (!words.between.has(word) && !/^\d/.test(word)) return false;
  }
  return false;
}

/** The price regex (global), reset to the start of a text. */
function priceRegex(): RegExp {
  prices ??= new RegExp(VOCABULARY.price, 'g');
  prices.lastIndex = 0;
  return prices;
}

/** Whether the price `m` found in `text` has a period: the words after it, or a prefix right before it. */
function periodic(text: string, m: RegExpExecArray): boolean {
  const end = m.index + m[0].length;
  const before = text.slice(Math.max(0, m.index - 6), m.index).trimEnd();
  return periodAfter(text.slice(end, end + AFTER_PRICE)) || moneyWords().prefixes.some((p) => before.endsWith(p));
}

/** How many prices with a period lower-cased `text` holds (vocabulary.ts), counting up to `enough`. */
export function pricePeriods(text: string, enough = 1): number {
  const re = priceRegex();
  let found = 0;
  for (let n = 0, m = re.exec(text); m && n < MAX_PRICES && found < enough; n++, m = re.exec(text)) if (periodic(text, m)) found++;
  return found;
}

/**
 * pricePeriods and pricesNear in one scan of lower-cased `text` (a page's whole text at start is
 * read once, not twice): 'price-period' when `enough` of its first MAX_PRICES prices have a period
 * (`pricePeriods(text, enough) >= enough`), else whether two prices lie at most `span` characters
 * apart (`pricesNear(text, span)`).
 */
export function scanPrices(text: string, enough: number, span: number): 'price-period' | boolean {
  const re = priceRegex();
  let found = 0;
  let near = false;
  let last = -1e9;
  for (let n = 0, m = re.exec(text); m; n++, m = re.exec(text)) {
    if (m.index - last <= span) near = true;
    last = m.index;
    if (n < MAX_PRICES) {
      if (periodic(text, m) && ++found >= enough) return 'price-period';
    } else if (near) break;
  }
  return near;
}

/** Whether lower-cased `text` holds a STRONG phrase. */
export function offerPhrase(lower: string): boolean {
  phrases ??= new RegExp(Object.values(STRONG).join('|'));
  return phrases.test(lower);
}

export const hasPricePeriod = (text: string) => pricePeriods(text) > 0;

/**
 * Whether lower-cased `text` names two prices, with a period or not, at most `span` characters
 * apart (a purchase box's two offers; text shorter than `span`: any two prices).
 */
export function pricesNear(text: string, span: number): boolean {
  const re = priceRegex();
  let last = -1e9;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index - last <= span) return true;
    last = m.index;
  }
  return false;
}

/**
 * What in `text` is evidence: 'offer-text' or 'price-period'; undefined when nothing. `prices`:
 * how many prices with a period it takes (a whole page's text asks for two: an article about
 * money says "$60,000 a year" once; plan cards name two plans).
 */
export const offerEvidence = (text: string, prices = 1) => lowerEvidence(text.toLowerCase(), prices);

/** offerEvidence on text already lower-cased. */
export function lowerEvidence(lower: string, prices = 1): string | undefined {
  if (lower.length < 4) return undefined;
  if (offerPhrase(lower)) return 'offer-text';
  return pricePeriods(lower, prices) >= prices ? 'price-period' : undefined;
}
