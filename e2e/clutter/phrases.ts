/**
 * The generator's own phrase banks: offer, limit, sign-in and checkout texts in ten languages,
 * written for this generator (not taken from the detector's tables in src/core/lang/tables/, nor
 * quoted from real sites). The language of a page's clutter is drawn independently of the page's
 * own language, as sites mislabel, syndicate and localise by the reader's location.
 */
export const LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'hi', 'ja'] as const;
export type Lang = (typeof LANGS)[number];

export interface Phrases {
  /** Headline of a limit / offer modal or panel. */
  limitTitle: string[];
  /** One explaining sentence under it. */
  limitBody: string[];
  /** The main call to action. */
  subscribe: string[];
  /** "Already a subscriber?" */
  signInPrompt: string[];
  /** The sign-in link text. */
  signIn: string[];
  /** A slim bar's text; `{price}` is replaced by a price with its period. */
  bar: string[];
  /** A toast's text; may hold `{price}`. */
  toast: string[];
  /** A gate's headline (sign in / register to keep reading). */
  gateTitle: string[];
  gateBody: string[];
  /** Plan names for plan cards. */
  plans: string[];
  /** Short benefits listed on a card. */
  perks: string[];
  /** The close button's accessible name. */
  close: string;
  /** A dismiss link. */
  later: string[];
  checkoutTitle: string[];
  cardNumber: string;
  pay: string[];
  /** How a price's period is written after the amount. */
  period: { day: string; week: string; month: string; year: string };
  /** Decimal separator used in this language's prices. */
  decimal: '.' | ',';
}

