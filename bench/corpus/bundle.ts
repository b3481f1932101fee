/** Bundle a TypeScript entry into a self-contained, minified IIFE string with rolldown. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'rolldown';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');

export async function bundleIife(entry: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'clear-read-bundle-'));
  try {
    await build({
      input: resolve(REPO_ROOT, entry),
      platform: 'browser',
      logLevel: 'warn',
      output: { dir, format: 'iife', minify: true, entryFileNames: 'bundle.js' },
    });
    return readFileSync(join(dir, 'bundle.js'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
