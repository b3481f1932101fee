/**
 * No article to show: says why in plain words and what the user can do,
 * per reason (browser page, store, PDF, not an article, closed tab, huge page).
 */
import type { UnavailableReason } from '../../shared/protocol';
import { t } from '../../shared/translate';

/** Message keys per reason: a title and the advice under it. */
const texts: Record<UnavailableReason, { title: string; advice: string }> = {
  restricted: { title: 'reader_unavailable_restricted_title', advice: 'reader_unavailable_restricted_advice' },
  'no-article': { title: 'reader_unavailable_no_article_title', advice: 'reader_unavailable_no_article_advice' },
  'not-html': { title: 'reader_unavailable_not_html_title', advice: 'reader_unavailable_not_html_advice' },
  'no-tab': { title: 'reader_unavailable_no_tab_title', advice: 'reader_unavailable_no_tab_advice' },
  'too-large': { title: 'reader_unavailable_too_large_title', advice: 'reader_unavailable_too_large_advice' },
  'too-complex': { title: 'reader_unavailable_too_complex_title', advice: 'reader_unavailable_too_complex_advice' },
};

export function Unavailable({ reason }: { reason: UnavailableReason }) {
  const text = texts[reason] ?? texts['no-article'];
  return (
    <section class="message-view" aria-labelledby="message-title">
      <h1 id="message-title">{t(text.title)}</h1>
      <p>{t(text.advice)}</p>
    </section>
  );
}
