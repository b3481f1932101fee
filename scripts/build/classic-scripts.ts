/**
 * Builds the scripts that run inside web pages as self-contained classic
 * scripts (one IIFE file each, no imports), and puts the content script back
 * into the written manifest.
 *
 * Why not let crxjs bundle them: crxjs loads content scripts as ES modules
 * through a loader listed in `web_accessible_resources` at a fixed URL, which
 * any page can probe to learn that the extension is installed. A classic
 * script needs no web-accessible resource at all.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import { type Browser, manifestFor } from './manifest.ts';

/** Output file name → source entry. */
export const classicScripts = {
  'content.js': 'src/content/index.ts',
  'extract.js': 'src/extract/index.ts',
  'picker.js': 'src/content/picker.ts',
} as const;

export function classicScriptsPlugin(browser: Browser, outDir: string): Plugin {
  return {
    name: 'clear-read:classic-scripts',
    apply: 'build',
    async closeBundle() {
      for (const [fileName, entry] of Object.entries(classicScripts)) {
        await build({
          configFile: false,
          logLevel: 'warn',
          define: { __BROWSER__: JSON.stringify(browser) },
          build: {
            outDir,
            emptyOutDir: false,
            copyPublicDir: false,
            minify: true,
            target: 'es2022',
            lib: {
              entry: resolve(entry),
              formats: ['iife'],
              name: '__clearRead',
              fileName: () => fileName,
            },
          },
        });
      }
      const manifestPath = resolve(outDir, 'manifest.json');
      const written = JSON.parse(await readFile(manifestPath, 'utf8'));
      written.content_scripts = manifestFor(browser).content_scripts;
      await writeFile(manifestPath, `${JSON.stringify(written, null, 2)}\n`);
    },
  };
}
