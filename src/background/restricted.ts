/**
 * Pages the extension may not or cannot read: browser pages, extension
 * stores (the browsers forbid scripts there), and non-web schemes.
 */
const STORE_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

/** True when `url` cannot be read: no address, not http(s), or an extension store (the UI explains why). */
export function isRestricted(url: string | undefined): boolean {
  if (!url) return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return true;
  return STORE_HOSTS.includes(parsed.hostname);
}
