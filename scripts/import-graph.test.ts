/**
 * Product code never imports test code: nothing under src/ imports from e2e/, bench/, scripts/
 * or test-data/ (unit tests, `*.test.ts(x)`, may read test-data/). Test harnesses that drive a
 * browser live next to the e2e support (e2e/support/detect-dev/), not in src/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../e2e/support/paths.ts';
import { forbiddenImports as check } from './import-graph.ts';

const forbiddenImports = (file: string, code: string) => check(repoRoot, file, code);

function sourceFiles(dir: string): string[] {
  return readdirSync(join(repoRoot, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx|js|mjs)$/.test(f))
    .map((f) => `${dir}/${f.split('\\').join('/')}`);
}

describe('the import graph', () => {
  it('nothing under src/ imports from e2e/, bench/, scripts/ or test-data/ (tests may read test-data/)', () => {
    const files = sourceFiles('src');
    expect(files.length).toBeGreaterThan(100);
    const bad = files.flatMap((file) => forbiddenImports(file, readFileSync(join(repoRoot, file), 'utf8')));
    expect(bad).toEqual([]);
  });

  it('the check finds such an import when there is one', () => {
    expect(forbiddenImports('src/core/detect/x.ts', "import type { Fixture } from '../../../e2e/support/fixtures.ts';")).toHaveLength(1);
    expect(forbiddenImports('src/core/x.ts', "export { a } from '../../bench/lib/stats';")).toHaveLength(1);
    expect(forbiddenImports('src/core/x.ts', "const m = await import('../../scripts/build.ts');")).toHaveLength(1);
    expect(forbiddenImports('src/core/x.ts', "import '../../test-data/index.ts';")).toHaveLength(1);
    expect(forbiddenImports('src/core/x.test.ts', "import { pages } from '../../test-data/index.ts';")).toEqual([]);
    expect(forbiddenImports('src/core/x.test.ts', "import { f } from '../../e2e/support/fixtures.ts';")).toHaveLength(1);
    expect(forbiddenImports('src/core/x.ts', "import { a } from './article';")).toEqual([]);
  });
});
