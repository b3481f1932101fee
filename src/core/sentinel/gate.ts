/**
 * The sentinel's text gate: a compact cross-language word list that says
 * "this text may hold a subscription offer", never that it does (the
 * detector's language tables judge that, once injected). It is matched on
 * lower-cased text with one regular expression built once.
 *
 * Two strengths:
 *  - STRONG phrases are rare outside offers (a free-article meter, a price per
 *    period, "subscribers only"): one is evidence.
 *  - WEAK stems are common on clean pages too (a footer's "Subscribe to our
 *    newsletter", a "Sign in" link): only WEAK_NEEDED distinct ones together are
 *    evidence.
 * A price with a currency next to a period (`$4.99/month`, `9,99 € pro Monat`)
 * counts as STRONG (PRICE_PERIOD).
 */

/** Phrases, lower-case, by language (a phrase is matched as a substring): meters, subscriber-only notes, offer terms. */
export const STRONG: Record<string, readonly string[]> = {
  en: ['free article', 'articles left', 'article limit', 'subscribers only', 'subscriber-only', 'subscriber exclusive', 'subscribe to continue', 'subscribe to read', 'subscribe to keep', 'unlimited access', 'paywall', 'per month', 'cancel anytime', 'cancel at any time', 'already a subscriber', 'already subscribed', 'already a member', 'create a free account', 'register for free', 'sign up to read', 'log in to read', 'sign in to read', 'to continue reading', 'members only'],
  de: ['kostenlose artikel', 'weiterlesen mit', 'pro monat', 'im ersten monat', 'monatlich kündbar', 'jederzeit kündbar', 'bereits abonn', 'nur für abonnenten', 'abo abschließen', 'kostenlos registrieren'],
  fr: ['articles gratuits', 'article gratuit', 'par mois', 'réservé aux abonnés', 'déjà abonné', 'sans engagement', 'abonnez-vous pour', 'pour lire la suite'],
  es: ['artículos gratis', 'artículos gratuitos', 'al mes', 'por mes', 'exclusivo para suscriptores', 'ya eres suscriptor', 'suscríbete para'],
  pt: ['artigos gratuitos', 'por mês', 'exclusivo para assinantes', 'já é assinante', 'assine para'],
  it: ['articoli gratuiti', 'al mese', 'riservato agli abbonati', 'già abbonato', 'abbonati per'],
  nl: ['gratis artikel', 'per maand', 'alleen voor abonnees', 'al abonnee', 'abonneer om', 'word abonnee'],
  pl: ['darmowe artykuły', 'miesięcznie', 'tylko dla subskrybentów', 'wykup dostęp'],
  sv: ['gratis artiklar', 'per månad', 'bli prenumerant', 'för prenumeranter'],
  tr: ['ücretsiz makale', 'abone ol', 'abonelere özel'],
  ru: ['бесплатных стат', 'в месяц', 'только для подписчиков', 'оформите подписку', 'оформить подписку'],
  ar: ['مقالات مجانية', 'شهريا', 'شهرياً', 'للمشتركين', 'اشترك الآن'],
  hi: ['मुफ्त लेख', 'प्रति माह', 'सब्सक्राइब करें', 'सदस्यता लें'],
  ja: ['無料記事', '月額', '有料会員', '会員限定', '購読する', 'ログインして'],
  zh: ['免费文章', '订阅', '訂閱', '会员专享', '會員專享', '登录后'],
  ko: ['무료 기사', '월 구독', '구독하기', '유료 회원', '회원 전용'],
};

/** Stems common on clean pages too (sign-in links, footers): WEAK_NEEDED distinct ones together are evidence. */
export const WEAK: readonly string[] = [
  'subscri', 'premium', 'sign in', 'log in', 'newsletter', 'register', 'free trial',
  'abonn', 'suscri', 'assin', 'abbon', 'prenum', 'subskryp', 'abone', 'подпис', 'اشتراك', 'सदस्य', '購読', '会員', '每月', '付费', '구독', '회원',
  'anmelden', 'connexion', 'iniciar sesión', 'entrar', 'accedi', 'inloggen', 'войти', 'ログイン', '登录', '로그인',
];
export const WEAK_NEEDED = 3;

/** Period words after a price (`$4.99/month`, `9,99 € pro Monat`, `₹300/Month`, `月額980円`). */
const PERIODS = ['month', 'mo', 'mth', 'year', 'yr', 'week', 'wk', 'monat', 'jahr', 'woche', 'mois', 'an', 'semaine', 'mes', 'año', 'semana', 'mês', 'ano', 'mese', 'anno', 'settimana', 'maand', 'jaar', 'week', 'miesiąc', 'mies', 'rok', 'månad', 'mån', 'år', 'ay', 'yıl', 'мес', 'год', 'нед', 'شهر', 'माह', 'महीना', '月', '年', '월', '년'];
/** A currency next to a number, then a period word. */
export const PRICE_PERIOD = String.raw`(?:[$€£¥₹₽₩]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[$€£¥₹₽₩円元원]|usd|eur|gbp|kr|zł|tl|руб\.?|р\.))\s?(?:/|per |a |pro |par |al |por |в |ao |im |på |за |each )\s?(?:${PERIODS.join('|')})`;

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
let strongRe: RegExp | undefined;
let weakRe: RegExp | undefined;

/**
 * What in `text` is evidence: 'offer-text' or 'price-period' or 'weak-words'; undefined when none.
 * The text is lower-cased first and the expressions carry no `i` flag: a case-insensitive
 * alternation of many non-ASCII phrases is slow in V8 (tens of ms on a long page), a
 * case-sensitive one is fast.
 */
export function gateHit(text: string): string | undefined {
  if (text.length < 4) return undefined;
  strongRe ??= new RegExp(`(${Object.values(STRONG).flat().map(literal).join('|')})|(${PRICE_PERIOD})`);
  weakRe ??= new RegExp(WEAK.map(literal).join('|'), 'g');
  const lower = text.toLowerCase();
  const m = strongRe.exec(lower);
  if (m) return m[1] ? 'offer-text' : 'price-period';
  const seen = new Set<string>();
  for (const w of lower.matchAll(weakRe)) if (seen.add(w[0]).size >= WEAK_NEEDED) return 'weak-words';
  return undefined;
}
