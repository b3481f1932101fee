import { describe, expect, it } from 'vitest';
import { isOfferLine, judgeOfferText } from './index';

/**
 * Verbatim offer texts quoted in the field guide (/work/shared/reference/paywall-clutter.md §3),
 * each from a public source named there. Every one must be an offer line.
 */
const QUOTED: Record<string, string[]> = {
  en: [
    'Subscribe or log in to read the rest of this content.', // Leaky Paywall default
    'You must upgrade your account to read the rest of this content.', // Leaky Paywall default
    'Thanks for reading this short excerpt from the paid post! Fancy buying it to read all of it?', // LaterPay
    "We're glad you're enjoying The Washington Post. You're almost out of free articles for this month. Already a subscriber? Sign in",
    'You are currently reading 0 out of your 1 free articles this month. Please subscribe to receive unlimited access to this site. Already have an account? Sign In.',
    'This post is for paid subscribers', // Substack
    'Already a paid subscriber? Sign in', // Substack
    'Subscribe to continue reading', // Jetpack
    'Become a paid subscriber to get access to the rest of this post and other exclusive content.', // Jetpack
    'Subscriber-only content below', // Jetpack
    'Paid content below this line', // Jetpack
    'You have 2 free member-only stories left this month. Sign up for Medium and get an extra one', // Medium
    'Member-only story', // Medium
    'Create an account to read the full story. The author made this story available to Medium members only.', // Medium
    'To read this story, log in or subscribe',
    'This content is only available to subscribers.',
    'For subscribers',
    'Read this article and many more by subscribing today',
    'Join today to read the full story',
    'Protected content below this line', // Memberful editor
    '5.00 $ / month',
  ],
  de: [
    'Dieser Artikel ist nur mit Abo zugänglich.',
    'BZ-Plus-Artikel - exklusiv im Abo',
    'Mit BZ-Digital Basis direkt weiterlesen:',
    '3 € / Monat',
    'danach 15,90 € / Monat',
    'SPIEGEL Plus',
    'WELTplus',
    'F+',
    'BildPlus',
  ],
  fr: [
    'Réservé aux abonnés',
    'Article réservé aux abonnés',
    "Je m'abonne",
    'Lecture restreinte',
    "Votre abonnement n'autorise pas la lecture de cet article",
    'Abonnez-vous',
    'Déjà abonné ? Se connecter',
  ],
  es: ['Contenido exclusivo para suscriptores'],
  it: ['il contenuto è riservato agli abbonati'],
  pt: ['bloqueado para assinantes'],
  nl: ['De limiet van 5 gratis artikelen per maand is bereikt'],
  ja: ['この記事は有料会員限定です', '無料会員に登録すると', '有料記事の「閲覧チケット」', '有料会員限定'],
};

describe('verbatim offer texts from the field guide', () => {
  for (const [lang, lines] of Object.entries(QUOTED)) {
    for (const line of lines) {
      it(`${lang}: ${line}`, () => {
        expect(isOfferLine(line), JSON.stringify(judgeOfferText(line))).toBe(true);
      });
    }
  }
});
