/**
 * The renderer's own URL check. Extraction already sanitizes the model, but
 * the reader re-checks every link and image before it reaches the DOM
 * (defence in depth: the model crosses a message boundary, and a bug in one
 * layer must not become script in an extension page).
 *
 *   links:  http, https, mailto; absolute only
 *   images: http, https, and raster data:image (never SVG, which can carry script)
 */

const LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'];
const IMAGE_PROTOCOLS = ['http:', 'https:'];
const RASTER_DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp)[;,]/i;

function parse(raw: unknown): URL | null {
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  try {
    // The URL parser drops tabs/newlines and edge spaces exactly as the browser
    // will ("java\tscript:" parses as javascript:), and the rendered value is
    // its normalized href, so what is checked is what is used. No base: a
    // relative URL has no meaning in an extension page, so it is refused.
    return new URL(raw);
  } catch {
    return null;
  }
}

/** The href to render, or null when the link must be shown as plain text. */
export function safeHref(raw: unknown): string | null {
  const url = parse(raw);
  return url && LINK_PROTOCOLS.includes(url.protocol) ? url.href : null;
}

/** The image source to render, or null when the image must be left out. */
export function safeImage(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const trimmed = raw.trim();
  if (RASTER_DATA_IMAGE.test(trimmed)) return trimmed;
  const url = parse(trimmed);
  return url && IMAGE_PROTOCOLS.includes(url.protocol) ? url.href : null;
}
