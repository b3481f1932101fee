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
 *  - a price with a period (vocabulary.ts, derived from the tables).
 *
 * Single offer words ("Subscribe", "Sign in") are not evidence: a clean page's
 * header and footer carry them. Text is lower-cased once; the regex carries no
 * `i` flag (a case-insensitive alternation of non-ASCII words is slow in V8).
 */
import { VOCABULARY } from './vocabulary.ts';

/** Phrases, lower-case, by language; matched as substrings. */
export const STRONG: Record<string, readonly string[]> = {
  en: ['free article', 'free stories', 'articles left', 'stories left', 'article limit', 'subscribers only', 'subscriber-only', 'subscriber exclusive', 'to continue reading', 'to keep reading', 'read the rest of', 'already a subscriber', 'create a free account', 'register for free', 'members only', 'member-only'],
  de: ['kostenlose artikel', 'nur für abonnenten', 'bereits abonnent', 'weiterlesen mit', 'kostenlos registrieren'],
  fr: ['articles gratuits', 'réservé aux abonnés', 'déjà abonné', 'pour lire la suite'],
  es: ['artículos gratis', 'exclusivo para suscriptores', 'ya eres suscriptor', 'para seguir leyendo'],
  pt: ['exclusivo para assinantes', 'já é assinante', 'para continuar lendo'],
  it: ['articoli gratuiti', 'riservato agli abbonati', 'già abbonato'],
  nl: ['gratis artikel', 'alleen voor abonnees', 'al abonnee'],
  pl: ['tylko dla subskrybentów', 'tylko dla prenumeratorów'],
  sv: ['för prenumeranter', 'redan prenumerant'],
  tr: ['abonelere özel'],
  ru: ['только для подписчиков', 'оформите подписку'],
  ar: ['للمشتركين فقط'],
  hi: ['केवल सब्सक्राइबर'],
  ja: ['有料会員限定', '会員限定'],
  zh: ['订阅后阅读', '訂閱後閱讀', '会员专享'],
};

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
let gate: RegExp | undefined;

/** What in `text` is evidence: 'offer-text' or 'price-period'; undefined when nothing. */
export function offerEvidence(text: string): string | undefined {
  if (text.length < 4) return undefined;
  gate ??= new RegExp(`(${Object.values(STRONG).flat().map(literal).join('|')})|${VOCABULARY.pricePeriod}`);
  const m = gate.exec(text.toLowerCase());
  return m ? (m[1] ? 'offer-text' : 'price-period') : undefined;
}
