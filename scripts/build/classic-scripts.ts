/**
 * Builds the scripts that run inside web pages as self-contained classic
 * scripts (one IIFE file each, no imports), and puts the content script back
 * into the written manifest.
 *
 * Why not let crxjs bundle them: crxjs loads content scripts as ES modules
 * through a loader listed in `web_accessible_resources` at a fixed URL, which
 * any page can probe to learn that the extension is installed. A classic
 * script needs no web-accessible resource at all.
 *
 * The always-on content script carries only the English language table; every
 * other table is written as a language pack, `lang/<code>.js`, which the
 * background injects on request (see src/core/lang/packs.ts).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import { PACK_LANGS, type PackLang, packFile, packSource } from '../../src/core/lang/packs.ts';
import { INITIAL_LANGS as CONTENT_LANGS } from '../../src/core/lang/tables/initial.content.ts';
import { LANGS } from '../../src/core/lang/tables/index.ts';
import { type Browser, manifestFor } from './manifest.ts';

interface ClassicScript {
  entry: string;
  /** Modules replaced by others in this script only: source path → replacement path. */
  swap?: Record<string, string>;
}

/** Output file name → source entry. */
export const classicScripts: Record<string, ClassicScript> = {
  'content.js': {
    entry: 'src/content/index.ts',
    // Every page runs this script: it starts with the English table only (see tables/initial.content.ts).
    swap: { 'src/core/lang/tables/initial.ts': 'src/core/lang/tables/initial.content.ts' },
  },
  'extract.js': { entry: 'src/extract/index.ts' },
  'picker.js': { entry: 'src/content/picker.ts' },
};

/** Resolves the `swap` table: an import that lands on a listed file gets its replacement instead. */
function swapModules(swap: Record<string, string>): Plugin {
  const table = new Map(Object.entries(swap).map(([from, to]) => [resolve(from), resolve(to)]));
  return {
    name: 'clear-read:swap-modules',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const to = resolved && table.get(resolved.id);
      return to ?? null;
    },
  };
}

/** The packs to write: every table the content script does not carry, which must be exactly PACK_LANGS. */
function packTables() {
  const always = new Set(CONTENT_LANGS.map((t) => t.lang));
  const tables = LANGS.filter((t) => !always.has(t.lang));
  const names = tables.map((t) => t.lang).sort().join(',');
  if (names !== [...PACK_LANGS].sort().join(',')) {
    throw new Error(`src/core/lang/packs.ts PACK_LANGS (${[...PACK_LANGS].sort()}) must list the tables outside content.js (${names})`);
  }
  return tables;
}

export function classicScriptsPlugin(browser: Browser, outDir: string): Plugin {
  return {
    name: 'clear-read:classic-scripts',
    apply: 'build',
    async closeBundle() {
      for (const [fileName, { entry, swap }] of Object.entries(classicScripts)) {
        await build({
          configFile: false,
          logLevel: 'warn',
          define: { __BROWSER__: JSON.stringify(browser) },
          plugins: swap ? [swapModules(swap)] : [],
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
      await mkdir(resolve(outDir, 'lang'), { recursive: true });
      for (const table of packTables()) await writeFile(resolve(outDir, packFile(table.lang as PackLang)), packSource(table));
      const manifestPath = resolve(outDir, 'manifest.json');
      const written = JSON.parse(await readFile(manifestPath, 'utf8'));
      written.content_scripts = manifestFor(browser).content_scripts;
      await writeFile(manifestPath, `${JSON.stringify(written, null, 2)}\n`);
    },
  };
}
