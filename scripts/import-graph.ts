/**
 * The import-graph rule for product code: nothing under src/ imports from e2e/, bench/, scripts/
 * or test-data/ (unit tests, `*.test.ts(x)`, may read test-data/). Checked by import-graph.test.ts.
 */
import { dirname, relative, resolve } from 'node:path';

const OUTSIDE_PRODUCT = ['e2e', 'bench', 'scripts', 'test-data'];
const isTest = (file: string) => /\.test\.tsx?$/.test(file);

/** Every module specifier of a source file: static imports and re-exports, side-effect and dynamic imports. */
export function specifiers(code: string): string[] {
  const found: string[] = [];
  for (const m of code.matchAll(/\b(?:import|export)\s[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g)) found.push(m[1]);
  for (const m of code.matchAll(/\bimport\s*['"]([^'"]+)['"]/g)) found.push(m[1]);
  for (const m of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]);
  for (const m of code.matchAll(/\bvi\.mock\(\s*['"]([^'"]+)['"]/g)) found.push(m[1]);
  return found;
}

/** The imports of `file` (relative to the repository) that land outside the product tree. */
export function forbiddenImports(repoRoot: string, file: string, code: string): string[] {
  const bad: string[] = [];
  for (const spec of specifiers(code)) {
    if (!spec.startsWith('.')) continue;
    const target = relative(repoRoot, resolve(repoRoot, dirname(file), spec)).split('\\').join('/');
    const top = target.split('/')[0];
    if (!OUTSIDE_PRODUCT.includes(top)) continue;
    if (top === 'test-data' && isTest(file)) continue;
    bad.push(`${file}: ${spec}`);
  }
  return bad;
}
