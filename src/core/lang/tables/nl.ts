import type { LangTable } from './types';

/** Dutch (Netherlands, Flanders). */
export const nl: LangTable = {
  lang: 'nl',
  meter: [
    '(je|uw) gratis artikelen zijn (op|opgebruikt)',
    '(je hebt|u hebt|u heeft) al (je|uw) gratis artikelen (gelezen|gebruikt)',
    'limiet van # (gratis|kosteloze) artikelen',
    '# gratis artikel(en)?',
    'gratis artikel(en)? (over|per maand|deze maand|(van|voor) deze maand)',
    '(je|uw) laatste gratis artikel',
    '(je|u) (hebt|heeft) (je|uw|het) (maximum|limiet)',
  ],
  subOnly: ['(alleen )?voor abonnees', 'exclusief voor (abonnees|leden)', 'premium artikel', 'plusartikel'],
  login: ['al (een )?abonnee', '(ben je|bent u) al abonnee', '(heb je|heeft u) al een (account|abonnement)'],
  gate: [
    'om (verder|door) te lezen',
    'lees (verder|dit artikel) (met|voor)',
    '(log in|word abonnee|registreer) (om|en) (verder|door|dit artikel)',
  ],
  register: ['maak (gratis )?een (gratis )?account aan', '(gratis )?account aanmaken', 'met een gratis account', 'registreer (je|u) gratis', 'gratis registreren'],
  terms: [
    '(maandelijks|dagelijks|altijd|direct) opzegbaar',
    'stopt automatisch',
    'wordt automatisch verlengd',
    '(op elk|op ieder|elk) moment opzegbaar',
    'geen verplichtingen',
  ],
  plan: ['kies (je|uw) abonnement', '(bekijk|onze|alle) abonnementen', 'de eerste maand'],
  cta: ['abonneer (nu|je)', 'probeer( # [^ ]+)? gratis', 'word (nu )?abonnee', 'neem (nu )?een abonnement', '(nu )?abonneren', 'sluit (nu )?een abonnement af'],
  newsletter: ['(schrijf je in|meld je aan|abonneer je) (voor|op) (onze|de)( [^ ]+){0,2} nieuwsbrief'],
  benefit: ['onbeperkt (toegang|lezen)', 'zonder advertenties', 'reclamevrij'],
  weak: ['abonnement', 'abonnee', 'abonnees', 'inloggen', 'premium'],
  period: ['maand', 'maanden', 'mnd', 'jaar', 'week', 'weken', 'dag', 'dagen', 'kwartaal'],
  perSep: ['per', 'de eerste', 'voor( de eerste)?( #)?'],
  consent: [
    'wij gebruiken cookies',
    'we gebruiken cookies',
    '(deze )?website gebruikt cookies',
    'alles (accepteren|weigeren)',
    'accepteer (alle|cookies)',
    'cookie-?instellingen'],
  /** Privacy vocabulary: counts for consent only next to a cookie/consent phrase (regwalls link privacy policies too). */
  privacy: ['toestemming', 'privacyverklaring', 'gerechtvaardigd belang'],
};
