import { beforeAll, expect, test } from 'vitest';
import { readerErrorText } from '../shared/translate';
import { checkResult } from './reader-result';
import { installMessages } from './test-i18n';

beforeAll(() => {
  installMessages();
});

const article = { title: 'T', dir: 'ltr', url: 'https://a.example/', blocks: [], wordCount: 0, readingMinutes: 1 };

test('well-formed answers pass', () => {
  const ready = { state: 'ready', article, page: { url: '', enabled: true, paused: false, items: [] } };
  expect(checkResult(ready)).toBe(ready);
  const unavailable = { state: 'unavailable', reason: 'restricted' };
  expect(checkResult(unavailable)).toBe(unavailable);
  expect(checkResult({ state: 'error', reason: 'failed', detail: 'boom' })).toEqual({ state: 'error', reason: 'failed', detail: 'boom' });
  expect(checkResult({ state: 'error', reason: 'timeout' })).toEqual({ state: 'error', reason: 'timeout' });
});

test('malformed answers are refused (they become an error the user can retry)', () => {
  expect(checkResult(undefined)).toBeUndefined();
  expect(checkResult({ error: 'Could not establish connection' })).toBeUndefined();
  expect(checkResult({ state: 'ready', article: { title: 'T' } })).toBeUndefined();
  expect(checkResult({ state: 'ready' })).toBeUndefined();
  expect(checkResult({ state: 'unavailable', reason: 'because' })).toBeUndefined();
  expect(checkResult({ state: 'loading' })).toBeUndefined();
});

test('an error without a known reason or detail still says something', () => {
  const result = checkResult({ state: 'error', reason: 'whatever', message: 'an English sentence' });
  expect(result).toEqual({ state: 'error', reason: 'failed' });
  expect(result?.state === 'error' && readerErrorText(result.reason, result.detail)).toBe('Something went wrong.');
});

test('reason codes become sentences only in the UI', () => {
  expect(readerErrorText('timeout')).toContain('took too long');
  expect(readerErrorText('no-answer')).toContain('did not get an answer');
  expect(readerErrorText('failed', 'Could not establish connection')).toBe('Something went wrong: Could not establish connection');
});
