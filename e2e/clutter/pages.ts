/** The aeb-dev pages the generator draws from, with their measurable ground-truth paragraphs. */
import { aebTruth } from '../../test-data/index.ts';
import { type PageInfo, pageInfo } from './generate.ts';

let cached: PageInfo[] | undefined;

/** Pages with at least two ground-truth paragraphs of >= 60 characters, sorted by id. */
export function clutterPages(): PageInfo[] {
  cached ??= Object.entries(aebTruth())
    .map(([id, t]) => pageInfo(id, t.articleBody))
    .filter((p) => p.paragraphs.length >= 2)
    .sort((a, b) => a.id.localeCompare(b.id));
  return cached;
}
