import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { classicScriptsPlugin } from './scripts/build/classic-scripts.ts';
import { type Browser, manifestForCrx } from './scripts/build/manifest.ts';

const browser: Browser = process.env.BROWSER === 'firefox' ? 'firefox' : 'chrome';
// CLEAR_READ_OUT builds elsewhere (a profiling build that must not replace dist/).
const outDir = process.env.CLEAR_READ_OUT ?? `dist/${browser}`;

export default defineConfig({
  define: { __BROWSER__: JSON.stringify(browser) },
  plugins: [
    preact(),
    crx({ manifest: manifestForCrx(browser), browser }),
    classicScriptsPlugin(browser, outDir),
  ],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    // Extension pages load from the package; inline nothing as data: URLs
    // so the extension pages' CSP stays the default.
    assetsInlineLimit: 0,
  },
  // Never start a dev server for the extension pages: crxjs HMR would need
  // a localhost connection and a looser CSP. Use `npm run build`.
  server: { strictPort: true },
});
