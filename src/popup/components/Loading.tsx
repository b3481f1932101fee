/** The skeleton shown while the page is read; announced once to screen readers. */
import { t } from '../../shared/translate';

export function Loading() {
  return (
    <div class="loading" role="status" aria-live="polite">
      <p class="visually-hidden">{t('reader_loading')}</p>
      <div class="skeleton" aria-hidden="true">
        <div class="bone bone-title" />
        <div class="bone bone-meta" />
        <div class="bone" />
        <div class="bone" />
        <div class="bone bone-short" />
      </div>
    </div>
  );
}
