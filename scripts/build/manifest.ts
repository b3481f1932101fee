/**
 * Turns the one source manifest (manifest.json) into each browser's manifest.
 *
 * Chrome runs the background as a service worker and does not know
 * `browser_specific_settings`; Firefox runs it as background scripts (event
 * page) and needs the gecko settings. The content scripts are built apart
 * from crxjs (see classic-scripts.ts), so they are taken out of what crxjs sees
 * and put back into the written manifest.
 */
import type { ManifestV3Export } from '@crxjs/vite-plugin';
import sourceManifest from '../../manifest.json' with { type: 'json' };

export type Browser = 'chrome' | 'firefox';
export type Manifest = typeof sourceManifest & Record<string, unknown>;

export function manifestFor(browser: Browser): Manifest {
  const manifest = structuredClone(sourceManifest) as Manifest;
  if (browser === 'chrome') {
    delete (manifest as Partial<Manifest>).browser_specific_settings;
  } else {
    const { service_worker, type } = sourceManifest.background;
    (manifest as Record<string, unknown>).background = { scripts: [service_worker], type };
  }
  return manifest;
}

/** What crxjs gets: the manifest without the classic content scripts. */
export function manifestForCrx(browser: Browser): ManifestV3Export {
  const manifest = manifestFor(browser);
  delete (manifest as Partial<Manifest>).content_scripts;
  // The JSON import widens literal unions (e.g. gecko's "none") to string.
  return manifest as unknown as ManifestV3Export;
}
