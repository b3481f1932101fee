/**
 * The popup's site controls: a switch for this site, how many items were
 * hidden here (a button that opens the list, with why, and show/hide them
 * again), and "Hide something else" (starts the element picker on the page
 * and closes the popup).
 *
 * Rendered by the popup header's bar as
 *   <SiteControls tabId={n} page={pageStatus} onPageChange={fn}>{tools}</SiteControls>
 * which lays out: switch, count, the reader's tools, the picker.
 * Every change goes through the background, which takes the host from the
 * browser's own record of the tab.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { hostOf } from '../core/host';
import { type PageStatus, sendToBackground } from '../shared/protocol';
import { changeErrorText, t } from '../shared/translate';
import { ruleFor } from '../shared/settings';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';
import { HiddenItems } from './components/HiddenItems';
import { PickerIcon } from './components/Icons';
import { IconButton, Popover } from './components/Popover';

interface Props {
  tabId: number;
  page?: PageStatus;
  onPageChange(page: PageStatus | null): void;
  /** The reader's tools, shown in the bar between the site controls and the picker. */
  children?: ComponentChildren;
}

export function SiteControls({ tabId, page, onPageChange, children }: Props) {
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
      <>
        <section class="site-controls" aria-label={t('site_controls')}>
          <p class="site-note">{t('site_unavailable')}</p>
        </section>
        {children}
      </>
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
  const summary = !page.enabled
    ? t(globalOn ? 'site_off' : 'site_globalOff')
    : page.paused
      ? t('site_countShown', count)
      : count === 1
        ? t('site_countOne')
        : t('site_count', count);
  return (
    <>
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
          <label for={switchId} title={t('site_switch', host)}>
            {t('site_switch', host)}
          </label>
        </div>
        {/* The count opens what was hidden, with why, and the undo. */}
        <Popover
          id="hidden-items"
          align="start"
          class="site-count-pop"
          label={summary}
          face={<span class={`count-badge${page.enabled && !page.paused && count > 0 ? ' active' : ''}`}>{page.enabled && !page.paused ? count : '–'}</span>}
        >
          {!globalOn && <p class="site-note">{t('site_globalOff')}</p>}
          <p class="site-count" role="status">
            {summary}
          </p>
          {page.enabled && !page.paused && <HiddenItems items={page.items} />}
          {page.enabled && page.paused && (
            <button type="button" class="button site-resume" disabled={busy} onClick={() => void showOrHide('page/resume')}>
              {t('site_hideAgain')}
            </button>
          )}
          {page.enabled && !page.paused && (
            <button type="button" class="button site-restore" disabled={busy || count === 0} onClick={() => void showOrHide('page/restore')}>
              {t('site_showHidden')}
            </button>
          )}
        </Popover>
      </section>
      {children}
      <IconButton class="site-pick" label={t('site_pick')} disabled={busy} onClick={() => void pick()}>
        <PickerIcon />
      </IconButton>
      {error && (
        <p class="site-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
