/** The toolbar badge: how many items were hidden on a tab. */
import browser from '../shared/browser';
import { t } from '../shared/translate';

export async function showCount(tabId: number, count: number, visible: boolean): Promise<void> {
  const shown = visible && count > 0;
  const text = shown ? String(Math.min(count, 99)) : '';
  // The title says the same in words, for screen readers and hover.
  const title = shown ? t('badge_title', count) : t('actionTitle');
  try {
    await browser.action.setBadgeText({ tabId, text });
    await browser.action.setTitle({ tabId, title });
    if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: '#3a5a40' });
  } catch {
    // The tab went away between the message and the call.
  }
}
