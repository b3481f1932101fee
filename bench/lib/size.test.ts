import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { importsOf, measureBuild, moduleGraph, scriptsOfHtml } from './size';

const root = mkdtempSync(join(tmpdir(), 'bench-size-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

// A miniature of dist/chrome as vite + crxjs lay it out.
const shared = 'export const t=1;'.repeat(20);
write('manifest.json', JSON.stringify({
  background: { service_worker: 'service-worker-loader.js' },
  content_scripts: [{ js: ['content.js'] }],
  action: { default_popup: 'src/popup/index.html' },
  options_ui: { page: 'src/options/index.html' },
}));
write('content.js', '(function(){var a=1})();');
write('extract.js', '(function(){var b=2})();');
write('service-worker-loader.js', "import './assets/bg.js';\n");
write('assets/bg.js', 'import{t}from"./shared.js";console.log(t)');
write('assets/shared.js', shared);
write('assets/popup.js', 'import{t}from"./shared.js";import"./side.js";const l=()=>import("./lazy.js");');
write('assets/side.js', 'console.log(1)');
write('assets/lazy.js', 'export default 1');
write('assets/unused.js', 'never loaded');
write('src/popup/index.html', '<script type="module" crossorigin src="/assets/popup.js"></script><link rel="modulepreload" crossorigin href="/assets/shared.js">');
write('src/options/index.html', '<script type="module" src="../../assets/side.js"></script>');

describe('size measurement', () => {
  it('reads the imports of minified ES modules, static and dynamic', () => {
    expect(importsOf('import{a as b}from"./x.js";import"./y.js";export{c}from"./z.js";import("./w.js");import("https://e.com/x.js")').sort())
      .toEqual(['./w.js', './x.js', './y.js', './z.js']);
  });

  it('reads the scripts and module preloads of an HTML page', () => {
    expect(scriptsOfHtml('<script src="/a.js"></script><link rel="modulepreload" href="/b.js"><link rel="stylesheet" href="/c.css">')).toEqual(['/a.js', '/b.js']);
  });

  it('follows a module graph and ignores files nothing loads', () => {
    expect(moduleGraph(root, ['assets/popup.js'])).toEqual(['assets/lazy.js', 'assets/popup.js', 'assets/shared.js', 'assets/side.js']);
  });

  it('measures each part in bytes and gzip bytes', () => {
    const parts = Object.fromEntries(measureBuild(root).map((p) => [p.part, p]));
    expect(parts['content (always on)']?.bytes).toBe('(function(){var a=1})();'.length);
    expect(parts['content (always on)']?.gzip).toBe(gzipSync('(function(){var a=1})();', { level: 9 }).length);
    expect(parts['extract (on demand)']?.files.map((f) => f.file)).toEqual(['extract.js']);
    expect(parts.background?.files.map((f) => f.file)).toEqual(['assets/bg.js', 'assets/shared.js', 'service-worker-loader.js']);
    expect(parts.popup?.files.map((f) => f.file)).toEqual(['assets/lazy.js', 'assets/popup.js', 'assets/shared.js', 'assets/side.js']);
    expect(parts.options?.files.map((f) => f.file)).toEqual(['assets/side.js']);
    // Repetitive code compresses: gzip is smaller than the raw bytes for the shared chunk.
    const sharedSize = parts.background?.files.find((f) => f.file === 'assets/shared.js');
    expect(sharedSize?.bytes).toBe(shared.length);
    expect(sharedSize?.gzip).toBeLessThan(shared.length);
  });
});
