/**
 * What Clear Read hid on this page (a disclosure, closed at first: the
 * article comes first), each with why, and the undo: "Show them
 * again" asks the content script to restore them (page/restore); after that
 * "Hide them again" collapses them again (page/resume).
 */
import { useState } from 'preact/hooks';
import type { PageStatus } from '../../shared/protocol';
import { t } from '../../shared/translate';

export interface HiddenItemsProps {
  page: PageStatus;
  /** Sends page/restore or page/resume; resolves to the new status (null: the page did not answer). */
  onToggle(action: 'restore' | 'resume'): Promise<PageStatus | null>;
}

export function HiddenItems({ page, onToggle }: HiddenItemsProps) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  /** Once the user has used the undo, the section stays, even while the list is momentarily empty. */
  const [touched, setTouched] = useState(false);
  const items = Array.isArray(page.items) ? page.items : [];
  if (items.length === 0 && !page.paused && !touched) return null;

  const toggle = async () => {
    setBusy(true);
    setTouched(true);
    setFailed(false);
    try {
      const next = await onToggle(page.paused ? 'resume' : 'restore');
      if (!next) setFailed(true);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <details class="hidden-items">
      <summary>
        <h2>{page.paused ? t('reader_hidden_shown_title') : t(items.length === 1 ? 'reader_hidden_title_one' : 'reader_hidden_title_other', items.length)}</h2>
      </summary>
      {items.length > 0 && (
        <ul class="hidden-list">
          {items.map((item) => (
            <li key={item.id}>
              <span class="hidden-label">{String(item.label ?? '')}</span>
              {Array.isArray(item.reasons) && item.reasons.length > 0 && (
                <span class="hidden-reasons">{t('reader_hidden_reasons', item.reasons.map(String).join(', '))}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      <button type="button" class="button" onClick={toggle} disabled={busy}>
        {page.paused ? t('reader_hidden_resume') : t('reader_hidden_restore')}
      </button>
      <p class="status-line" role="status">
        {failed ? t('reader_hidden_failed') : ''}
      </p>
    </details>
  );
}
