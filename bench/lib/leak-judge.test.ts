import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { foldForLeak, leakPhraseHits, leakPhraseLines } from './leak-judge';
import { LEAK_PHRASES } from './leak-phrases';
import { checkLeak } from './offer-leak';

const here = dirname(fileURLToPath(import.meta.url));
const tablesDir = resolve(here, '../../src/core/lang/tables');
/** Language tables the extension ships: two-letter file names (common.ts, vendors.ts... are not languages). */
const shipped = readdirSync(tablesDir)
  .map((f) => f.replace(/\.ts$/, ''))
  .filter((name) => /^[a-z]{2}$/.test(name));

describe('the independent leak judge', () => {
  it('imports nothing from src/ (no isOfferLine, no table the reader prunes with)', () => {
    for (const file of ['leak-judge.ts', 'leak-phrases.ts']) {
      // The code, without its comments (which explain what it does not use).
      const source = readFileSync(resolve(here, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
      const imports = [...source.matchAll(/\bfrom\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? m[2]);
      expect(imports.filter((spec) => !spec?.startsWith('./')), file).toEqual([]);
      expect(source, file).not.toMatch(/isOfferLine|src\/core/);
    }
  });

  it('has its own phrase list for every language the extension ships', () => {
    expect(shipped.length).toBeGreaterThanOrEqual(15);
    for (const lang of shipped) expect(LEAK_PHRASES[lang]?.length ?? 0, lang).toBeGreaterThanOrEqual(10);
  });

  it('catches offer lines in each language', () => {
    const samples: Record<string, string> = {
      en: "You've reached your limit of free articles.",
      de: 'Jetzt abonnieren und weiterlesen – nur 9,99 € pro Monat',
      fr: 'Déjà abonné ? Se connecter',
      es: 'Suscríbete por 1 € al mes',
      it: 'Abbonati ora: accesso illimitato',
      pt: 'Já é assinante? Faça login',
      nl: 'Word abonnee – eerste maand gratis, daarna € 12 per maand',
      pl: 'Zaloguj się, aby czytać dalej',
      sv: 'Logga in för att läsa vidare',
      ru: 'Подпишитесь, чтобы читать дальше',
      tr: 'Okumaya devam etmek için abone olun',
      ar: 'اشترك الآن للوصول غير المحدود',
      hi: 'पढ़ना जारी रखने के लिए सदस्यता लें',
      ja: 'この記事は有料会員限定です。続きを読むにはログイン',
      zh: '订阅后阅读全文',
    };
    for (const lang of shipped) {
      const hits = leakPhraseHits(samples[lang] ?? '');
      expect(hits.length, `${lang}: ${samples[lang]}`).toBe(1);
    }
  });

  it('matches whole words only, across case, soft hyphens and odd spaces', () => {
    expect(leakPhraseLines('SIGN\u00A0IN to continue')).toEqual(['SIGN\u00A0IN to continue']);
    expect(leakPhraseLines('Sub\u00ADscribe')).toEqual(['Sub\u00ADscribe']);
    expect(leakPhraseLines('The logins of the staff were reset.')).toEqual([]); // "login" inside "logins"
    expect(leakPhraseLines('She wrote about the abolition of the tax.')).toEqual([]); // de "abo" is a word, not a prefix
    expect(leakPhraseLines('Die Abonnentinnen sind zufrieden.')).toHaveLength(1); // the stem entry "abonnent*"
  });

  it('leaves paragraph-sized lines and ordinary article text alone', () => {
    expect(leakPhraseLines(`Subscribe ${'word '.repeat(60)}`)).toEqual([]);
    expect(leakPhraseLines('The council met on Tuesday to discuss the bus network.\nRain is expected.')).toEqual([]);
  });

  it('folds like the matcher expects', () => {
    expect(foldForLeak('  Don\u2019t\u200B  STOP\n')).toBe("don't stop");
  });

  it('decides leakage in checkLeak, with isOfferLine only reported', () => {
    // A judge that flags everything does not make a clean text leak, and one that flags nothing
    // does not hide a bench-list phrase.
    expect(checkLeak('The council met on Tuesday.', [], () => true)).toMatchObject({ leaked: false, lines: ['The council met on Tuesday.'] });
    expect(checkLeak('Subscribe for $1 per month', [], () => false)).toMatchObject({ leaked: true, phrases: ['Subscribe for $1 per month'], lines: [] });
  });
});
