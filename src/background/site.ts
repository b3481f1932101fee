/**
 * Site-rule changes made from the browser UI (popup switch, keyboard
 * command, element picker). The host always comes from the browser's own
 * record of the tab, never from a message.
 */
import browser from '../shared/browser';
import type { ChangeError, ChangeResult } from '../shared/protocol';
import { cleaningEnabled, MAX_SELECTORS, ruleFor, type Settings, siteKey, siteRuleOf, withSiteRule } from '../shared/settings';
import { loadSettings, type SaveResult, updateSettings } from '../shared/settings-store';
import { isRestricted } from './restricted';

/** The host name of a tab's page, or the reason there is none. */
export async function tabHost(tabId: number): Promise<{ host: string } | { reason: ChangeError }> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return { reason: 'no-tab' };
  }
  if (!url || isRestricted(url)) return { reason: 'restricted' };
  return { host: new URL(url).hostname };
}

/** A failed save as the reason code the UI explains. */
function saveFailure(result: Extract<SaveResult, { ok: false }>): ChangeResult {
  return { ok: false, reason: result.quota ? 'store-quota' : 'store-failed', detail: result.detail };
}

/**
 * The rule key a change for `host` writes to: the host's own key. When only
 * a parent domain's rule covers the host, the new rule starts as a copy of
 * it, so turning one subdomain off does not drop the parent's selectors there.
 */
function seeded(settings: Settings, host: string): Settings {
  const key = siteKey(host);
  if (siteRuleOf(settings, key)) return settings;
  const parent = ruleFor(settings, host);
  return parent ? withSiteRule(settings, key, parent.rule) : settings;
}

export async function setSiteEnabled(tabId: number, enabled: boolean): Promise<ChangeResult> {
  const found = await tabHost(tabId);
  if ('reason' in found) return { ok: false, reason: found.reason };
  const key = siteKey(found.host);
  const result = await updateSettings((settings) => withSiteRule(seeded(settings, found.host), key, { enabled }));
  return result.ok ? { ok: true, host: key, enabled } : saveFailure(result);
}

/** The keyboard command: flips the switch for the tab's site. */
export async function toggleSite(tabId: number): Promise<ChangeResult> {
  const found = await tabHost(tabId);
  if ('reason' in found) return { ok: false, reason: found.reason };
  const { settings } = await loadSettings();
  const current = ruleFor(settings, found.host)?.rule.enabled ?? true;
  return setSiteEnabled(tabId, !current);
}

/** Adds a selector to hide on `host` (to the rule that covers it, else a new rule for the host). */
export async function addHideSelector(host: string, selector: string): Promise<ChangeResult> {
  let full = false;
  const result = await updateSettings((settings) => {
    const key = ruleFor(settings, host)?.key ?? siteKey(host);
    const hide = siteRuleOf(settings, key)?.hide ?? [];
    full = hide.length >= MAX_SELECTORS;
    return hide.includes(selector) || full ? settings : withSiteRule(settings, key, { hide: [...hide, selector] });
  });
  if (full) return { ok: false, reason: 'full' };
  return result.ok ? { ok: true, host: siteKey(host), enabled: result.settings ? cleaningEnabled(result.settings, host) : undefined } : saveFailure(result);
}
