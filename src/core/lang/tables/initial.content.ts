/**
 * The tables the always-on content script starts with (swapped in for ./initial.ts by
 * scripts/build/classic-scripts.ts): English only, because every page may need it and it is
 * the fallback of sites that declare no language. Every other language is a pack
 * (../packs.ts), injected on request.
 */
import { en } from './en.ts';
import type { LangTable } from './types';

export const INITIAL_LANGS: LangTable[] = [en];
