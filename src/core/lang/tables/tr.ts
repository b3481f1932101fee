import type { LangTable } from './types';

/** Turkish. */
export const tr: LangTable = {
  lang: 'tr',
  meter: ['ücretsiz (haber|makale|içerik) (limitinize|hakkınız|sınırına)', '(limitinize|sınırına) ulaştınız', '# ücretsiz (haber|makale)'],
  subOnly: ['(sadece|yalnızca) (abonelere|üyelere) özel', 'abonelere özel', 'premium içerik'],
  login: ['zaten (abone|üye) (misiniz|misin|iseniz|ysanız)', 'hesabınız var mı'],
  gate: ['okumaya devam etmek için', '(haberin|yazının) devamını okumak için', 'devamını okumak için'],
  register: ['ücretsiz (üye ol|kaydol|hesap oluştur)', 'hemen üye ol'],
  terms: ['istediğiniz zaman iptal', 'otomatik (olarak )?yenilenir', 'taahhütsüz'],
  plan: ['(abonelik )?paketini seç', 'abonelik paketleri', 'ilk ay'],
  cta: ['(hemen )?abone ol', 'abone olun'],
  newsletter: ['bültenimize (abone olun|kaydolun)', 'e-bülten'],
  benefit: ['sınırsız erişim', 'reklamsız'],
  weak: ['abonelik', 'abone', 'giriş yap', 'premium'],
  period: ['ay', 'aylık', 'yıl', 'yıllık', 'hafta', 'haftalık', 'gün'],
  perSep: [],
  periodPrefix: ['aylık', 'yıllık'],
  currencyAfter: ['tl', '₺'],
  consent: ['çerez(ler)?', 'çerezleri kullanıyoruz', 'tümünü kabul et'],
  /** Privacy vocabulary: counts for consent only next to a cookie/consent phrase (regwalls link privacy policies too). */
  privacy: ['kvkk', 'gizlilik politikası'],
};
