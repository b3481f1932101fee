/** The toolbar badge: how many items were hidden on a tab. */
import browser from '../shared/browser';

export async function showCount(tabId: number, count: number, visible: boolean): Promise<void> {
  const text = visible && count > 0 ? String(Math.min(count, 99)) : '';
  try {
    await browser.action.setBadgeText({ tabId, text });
    if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: '#3a5a40' });
  } catch {
    // The tab went away between the message and the call.
  }
}
