import type { LangTable } from './types';

/** Spanish (Spain, Latin America). */
export const es: LangTable = {
  lang: 'es',
  meter: [
    '(has|ha) agotado (tus|sus|los) (# )?(artículos|noticias|contenidos) (gratuitos|gratis)',
    '(tus|sus) (artículos|noticias) (gratuitos|gratis) se han agotado',
    '(has|ha) (alcanzado|llegado a|agotado) (el|tu|su) (límite|máximo|cupo)',
    '# (artículos?|noticias?|contenidos?) (gratis|gratuit[oa]s?)',
    '(artículos|noticias) gratuit[oa]s (restantes|este mes|al mes)',
    '(último|ultimo) artículo gratuito',
    '(te|le) quedan? # (artículos?|noticias?)',
    'límite de # (artículos|noticias)',
    'has leído (tus|sus) # (artículos|noticias)',
  ],
  subOnly: [
    '(contenido|artículo|noticia) exclusiv[oa] para (suscriptores|socios|abonados)',
    'exclusivo (para|de) suscriptores',
    's[oó]lo para (suscriptores|socios|abonados)',
    'para suscriptores',
  ],
  login: [
    '¿?ya (eres|es) (suscriptor|socio|abonado|usuario)',
    'ya tienes (una )?(cuenta|suscripción)',
    'ya estás suscrito',
    'ya soy (suscriptor|socio|abonado)',
  ],
  gate: [
    '(sigue|siga|continúa|continúe) leyendo con (una )?(suscripción|membresía)',
    'para (seguir|continuar) leyendo',
    '(suscríbete|regístrate|inicia sesión) para (leer|seguir|continuar|acceder)',
    'para leer (el artículo|la noticia|este artículo) complet[oa]',
    'lee (el artículo completo|sin límites)',
  ],
  register: ['reg[íi]strate gratis', 'crea (una|tu) cuenta gratuita', 'regístrate para (seguir|continuar)', 'registro gratuito'],
  terms: [
    'cancela (cuando quieras|en cualquier momento)',
    'sin permanencia',
    'se renueva automáticamente',
    'renovación automática',
    'sin compromiso',
    'iva incluido',
  ],
  plan: ['(elige|escoge) (tu|un) plan', '(nuestras|ver) (ofertas|planes)( de suscripción)?', 'oferta (especial|de bienvenida)', 'el primer mes'],
  cta: ['suscríbete( ahora| ya| hoy)?', 'suscribirme', 'hazte (suscriptor|socio)', 'quiero suscribirme', 'accede a todos (los|nuestros) contenidos', 'suscribete'],
  newsletter: [
    '(suscríbete|apúntate|regístrate) a (nuestra|la|nuestro|el)( [^ ]+){0,2} (newsletter|boletín)',
    'recibe (nuestra|el|la|nuestro) (newsletter|boletín)',
  ],
  benefit: ['acceso ilimitado', 'sin (publicidad|anuncios)'],
  weak: ['suscripción', 'suscriptor(es)?', 'inicia(r)? sesión', 'premium'],
  period: ['mes', 'meses', 'año', 'años', 'semana', 'semanas', 'día', 'días'],
  perSep: ['al', 'a la', 'por', 'el primer', 'los primeros( #)?', 'cada', 'durante( #)?'],
  consent: [
    '(utilizamos|usamos) cookies',
    'este sitio( web)? (utiliza|usa) cookies',
    'aceptar (todo|todas|cookies)',
    'rechazar (todo|todas)',
    'configurar cookies'],
  /** Privacy vocabulary: counts for consent only next to a cookie/consent phrase (regwalls link privacy policies too). */
  privacy: ['política de (privacidad|cookies)', 'consentimiento', 'interés legítimo'],
};
