import { beforeAll, expect, test } from 'vitest';
import { checkResult } from './reader-result';
import { installMessages } from './test-i18n';

beforeAll(() => {
  installMessages();
});

const article = { title: 'T', dir: 'ltr', url: 'https://a.example/', blocks: [], wordCount: 0, readingMinutes: 1 };

test('well-formed answers pass', () => {
  const ready = { state: 'ready', article, page: { url: '', enabled: true, paused: false, items: [] } };
  expect(checkResult(ready)).toBe(ready);
  const unavailable = { state: 'unavailable', reason: 'restricted', message: 'm' };
  expect(checkResult(unavailable)).toBe(unavailable);
  expect(checkResult({ state: 'error', message: 'boom' })).toEqual({ state: 'error', message: 'boom' });
});

test('malformed answers are refused (they become an error the user can retry)', () => {
  expect(checkResult(undefined)).toBeUndefined();
  expect(checkResult({ error: 'Could not establish connection' })).toBeUndefined();
  expect(checkResult({ state: 'ready', article: { title: 'T' } })).toBeUndefined();
  expect(checkResult({ state: 'ready' })).toBeUndefined();
  expect(checkResult({ state: 'unavailable', reason: 'because' })).toBeUndefined();
  expect(checkResult({ state: 'loading' })).toBeUndefined();
});

test('an error without a message still says something', () => {
  expect(checkResult({ state: 'error' })).toEqual({ state: 'error', message: 'Something went wrong.' });
});
