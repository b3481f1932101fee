/**
 * The one place that imports the WebExtension API, so Chrome and Firefox
 * share one promise-based `browser` object.
 */
import browser from 'webextension-polyfill';

export default browser;
export type { Browser, Runtime, Tabs } from 'webextension-polyfill';
