/** Something went wrong: the message, and a button to try again. */
import { t } from '../../shared/translate';

export function ErrorView({ message, onRetry }: { message: string; onRetry(): void }) {
  return (
    <section class="message-view" aria-labelledby="message-title" role="alert">
      <h1 id="message-title">{t('reader_error_title')}</h1>
      <p class="error-message">{message}</p>
      <button type="button" class="button" onClick={onRetry}>
        {t('reader_retry')}
      </button>
    </section>
  );
}
