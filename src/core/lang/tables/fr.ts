import type { LangTable } from './types';

/** French (France, Belgium, Switzerland, Canada). */
export const fr: LangTable = {
  lang: 'fr',
  meter: [
    "(vous avez )?(atteint|épuisé) (votre|la) (limite|quota|nombre)( d'articles)?",
    "# articles? (gratuits?|offerts?) (restants?|ce mois|par mois)",
    "(il vous reste|plus que) # articles?",
    '(votre )?dernier article (gratuit|offert)',
    "vous avez (lu|consulté) (vos )?# articles?",
    'articles? (gratuits?|offerts?) (restants?|ce mois-ci)',
  ],
  subOnly: [
    '(réservée?s?|destinée?s?) (aux|à nos) abonnés',
    '(article|contenu)s? (réservés?|exclusifs?) (aux|pour les) abonnés',
    'pour les abonnés',
    'abonnés uniquement',
    'exclusivité abonnés',
    "votre abonnement n'autorise pas",
    'la suite est réservée',
    'lecture restreinte',
    "il vous reste #% (de cet|de l')? ?article",
  ],
  login: [
    'déjà abonnée?',
    'vous êtes (déjà )?abonnée?',
    "(j'ai|vous avez) déjà un (compte|abonnement)",
    'déjà (inscrite?|client)',
  ],
  gate: [
    '(abonnez-vous|inscrivez-vous|connectez-vous|identifiez-vous) pour (lire|continuer|poursuivre|accéder|découvrir)',
    'pour (continuer à lire|poursuivre (la|votre) lecture|lire la suite)',
    '(poursuivez|continuez) votre lecture',
    "(lire|accéder à) (la suite|l'intégralité)( de cet article)?",
  ],
  register: [
    'créez (gratuitement )?(votre|un) compte( gratuit)?',
    'inscrivez-vous gratuitement',
    'inscription gratuite',
  ],
  terms: [
    'sans engagement',
    '(résiliable|annulable|résiliation|résiliez|désabonnement) à tout moment',
    'renouvel(lement|é|able) (tacite|automatique)(ment)?',
    'ttc',
  ],
  plan: [
    "(nos|découvrez nos|toutes nos|voir les) (offres|formules)( d'abonnement)?",
    '(choisir|choisissez|choisis) (votre|une|ton) (offre|formule)',
    'offre (spéciale|découverte|de bienvenue|numérique)',
    'le premier mois',
  ],
  cta: [
    "je m'abonne",
    'abonnez-vous',
    "s'abonner",
    "m'abonner",
    "(je )?(profite|profitez) de l'offre",
    "j'en profite",
    "accédez à (tous nos|tous les|l'ensemble de nos) (contenus|articles)",
    '(découvrir|voir) (les|nos) offres',
    'soutenez (une rédaction|le journalisme|notre)',
  ],
  newsletter: [
    '(inscrivez-vous|abonnez-vous) à (notre|la|nos)( [^ ]+){0,2} (newsletters?|lettres?)',
    'recevez (notre|la|nos) (newsletter|lettre)',
    "lettre d'information",
  ],
  benefit: ['accès illimité', 'sans (publicité|pub)', 'journal numérique'],
  weak: ['abonnement', 'abonnée?s?', 'se connecter', 'connexion', 'premium', "s'inscrire"],
  period: ['mois', 'an', 'ans', 'année', 'années', 'semaine', 'semaines', 'jour', 'jours', 'trimestre'],
  perSep: ['par', 'le', 'le premier', 'les premiers', 'les # premiers', 'pendant( #)?', 'pour( #)?'],
  consent: [
    'cookies',
    'nous utilisons des (cookies|traceurs)',
    'ce site utilise des cookies',
    '(tout accepter|accepter et fermer|accepter tout)',
    '(tout refuser|continuer sans accepter)',
    '(gérer|paramétrer|personnaliser) (mes|les|vos) (préférences|cookies|choix)',
  ],
  /** Privacy vocabulary: counts for consent only next to a cookie/consent phrase (regwalls link privacy policies too). */
  privacy: ['consentement', 'politique de (confidentialité|cookies)', 'nos partenaires', 'intérêt légitime'],
};
