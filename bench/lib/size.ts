/**
 * Size of the built extension's scripts, per part, as shipped (the build minifies) and gzipped.
 *
 * Parts:
 *  - content: `content.js`, injected into EVERY page the user opens (the always-on cost);
 *  - detector: `detector.js`, injected only when content.js's sentinel sees evidence of clutter;
 *  - extract: `extract.js`, injected only when the reader opens;
 *  - popup / options: the module graph of each extension page, from its HTML's script and
 *    modulepreload tags through every static and dynamic `import` (shared chunks count in each
 *    part that loads them, since each page loads them);
 *  - background: the service worker's module graph (manifest `background.service_worker`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface PartSize {
  part: string;
  files: FileSize[];
  bytes: number;
  gzip: number;
}

export function fileSize(root: string, file: string): FileSize {
  const data = readFileSync(join(root, file));
  return { file, bytes: data.length, gzip: gzipSync(data, { level: 9 }).length };
}

/** Module specifiers a built JS file loads: `import … from"x"`, `import"x"`, `import("x")`, `export … from"x"`. */
export function importsOf(code: string): string[] {
  const found = new Set<string>();
  const patterns = [/\bfrom\s*["']([^"']+)["']/g, /\bimport\s*["']([^"']+)["']/g, /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g];
  for (const re of patterns) for (const m of code.matchAll(re)) found.add(m[1] as string);
  return [...found].filter((s) => s.startsWith('.') || s.startsWith('/'));
}

/** Scripts an HTML page loads: `<script src>` and `<link rel="modulepreload" href>`. */
export function scriptsOfHtml(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi)) out.push(m[1] as string);
  for (const m of html.matchAll(/<link\b[^>]*\brel\s*=\s*["']modulepreload["'][^>]*>/gi)) {
    const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(m[0]);
    if (href) out.push(href[1] as string);
  }
  return out;
}

/** `spec` as a path relative to the build root, seen from the file `from` (also relative). */
function resolveSpec(from: string, spec: string): string {
  const path = spec.startsWith('/') ? spec.slice(1) : join(dirname(from), spec);
  return normalize(path).replace(/\\/g, '/');
}

/** Every JS file reachable from `entries` (paths relative to root). */
export function moduleGraph(root: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const stack = [...entries];
  while (stack.length) {
    const file = stack.pop() as string;
    if (seen.has(file) || !existsSync(join(root, file))) continue;
    seen.add(file);
    for (const spec of importsOf(readFileSync(join(root, file), 'utf8'))) stack.push(resolveSpec(file, spec));
  }
  return [...seen].sort();
}

function part(root: string, name: string, files: string[]): PartSize {
  const sizes = files.map((f) => fileSize(root, f));
  return {
    part: name,
    files: sizes,
    bytes: sizes.reduce((a, s) => a + s.bytes, 0),
    gzip: sizes.reduce((a, s) => a + s.gzip, 0),
  };
}

function pageGraph(root: string, htmlPath: string): string[] {
  if (!existsSync(join(root, htmlPath))) return [];
  const entries = scriptsOfHtml(readFileSync(join(root, htmlPath), 'utf8')).map((s) => resolveSpec(htmlPath, s));
  return moduleGraph(root, entries);
}

/** Sizes of each part of a built extension directory (dist/chrome). */
export function measureBuild(root: string): PartSize[] {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string; scripts?: string[] };
    content_scripts?: Array<{ js?: string[] }>;
    action?: { default_popup?: string };
    options_ui?: { page?: string };
  };
  const content = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))];
  const background = manifest.background?.service_worker ? [manifest.background.service_worker] : (manifest.background?.scripts ?? []);
  const parts: PartSize[] = [part(root, 'content (always on)', content)];
  if (existsSync(join(root, 'detector.js'))) parts.push(part(root, 'detector (on demand)', ['detector.js']));
  if (existsSync(join(root, 'extract.js'))) parts.push(part(root, 'extract (on demand)', ['extract.js']));
  if (manifest.action?.default_popup) parts.push(part(root, 'popup', pageGraph(root, manifest.action.default_popup)));
  if (manifest.options_ui?.page) parts.push(part(root, 'options', pageGraph(root, manifest.options_ui.page)));
  parts.push(part(root, 'background', moduleGraph(root, background)));
  return parts;
}

export function relativeTo(root: string, path: string): string {
  return relative(root, path).replace(/\\/g, '/');
}
