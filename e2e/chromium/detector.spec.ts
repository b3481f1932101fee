/**
 * The clutter detector in the built extension, one test per fixture
 * (e2e/fixtures/fixtures.json), checked like a person would: the clutter is
 * not visible, the mouse wheel and the keyboard scroll the page, every
 * article paragraph scrolled into view is visible and on top, the parts to
 * keep (navigation, consent banner, players) still show, every hidden
 * item carries its reasons, and the extension raised no error on the page.
 */
import { checkFixture, playwrightDriver, waitForClutterHidden } from '../support/detect-dev/page-checks.ts';
import { pageStatus } from '../support/chromium.ts';
import { expect, test } from '../support/chromium-test.ts';
import { watchExtensionErrors } from '../support/errors.ts';
import { fixtures } from '../support/fixtures.ts';

for (const f of fixtures()) {
  test(`detector: ${f.path} (${f.families.join(', ')})`, async ({ ext, server }) => {
    const page = await ext.context.newPage();
    const watch = await watchExtensionErrors(ext.context, page);
    await page.goto(server.url(f.path), { waitUntil: 'domcontentloaded' });
    await page.waitForTimeout(f.settleMs + 1500);
    await waitForClutterHidden(playwrightDriver(page), f);
    const problems = await checkFixture(playwrightDriver(page), f);
    const status = await pageStatus(ext, page);
    const items = status?.items ?? [];
    const summary = items.map((i) => `${i.label} [${i.reasons.join(' ')}]`).join('\n');
    expect(problems, `hidden items:\n${summary}`).toEqual([]);
    if (f.clutter.length) expect(items.length).toBeGreaterThan(0);
    if (f.families.includes('negative')) expect(items, summary).toEqual([]);
    for (const item of items) expect(item.reasons.length, item.label).toBeGreaterThan(0);
    expect(watch.errors, 'errors raised by the extension').toEqual([]);
    await watch.stop();
    await page.close();
  });
}
