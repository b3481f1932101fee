/**
 * False positives on real pages: the 131 aeb-dev corpus pages (every request
 * off 127.0.0.1 aborted) with the built extension. No ground-truth paragraph
 * may be collapsed by us; nothing at all may be hidden on at least 95% of the
 * pages. What was hidden on the rest is listed with the items' reasons. The
 * extension raises no error on any of them.
 *
 * The pages run in two halves, one per worker; each half keeps the 5% bound.
 */
import { GROUND_TRUTH_CHECK, type GroundTruthResult, groundTruthLines } from '../support/detect-dev/page-checks.ts';
import { pageStatus } from '../support/chromium.ts';
import { expect, test } from '../support/chromium-test.ts';
import { corpusPages } from '../support/corpus.ts';
import { watchExtensionErrors } from '../support/errors.ts';

const SHARDS = 2;

for (let shard = 0; shard < SHARDS; shard++) {
  test(`corpus (part ${shard + 1} of ${SHARDS}): no article text hidden, nothing hidden on >= 95% of pages, no extension error`, async ({ ext, server }) => {
    test.setTimeout(20 * 60_000);
    const pages = corpusPages().filter((_, i) => i % SHARDS === shard);
    const withItems: string[] = [];
    const gtHidden: string[] = [];
    const errors: string[] = [];
    for (const cp of pages) {
      const page = await ext.context.newPage();
      const watch = await watchExtensionErrors(ext.context, page);
      await page.goto(server.url(`/corpus/${cp.id}.html`), { waitUntil: 'load', timeout: 20_000 }).catch(() => {});
      await page.waitForTimeout(1500);
      const gt = (await page.evaluate(`(${GROUND_TRUTH_CHECK})(${JSON.stringify(groundTruthLines(cp.articleBody))})`)) as GroundTruthResult;
      const items = (await pageStatus(ext, page))?.items ?? [];
      if (items.length)
        withItems.push(`${cp.id.slice(0, 12)} ${new URL(cp.url).hostname}: ${items.map((i) => `${i.label} [${i.reasons.join(' ')}]`).join('; ')}`);
      if (gt.hidden) gtHidden.push(`${cp.id.slice(0, 12)}: ${gt.hidden} ground-truth lines hidden`);
      for (const error of watch.errors) errors.push(`${cp.id.slice(0, 12)}: ${error}`);
      await watch.stop();
      await page.close();
    }
    console.log(`pages with anything hidden: ${withItems.length}/${pages.length}\n${withItems.join('\n')}`);
    expect(gtHidden).toEqual([]);
    expect(errors, 'errors raised by the extension').toEqual([]);
    expect(withItems.length, withItems.join('\n')).toBeLessThanOrEqual(Math.floor(pages.length * 0.05));
  });
}