export const PHRASES: Record<Lang, Phrases> = {
  en: {
    limitTitle: ["That's all your free reading for now", 'You have opened every free story this month', 'Your complimentary articles have run out', 'Keep reading with a membership'],
    limitBody: ['Independent reporting costs money. Become a member to unlock every story, every day.', 'Pick a plan below and carry on exactly where you stopped.', 'Members get unlimited access on every device, with no meter.'],
    subscribe: ['Become a member', 'Start my plan', 'Unlock everything', 'Join today'],
    signInPrompt: ['Already paying for access?', 'Have an account with us?', 'Member already?'],
    signIn: ['Log in here', 'Sign in', 'Access your account'],
    bar: ['Read without limits from {price}', 'Special offer: full access for {price}', 'Support our newsroom — only {price}'],
    toast: ['2 free stories left this month', 'Enjoying this? Members pay just {price}', 'One more free article remaining'],
    gateTitle: ['Log in to keep reading', 'Create a free account to see the rest', 'The rest of this story is for registered readers'],
    gateBody: ['It takes less than a minute and costs nothing.', 'Registration unlocks this article and our daily briefing.'],
    plans: ['Digital', 'Digital + Print', 'All Access', 'Basic', 'Premium'],
    perks: ['Unlimited articles', 'Ad-light reading', 'Cancel any time', 'Full archive'],
    close: 'Close',
    later: ['Not now', 'Maybe later', 'No thanks'],
    checkoutTitle: ['Secure checkout', 'Complete your membership'],
    cardNumber: 'Card number',
    pay: ['Pay now', 'Confirm and subscribe'],
    period: { day: '/day', week: '/week', month: '/month', year: '/year' },
    decimal: '.',
  },
  de: {
    limitTitle: ['Ihr Kontingent an Gratistexten ist aufgebraucht', 'Weiterlesen mit einem Digitalpaket', 'Diesen Monat haben Sie alle freien Beiträge gelesen'],
    limitBody: ['Guter Journalismus braucht Unterstützung. Wählen Sie ein Paket und lesen Sie sofort weiter.', 'Mit einem Zugang lesen Sie alle Artikel auf jedem Gerät, ohne Zähler.', 'Jetzt testen und jederzeit monatlich kündbar.'],
    subscribe: ['Jetzt Zugang sichern', 'Paket wählen', 'Sofort weiterlesen', 'Abo starten'],
    signInPrompt: ['Sie haben bereits ein Konto?', 'Schon Abonnentin oder Abonnent?'],
    signIn: ['Hier anmelden', 'Einloggen', 'Zum Login'],
    bar: ['Alle Texte lesen ab {price}', 'Nur jetzt: Vollzugriff für {price}', 'Unabhängigen Journalismus unterstützen – {price}'],
    toast: ['Noch 1 freier Artikel in diesem Monat', 'Gefällt Ihnen der Text? Lesen Sie weiter für {price}'],
    gateTitle: ['Melden Sie sich an, um weiterzulesen', 'Kostenlos registrieren und den ganzen Text lesen'],
    gateBody: ['Die Registrierung dauert nur einen Moment.', 'Mit einem kostenlosen Konto lesen Sie diesen Beitrag vollständig.'],
    plans: ['Digital Basis', 'Digital Plus', 'Komplett', 'E-Paper'],
    perks: ['Unbegrenzt lesen', 'Weniger Werbung', 'Monatlich kündbar', 'Alle Ausgaben als E-Paper'],
    close: 'Schließen',
    later: ['Später', 'Nein, danke'],
    checkoutTitle: ['Sichere Bezahlung', 'Bestellung abschließen'],
    cardNumber: 'Kartennummer',
    pay: ['Zahlungspflichtig bestellen', 'Jetzt bezahlen'],
    period: { day: ' pro Tag', week: ' pro Woche', month: ' im Monat', year: ' im Jahr' },
    decimal: ',',
  },
  fr: {
    limitTitle: ['Vous avez lu tous vos articles offerts', 'Poursuivez votre lecture en vous abonnant', 'Cet article est réservé à nos membres'],
    limitBody: ['Soutenez une rédaction indépendante et accédez à tous nos contenus sans limite.', 'Choisissez une formule et reprenez votre lecture immédiatement.', 'Sans engagement, résiliable à tout moment.'],
    subscribe: ["Je m'abonne", 'Choisir cette offre', 'Profiter de l’offre', 'Débloquer l’article'],
    signInPrompt: ['Déjà membre ?', 'Vous avez déjà un compte ?'],
    signIn: ['Connectez-vous', 'Se connecter', 'Accéder à mon compte'],
    bar: ['Accès illimité dès {price}', 'Offre du moment : {price} seulement', 'Lisez tout pour {price}'],
    toast: ['Il vous reste 1 article gratuit ce mois-ci', 'Cet article vous plaît ? Abonnez-vous pour {price}'],
    gateTitle: ['Connectez-vous pour lire la suite', 'Créez un compte gratuit pour continuer'],
    gateBody: ['L’inscription est gratuite et ne prend qu’une minute.', 'La suite de cet article est accessible après connexion.'],
    plans: ['Essentiel', 'Intégral', 'Numérique', 'Papier + numérique'],
    perks: ['Tous les articles', 'Moins de publicité', 'Sans engagement', 'Le journal en PDF'],
    close: 'Fermer',
    later: ['Plus tard', 'Non merci'],
    checkoutTitle: ['Paiement sécurisé', 'Finaliser mon abonnement'],
    cardNumber: 'Numéro de carte',
    pay: ['Payer', 'Valider mon abonnement'],
    period: { day: ' par jour', week: ' par semaine', month: ' par mois', year: ' par an' },
    decimal: ',',
  },
  es: {
    limitTitle: ['Has agotado tus artículos gratuitos', 'Sigue leyendo con una suscripción', 'Este contenido es exclusivo para suscriptores'],
    limitBody: ['El periodismo de calidad necesita lectores comprometidos. Elige un plan y continúa.', 'Acceso ilimitado desde cualquier dispositivo, sin permanencia.', 'Cancela cuando quieras, sin compromiso.'],
    subscribe: ['Suscríbete ahora', 'Elegir plan', 'Quiero acceso total', 'Empezar'],
    signInPrompt: ['¿Ya tienes una cuenta?', '¿Ya eres suscriptor?'],
    signIn: ['Inicia sesión', 'Entrar', 'Accede aquí'],
    bar: ['Lee sin límites por {price}', 'Oferta especial: {price}', 'Apoya el periodismo independiente por {price}'],
    toast: ['Te queda 1 artículo gratis este mes', '¿Te gusta lo que lees? Suscríbete por {price}'],
    gateTitle: ['Regístrate para seguir leyendo', 'Inicia sesión para leer el artículo completo'],
    gateBody: ['Crear una cuenta es gratis y rápido.', 'El resto de esta noticia está disponible para usuarios registrados.'],
    plans: ['Digital', 'Premium', 'Completo', 'Básico'],
    perks: ['Artículos ilimitados', 'Menos anuncios', 'Sin permanencia', 'Hemeroteca completa'],
    close: 'Cerrar',
    later: ['Ahora no', 'Quizás más tarde'],
    checkoutTitle: ['Pago seguro', 'Completa tu suscripción'],
    cardNumber: 'Número de tarjeta',
    pay: ['Pagar ahora', 'Confirmar suscripción'],
    period: { day: ' al día', week: ' a la semana', month: ' al mes', year: ' al año' },
    decimal: ',',
  },
  it: {
    limitTitle: ['Hai letto tutti gli articoli gratuiti', 'Continua a leggere con un abbonamento', 'Contenuto riservato agli abbonati'],
    limitBody: ['Sostieni il giornalismo di qualità: scegli un piano e leggi senza limiti.', 'Accesso completo da ogni dispositivo, disdici quando vuoi.'],
    subscribe: ['Abbonati ora', 'Scegli il piano', 'Attiva l’offerta', 'Sblocca tutto'],
    signInPrompt: ['Sei già abbonato?', 'Hai già un account?'],
    signIn: ['Accedi', 'Entra', 'Vai al tuo account'],
    bar: ['Leggi tutto a {price}', 'Offerta limitata: {price}', 'Tutti gli articoli per {price}'],
    toast: ['Ti resta 1 articolo gratuito', 'Ti piace questo articolo? Abbonati a {price}'],
    gateTitle: ['Accedi per continuare a leggere', 'Registrati gratis per leggere tutto'],
    gateBody: ['La registrazione è gratuita e richiede un minuto.', 'Il resto dell’articolo è per gli utenti registrati.'],
    plans: ['Digitale', 'Premium', 'Tutto incluso', 'Base'],
    perks: ['Articoli illimitati', 'Meno pubblicità', 'Disdici quando vuoi', 'Edizione sfogliabile'],
    close: 'Chiudi',
    later: ['Non ora', 'No grazie'],
    checkoutTitle: ['Pagamento sicuro', 'Completa l’abbonamento'],
    cardNumber: 'Numero della carta',
    pay: ['Paga ora', 'Conferma'],
    period: { day: ' al giorno', week: ' a settimana', month: ' al mese', year: ' all’anno' },
    decimal: ',',
  },
  pt: {
    limitTitle: ['Você atingiu o limite de matérias gratuitas', 'Continue lendo com uma assinatura', 'Conteúdo exclusivo para assinantes'],
    limitBody: ['Apoie o jornalismo profissional e tenha acesso ilimitado a todas as reportagens.', 'Escolha um plano e volte à leitura agora mesmo.'],
    subscribe: ['Assine já', 'Escolher plano', 'Quero assinar', 'Liberar acesso'],
    signInPrompt: ['Já é assinante?', 'Já tem uma conta?'],
    signIn: ['Entre aqui', 'Fazer login', 'Acessar conta'],
    bar: ['Acesso ilimitado por {price}', 'Oferta especial: {price}', 'Assine a partir de {price}'],
    toast: ['Resta 1 matéria gratuita este mês', 'Gostando da leitura? Assine por {price}'],
    gateTitle: ['Faça login para continuar lendo', 'Cadastre-se grátis para ler a matéria completa'],
    gateBody: ['O cadastro é gratuito e rápido.', 'O restante deste texto está disponível para leitores cadastrados.'],
    plans: ['Digital', 'Completo', 'Premium', 'Básico'],
    perks: ['Leitura ilimitada', 'Menos anúncios', 'Cancele quando quiser', 'Acervo completo'],
    close: 'Fechar',
    later: ['Agora não', 'Depois'],
    checkoutTitle: ['Pagamento seguro', 'Finalize sua assinatura'],
    cardNumber: 'Número do cartão',
    pay: ['Pagar agora', 'Confirmar assinatura'],
    period: { day: ' por dia', week: ' por semana', month: ' por mês', year: ' por ano' },
    decimal: ',',
  },
  nl: {
    limitTitle: ['Je gratis artikelen zijn op', 'Lees verder met een abonnement', 'Dit artikel is alleen voor abonnees'],
    limitBody: ['Steun onafhankelijke journalistiek en lees onbeperkt op al je apparaten.', 'Kies een pakket en lees direct verder, maandelijks opzegbaar.'],
    subscribe: ['Neem een abonnement', 'Kies dit pakket', 'Direct verder lezen'],
    signInPrompt: ['Ben je al abonnee?', 'Heb je al een account?'],
    signIn: ['Log hier in', 'Inloggen'],
    bar: ['Onbeperkt lezen voor {price}', 'Tijdelijk aanbod: {price}'],
    toast: ['Nog 1 gratis artikel deze maand', 'Bevalt het? Lees verder voor {price}'],
    gateTitle: ['Log in om verder te lezen', 'Maak een gratis account aan om alles te lezen'],
    gateBody: ['Registreren is gratis en snel.', 'De rest van dit stuk is voor geregistreerde lezers.'],
    plans: ['Digitaal', 'Compleet', 'Basis', 'Premium'],
    perks: ['Onbeperkt lezen', 'Minder advertenties', 'Maandelijks opzegbaar'],
    close: 'Sluiten',
    later: ['Niet nu', 'Nee, bedankt'],
    checkoutTitle: ['Veilig betalen', 'Rond je abonnement af'],
    cardNumber: 'Kaartnummer',
    pay: ['Nu betalen', 'Bevestigen'],
    period: { day: ' per dag', week: ' per week', month: ' per maand', year: ' per jaar' },
    decimal: ',',
  },
  pl: {
    limitTitle: ['Wykorzystałeś limit darmowych artykułów', 'Czytaj dalej z prenumeratą', 'Ten tekst jest dostępny dla subskrybentów'],
    limitBody: ['Wspieraj niezależne dziennikarstwo i czytaj bez ograniczeń na każdym urządzeniu.', 'Wybierz pakiet i wróć do lektury od razu.'],
    subscribe: ['Wykup dostęp', 'Wybieram pakiet', 'Czytaj dalej'],
    signInPrompt: ['Masz już konto?', 'Jesteś już subskrybentem?'],
    signIn: ['Zaloguj się', 'Przejdź do logowania'],
    bar: ['Pełny dostęp za {price}', 'Oferta specjalna: {price}'],
    toast: ['Został Ci 1 darmowy artykuł w tym miesiącu', 'Podoba Ci się? Czytaj dalej za {price}'],
    gateTitle: ['Zaloguj się, aby czytać dalej', 'Załóż darmowe konto i przeczytaj całość'],
    gateBody: ['Rejestracja jest bezpłatna i trwa chwilę.', 'Dalsza część tekstu jest dla zarejestrowanych czytelników.'],
    plans: ['Cyfrowy', 'Premium', 'Pełny', 'Podstawowy'],
    perks: ['Bez limitu artykułów', 'Mniej reklam', 'Rezygnacja w każdej chwili'],
    close: 'Zamknij',
    later: ['Nie teraz', 'Później'],
    checkoutTitle: ['Bezpieczna płatność', 'Dokończ zamówienie'],
    cardNumber: 'Numer karty',
    pay: ['Zapłać teraz', 'Potwierdź'],
    period: { day: ' dziennie', week: ' tygodniowo', month: ' miesięcznie', year: ' rocznie' },
    decimal: ',',
  },
  hi: {
    limitTitle: ['आपके मुफ़्त लेख इस महीने ख़त्म हो गए हैं', 'सदस्यता लेकर पढ़ना जारी रखें', 'यह लेख केवल सदस्यों के लिए है'],
    limitBody: ['निष्पक्ष पत्रकारिता का साथ दें और हर ख़बर बिना रुकावट पढ़ें।', 'कोई भी प्लान चुनें और तुरंत आगे पढ़ें।'],
    subscribe: ['अभी सदस्य बनें', 'प्लान चुनें', 'पूरा लेख पढ़ें'],
    signInPrompt: ['पहले से सदस्य हैं?', 'क्या आपका खाता है?'],
    signIn: ['लॉग इन करें', 'साइन इन करें'],
    bar: ['सिर्फ़ {price} में असीमित पढ़ें', 'ख़ास ऑफ़र: {price}'],
    toast: ['इस महीने 1 मुफ़्त लेख बचा है', 'पसंद आया? {price} में सदस्य बनें'],
    gateTitle: ['आगे पढ़ने के लिए लॉग इन करें', 'मुफ़्त खाता बनाकर पूरा लेख पढ़ें'],
    gateBody: ['पंजीकरण मुफ़्त है और एक मिनट लगता है।', 'लेख का बाकी हिस्सा पंजीकृत पाठकों के लिए है।'],
    plans: ['डिजिटल', 'प्रीमियम', 'वार्षिक', 'बेसिक'],
    perks: ['असीमित लेख', 'कम विज्ञापन', 'कभी भी रद्द करें'],
    close: 'बंद करें',
    later: ['अभी नहीं', 'बाद में'],
    checkoutTitle: ['सुरक्षित भुगतान', 'सदस्यता पूरी करें'],
    cardNumber: 'कार्ड नंबर',
    pay: ['भुगतान करें', 'पुष्टि करें'],
    period: { day: ' प्रतिदिन', week: ' प्रति सप्ताह', month: ' प्रति माह', year: ' प्रति वर्ष' },
    decimal: '.',
  },
  ja: {
    limitTitle: ['今月の無料記事はすべて読み終えました', '続きは有料会員になるとお読みいただけます', 'この記事は会員限定です'],
    limitBody: ['質の高い報道を支えてください。プランを選ぶとすぐに続きを読めます。', 'すべての端末で記事が読み放題。いつでも解約できます。'],
    subscribe: ['今すぐ登録', 'プランを選ぶ', '続きを読む'],
    signInPrompt: ['すでに会員の方は', 'アカウントをお持ちですか？'],
    signIn: ['ログイン', 'こちらからログイン'],
    bar: ['{price}で読み放題', '期間限定：{price}から'],
    toast: ['今月の無料記事は残り1本です', '気に入りましたか？{price}で続きを'],
    gateTitle: ['続きを読むにはログインしてください', '無料会員登録で全文をお読みいただけます'],
    gateBody: ['登録は無料で、1分ほどで完了します。', 'この先は登録会員の方のみお読みいただけます。'],
    plans: ['デジタル', 'プレミアム', 'ベーシック', '年間プラン'],
    perks: ['記事読み放題', '広告が少ない', 'いつでも解約可能'],
    close: '閉じる',
    later: ['あとで', '今はしない'],
    checkoutTitle: ['安全なお支払い', 'お申し込み手続き'],
    cardNumber: 'カード番号',
    pay: ['支払う', '申し込む'],
    period: { day: '／日', week: '／週', month: '／月', year: '／年' },
    decimal: '.',
  },
};

