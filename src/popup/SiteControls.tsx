/**
 * The popup's site controls: a switch for this site, how many items were
 * hidden here, show/hide them again, and "Hide something else" (starts the
 * element picker on the page and closes the popup).
 *
 * Rendered by the popup header as
 *   <SiteControls tabId={n} page={pageStatus} onPageChange={fn} />
 * Every change goes through the background, which takes the host from the
 * browser's own record of the tab.
 */
import { useEffect, useState } from 'preact/hooks';
import { hostOf } from '../core/host';
import { type PageStatus, sendToBackground } from '../shared/protocol';
import { changeErrorText, t } from '../shared/translate';
import { ruleFor } from '../shared/settings';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';

interface Props {
  tabId: number;
  page?: PageStatus;
  onPageChange(page: PageStatus | null): void;
}

export function SiteControls({ tabId, page, onPageChange }: Props) {
  const host = hostOf(page?.url);
  const [siteOn, setSiteOn] = useState<boolean | undefined>();
  const [globalOn, setGlobalOn] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (!host) return undefined;
    const read = (settings: Parameters<typeof ruleFor>[0]) => {
      setGlobalOn(settings.enabled);
      setSiteOn(ruleFor(settings, host)?.rule.enabled ?? true);
    };
    loadSettings().then(({ settings }) => read(settings), () => setSiteOn(true));
    return onSettingsChanged(read);
  }, [host]);

  if (!page || !host) {
    return (
      <section class="site-controls" aria-label={t('site_controls')}>
        <p class="site-note">{t('site_unavailable')}</p>
      </section>
    );
  }

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (e) {
      setError(String((e as Error)?.message ?? e));
    } finally {
      setBusy(false);
    }
  };

  const toggle = (enabled: boolean) =>
    run(async () => {
      const result = await sendToBackground('site/set-enabled', { tabId, enabled });
      if (!result?.ok) {
        setError(result ? changeErrorText(result.reason, result.detail) : t('site_error'));
        return;
      }
      // The content script applies the change a moment later; the popup's status feed brings the new status.
      setSiteOn(enabled);
    });

  const showOrHide = (type: 'page/restore' | 'page/resume') =>
    run(async () => {
      onPageChange(await sendToBackground(type, { tabId }));
    });

  const pick = () =>
    run(async () => {
      const result = await sendToBackground('picker/start', { tabId });
      if (!result?.ok) {
        setError(result ? changeErrorText(result.reason, result.detail) : t('site_error'));
        return;
      }
      // The page needs the pointer and the keyboard now.
      window.close();
    });

  const count = page.items.length;
  const switchId = `site-switch-${tabId}`;
  return (
    <section class="site-controls" aria-label={t('site_controls')}>
      <div class="site-switch">
        <input
          type="checkbox"
          role="switch"
          id={switchId}
          checked={siteOn ?? page.enabled}
          aria-checked={siteOn ?? page.enabled}
          disabled={busy || siteOn === undefined}
          onChange={(e) => void toggle((e.currentTarget as HTMLInputElement).checked)}
        />
        <label for={switchId}>{t('site_switch', host)}</label>
      </div>
      {!globalOn && <p class="site-note">{t('site_globalOff')}</p>}
      {page.enabled && (
        <p class="site-count" role="status">
          {page.paused ? t('site_countShown', count) : count === 1 ? t('site_countOne') : t('site_count', count)}
        </p>
      )}
      <div class="site-actions">
        {page.enabled && page.paused && (
          <button type="button" class="site-resume" disabled={busy} onClick={() => void showOrHide('page/resume')}>
            {t('site_hideAgain')}
          </button>
        )}
        {page.enabled && !page.paused && (
          <button type="button" class="site-restore" disabled={busy || count === 0} onClick={() => void showOrHide('page/restore')}>
            {t('site_showHidden')}
          </button>
        )}
        <button type="button" class="site-pick" disabled={busy} onClick={() => void pick()}>
          {t('site_pick')}
        </button>
      </div>
      {error && (
        <p class="site-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
