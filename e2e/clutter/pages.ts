/** The aeb-dev pages the generator draws from, with their measurable ground-truth paragraphs. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aebTruth } from '../../test-data/index.ts';
import { type PageInfo, pageInfo } from './generate.ts';

let cached: PageInfo[] | undefined;

/** Every page with at least two ground-truth paragraphs of >= 60 characters, sorted by id. */
export function allPages(): PageInfo[] {
  return Object.entries(aebTruth())
    .map(([id, t]) => pageInfo(id, t.articleBody))
    .filter((p) => p.paragraphs.length >= 2)
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** allPages(), those whose article does not render locally (page-exclusions.json, from survey.ts) marked unusable. */
export function clutterPages(): PageInfo[] {
  if (cached) return cached;
  const file = join(import.meta.dirname, 'page-exclusions.json');
  const excluded = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { excluded: Record<string, string> }).excluded : {};
  cached = allPages().map((p) => ({ ...p, usable: !(p.id in excluded) }));
  return cached;
}
