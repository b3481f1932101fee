/** The protocol's field table: what a receiver accepts. */
import { expect, test } from 'vitest';
import { backgroundRequests, contentRequests, isRequest } from './protocol';

test('content/need-lang carries one language name and nothing else', () => {
  expect(isRequest({ type: 'content/need-lang', lang: 'de' })).toBe(true);
  expect(isRequest({ type: 'content/need-lang' })).toBe(false);
  expect(isRequest({ type: 'content/need-lang', lang: 3 })).toBe(false);
  expect(isRequest({ type: 'content/need-lang', lang: ['de'] })).toBe(false);
  expect(isRequest({ type: 'content/need-lang', lang: 'de', file: 'extract.js' })).toBe(false);
});

test('the background accepts it; the content script does not', () => {
  expect((backgroundRequests as readonly string[]).includes('content/need-lang')).toBe(true);
  expect((contentRequests as readonly string[]).includes('content/need-lang')).toBe(false);
});

test('unknown types and non-objects are refused', () => {
  expect(isRequest({ type: 'content/need-langs', lang: 'de' })).toBe(false);
  expect(isRequest(null)).toBe(false);
  expect(isRequest('content/need-lang')).toBe(false);
});