/** Currencies: symbol, whether it goes before the amount, and typical amounts. */
export const CURRENCIES = [
  { code: 'USD', symbol: '$', before: true, amounts: [0.25, 0.99, 1, 2.99, 4.99, 9.99, 15, 99] },
  { code: 'EUR', symbol: '€', before: false, amounts: [0.99, 1, 3.99, 7.99, 9.9, 14.99, 89] },
  { code: 'GBP', symbol: '£', before: true, amounts: [0.5, 1, 2, 5.99, 8.99, 12, 79] },
  { code: 'INR', symbol: '₹', before: true, amounts: [1, 29, 99, 199, 299, 999, 1499] },
  { code: 'JPY', symbol: '円', before: false, amounts: [100, 550, 980, 1980, 3300, 9800] },
  { code: 'BRL', symbol: 'R$', before: true, amounts: [1.9, 9.9, 19.9, 29.9, 199] },
  { code: 'CHF', symbol: 'CHF', before: true, amounts: [1, 9, 19, 24.9, 199] },
  { code: 'PLN', symbol: 'zł', before: false, amounts: [1, 9.99, 19.99, 29, 249] },
  { code: 'MXN', symbol: 'MX$', before: true, amounts: [9, 49, 99, 149, 999] },
] as const;

export const PERIODS = ['day', 'week', 'month', 'year'] as const;
export type Period = (typeof PERIODS)[number];

/** A price as the phrase bank's language writes it: "€ 9,99 im Monat", "$4.99/month", "980円／月". */
export function formatPrice(lang: Lang, currency: (typeof CURRENCIES)[number], amount: number, period: Period): string {
  const p = PHRASES[lang];
  const fixed = Number.isInteger(amount) ? String(amount) : amount.toFixed(2);
  const num = p.decimal === ',' ? fixed.replace('.', ',') : fixed;
  const money = currency.before ? `${currency.symbol}${currency.symbol.length > 1 ? ' ' : ''}${num}` : `${num}${currency.symbol === '円' ? '' : ' '}${currency.symbol}`;
  return `${money}${p.period[period]}`;
}
