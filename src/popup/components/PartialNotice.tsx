/** Says so when the publisher shows only part of the article. */
import type { Article } from '../../core/article';
import { t } from '../../shared/translate';

export function PartialNotice({ partial }: { partial: Article['partial'] }) {
  if (!partial) return null;
  const shown = Number.isFinite(partial.shownParagraphs) ? Math.max(0, Math.round(partial.shownParagraphs)) : 0;
  return (
    <aside class="notice partial-notice" aria-label={t('reader_partial_label')}>
      <p>{t(shown === 1 ? 'reader_partial_one' : 'reader_partial_other', shown)}</p>
      <p class="notice-detail">{t('reader_partial_detail')}</p>
    </aside>
  );
}
