import { describe, expect, it } from 'vitest';
import { TALK_CAP, isOfferLine, judgeConsentText, judgeOfferText } from './index';
import { LANGS } from './tables/index';

/**
 * Per language: offer lines (each must be an offer line, with the expected reason), ordinary
 * news sentences (never offer lines, even when they mention subscriptions or prices) and a
 * consent banner text (consent, not offer).
 */
interface LangCase {
  offers: [line: string, reason: string][];
  news: string[];
  consent: string;
}

const CASES: Record<string, LangCase> = {
  en: {
    offers: [
      ['One more free article remaining', 'meter:en'],
      ['This article is for registered readers', 'register:en'],
      ['Your free articles have run out for this month', 'meter:en'],
      ["You've read all of your free stories", 'meter:en'],
      ["That's all your free articles for this week", 'meter:en'],
      ['Member already? Sign in', 'login:en'],
      ['Have an account with us? Log in', 'login:en'],
      ["You've reached your limit of 5 free articles this month.", 'meter:en'],
      ['You have 2 free member-only stories left this month.', 'meter:en'],
      ['This post is for paid subscribers', 'subOnly:en'],
      ['Already a subscriber? Sign in', 'login:en'],
      ['Subscribe or log in to read the rest of this content.', 'login:en'],
      ['Create a free account to continue reading', 'register:en'],
      ['Renews automatically, cancel anytime', 'terms:en'],
      ['Subscribe for $1/week', 'price-period'],
      ['Sign up for our daily newsletter', 'newsletter:en'],
      ['Subscribe now', 'cta:en'],
      ["You've hit your limit", 'meter:en'],
      ['Continue reading with a subscription', 'gate:en'],
      ['Log in to continue', 'gate:en'],
      ['Cancel or pause anytime', 'terms:en'],
      ["Don't have an account? Sign up", 'register:en'],
    ],
    news: [
      'The archive said its free articles have run out of funding, according to the report.',
      'Netflix raised its monthly subscription to $15.49 last week, the company said.',
      'The newspaper said it had gained 200,000 digital subscribers in the quarter.',
      'Spot gold added 0.1% to $1,472.19 an ounce.',
      'Shares of the streaming company fell 3% after it said subscriber growth slowed.',
      'The council will register the new voters before the election next month.',
      'Customers who subscribe to the service can cancel at any time, the company said.',
      'Thousands join today’s march through the city centre.',
      'Readers who want to continue reading the report can find it on the ministry website.',
      'The club is for members only, a spokesman said, and it does not publish its fees.',
      'To get the full story, reporters spoke to more than forty residents of the valley.',
    ],
    consent: 'We use cookies and similar technologies. Accept all cookies or manage preferences in our cookie policy.',
  },
  de: {
    offers: [
      ['Noch ein kostenloser Artikel diesen Monat', 'meter:de'],
      ['Ihr Kontingent an kostenlosen Artikeln ist aufgebraucht', 'meter:de'],
      ['Sie haben in diesem Monat alle kostenlosen Artikel gelesen', 'meter:de'],
      ['Ihre Gratisartikel sind aufgebraucht', 'meter:de'],
      ['Sie haben Ihr monatliches Artikel-Limit erreicht.', 'meter:de'],
      ['Dieser Artikel ist nur mit Abo zugänglich.', 'subOnly:de'],
      ['Mit BZ-Digital Basis direkt weiterlesen:', 'gate:de'],
      ['3 € / Monat', 'price-period'],
      ['danach 15,90 € / Monat', 'price-period'],
      ['0,99 € im ersten Monat', 'price-period'],
      ['Jederzeit kündbar', 'terms:de'],
      ['Bereits Abonnent? Hier anmelden', 'login:de'],
      ['Jetzt abonnieren', 'cta:de'],
      ['Kostenlos weiterlesen', 'gate:de'],
      ['Sie haben bereits ein Abo? Hier anmelden', 'login:de'],
      ['Jetzt für 0,99 € testen', 'cta:de'],
    ],
    news: [
      'Die Bundesregierung will die Förderung im nächsten Jahr um drei Milliarden Euro erhöhen.',
      'Der Streamingdienst erhöht den Preis für sein Abo auf 13,99 Euro, wie das Unternehmen mitteilte.',
      'Danach sprach der Kanzler mit Journalisten über die Lage in der Ukraine.',
      'Die Partei will jetzt für mehr Klimaschutz werben, sagte die Vorsitzende am Sonntag.',
      'Abonnenten der Zeitung können das Archiv seit 2010 kostenlos nutzen, teilte der Verlag mit.',
    ],
    consent: 'Wir verwenden Cookies. Mit „Alle akzeptieren“ stimmen Sie zu; Einstellungen verwalten Sie in der Datenschutzerklärung.',
  },
  fr: {
    offers: [
      ['Vous avez lu tous vos articles gratuits', 'meter:fr'],
      ['Cet article est réservé à nos membres', 'subOnly:fr'],
      ['Déjà membre ? Connectez-vous', 'login:fr'],
      ['Article réservé aux abonnés', 'subOnly:fr'],
      ["Je m'abonne", 'cta:fr'],
      ['Déjà abonné ? Se connecter', 'login:fr'],
      ['Abonnez-vous pour lire la suite', 'gate:fr'],
      ['Lecture restreinte', 'subOnly:fr'],
      ['9,99 €/mois sans engagement', 'price-period'],
      ["Vous avez atteint votre limite d'articles gratuits", 'meter:fr'],
      ['Il vous reste 80% de cet article à lire', 'subOnly:fr'],
    ],
    news: [
      "Le gouvernement a annoncé une hausse de 2 % des pensions de retraite à partir du mois de janvier.",
      "Le nombre d'abonnés à la plateforme a augmenté de 10 % en un an, selon l'entreprise.",
      'Puis le président a quitté la salle sans répondre aux questions des journalistes.',
    ],
    consent: 'Nous utilisons des cookies pour améliorer votre expérience. Tout accepter ou gérer mes préférences.',
  },
  es: {
    offers: [
      ['Has agotado tus artículos gratuitos de este mes', 'meter:es'],
      ['Sigue leyendo con una suscripción', 'gate:es'],
      ['Contenido exclusivo para suscriptores', 'subOnly:es'],
      ['¿Ya eres suscriptor? Inicia sesión', 'login:es'],
      ['Suscríbete para seguir leyendo', 'gate:es'],
      ['Has alcanzado el límite de artículos gratuitos', 'meter:es'],
      ['1 € al mes durante 6 meses', 'price-period'],
      ['Cancela cuando quieras', 'terms:es'],
      ['Ya soy suscriptor', 'login:es'],
      ['Has leído tus 10 noticias gratuitas de este mes', 'meter:es'],
    ],
    news: [
      'El Gobierno aprobó este martes una subida del salario mínimo hasta los 1.134 euros al mes.',
      'La plataforma perdió un millón de suscriptores en el último trimestre, según la compañía.',
    ],
    consent: 'Utilizamos cookies propias y de terceros. Puede aceptar todas o configurar cookies en nuestra política de cookies.',
  },
  it: {
    offers: [
      ['Il contenuto è riservato agli abbonati', 'subOnly:it'],
      ['Sei già abbonato? Accedi', 'login:it'],
      ['Abbonati ora', 'cta:it'],
      ['Hai raggiunto il limite di articoli gratuiti', 'meter:it'],
      ['1 € al mese per 3 mesi', 'price-period'],
      ['Disdici quando vuoi', 'terms:it'],
      ['Prova gratis per 30 giorni', 'cta:it'],
    ],
    news: [
      'Il governo ha approvato la manovra che prevede 30 miliardi di euro di investimenti.',
      'Gli abbonati della pay tv sono diminuiti del 5 per cento nel 2023, secondo la società.',
    ],
    consent: 'Questo sito utilizza cookie tecnici e di profilazione. Accetta tutti o gestisci le preferenze.',
  },
  pt: {
    offers: [
      ['Conteúdo exclusivo para assinantes', 'subOnly:pt'],
      ['Já é assinante? Faça login', 'login:pt'],
      ['Assine já', 'cta:pt'],
      ['Para continuar lendo, assine', 'gate:pt'],
      ['R$ 1,90/mês', 'price-period'],
      ['Cancele quando quiser', 'terms:pt'],
      ['Você atingiu o limite de matérias gratuitas', 'meter:pt'],
    ],
    news: [
      'O governo anunciou um reajuste de 5% no salário mínimo, que passa a R$ 1.412 a partir de janeiro.',
      'O presidente deve assinar o decreto na próxima semana, segundo assessores.',
    ],
    consent: 'Usamos cookies para melhorar sua experiência. Ao continuar, você concorda com a nossa política de privacidade. Aceitar todos.',
  },
  nl: {
    offers: [
      ['Je gratis artikelen zijn op', 'meter:nl'],
      ['U heeft al uw gratis artikelen gelezen', 'meter:nl'],
      ['De limiet van 5 gratis artikelen per maand is bereikt', 'meter:nl'],
      ['Ben je al abonnee? Log in', 'login:nl'],
      ['Word nu abonnee', 'cta:nl'],
      ['Alleen voor abonnees', 'subOnly:nl'],
      ['€ 1 per week, maandelijks opzegbaar', 'price-period'],
      ['Maandelijks opzegbaar', 'terms:nl'],
      ['Probeer 4 weken gratis', 'cta:nl'],
    ],
    news: [
      'Het kabinet trekt volgend jaar 2 miljard euro extra uit voor de zorg, zo maakte de minister bekend.',
      'De krant meldt dat het aantal abonnees vorig jaar met 4 procent is gestegen.',
    ],
    consent: 'Wij gebruiken cookies om onze website te verbeteren. Alles accepteren of cookie-instellingen wijzigen.',
  },
  hi: {
    offers: [
      ['मुफ़्त खाता बनाकर पूरा लेख पढ़ें', 'register:hi'],
      ['आपके मुफ़्त लेख इस महीने ख़त्म हो गए हैं', 'meter:hi'],
      ['सदस्यता लेकर पढ़ना जारी रखें', 'gate:hi'],
      ['आपने मुफ्त लेखों की सीमा पूरी कर ली है', 'meter:hi'],
      ['केवल सब्सक्राइबर्स के लिए', 'subOnly:hi'],
      ['पूरा लेख पढ़ने के लिए सब्सक्राइब करें', 'gate:hi'],
      ['अभी सब्सक्राइब करें', 'cta:hi'],
      ['₹300/माह', 'price-period'],
      ['₹99 प्रति माह', 'price-period'],
      ['₹300/Month', 'price-period'],
      ['Rs 99 per month', 'price-period'],
    ],
    news: [
      'प्रधानमंत्री ने मंगलवार को नई दिल्ली में किसानों के लिए नई योजना की घोषणा की।',
      'सरकार ने पेट्रोल की कीमत में 2 रुपये प्रति लीटर की कटौती की है।',
      'The RBI kept the repo rate unchanged at 6.5% on Friday, Governor Shaktikanta Das said.',
    ],
    consent: 'हम कुकीज़ का उपयोग करते हैं। सभी स्वीकार करें या गोपनीयता नीति पढ़ें।',
  },
  ja: {
    offers: [
      ['アカウントをお持ちですか？ログイン', 'login:ja'],
      ['この記事は有料会員限定です', 'subOnly:ja'],
      ['無料会員に登録すると続きを読めます', 'register:ja'],
      ['月額1,000円(税込)', 'price-period'],
      ['1,000円/月', 'price-period'],
      ['続きを読むには、ログインしてください', 'gate:ja'],
      ['すでに会員の方はログイン', 'login:ja'],
    ],
    news: [
      '政府は21日、来年度の予算案を閣議決定した。総額は過去最大となる見通しだ。',
      '東京株式市場で日経平均株価は一時500円以上値下がりした。',
    ],
    consent: '当サイトではクッキーを使用しています。プライバシーポリシーに同意してください。',
  },
  zh: {
    offers: [
      ['本文仅限订阅用户阅读', 'subOnly:zh'],
      ['立即订阅', 'cta:zh'],
      ['订阅后即可阅读全文', 'gate:zh'],
      ['每月30元', 'price-period'],
      ['30元/月', 'price-period'],
      ['已是订阅用户？请登录', 'login:zh'],
    ],
    news: ['国务院周三召开常务会议，部署进一步稳定经济的措施。', '该公司表示，第三季度营收同比增长12%，达到50亿元。'],
    consent: '我们使用cookie来改善您的体验。接受所有或阅读隐私政策。',
  },
  ru: {
    offers: [
      ['Этот материал доступен только подписчикам', 'subOnly:ru'],
      ['Оформите подписку, чтобы читать дальше', 'gate:ru'],
      ['Уже есть подписка? Войти', 'login:ru'],
      ['299 ₽/мес', 'price-period'],
      ['Отменить подписку можно в любой момент', 'terms:ru'],
      ['Вы исчерпали лимит бесплатных статей', 'meter:ru'],
    ],
    news: [
      'Президент провел совещание с членами правительства по экономическим вопросам.',
      'Число подписчиков сервиса выросло до 10 млн, сообщила компания в пятницу.',
    ],
    consent: 'Мы используем файлы cookie. Принять все или узнать больше.',
  },
  ar: {
    offers: [
      ['هذا المحتوى للمشتركين فقط', 'subOnly:ar'],
      ['اشترك الآن', 'cta:ar'],
      ['هل أنت مشترك بالفعل؟ تسجيل الدخول', 'login:ar'],
      ['اشترك لمواصلة القراءة', 'gate:ar'],
      ['٣٠ درهم / شهر', 'price-period'],
    ],
    news: ['قال رئيس الوزراء إن الحكومة ستعلن عن خطة جديدة للإصلاح الاقتصادي الأسبوع المقبل.', 'ارتفعت أسعار النفط بنسبة 2 في المئة يوم الاثنين.'],
    consent: 'نستخدم ملفات تعريف الارتباط لتحسين تجربتك. قبول الكل.',
  },
  pl: {
    offers: [
      ['Został Ci 1 darmowy artykuł w tym miesiącu', 'meter:pl'],
      ['Treść premium dla prenumeratorów', 'subOnly:pl'],
      ['Masz już konto? Zaloguj się', 'login:pl'],
      ['Wykup subskrypcję', 'cta:pl'],
      ['19,99 zł/mies.', 'price-period'],
      ['Aby czytać dalej, wykup dostęp', 'gate:pl'],
    ],
    news: ['Rząd przyjął w środę projekt budżetu na przyszły rok.', 'Ceny paliw wzrosły w tym tygodniu o 10 groszy na litrze.'],
    consent: 'Używamy plików cookies. Zaakceptuj wszystkie lub przeczytaj politykę prywatności.',
  },
  sv: {
    offers: [
      ['Endast för prenumeranter', 'subOnly:sv'],
      ['Är du redan prenumerant? Logga in', 'login:sv'],
      ['Bli prenumerant', 'cta:sv'],
      ['99 kr/mån, ingen bindningstid', 'price-period'],
      ['Ingen bindningstid', 'terms:sv'],
    ],
    news: ['Regeringen presenterade på tisdagen en ny budget för försvaret.', 'Tidningen har i dag fler prenumeranter än för tio år sedan.'],
    consent: 'Vi använder kakor för att förbättra webbplatsen. Godkänn alla eller läs vår integritetspolicy.',
  },
  tr: {
    offers: [
      ['Bu içerik sadece abonelere özel', 'subOnly:tr'],
      ['Hemen abone ol', 'cta:tr'],
      ['Okumaya devam etmek için giriş yapın', 'gate:tr'],
      ['49,99 TL/ay', 'price-period'],
      ['Zaten abone misiniz? Giriş yap', 'login:tr'],
    ],
    news: ['Merkez Bankası faiz oranını yüzde 50 seviyesinde sabit tuttu.', 'Bakan, yeni düzenlemenin gelecek ay yürürlüğe gireceğini söyledi.'],
    consent: 'Sitemizde çerezler kullanılmaktadır. Tümünü kabul et veya KVKK metnini okuyun.',
  },
};

