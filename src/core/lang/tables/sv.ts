import type { LangTable } from './types';

/** Swedish. */
export const sv: LangTable = {
  lang: 'sv',
  meter: [
    '(du har )?(läst|använt) (alla )?(dina )?(# )?(gratis|fria|kostnadsfria) artiklar',
    '# (gratis|fria|kostnadsfria) artiklar (kvar|denna månad)',
    'gratisartiklar',
    'din sista (gratis|fria) artikel',
  ],
  subOnly: ['(endast|bara) för (prenumeranter|premium|medlemmar)', 'för prenumeranter', 'plusartikel', 'låst artikel'],
  login: ['redan prenumerant', 'är du redan (prenumerant|kund)', 'har du redan ett (konto|abonnemang)'],
  gate: ['för att (fortsätta )?läsa (vidare|hela artikeln)', 'läs vidare (med|för)', 'läs hela artikeln (med|för)'],
  register: ['skapa (ett )?(gratis |kostnadsfritt )?konto', 'registrera dig (gratis|kostnadsfritt)'],
  terms: ['ingen bindningstid', 'säg upp (när|var) ?(som helst|du vill)', 'förnyas automatiskt', 'avsluta när du vill'],
  plan: ['välj (erbjudande|paket|prenumeration)', 'första månaden'],
  cta: ['prenumerera (nu|idag|här)', 'bli prenumerant', 'köp prenumeration', 'teckna prenumeration'],
  newsletter: ['(prenumerera på|anmäl dig till) (vårt|våra)( [^ ]+){0,2} nyhetsbrev'],
  benefit: ['obegränsad (tillgång|läsning)', 'reklamfri'],
  weak: ['prenumeration', 'prenumerant(er)?', 'logga in', 'premium'],
  period: ['månad', 'mån', 'månader', 'år', 'vecka', 'veckor', 'dag', 'dagar'],
  perSep: ['i', 'första', 'de första( #)?'],
  currencyAfter: [],
  consent: ['vi använder (kakor|cookies)', 'kakor', '(godkänn|acceptera) alla'],
  /** Privacy vocabulary: counts for consent only next to a cookie/consent phrase (regwalls link privacy policies too). */
  privacy: ['samtycke', 'integritetspolicy'],
};
