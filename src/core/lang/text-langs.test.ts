/**
 * The language of a text itself (a clutter candidate's words), and the packs it asks for.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { CUE_WORDS } from './tables/cue-words';
import { langPending, MAX_CHARS, missingLangs, resetTextLangs, setPackAsker, textLangs } from './text-langs';

describe('textLangs', () => {
  test.each([
    ['Sie haben Ihr Limit an kostenlosen Artikeln erreicht. Jetzt abonnieren und weiterlesen.', 'de'],
    ['Jetzt für 1 € im Monat weiterlesen', 'de'],
    ["Vous avez atteint la limite d'articles gratuits. Abonnez-vous pour lire la suite.", 'fr'],
    ['Déjà abonné ? Connectez-vous', 'fr'],
    ['Has alcanzado el límite de artículos gratuitos. Suscríbete ahora por 1 € al mes.', 'es'],
    ['Hai raggiunto il limite di articoli gratuiti. Abbonati ora per continuare a leggere.', 'it'],
    ['Você atingiu o limite de matérias grátis. Assine agora para continuar lendo.', 'pt'],
    ['Je hebt de limiet van gratis artikelen bereikt. Neem nu een abonnement.', 'nl'],
    ['आपने मुफ़्त लेखों की सीमा पूरी कर ली है। अभी सदस्यता लें', 'hi'],
    ['無料で読める記事の上限に達しました。今すぐ登録', 'ja'],
    ['Ihr Kontingent ist aufgebraucht. Digital: 9800円 pro Tag, Basis: 3300円 im Monat, E-Paper: 980円 pro Tag', 'de'],
    ['月額980円でこの記事の続きを読めます', 'ja'],
    // No cue word, but letters only Polish writes.
    ['Został Ci 1 darmowy artykuł', 'pl'],
  ])('%s → %s', (text, lang) => {
    expect(textLangs(text)[0]).toBe(lang);
  });

  test.each([
    "You've reached your free article limit. Subscribe now for unlimited access.",
    'Already have an account? Sign in',
    'The council met on Tuesday and voted to extend the night bus trial for another two years.',
    'Subscribe for $0.25/day',
    'Der Spiegel', // a name: one cue word is not a language
    'Jogos de Corridas de Carros', // one cue word twice is not a language either
    'Gdańsk', // one cue letter is a name, not a language
    '',
  ])('English or too little to tell: %s', (text) => {
    expect(textLangs(text)).toEqual([]);
  });

  test('a long text is judged by its start only (MAX_CHARS), as offer clutter is short', () => {
    const prose = 'The council met on Tuesday and voted to extend the night bus trial. '.repeat(200);
    const german = 'Sie haben Ihr Limit an kostenlosen Artikeln erreicht. Jetzt abonnieren und weiterlesen.';
    const japanese = '日本語の記事を読むには会員登録が必要です';
    expect(textLangs(german)[0]).toBe('de');
    expect(textLangs(japanese + prose)[0]).toBe('ja');
    // Past the first MAX_CHARS characters nothing is read: not the script, not the cue words.
    expect(textLangs(prose.slice(0, MAX_CHARS) + japanese)).toEqual([]);
    expect(textLangs(' '.repeat(MAX_CHARS) + german)).toEqual([]);
  });

  test('cue words are single lower-case words, listed once per language', () => {
    for (const [lang, words] of Object.entries(CUE_WORDS)) {
      expect(new Set(words).size, lang).toBe(words.length);
      for (const w of words) expect(w, lang).toMatch(/^[\p{Ll}]+$/u);
    }
  });
});

describe('missingLangs asks for packs once', () => {
  afterEach(resetTextLangs);

  test('every table is active here: nothing is missing or asked', () => {
    const asked: string[] = [];
    setPackAsker(async (l) => asked.push(l), () => {});
    expect(missingLangs('Sie haben Ihr Limit an kostenlosen Artikeln erreicht. Jetzt abonnieren.')).toEqual([]);
    expect(asked).toEqual([]);
  });
});

describe('langPending', () => {
  test('nothing asked: nothing pending', () => {
    expect(langPending(['de'])).toBe(false);
  });
});