describe('language tables', () => {
  it('every table has a test case, and every case a table', () => {
    expect(Object.keys(CASES).sort()).toEqual(LANGS.map((t) => t.lang).sort());
  });

  for (const [lang, c] of Object.entries(CASES)) {
    describe(lang, () => {
      it('has at least 4 offer lines and 2 news sentences', () => {
        expect(c.offers.length).toBeGreaterThanOrEqual(4);
        expect(c.news.length).toBeGreaterThanOrEqual(2);
      });
      for (const [line, reason] of c.offers) {
        it(`offer line: ${line}`, () => {
          expect(isOfferLine(line)).toBe(true);
          expect(judgeOfferText(line).reasons).toContain(reason);
        });
      }
      for (const line of c.news) {
        it(`news sentence: ${line}`, () => {
          expect(isOfferLine(line)).toBe(false);
          expect(judgeOfferText(line).score).toBeLessThanOrEqual(TALK_CAP);
        });
      }
      it('consent text is consent, not an offer', () => {
        const consent = judgeConsentText(c.consent);
        expect(consent.score).toBeGreaterThan(0);
        expect(consent.reasons).toContain(`consent:${lang}`);
        expect(isOfferLine(c.consent)).toBe(false);
        expect(judgeOfferText(c.consent).score).toBeLessThan(consent.score);
      });
      it('news sentences are not consent text', () => {
        for (const line of c.news) expect(judgeConsentText(line).score).toBe(0);
      });
    });
  }
});
