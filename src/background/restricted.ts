/**
 * Pages the extension may not or cannot read: browser pages, extension
 * stores (the browsers forbid scripts there), and non-web schemes.
 */
const STORE_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

/** A friendly reason when `url` cannot be read, else undefined. */
export function restrictedReason(url: string | undefined): string | undefined {
  if (!url) return 'Clear Read cannot see this tab’s address.';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'Clear Read cannot read this kind of page.';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return 'Clear Read works on web pages (http and https). Browser pages, files and extension pages cannot be read.';
  }
  if (STORE_HOSTS.includes(parsed.hostname)) return 'Browsers do not let extensions read the extension store.';
  return undefined;
}
