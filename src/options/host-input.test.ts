import { expect, test } from 'vitest';
import { isSiteKey } from '../shared/settings';
import { hostFromInput } from './host-input';

test.each([
  ['example.com', 'example.com'],
  ['  WWW.Example.COM ', 'example.com'],
  ['https://www.example.com/news/a?b=c', 'example.com'],
  ['http://127.0.0.1:8080/x', '127.0.0.1'],
  ['news.example.co.uk/path', 'news.example.co.uk'],
  ['example.com:8080', 'example.com'],
])('%s → %s', (input, key) => {
  expect(hostFromInput(input)).toBe(key);
  expect(isSiteKey(hostFromInput(input))).toBe(true);
});

test.each(['', 'not a host', 'exa mple.com', '*.example.com'])('“%s” is no host', (input) => {
  expect(isSiteKey(hostFromInput(input))).toBe(false);
});
