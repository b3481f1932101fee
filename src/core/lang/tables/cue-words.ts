/**
 * Cue words: which Latin-script language a short text is written in, for choosing the
 * language table that should judge it (src/core/lang/text-langs.ts). Offer clutter is often in
 * another language than the page declares (syndicated text, offers localised by the reader's
 * location, mislabelled templates), and it is short: a few dozen words. So each language lists
 * its most frequent short words AND the everyday vocabulary of offers (subscribe, month, sign
 * in, read on, free, now), since a ten-word bar may hold no function word at all.
 *
 * Rules for an entry: lower case, one word (no spaces), and a word English text practically
 * never uses (left out: "die", "is", "per", "gratis", "premium", "online", "van", "los", "mit",
 * names and abbreviations common in English news). `en` is the yardstick: a text counts as
 * another language only when that language's cues outnumber the English ones.
 *
 * Non-Latin scripts are told by their script (SCRIPT_LANGS in ../page-langs.ts).
 */
export const CUE_WORDS: Record<string, readonly string[]> = {
  en: [
    'the', 'and', 'to', 'of', 'you', 'your', 'for', 'is', 'are', 'with', 'this', 'that', 'read', 'reading', 'subscribe', 'subscription',
    'month', 'year', 'week', 'day', 'sign', 'log', 'account', 'already', 'free', 'now', 'get', 'access', 'unlimited', 'articles', 'article',
    'continue', 'have', 'has', 'our', 'all', 'just', 'only', 'plan', 'plans', 'today', 'cancel', 'anytime',
  ],
  de: [
    'und', 'der', 'das', 'nicht', 'sich', 'auf', 'für', 'ist', 'den', 'eine', 'ein', 'wird', 'auch', 'sie', 'zu', 'von', 'ihr', 'ihre',
    'ihren', 'jetzt', 'abo', 'abonnieren', 'abonnement', 'monat', 'monate', 'monatlich', 'jahr', 'woche', 'anmelden',
    'einloggen', 'registrieren', 'konto', 'kostenlos', 'kostenlose', 'kostenlosen', 'weiterlesen', 'lesen', 'artikel', 'zugang',
    'unbegrenzten', 'unbegrenzter', 'bereits', 'abonnent', 'abonnentin', 'jederzeit', 'kündbar', 'nur', 'danach', 'testen', 'sichern',
    'haben', 'erreicht', 'alle', 'inhalte', 'mehr', 'zum', 'zur',
  ],
  fr: [
    'les', 'des', 'est', 'une', 'pour', 'dans', 'qui', 'pas', 'sur', 'avec', 'être', 'mais', 'cette', 'sont', 'aux', 'du', 'le', 'la',
    'et', 'vous', 'votre', 'vos', 'abonnez', 'abonner', 'abonnement', 'abonné', 'abonnée', 'abonnés', 'mois', 'semaine', 'jour',
    'connecter', 'connectez', 'compte', 'gratuit', 'gratuits', 'gratuite', 'lire', 'lecture', 'articles', 'accès', 'illimité',
    'déjà', 'offre', 'engagement', 'résiliable', 'tout', 'puis', 'seulement', 'avez', 'atteint', 'limite',
  ],
  es: [
    'el', 'del', 'que', 'por', 'con', 'una', 'para', 'pero', 'como', 'más', 'está', 'sus', 'es', 'la', 'se', 'tu', 'su', 'suscríbete',
    'suscribirse', 'suscripción', 'suscriptor', 'suscriptores', 'mes', 'meses', 'año', 'semana', 'día', 'iniciar', 'sesión', 'cuenta',
    'gratuita', 'gratuitos', 'leer', 'lectura', 'seguir', 'artículos', 'artículo', 'acceso', 'ilimitado', 'ya', 'ahora',
    'oferta', 'cancela', 'cualquier', 'momento', 'luego', 'después', 'alcanzado', 'límite',
  ],
  it: [
    'il', 'gli', 'che', 'di', 'una', 'sono', 'della', 'del', 'con', 'anche', 'questo', 'più', 'è', 'la', 'le', 'tuo', 'tua', 'abbonati',
    'abbonarti', 'abbonamento', 'abbonato', 'mese', 'mesi', 'anno', 'settimana', 'giorno', 'accedi', 'accesso', 'registrati',
    'gratuito', 'gratuiti', 'leggi', 'leggere', 'continua', 'articoli', 'illimitato', 'già', 'ora', 'offerta', 'disdici', 'qualsiasi',
    'momento', 'poi', 'hai', 'raggiunto', 'limite',
  ],
  pt: [
    'não', 'uma', 'para', 'em', 'dos', 'das', 'mais', 'como', 'ao', 'ser', 'está', 'foi', 'é', 'que', 'da', 'do', 'seu', 'sua', 'você',
    'assine', 'assinar', 'assinatura', 'assinante', 'assinantes', 'mês', 'meses', 'ano', 'semana', 'dia', 'entrar', 'entre', 'conta',
    'grátis', 'gratuita', 'gratuito', 'leia', 'ler', 'leitura', 'continuar', 'artigos', 'matérias', 'acesso', 'ilimitado', 'já', 'agora',
    'oferta', 'cancele', 'qualquer', 'momento', 'depois', 'apenas', 'atingiu', 'limite',
  ],
  nl: [
    'het', 'een', 'niet', 'voor', 'zijn', 'dat', 'met', 'ook', 'maar', 'wordt', 'bij', 'naar', 'deze', 'en', 'de', 'je', 'jouw', 'uw',
    'abonneer', 'abonnement', 'abonnee', 'maand', 'maanden', 'jaar', 'dag', 'inloggen', 'lees',
    'lezen', 'verder', 'artikelen', 'onbeperkt', 'toegang', 'nu', 'aanbod', 'opzegbaar', 'daarna', 'alleen', 'bereikt', 'limiet',
  ],
  pl: [
    'się', 'nie', 'że', 'jest', 'na', 'jak', 'ale', 'oraz', 'przez', 'dla', 'jego', 'już', 'tylko', 'czy', 'od', 'subskrypcja',
    'subskrybuj', 'prenumerata', 'miesiąc', 'miesięcznie', 'zaloguj', 'konto', 'darmowe', 'czytaj', 'dalej', 'artykułów', 'dostęp',
    'nieograniczony', 'teraz', 'oferta',
  ],
  sv: [
    'och', 'att', 'det', 'är', 'som', 'på', 'för', 'med', 'av', 'inte', 'har', 'den', 'ett', 'om', 'prenumerera', 'prenumeration',
    'månad', 'månaden', 'logga', 'konto', 'läs', 'vidare', 'artiklar', 'tillgång', 'obegränsad', 'redan', 'nu', 'erbjudande',
  ],
  tr: [
    'bir', 'bu', 'için', 'ile', 'olarak', 'çok', 'daha', 'gibi', 'ama', 'kadar', 'olan', 'değil', 'da', 'de', 'abone', 'ol', 'abonelik',
    'aylık', 'ay', 'giriş', 'yap', 'hesap', 'ücretsiz', 'oku', 'okumaya', 'devam', 'sınırsız', 'erişim', 'şimdi', 'zaten',
  ],
};

/**
 * Cue letters: letters that, among the shipped Latin-script languages, only one writes. A short
 * line may hold no cue word at all ("Został Ci 1 darmowy artykuł"), but two of these letters
 * name its language. Asked only when the cue words cannot tell.
 */
export const CUE_LETTERS: Record<string, string> = {
  pl: 'łżźśćńąę',
  tr: 'ğışİ',
  de: 'ß',
  es: 'ñ¿¡',
  pt: 'ãõ',
  fr: 'œ',
  sv: 'å',
};
