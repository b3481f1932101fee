/**
 * The clutter generator's fixed sample (e2e/clutter/sample.ts) in Firefox ESR with the built
 * extension: the same measurement and known-miss rule as the Chromium suite
 * (e2e/chromium/clutter-sample.spec.ts), with real wheel input through puppeteer.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { puppeteerTab } from '../clutter/browsers.ts';
import { clutterPages } from '../clutter/pages.ts';
import { againstKnown, KNOWN_MISSES, SAMPLE_SEEDS } from '../clutter/sample.ts';
import { type ClutterServer, startClutterServer } from '../clutter/server.ts';
import { failures, newBaselines, runSeed, type Tab } from '../clutter/session.ts';
import { type FirefoxWithExtension, launchFirefox } from '../support/firefox.ts';

describe('clutter sample in Firefox', () => {
  let server: ClutterServer;
  let firefox: FirefoxWithExtension;
  let page: Page;
  let tab: Tab;
  const cache = newBaselines();

  beforeAll(async () => {
    server = await startClutterServer(clutterPages());
    firefox = await launchFirefox();
    page = await firefox.browser.newPage();
    tab = puppeteerTab(page);
  }, 180_000);

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  for (const seed of SAMPLE_SEEDS) {
    it(`clutter seed ${seed}`, { timeout: 120_000 }, async () => {
      const o = await runSeed(tab, server, seed, { mode: 'extension' }, cache);
      expect(o.error, 'the page loaded and was measured').toBeUndefined();
      expect(o.installed, 'the clutter was injected').toBe(true);
      expect(o.pieces.filter((p) => p.shown).length, 'clutter appeared').toBeGreaterThan(0);
      const fails = failures(o);
      console.log(`seed ${seed} ${o.kinds.join('+')} ${o.lang} ${o.scheme}: ${fails.join(' ') || 'ok'}`);
      expect(againstKnown(seed, fails, KNOWN_MISSES.firefox)).toEqual([]);
    });
  }
});
