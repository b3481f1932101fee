/**
 * The sentinel's gate: strong offer phrases and prices with a period, in many
 * languages, and none of it on plain article text; its phrases never say more
 * than the language tables (src/core/lang/tables) do; its price vocabulary is
 * derived from them.
 */
import { describe, expect, test } from 'vitest';
import { LANGS } from '../lang/tables/index.ts';
import { hasPricePeriod, MAX_PRICES, offerEvidence, offerPhrase, pricePeriods, pricesNear, STRONG, scanPrices } from './gate.ts';
import { deriveVocabulary, VOCABULARY } from './vocabulary.ts';

describe('offerEvidence', () => {
  test.each([
    ['en', 'Only 2 free articles left this month'],
    ['en', "You've reached your limit of 5 free articles."],
    ['en', 'Subscribe for $4.99/month, cancel anytime'],
    ['en', 'Log in to keep reading'],
    ['en', 'Only one free article remaining'],
    ['en', 'Already a subscriber? Sign in'],
    ['de', 'Nur 9,99 € pro Monat – jederzeit kündbar'],
    ['de', 'Jetzt 0,99 € für den ersten Monat'],
    ['fr', 'Cet article est réservé aux abonnés.'],
    ['fr', 'Vous avez lu tous vos articles offerts'],
    ['fr', 'Il vous reste 2 articles gratuits ce mois-ci'],
    ['es', '¿Ya eres suscriptor? Inicia sesión'],
    ['pt', 'Conteúdo exclusivo para assinantes'],
    ['it', 'Articolo riservato agli abbonati'],
    ['nl', 'Dit artikel is alleen voor abonnees'],
    ['ru', 'Материал доступен только для подписчиков'],
    ['ja', 'この記事は有料会員限定です'],
    ['ja', '月額980円で読み放題'],
    ['zh', '订阅后阅读全文'],
    ['hi', 'केवल ₹300/माह में सदस्यता लें'],
    ['ar', 'هذا المحتوى للمشتركين فقط'],
    // Continue-reading gates and free-article meters in each shipped language.
    ['de', 'Bitte anmelden, um weiterzulesen.'],
    ['fr', 'Abonnez-vous pour continuer à lire cet article'],
    ['fr', 'Plus que 1 article gratuit ce mois-ci'],
    ['fr', 'Ce contenu est réservé à nos abonnés numériques'],
    ['es', 'Solo te queda un artículo gratis'],
    ['it', 'Abbonati per continuare a leggere'],
    ['it', 'Hai ancora un articolo gratuito'],
    ['nl', 'Word abonnee om verder te lezen'],
    ['pl', 'Zarejestruj się, aby czytać dalej'],
    ['pl', 'Masz jeszcze 1 darmowy artykuł'],
    ['pl', 'Osiągnięto limit darmowych tekstów w tym miesiącu'],
    ['pl', 'Zarejestruj się i utwórz darmowe konto, aby czytać całość'],
    ['hi', 'आगे पढ़ने के लिए सदस्यता लें'],
    ['hi', 'इस हफ़्ते 2 मुफ़्त लेख बाकी'],
    ['ja', '続きを読むには会員登録が必要です'],
    ['ja', '無料記事の残りはあと2本'],
    ['de', 'Heute noch 1 freier Artikel für Sie'],
    ['de', 'Du hast alle freien Beiträge gelesen'],
    ['de', 'Schon Abonnentin? Hier einloggen'],
    // Registration walls: a free account to go on reading.
    ['en', 'This article is for registered users only'],
    ['fr', 'Créez votre compte et lisez la suite'],
    ['fr', 'La suite de cet article est réservée aux inscrits'],
    ['es', 'Regístrate gratis y sigue informado'],
    ['it', 'Registrati gratis: ci vuole un attimo'],
    ['pt', 'Cadastre-se grátis e leia tudo'],
    ['nl', 'Met een gratis account lees je alles'],
    ['pl', 'Zarejestruj się za darmo i czytaj'],
    ['hi', 'मुफ़्त खाता बनाएं और पढ़ें'],
    ['ja', '無料会員登録でこの記事の続きが読めます'],
  ])('an offer line in %s is evidence', (_lang, text) => {
    expect(offerEvidence(text)).toBeDefined();
  });

  test('plain article text, single offer words, sign-in links and figures are not', () => {
    for (const text of [
      'The council met on Tuesday and voted to extend the night bus trial, a month after the vote.',
      'Subscribe · Sign in · Newsletter',
      'Inflation rose 2% per month; the fund paid $4.5 billion a year ago.',
      'Prices climbed to $1,472.19 an ounce on Monday.',
      '12월 6일 서울',
      'Jobs · Register for free · Reprints',
      // "Read more" links of clean pages are not continue-reading gates.
      'Lire la suite',
      'Seguir leyendo',
      'Continua a leggere',
      'Weiterlesen',
      'Czytaj dalej',
      'Lees verder',
      '続きを読む',
      'और पढ़ें',
    ]) expect(offerEvidence(text), text).toBeUndefined();
  });

  test('a whole page asks for two prices with a period, a snippet for one', () => {
    const article = 'The median household earns around $60,000 a year, officials said.';
    expect(offerEvidence(article)).toBe('price-period');
    expect(offerEvidence(article, 2)).toBeUndefined();
    expect(offerEvidence(`${article} Digital: $1/week, All access: $4/week`, 2)).toBe('price-period');
  });

  test('the phrases are lower-case (text is lower-cased before matching) and plain (joined into a regex unescaped)', () => {
    for (const phrases of Object.values(STRONG)) for (const p of phrases.split('|')) expect(p).toBe(p.toLowerCase());
    for (const phrases of Object.values(STRONG)) for (const p of phrases.split('|')) expect(p).not.toMatch(/^$|[.*+?^${}()|[\]\\/]/);
  });

  test("every phrase is in its language table's strong classes (meter, subOnly, gate, register, login)", () => {
    const source = (p: string) => p.normalize('NFKC').toLowerCase();
    const asRegex = (p: string) => new RegExp(source(p).replace(/\((?!\?)/g, '(?:').replace(/#/g, '\\d+'));
    for (const [lang, phrases] of Object.entries(STRONG)) {
      const table = LANGS.find((t) => t.lang === lang);
      expect(table, lang).toBeDefined();
      const strong = (['meter', 'subOnly', 'gate', 'register', 'login'] as const).flatMap((c) => table?.[c] ?? []);
      for (const phrase of phrases.split('|')) {
        // The table's phrase matches it, or it is a fragment whose words one table phrase holds together.
        const inTable = strong.some((p) => asRegex(p).test(phrase) || phrase.split(' ').every((w) => source(p).includes(w)));
        expect(inTable, `${lang}: ${phrase}`).toBe(true);
      }
    }
  });
});

describe('vocabulary', () => {
  test('is derived from the tables (a period word added to a table is in it)', () => {
    const en = LANGS.find((t) => t.lang === 'en');
    if (!en) throw new Error('no en table');
    const more = deriveVocabulary([{ ...en, period: [...en.period, 'Fortnight'] }]);
    expect(more.periods.split('|')).toContain('fortnight');
    expect(VOCABULARY.periods.split('|')).not.toContain('fortnight');
    expect(VOCABULARY.between.split('|')).toEqual(expect.arrayContaining(['per', 'pro', 'für', 'ersten']));
    expect(VOCABULARY.prefixes.split('|')).not.toContain('.');
  });

  test('prices with a period in several scripts', () => {
    for (const t of ['$4.99/month', '9,99 € pro monat', '0,99 € für den ersten monat', '₹300/माह', '月額980円', '980円/月', '₹99/माहवार्षिक', 'lee sin límites por 4,99 € al messuscríbete', '3 € / monat', '99 kr/mån', '199 ₽ в месяц', '$1 a week.', '3.99 €／日で読み放題', '980円／月', '4,99 € all’anno', '100円 all’annoabbonati ora', "9 € all'anno", 'accès illimité dès chf 199 par an', 'r$ 9,90 par an seulement']) expect(hasPricePeriod(t), t).toBe(true);
    for (const t of ['$5 million a year', '12 € am tag', 'the monthly report', 'try 3 times a day', '$4.5 billion', '$1,472.19 an ounce', '40 € an essence']) expect(hasPricePeriod(t), t).toBe(false);
  });
});

test('pricesNear: two prices (with a period or not) at most `span` characters apart', () => {
  expect(pricesNear('this article $0.49 · 30-day pass $4.99', 1500)).toBe(true);
  expect(pricesNear(`the house sold for $450,000. ${'words '.repeat(300)} a bid of $420,000.`, 1500)).toBe(false);
  expect(pricesNear('one price: 9,99 €', 1500)).toBe(false);
});

test('scanPrices: pricePeriods and pricesNear in one scan, with the same answers', () => {
  const texts = [
    '',
    'no prices here at all',
    'one price: 9,99 €',
    'this article $0.49 · 30-day pass $4.99',
    'digital: $1/week, all access: $4/week',
    'the median household earns around $60,000 a year, officials said.',
    `the house sold for $450,000. ${'words '.repeat(300)} a bid of $420,000.`,
    `${'$1 and '.repeat(MAX_PRICES)} then $5/month and $6/month`,
    `${Array.from({ length: MAX_PRICES + 5 }, (_, i) => `$${i} ${'x'.repeat(40)}`).join(' ')} $1 $2`,
    '月額980円 and 980円/月, ₹300/माह',
  ];
  for (const text of texts) {
    for (const [enough, span] of [[1, 1500], [2, 1500], [2, 20], [3, 5]] as const) {
      const expected = pricePeriods(text, enough) >= enough ? 'price-period' : pricesNear(text, span);
      expect(scanPrices(text, enough, span), `${enough} ${span}: ${text.slice(0, 40)}`).toBe(expected);
    }
  }
  // Past MAX_PRICES prices only the distance between prices is looked at.
  expect(scanPrices(`${'word '.repeat(20)}${'$1 '.repeat(MAX_PRICES)} $5/month $6/month`, 2, 1500)).toBe(true);
});

test('offerPhrase: a STRONG phrase in lower-cased text', () => {
  expect(offerPhrase('only 2 free articles left this month')).toBe(true);
  expect(offerPhrase('subscribe · sign in · newsletter')).toBe(false);
});
