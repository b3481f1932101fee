/** The fixture manifest (e2e/fixtures/fixtures.json), typed. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from './paths.ts';

export interface Fixture {
  path: string;
  title: string;
  lang: string;
  families: string[];
  timing: 'immediate' | 'late' | 'scroll' | 'reinserted';
  settleMs: number;
  clutter: string[];
  article: string;
  keep?: string[];
  hiddenByPublisher?: string[];
  offerTexts?: string[];
  partial?: boolean;
  scrollLocked?: boolean;
  firefox?: boolean;
}

export function fixtures(): Fixture[] {
  return JSON.parse(readFileSync(resolve(repoRoot, 'e2e/fixtures/fixtures.json'), 'utf8')) as Fixture[];
}

/** The fixture at `path` (e.g. "/fixtures/paywall/x.html"); throws when the manifest has none. */
export function fixture(path: string): Fixture {
  const found = fixtures().find((f) => f.path === path);
  if (!found) throw new Error(`No fixture ${path} in fixtures.json`);
  return found;
}

/** The fixture a page URL serves, if it is one. */
export function fixtureAt(url: string): Fixture | undefined {
  const path = new URL(url).pathname;
  return fixtures().find((f) => f.path === path);
}
