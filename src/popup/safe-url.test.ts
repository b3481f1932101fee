import { describe, expect, test } from 'vitest';
import { safeHref, safeImage } from './safe-url';

describe('safeHref', () => {
  test.each([
    ['https://example.com/a?b=c#d', 'https://example.com/a?b=c#d'],
    ['http://example.com', 'http://example.com/'],
    ['mailto:desk@example.com', 'mailto:desk@example.com'],
    ['  https://example.com/x  ', 'https://example.com/x'],
  ])('keeps %s', (raw, expected) => expect(safeHref(raw)).toBe(expected));

  test.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'chrome://settings',
    'blob:https://example.com/uuid',
    '/relative/path',
    '#anchor',
    '',
    '   ',
  ])('refuses %j', (raw) => expect(safeHref(raw)).toBeNull());

  test('refuses non-strings', () => {
    expect(safeHref(undefined)).toBeNull();
    expect(safeHref({ toString: () => 'https://example.com' })).toBeNull();
  });
});

describe('safeImage', () => {
  test.each([
    ['https://cdn.example.com/a.jpg', 'https://cdn.example.com/a.jpg'],
    ['data:image/png;base64,iVBORw0KGgo=', 'data:image/png;base64,iVBORw0KGgo='],
    ['data:image/jpeg;base64,/9j/4AAQ', 'data:image/jpeg;base64,/9j/4AAQ'],
  ])('keeps %s', (raw, expected) => expect(safeImage(raw)).toBe(expected));

  test.each([
    'data:image/svg+xml,<svg onload=alert(1)>',
    'data:image/svg+xml;base64,PHN2Zz4=',
    'data:text/html;base64,PHNjcmlwdD4=',
    'javascript:alert(1)',
    'mailto:a@example.com',
    'x',
    'ftp://example.com/a.png',
  ])('refuses %j', (raw) => expect(safeImage(raw)).toBeNull());
});
