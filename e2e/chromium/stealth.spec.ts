/**
 * Stealth: a page cannot tell that Clear Read is installed by simple probes.
 * Compared with the same page in Chromium without the extension, the page
 * sees no new global, no extra style sheet, and no attribute or class name
 * that comes back the same on every load (a fixed marker).
 */
import { chromium, type Page } from '@playwright/test';
import { chromiumFlags, isExternal } from '../support/chromium.ts';
import { expect, test } from '../support/chromium-test.ts';
import { chromiumPath } from '../support/paths.ts';

interface Probe {
  globals: string[];
  styleSheets: number;
  adoptedStyleSheets: number;
  attributeNames: string[];
  classNames: string[];
}

/** What a page script can see of itself. */
async function probe(page: Page): Promise<Probe> {
  return page.evaluate(() => {
    const attributeNames = new Set<string>();
    const classNames = new Set<string>();
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) attributeNames.add(attr.name);
      for (const name of el.classList) classNames.add(name);
    }
    return {
      globals: Object.keys(window).sort(),
      styleSheets: document.styleSheets.length,
      adoptedStyleSheets: document.adoptedStyleSheets.length,
      attributeNames: [...attributeNames].sort(),
      classNames: [...classNames].sort(),
    };
  });
}

const pages = ['/demo/index.html', '/fixtures/odd/images.html'];

for (const path of pages) {
  test(`no trace a page can probe on ${path}`, async ({ ext, server }) => {
    const plain = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
    const baselinePage = await plain.newPage({ viewport: { width: 1280, height: 800 } });
    await baselinePage.route(isExternal, (route) => route.abort());
    await baselinePage.goto(server.url(path));
    await baselinePage.waitForTimeout(2500);
    const baseline = await probe(baselinePage);
    await plain.close();

    const loads: Probe[] = [];
    for (let i = 0; i < 2; i++) {
      const page = await ext.context.newPage();
      await page.goto(server.url(path));
      await page.waitForTimeout(2500);
      loads.push(await probe(page));
      await page.close();
    }
    for (const seen of loads) {
      expect(seen.globals).toEqual(baseline.globals);
      expect(seen.styleSheets).toBe(baseline.styleSheets);
      expect(seen.adoptedStyleSheets).toBe(baseline.adoptedStyleSheets);
    }
    // Names the extension added that are the same on both loads would be a fixed marker.
    // Inline `style` is how collapsing works; it names nothing of the extension.
    const added = (seen: Probe, key: 'attributeNames' | 'classNames') =>
      seen[key].filter((name) => !baseline[key].includes(name) && !(key === 'attributeNames' && name === 'style'));
    for (const key of ['attributeNames', 'classNames'] as const) {
      const first = added(loads[0], key);
      const fixed = added(loads[1], key).filter((name) => first.includes(name));
      expect(fixed, `${key} the extension leaves the same on every load`).toEqual([]);
    }
  });
}

test('the page cannot load the extension’s files', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/fixtures/odd/images.html'));
  for (const file of ['content.js', 'extract.js', 'manifest.json', 'src/popup/index.html']) {
    const loaded = await page.evaluate(async (url: string) => {
      try {
        const response = await fetch(url);
        return response.ok;
      } catch {
        return false;
      }
    }, `chrome-extension://${ext.extensionId}/${file}`);
    expect(loaded, file).toBe(false);
  }
  await page.close();
});
