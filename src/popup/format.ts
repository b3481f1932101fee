/** Localized display of the article's metadata. */

/** The date of an ISO 8601 timestamp in the user's language, or undefined when it is not a date. */
export function formatDate(iso: string | undefined, locale?: string): string | undefined {
  if (typeof iso !== 'string' || !iso.trim()) return undefined;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
  } catch {
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(date);
  }
}

/** The site's host without "www.", for when the page names no site. */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? hostname.replace(/^www\./, '') : undefined;
  } catch {
    return undefined;
  }
}
