/**
 * Every locale has every message of English, with the same placeholders, and
 * every placeholder a message uses is defined. The English sentences the
 * settings module falls back to equal en/messages.json.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { englishMessages } from '../shared/settings';

interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

const dir = resolve(__dirname, '../../public/_locales');
const read = (lang: string) => JSON.parse(readFileSync(resolve(dir, lang, 'messages.json'), 'utf8')) as Record<string, Message>;
const en = read('en');
const locales = readdirSync(dir).filter((lang) => lang !== 'en');

/** `$NAME$` references in a message, lower case (Chrome matches placeholder names case-insensitively). */
const references = (message: string) => [...message.replaceAll('$$', '').matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1].toLowerCase()).sort();
const placeholderNames = (m: Message) => Object.keys(m.placeholders ?? {}).map((k) => k.toLowerCase()).sort();

test('the required locales exist', () => {
  expect(locales).toEqual(expect.arrayContaining(['de', 'es', 'fr', 'hi']));
});

test('every English message uses exactly its defined placeholders', () => {
  for (const [key, m] of Object.entries(en)) {
    expect(references(m.message), key).toEqual(placeholderNames(m));
  }
});

describe.each(locales)('%s', (lang) => {
  const messages = read(lang);

  test('has every key of en and no others', () => {
    expect(Object.keys(en).filter((k) => !(k in messages))).toEqual([]);
    expect(Object.keys(messages).filter((k) => !(k in en))).toEqual([]);
  });

  test('placeholders match en', () => {
    for (const [key, m] of Object.entries(messages)) {
      if (!en[key]) continue;
      expect(placeholderNames(m), key).toEqual(placeholderNames(en[key]));
      expect(references(m.message), key).toEqual(placeholderNames(m));
      for (const [name, p] of Object.entries(m.placeholders ?? {})) {
        const enContent = Object.entries(en[key].placeholders ?? {}).find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1].content;
        expect(p.content, `${key}.${name}`).toBe(enContent);
      }
      expect(m.message.trim(), key).not.toBe('');
    }
  });
});

test('the settings module’s English fallbacks equal en/messages.json', () => {
  for (const [key, text] of Object.entries(englishMessages)) {
    const m = en[key];
    expect(m, key).toBeDefined();
    let expanded = m.message;
    for (const [name, p] of Object.entries(m.placeholders ?? {})) expanded = expanded.replace(new RegExp(`\\$${name}\\$`, 'gi'), p.content);
    expect(expanded, key).toBe(text);
  }
});

test('every message key the site-rule code asks for exists in en', () => {
  const root = resolve(__dirname, '..');
  const sources = [
    ...readdirSync(resolve(root, 'options')).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts')).map((f) => `options/${f}`),
    ...readdirSync(resolve(root, 'background')).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => `background/${f}`),
    'popup/SiteControls.tsx',
    'content/element-picker.ts',
    // The reason-code tables: every code the background sends has its sentence.
    'shared/translate.ts',
  ];
  // t('key') and keys kept in tables ('transfer_refused_x', 'reader_error_timeout').
  const keyPattern = /\bt\(\s*'([A-Za-z0-9_]+)'|'((?:options|rules?|transfer|site|picker|menu|badge|common|command|reader|store)_[A-Za-z0-9_]+)'/g;
  const missing: string[] = [];
  const found = new Set<string>();
  for (const file of sources) {
    const code = readFileSync(resolve(root, file), 'utf8');
    for (const match of code.matchAll(keyPattern)) {
      const key = match[1] ?? match[2];
      found.add(key);
      if (!(key in en)) missing.push(`${file}: ${key}`);
    }
  }
  expect(missing).toEqual([]);
  // The scan itself works (it is not vacuously empty).
  expect(found.size).toBeGreaterThan(80);
});
