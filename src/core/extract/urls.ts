/**
 * URL sanitizing for the article model. The reader renders links and images from the model,
 * so only safe schemes pass: links http(s) and mailto, images http(s) and data:image/* (never
 * data:image/svg+xml, which can carry script). Everything is resolved to an absolute URL.
 */

const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_SCHEMES = new Set(['http:', 'https:']);
/** Raster data: images only; SVG can carry script, so it is refused. */
const DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp);/i;

function resolve(raw: string | null | undefined, base: string): URL | null {
  if (!raw) return null;
  // Strip characters browsers ignore inside URLs (tabs/newlines could hide "java\nscript:").
  // (The URL parser strips tab/newline itself; we also drop the other C0 controls.)
  let cleaned = '';
  for (const ch of raw) {
    const c = ch.charCodeAt(0);
    if (c > 0x1f && c !== 0x7f) cleaned += ch;
  }
  cleaned = cleaned.trim();
  if (!cleaned) return null;
  try {
    return new URL(cleaned, base || undefined);
  } catch {
    return null;
  }
}

export function safeLinkHref(raw: string | null | undefined, base: string): string | null {
  const u = resolve(raw, base);
  return u && LINK_SCHEMES.has(u.protocol) ? u.href : null;
}

export function safeImageSrc(raw: string | null | undefined, base: string): string | null {
  if (raw && DATA_IMAGE.test(raw.trim())) return raw.trim();
  const u = resolve(raw, base);
  return u && IMAGE_SCHEMES.has(u.protocol) ? u.href : null;
}

/** Best candidate of a srcset: the widest `w` descriptor, else the highest `x`, else the first. */
export function pickFromSrcset(srcset: string | null | undefined): string | null {
  if (!srcset) return null;
  let best: string | null = null;
  let bestScore = -1;
  // Candidates are "url [descriptor]" separated by commas; URLs may themselves contain commas
  // (CDN transforms), so split on commas followed by whitespace.
  for (const part of srcset.split(/,\s+/)) {
    const [url, desc] = part.trim().split(/\s+/);
    if (!url) continue;
    const n = desc ? Number.parseFloat(desc) : 1;
    const score = Number.isFinite(n) ? n : 1;
    if (score > bestScore) {
      best = url;
      bestScore = score;
    }
  }
  return best;
}
