import type { LangTable } from './types';

/** Italian. Note "abbonati" is both "subscribe!" and "subscribers", so alone it is weak. */
export const it: LangTable = {
  lang: 'it',
  meter: [
    'hai (raggiunto|esaurito) (il limite|gli articoli|i # articoli)',
    'hai (letto|consumato|esaurito) (tutti )?(gli|i #) articoli gratuiti',
    '# articol[oi] gratuit[oi]',
    'articoli gratuiti (rimasti|disponibili|questo mese|al mese)',
    'ultimo articolo gratuito',
    'ti (resta|restano|rimane|rimangono) # articol[oi]',
  ],
  subOnly: [
    '(contenuto|articolo) (è )?riservato (agli )?abbonati',
    'riservato agli abbonati',
    'solo per (gli )?abbonati',
    'esclusivo per (gli )?abbonati',
    'per abbonati',
  ],
  login: ['sei già abbonato', 'già abbonato', 'hai già un (account|abbonamento)'],
  gate: [
    'per (continuare a leggere|leggere (l\'articolo|tutto))',
    'continua a leggere (con|abbonandoti)',
    '(abbonati|registrati|accedi) per (leggere|continuare)',
  ],
  register: ['registrati (gratis|gratuitamente)', 'crea (un|il tuo) account gratuito', 'registrazione gratuita'],
  terms: ['disdici (quando vuoi|in qualsiasi momento)', 'senza vincoli', 'rinnovo automatico', 'si rinnova automaticamente', 'disdetta in qualsiasi momento'],
  plan: ["scegli (il tuo |l')?(piano|offerta|abbonamento)", '(le nostre|scopri le) offerte', 'il primo mese'],
  cta: ['abbonati (ora|subito|adesso|a)', 'mi abbono', 'prova (gratis|gratuitamente)', "scopri l'offerta", 'abbonarti'],
  newsletter: ['iscriviti alla( [^ ]+){0,2} newsletter', 'ricevi la newsletter'],
  benefit: ['accesso illimitato', 'senza pubblicità'],
  weak: ['abbonamento', 'abbonati', 'abbonato', 'accedi', 'premium'],
  period: ['mese', 'mesi', 'anno', 'anni', 'settimana', 'settimane', 'giorno', 'giorni'],
  perSep: ['al', 'a', "all'", 'alla', 'per', 'il primo', 'i primi( #)?', 'ogni'],
  consent: [
    'utilizziamo (i )?cookie',
    'questo sito (utilizza|usa) (i )?cookie',
    'accetta (tutti|tutto)',
    'rifiuta (tutti|tutto)',
    'gestisci (le )?(preferenze|opzioni)'],
  /** Privacy vocabulary: counts for consent only next to a cookie/consent phrase (regwalls link privacy policies too). */
  privacy: ['consenso', 'informativa (sulla )?privacy', 'legittimo interesse'],
};
