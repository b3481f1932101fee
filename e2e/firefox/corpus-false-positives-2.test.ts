/**
 * False positives on real pages in Firefox ESR, part 2 of 2 of the 131 aeb-dev pages
 * (e2e/support/firefox-corpus.ts; the Chromium twin is e2e/chromium/corpus-false-positives.spec.ts).
 */
import { firefoxCorpusPart } from '../support/firefox-corpus.ts';

firefoxCorpusPart(1, 2);
