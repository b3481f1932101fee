/** The protocol's per-direction field tables: what each receiver accepts. */
import { expect, test } from 'vitest';
import { contentNotices, contentRequests, toBackgroundFromContent, toBackgroundFromUi, toContent, uiRequests } from './protocol';

test('content/need-lang carries one language name and nothing else', () => {
  const accepts = toBackgroundFromContent.accepts;
  expect(accepts({ type: 'content/need-lang', lang: 'de' })).toBe(true);
  expect(accepts({ type: 'content/need-lang' })).toBe(false);
  expect(accepts({ type: 'content/need-lang', lang: 3 })).toBe(false);
  expect(accepts({ type: 'content/need-lang', lang: ['de'] })).toBe(false);
  expect(accepts({ type: 'content/need-lang', lang: 'de', file: 'extract.js' })).toBe(false);
});

test('each direction accepts only its own requests', () => {
  expect(toBackgroundFromContent.accepts({ type: 'content/need-lang', lang: 'de' })).toBe(true);
  expect(toBackgroundFromUi.accepts({ type: 'content/need-lang', lang: 'de' })).toBe(false);
  expect(toContent.accepts({ type: 'content/need-lang', lang: 'de' })).toBe(false);
  expect(toContent.accepts({ type: 'content/status' })).toBe(true);
  expect(toBackgroundFromUi.accepts({ type: 'content/status' })).toBe(false);
  expect(toBackgroundFromUi.accepts({ type: 'page/status', tabId: 3 })).toBe(true);
  expect(toBackgroundFromContent.accepts({ type: 'page/status', tabId: 3 })).toBe(false);
});

test('the accepted-type lists are the maps, and no type runs in two directions', () => {
  expect(toBackgroundFromUi.types).toEqual(Object.keys(uiRequests));
  expect(toContent.types).toEqual(Object.keys(contentRequests));
  expect(toBackgroundFromContent.types).toEqual(Object.keys(contentNotices));
  const all = [...toBackgroundFromUi.types, ...toContent.types, ...toBackgroundFromContent.types];
  expect(new Set(all).size).toBe(all.length);
});

test('fields are checked by kind; numbers must be finite', () => {
  expect(toBackgroundFromUi.accepts({ type: 'site/set-enabled', tabId: 1, enabled: true })).toBe(true);
  expect(toBackgroundFromUi.accepts({ type: 'site/set-enabled', tabId: 1, enabled: 'yes' })).toBe(false);
  expect(toBackgroundFromUi.accepts({ type: 'reader/get', tabId: Number.NaN })).toBe(false);
  expect(toBackgroundFromUi.accepts({ type: 'reader/get', tabId: Infinity })).toBe(false);
});

test('unknown types, inherited names and non-objects are refused', () => {
  expect(toBackgroundFromContent.accepts({ type: 'content/need-langs', lang: 'de' })).toBe(false);
  expect(toBackgroundFromUi.accepts({ type: 'constructor' })).toBe(false);
  expect(toBackgroundFromUi.accepts({ type: 'toString' })).toBe(false);
  expect(toBackgroundFromContent.accepts(null)).toBe(false);
  expect(toBackgroundFromContent.accepts('content/need-lang')).toBe(false);
});
