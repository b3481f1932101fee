/**
 * Test support: installs a `chrome.i18n.getMessage` stand-in that reads the
 * English messages.json, with the same $1 / $NAME$ substitution rules as the
 * browsers, so rendered text can be asserted in unit tests.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export function installMessages(): Record<string, Entry> {
  const messages = JSON.parse(readFileSync(resolve(process.cwd(), 'public/_locales/en/messages.json'), 'utf8')) as Record<string, Entry>;
  const getMessage = (key: string, subs?: string | string[]) => {
    const entry = messages[key];
    if (!entry) return '';
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    const positional = (text: string) => text.replace(/\$(\d)/g, (_, n) => list[Number(n) - 1] ?? '');
    return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) => {
      const placeholder = entry.placeholders?.[name.toLowerCase()];
      return placeholder ? positional(placeholder.content) : '';
    });
  };
  (globalThis as unknown as { chrome: unknown }).chrome = { i18n: { getMessage, getUILanguage: () => 'en-US' } };
  return messages;
}
