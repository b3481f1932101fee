/**
 * The repository carries everything its tests and benchmark read: no tracked code names a folder
 * outside the clone (an absolute path to test data, or the `shared` folder that sits beside the
 * project on its developers' machines).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../e2e/support/paths.ts';

const CODE = /\.(ts|tsx|js|mjs|cjs|sh|json)$|^\.ci\//;
const SHARED = ['..', 'shared'].join('/');
/** What gives a folder outside the clone away. Built from parts so this file does not match itself. */
const OUTSIDE: RegExp[] = [
  new RegExp(`shared/(corpus|seed|reference)`),
  new RegExp(`${SHARED.replace(/\./g, '\\.')}['"\`]`),
  new RegExp(`['"\`]/(work|home|root|tmp/[a-z]+)/[^'"\`]*(corpus|seed|fixtures|test-data|shared)`),
];

function trackedCode(): string[] {
  const out = execFileSync('git', ['ls-files', '-z'], { cwd: repoRoot, encoding: 'utf8' });
  return out
    .split('\0')
    .filter((f) => f && CODE.test(f) && !f.startsWith('test-data/aeb-dev/') && !f.startsWith('test-data/trafilatura-dev/') && !f.startsWith('bench/results/'))
    .filter((f) => f !== 'package-lock.json');
}

describe('self-contained repository', () => {
  it('tracks its test data (aeb-dev, trafilatura-dev, seed)', () => {
    const files = execFileSync('git', ['ls-files', 'test-data'], { cwd: repoRoot, encoding: 'utf8' }).split('\n');
    expect(files.filter((f) => f.startsWith('test-data/aeb-dev/html/')).length).toBe(131);
    expect(files.filter((f) => f.startsWith('test-data/trafilatura-dev/html/')).length).toBe(200);
    for (const f of ['test-data/aeb-dev/LICENSE', 'test-data/trafilatura-dev/LICENSE', 'test-data/seed/000_cf2b93957e82c30f.txt']) expect(files).toContain(f);
  });

  it('no tracked code names an absolute path to data or the shared folder beside the clone', () => {
    const files = trackedCode();
    expect(files.length).toBeGreaterThan(100);
    const hits: string[] = [];
    for (const f of files) {
      if (f === 'scripts/self-contained.test.ts') continue;
      readFileSync(join(repoRoot, f), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (OUTSIDE.some((re) => re.test(line))) hits.push(`${f}:${i + 1}: ${line.trim().slice(0, 120)}`);
        });
    }
    expect(hits).toEqual([]);
  });

  it('the check itself finds such a path', () => {
    expect(OUTSIDE.some((re) => re.test(`const x = '/work/${'shared'}/corpus/aeb-dev';`))).toBe(true);
    expect(OUTSIDE.some((re) => re.test(`resolve(root, '${SHARED}')`))).toBe(true);
  });
});
