/**
 * Which tab the reader shows: `?tabId=N` when given (the full-tab reader and
 * tests use it), else the active tab of the current window.
 */
import browser from '../shared/browser';

export async function targetTabId(search = location.search): Promise<number | undefined> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null) {
    const id = Number(param);
    return Number.isInteger(id) && id >= 0 ? id : undefined;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
