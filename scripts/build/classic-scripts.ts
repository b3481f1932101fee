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
 * The always-on content script is the sentinel (src/core/sentinel): no language
 * tables, only the few words it derives from them at build time (`VOCABULARY`).
 * The detector, `detector.js`, is injected by the background when the sentinel
 * sees evidence of clutter, and carries only the English language table; every
 * other table is written as a language pack, `lang/<code>.js`, which the
 * background injects with it or on request (see src/core/lang/packs.ts).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import { PACK_LANGS, type PackLang, packFile, packSource } from '../../src/core/lang/packs.ts';
import { INITIAL_LANGS as CONTENT_LANGS } from '../../src/core/lang/tables/initial.content.ts';
import { withPrefixes } from '../../src/core/lang/compile.ts';
import { LANGS } from '../../src/core/lang/tables/index.ts';
import { deriveVocabulary } from '../../src/core/sentinel/vocabulary.ts';
import { type Browser, manifestFor } from './manifest.ts';

interface ClassicScript {
  entry: string;
  /** Modules replaced by others in this script only: source path → replacement path. */
  swap?: Record<string, string>;
  /** The sentinel's vocabulary written as plain data (no language tables in the script). */
  vocabulary?: boolean;
}

/** Output file name → source entry. */
export const classicScripts: Record<string, ClassicScript> = {
  // Every page runs this script: the sentinel and the wiring, no language tables.
  'content.js': { entry: 'src/content/index.ts', vocabulary: true },
  'detector.js': {
    entry: 'src/content/detector.ts',
    // Injected on the sentinel's evidence; starts with the English table only (see tables/initial.content.ts).
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

/** The sentinel's vocabulary, derived from the tables here, at build time: the script carries three regex sources, not the tables. */
function vocabularyAsData(): Plugin {
  const file = resolve('src/core/sentinel/vocabulary.ts');
  return {
    name: 'clear-read:sentinel-vocabulary',
    enforce: 'pre',
    load(id) {
      return id === file ? `export const VOCABULARY = ${JSON.stringify(deriveVocabulary())};\n` : null;
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
      for (const [fileName, { entry, swap, vocabulary }] of Object.entries(classicScripts)) {
        await build({
          configFile: false,
          logLevel: 'warn',
          define: { __BROWSER__: JSON.stringify(browser) },
          plugins: [...(swap ? [swapModules(swap), initialTablesWithPrefixes()] : []), ...(vocabulary ? [vocabularyAsData()] : [])],
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
