/**
 * What Clear Read hid on this page, each with why. Shown in the panel that
 * the count next to the site switch opens (SiteControls.tsx), above its
 * "Show hidden items" / "Hide them again" button.
 */
import type { HiddenItem } from '../../core/article';
import { t } from '../../shared/translate';

export function HiddenItems({ items }: { items: readonly HiddenItem[] | undefined }) {
  const list = Array.isArray(items) ? items : [];
  if (list.length === 0) return null;
  return (
    <ul class="hidden-list">
      {list.map((item) => (
        <li key={item.id}>
          <span class="hidden-label">{String(item.label ?? '')}</span>
          {Array.isArray(item.reasons) && item.reasons.length > 0 && (
            <span class="hidden-reasons">{t('reader_hidden_reasons', item.reasons.map(String).join(', '))}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
