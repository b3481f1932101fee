import type { LangTable } from './types';

/** Polish. */
export const pl: LangTable = {
  lang: 'pl',
  meter: [
    '(został|zostało|zostały) (ci|panu|pani) # (darmow|bezpłatn)(y|e|ych) (artykuł|artykuły|artykułów|tekst|teksty|tekstów)',
    '(wykorzystał(eś|aś|eś już|aś już)|osiągnąłeś|osiągnęłaś) (limit|wszystkie|swój)',
    '# (darmow|bezpłatn)(ych|e) (artykuł(ów|y)|tekst(ów|y))',
    'limit (darmowych|bezpłatnych) (artykułów|tekstów)',
    'ostatni (darmowy|bezpłatny) (artykuł|tekst)',
  ],
  subOnly: ['(tylko )?dla (prenumeratorów|subskrybentów|abonentów)', 'treść (premium|płatna)', 'artykuł (premium|płatny)'],
  login: ['masz już (konto|subskrypcję|prenumeratę|dostęp)', 'jesteś już (subskrybentem|prenumeratorem)'],
  gate: ['aby (czytać dalej|przeczytać (cały )?(artykuł|tekst)|kontynuować czytanie)', 'czytaj dalej (z|w|bez)', 'przeczytaj (cały )?artykuł (z|w)'],
  register: ['załóż (darmowe |bezpłatne )?konto', 'zarejestruj się (za darmo|bezpłatnie)'],
  terms: ['(możesz )?(anulować|zrezygnować|zrezygnuj) w (każdej chwili|dowolnym momencie)', 'odnawia się automatycznie', 'automatyczne odnowienie', 'bez zobowiązań'],
  plan: ['wybierz (pakiet|plan|ofertę|subskrypcję)', 'pierwszy miesiąc'],
  cta: [
    '(kup|wykup|zamów) (dostęp|subskrypcję|prenumeratę)',
    'subskrybuj (teraz|już)',
    'zostań (subskrybentem|prenumeratorem)',
    'wybieram (pakiet|plan|ofertę|subskrypcję)',
    'wspieraj (niezależne |rzetelne |dobre )?dziennikarstwo',
  ],
  newsletter: ['zapisz się (do|na)( [^ ]+){0,2} newslettera?'],
  benefit: ['nieograniczony dostęp', 'bez reklam', 'czytaj bez ograniczeń'],
  weak: ['subskrypcj[aię]', 'prenumerat[aęy]', 'zaloguj się', 'premium'],
  period: ['miesiąc', 'mies', 'mc', 'miesięcznie', 'miesiące', 'miesięcy', 'rok', 'rocznie', 'lata', 'tydzień', 'tygodnie', 'tygodniowo', 'dzień', 'dni', 'dziennie'],
  perSep: ['za', 'na', 'przez( #)?'],
  currencyAfter: ['zł', 'pln'],
  consent: ['używamy (plików )?cookies', '(akceptuję|zaakceptuj) wszystk', 'pliki cookies'],
  /** Privacy vocabulary: counts for consent only next to a cookie/consent phrase (regwalls link privacy policies too). */
  privacy: ['zgoda', 'polityka prywatności'],
};
