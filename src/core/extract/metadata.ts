/**
 * Article metadata read from the page: published time, language and direction, lead image.
 * Readability already reads title/byline/siteName/publishedTime; these fill its gaps.
 */
import { safeImageSrc } from './urls';

/** Meta tags that state a publication date, in order of trust. */
const DATE_META = [
  'article:published_time',
  'og:published_time',
  'datePublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'dc.date.issued',
  'dc.date',
  'dcterms.created',
  'parsely-pub-date',
  'sailthru.date',
];

function metaContent(doc: Document, names: string[]): string | null {
  const metas = Array.from(doc.querySelectorAll('meta[content]'));
  for (const name of names) {
    const lower = name.toLowerCase();
    for (const m of metas) {
      const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').toLowerCase();
      if (key === lower) {
        const v = m.getAttribute('content')?.trim();
        if (v) return v;
      }
    }
  }
  return null;
}

/** ISO 8601 string when the value parses as a date, else undefined. */
export function toIsoDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  // Only date-looking strings: "2019-05-01", "2019-05-01T10:00:00Z", RFC 2822 dates.
  if (!/\d{4}/.test(v)) return undefined;
  const t = Date.parse(v);
  if (Number.isNaN(t)) return undefined;
  const year = new Date(t).getUTCFullYear();
  if (year < 1990 || year > 2100) return undefined;
  return new Date(t).toISOString();
}

export function publishedTime(doc: Document, fromReadability?: string | null, fromJsonLd?: string): string | undefined {
  return (
    toIsoDate(metaContent(doc, DATE_META.slice(0, 2))) ??
    toIsoDate(fromJsonLd) ??
    toIsoDate(fromReadability) ??
    toIsoDate(metaContent(doc, DATE_META.slice(2))) ??
    toIsoDate(doc.querySelector('article time[datetime], main time[datetime], time[datetime]')?.getAttribute('datetime'))
  );
}

/** Hebrew, Arabic, Syriac, Thaana, N'Ko and Arabic presentation forms. */
const RTL_CHARS = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/g;
const LETTERS = /\p{L}/gu;
const RTL_LANGS = /^(?:ar|arc|ckb|dv|fa|ha-arab|he|iw|khw|ks|ku-arab|ps|sd|ug|ur|yi)\b/i;

export function detectDir(doc: Document, sampleText: string, lang: string | undefined): 'ltr' | 'rtl' {
  const attr = (doc.documentElement.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').toLowerCase();
  if (attr === 'rtl' || attr === 'ltr') return attr;
  if (lang && RTL_LANGS.test(lang)) return 'rtl';
  // Named heuristic "RTL script share": most letters from right-to-left scripts.
  const sample = sampleText.slice(0, 4000);
  const letters = sample.match(LETTERS)?.length ?? 0;
  const rtl = sample.match(RTL_CHARS)?.length ?? 0;
  return letters > 0 && rtl / letters > 0.5 ? 'rtl' : 'ltr';
}

export function pageLang(doc: Document, fromReadability?: string | null): string | undefined {
  const raw =
    doc.documentElement.getAttribute('lang') ??
    doc.documentElement.getAttribute('xml:lang') ??
    fromReadability ??
    metaContent(doc, ['og:locale', 'content-language', 'language']) ??
    undefined;
  if (!raw) return undefined;
  // "en_US" → "en-US"; keep only a valid-looking BCP 47 tag.
  const tag = raw.trim().replace(/_/g, '-');
  return /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/.test(tag) ? tag : undefined;
}

/** File or folder names of a site-wide share image: logo, default, placeholder, fallback. */
const SITE_CARD = /(?:^|[/_.-])(?:logo|logos|default|placeholder|fallback|favicon|apple-touch-icon)(?:[/_.-]|$)/i;

export function leadImage(doc: Document, baseUrl: string): { src: string; alt: string } | undefined {
  const raw = metaContent(doc, ['og:image:secure_url', 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src']);
  if (!raw) return undefined;
  const src = safeImageSrc(raw, baseUrl);
  // og:image must be a real web URL (no data: images here).
  if (!src || !/^https?:/i.test(src)) return undefined;
  // Named rule "site card": many sites give every page the same share image, their logo or a
  // default card. That is not the article's image, and the reader shows none for it.
  if (SITE_CARD.test(new URL(src).pathname)) return undefined;
  const alt = metaContent(doc, ['og:image:alt', 'twitter:image:alt']) ?? '';
  return { src, alt };
}

/** The page's own addresses: its location, its canonical link and og:url. */
export function pageUrls(doc: Document, url: string): string[] {
  const out = [url];
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (canonical) out.push(canonical);
  const og = metaContent(doc, ['og:url']);
  if (og) out.push(og);
  return out;
}
