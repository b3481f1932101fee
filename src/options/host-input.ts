/** What the user types in a rule's Site field, as a rule key. */
import { siteKey } from '../shared/settings';

/** A typed host, or a pasted address ("https://www.Example.com/a/b" → "example.com"). */
export function hostFromInput(input: string): string {
  const trimmed = input.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) {
    try {
      return siteKey(new URL(trimmed).hostname);
    } catch {
      return siteKey(trimmed);
    }
  }
  // "example.com/path" or "example.com:8080": keep the host part only.
  return siteKey(trimmed.replace(/[/:?#].*$/, ''));
}
