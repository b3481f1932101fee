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
import { withPrefixes } from '../../src/core/lang/compile.ts';
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
  'extract.js': {
    entry: 'src/extract/index.ts',
    // Starts with English too and adds the tables the page needs (src/core/extract/needed-langs.ts).
    swap: { 'src/core/lang/tables/initial.ts': 'src/core/lang/tables/initial.content.ts' },
  },
  'picker.js': { entry: 'src/content/element-picker.ts' },
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

/**
 * The scripts' starting tables with each phrase's starts worked out here, at build time
 * (`withPrefixes`): a page then never runs the pattern parser for them.
 */
function initialTablesWithPrefixes(): Plugin {
  const file = resolve('src/core/lang/tables/initial.content.ts');
  return {
    name: 'clear-read:initial-tables-with-prefixes',
    enforce: 'pre',
    load(id) {
      if (id !== file) return null;
      return `export const INITIAL_LANGS = ${JSON.stringify(CONTENT_LANGS.map(withPrefixes))};\n`;
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
          plugins: swap ? [swapModules(swap), initialTablesWithPrefixes()] : [],
          build: {
            outDir,
            emptyOutDir: false,
            copyPublicDir: false,
            // CLEAR_READ_MINIFY=0 keeps names readable for profiling (bench/profile-content.ts).
            minify: process.env.CLEAR_READ_MINIFY !== '0',
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
      for (const table of packTables()) await writeFile(resolve(outDir, packFile(table.lang as PackLang)), packSource(withPrefixes(table)));
      const manifestPath = resolve(outDir, 'manifest.json');
      const written = JSON.parse(await readFile(manifestPath, 'utf8'));
      written.content_scripts = manifestFor(browser).content_scripts;
      await writeFile(manifestPath, `${JSON.stringify(written, null, 2)}\n`);
    },
  };
}
