/**
 * Where the project's test data lives, for unit tests, e2e tests and the benchmark. Everything here
 * is inside the repository (see README.md beside this file for sources and licences); nothing reads
 * a folder outside the clone.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const testDataDir = dirname(fileURLToPath(import.meta.url));
/** 131 real article pages with human ground truth (MIT). */
export const aebDir = resolve(testDataDir, 'aeb-dev');
/** 200 multilingual pages with with/without snippets (Apache-2.0). */
export const trafilaturaDir = resolve(testDataDir, 'trafilatura-dev');
/** The seed page's visible text: lines 1-14 article, the rest the subscription panel. */
export const seedFile = resolve(testDataDir, 'seed/000_cf2b93957e82c30f.txt');

export interface TruthEntry {
  url: string;
  articleBody: string;
}

/** aeb-dev's human ground truth, by page id. */
export function aebTruth(): Record<string, TruthEntry> {
  return JSON.parse(readFileSync(resolve(aebDir, 'ground-truth.json'), 'utf8')) as Record<string, TruthEntry>;
}

/** The seed page's lines. */
export function seedLines(): string[] {
  return readFileSync(seedFile, 'utf8').split('\n');
}

/** Offer texts quoted verbatim from public vendor defaults and publisher pages, by language. */
export function offerQuotes(): Record<string, string[]> {
  return (JSON.parse(readFileSync(resolve(testDataDir, 'offer-quotes.json'), 'utf8')) as { quotes: Record<string, string[]> }).quotes;
}
