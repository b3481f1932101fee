/** Replaced at build time with the target browser. */
declare const __BROWSER__: 'chrome' | 'firefox';
