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
