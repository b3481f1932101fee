/** The site of a web address. */

/**
 * The host of a web (http or https) address without a leading "www.", or
 * undefined for anything else (another scheme, not an address). Rule keys
 * (settings' siteKey), the reader's site line and the pruner's "a line that is
 * just this page's own address" all compare hosts this way.
 */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? hostname.replace(/^www\./, '') : undefined;
  } catch {
    return undefined;
  }
}
