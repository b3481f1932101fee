/** An import larger than MAX_IMPORT_BYTES is refused as too big, with its own reason (not as "has errors" with no list). */
import { expect, test } from 'vitest';
import { MAX_IMPORT_BYTES, parseImport } from './transfer';

test('a file over the size limit is refused as too big', () => {
  expect(parseImport(' '.repeat(MAX_IMPORT_BYTES + 1))).toEqual({ ok: false, reason: 'too-big', details: [] });
});

test('a file just under the limit is parsed as usual', () => {
  const text = `{"app":"clear-read","version":1,"settings":{}}${' '.repeat(MAX_IMPORT_BYTES - 100)}`;
  expect(parseImport(text)).toMatchObject({ ok: true });
});
