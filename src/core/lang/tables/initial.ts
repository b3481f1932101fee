/**
 * The tables the matchers start with: every language. Tests, the extraction script and the dev
 * tools get this. The always-on content script is built with ./initial.content.ts in its place
 * (see scripts/build/classic-scripts.ts): English only, the other languages arrive as packs.
 */
export { LANGS as INITIAL_LANGS } from './index.ts';
