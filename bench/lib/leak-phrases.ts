/**
 * The benchmark's own leak vocabulary: a FIXED list of phrases that, in a reader text, mean a
 * subscription offer, a log-in prompt or a metered-article notice got through. It is the
 * judge of the reader's pruning, so it is deliberately independent of it: written by hand for
 * the benchmark, it imports nothing from `src/` (no `isOfferLine`, no language table the
 * reader or the detector uses) and is not generated from them. A unit test checks both.
 *
 * One list per language the extension ships offer vocabulary for (src/core/lang/tables/).
 * Entries are lower-case words or phrases matched as whole words (see leak-judge.ts); a
 * trailing `*` lets any letters follow (a stem: `abonn*`). Prices are matched by their period
 * (`per month`, `/mois`), which a news paragraph rarely writes in that shape. Words that are
 * everyday verbs in a language (pt "entrar", ru "войти") are left out on purpose: they would
 * flag article sentences; so are verbs like nl "registreren" and zh "每月" alone (a fixture's
 * article says "the sensors register" and "tested every month"), kept only in offer shapes.
 */
export const LEAK_PHRASES: Readonly<Record<string, readonly string[]>> = {
  en: [
    'subscribe', 'subscribe now', 'subscription', 'subscriptions', 'subscriber', 'subscribers', 'sign in', 'log in', 'login',
    'sign up', 'free articles', 'free article', 'per month', '/month', '/mo', 'a month for', 'unlimited access', 'unlimited digital access',
    'already a subscriber', 'already subscribed', 'free trial', 'cancel anytime', 'cancel at any time', 'continue reading',
    'register to continue', 'create a free account', 'article limit', 'paywall',
  ],
  de: [
    'abonnieren', 'abonnement', 'abonnent*', 'abo', 'abos', 'anmelden', 'einloggen', 'jetzt registrieren', 'kostenlos registrieren', 'kostenlose artikel', 'freie artikel',
    'pro monat', 'im monat', '/monat', 'mtl.', 'jetzt abonnieren', 'bereits abonnent', 'weiterlesen mit', 'jederzeit kündbar', 'monatlich kündbar',
    'probeabo', 'digitalabo', 'unbegrenzter zugang', 'zugang zu allen artikeln',
  ],
  fr: [
    "s'abonner", 'abonnez-vous', 'abonnement', 'abonnements', 'abonné', 'abonnés', 'se connecter', 'connectez-vous', 'je me connecte',
    'articles gratuits', 'article gratuit', 'par mois', '/mois', 'accès illimité', 'déjà abonné', 'essai gratuit', 'sans engagement',
    'lire la suite', "je m'abonne", 'créer un compte',
  ],
  es: [
    'suscríbete', 'suscribirse', 'suscripción', 'suscripciones', 'suscriptor', 'suscriptores', 'iniciar sesión', 'inicia sesión',
    'regístrate', 'artículos gratuitos', 'artículos gratis', 'al mes', 'por mes', '/mes', 'acceso ilimitado', 'ya eres suscriptor',
    'ya soy suscriptor', 'prueba gratuita', 'cancela cuando quieras', 'sigue leyendo',
  ],
  it: [
    'abbonati', 'abbonarsi', 'abbonamento', 'abbonamenti', 'abbonato', 'accedi', 'registrati', 'articoli gratuiti', 'al mese', '/mese',
    'accesso illimitato', 'sei già abbonato', 'già abbonato', 'prova gratuita', 'disdici quando vuoi', 'continua a leggere',
  ],
  pt: [
    'assine', 'assinar', 'assinatura', 'assinaturas', 'assinante', 'assinantes', 'subscreva', 'subscrição', 'faça login', 'fazer login',
    'inicie sessão', 'iniciar sessão', 'cadastre-se', 'artigos gratuitos', 'por mês', '/mês', 'acesso ilimitado', 'já é assinante',
    'já sou assinante', 'teste grátis', 'continue lendo', 'continuar a ler',
  ],
  nl: [
    'abonneer', 'abonneren', 'abonnement', 'abonnementen', 'abonnee', 'abonnees', 'inloggen', 'log in', 'registreer nu', 'gratis registreren',
    'gratis artikelen', 'gratis artikel', 'per maand', '/maand', 'onbeperkt toegang', 'onbeperkte toegang', 'al abonnee',
    'proefabonnement', 'maandelijks opzegbaar', 'lees verder met',
  ],
  pl: [
    'subskrybuj', 'subskrypcja', 'subskrypcji', 'subskrypcję', 'prenumerata', 'prenumeraty', 'prenumeratę', 'prenumeruj', 'zaloguj się',
    'zaloguj', 'zarejestruj się', 'darmowe artykuły', 'bezpłatne artykuły', 'miesięcznie', 'zł/mies', '/mies', 'zł/miesiąc',
    'dostęp bez ograniczeń', 'nieograniczony dostęp', 'masz już subskrypcję', 'czytaj dalej',
  ],
  sv: [
    'prenumerera', 'prenumeration', 'prenumerationer', 'prenumerant', 'prenumeranter', 'logga in', 'skapa konto', 'gratis artiklar',
    'per månad', 'kr/mån', '/mån', 'obegränsad tillgång', 'redan prenumerant', 'provperiod', 'läs vidare', 'ingen bindningstid',
  ],
  ru: [
    'подписаться', 'подпишитесь', 'подписка', 'подписки', 'подписку', 'подписчик', 'подписчики', 'подписчиков', 'войдите',
    'зарегистрируйтесь', 'бесплатных статей', 'бесплатные статьи', 'в месяц', 'руб./мес', 'руб/мес', '₽/мес', '/мес',
    'неограниченный доступ', 'уже подписаны', 'пробный период', 'читать дальше',
  ],
  tr: [
    'abone ol', 'abone olun', 'abonelik', 'aboneliği', 'abonelikler', 'aboneler', 'giriş yap', 'giriş yapın', 'oturum aç', 'üye ol',
    'ücretsiz makale', 'ücretsiz haber', 'ücretsiz içerik', 'aylık', '/ay', 'sınırsız erişim', 'zaten abone', 'okumaya devam',
  ],
  ar: [
    'اشترك', 'اشتركوا', 'اشتراك', 'الاشتراك', 'اشتراكك', 'مشترك', 'المشتركين', 'تسجيل الدخول', 'سجل الدخول', 'مقالات مجانية',
    'شهريا', 'شهرياً', 'في الشهر', '/شهر', 'وصول غير محدود', 'مشترك بالفعل', 'تجربة مجانية', 'تابع القراءة',
  ],
  hi: [
    'सदस्यता', 'सब्सक्राइब', 'सब्सक्रिप्शन', 'लॉग इन', 'लॉगिन', 'साइन इन', 'मुफ्त लेख', 'मुफ़्त लेख', 'प्रति माह', 'प्रति महीना',
    '/माह', '/महीना', 'असीमित पहुंच', 'असीमित एक्सेस', 'पहले से सदस्य', 'आगे पढ़ें',
  ],
  ja: [
    '購読', '定期購読', '購読する', 'ログイン', '会員登録', '無料会員', '有料会員', '無料記事', '月額', '/月', '読み放題',
    '続きを読む', '続きを読むには', '無料で読める', 'お試し',
  ],
  zh: [
    '订阅', '訂閱', '登录', '登錄', '登入', '注册', '註冊', '免费文章', '免費文章', '每月仅需', '每月只需', '元/月', '/月', '无限阅读', '無限閱讀',
    '已是订阅用户', '已訂閱', '阅读全文', '閱讀全文', '免费试用', '免費試用',
  ],
};
