/**
 * The article: its header (publication name, the title, then byline, date
 * and reading time) right under the reader bar, so the title starts near
 * the top; then `notice` (the partial-article notice), the lead image and
 * the body. `lang` and `dir` come from the article, so a right-to-left
 * article is laid out right to left while the reader's own UI keeps the
 * user's direction.
 */
import type { ComponentChildren } from 'preact';
import type { Article } from '../../core/article';
import { hostOf } from '../../core/host';
import { formatDate } from '../format';
import { t, uiLanguage } from '../../shared/translate';
import { safeImage } from '../safe-url';
import { type BlockOptions, Blocks } from './Blocks';

export function ArticleView({ article, options, notice }: { article: Article; options: BlockOptions; notice?: ComponentChildren }) {
  const site = article.siteName?.trim() || hostOf(article.url);
  const date = formatDate(article.publishedTime, uiLanguage());
  const minutes = Number.isFinite(article.readingMinutes) ? Math.max(1, Math.round(article.readingMinutes)) : undefined;
  const dir = article.dir === 'rtl' ? 'rtl' : 'ltr';
  return (
    <article class="article" lang={article.lang || undefined} dir={dir}>
      <header class="article-header">
        {site && (
          <p class="site">
            <bdi>{site}</bdi>
          </p>
        )}
        <h1>{article.title || t('reader_untitled')}</h1>
        <p class="meta">
          {/* <bdi>: the date and reading time are in the user's language, the byline in the
              article's; isolating each keeps "1 minute read" intact inside a right-to-left article. */}
          {article.byline && <bdi class="byline">{article.byline}</bdi>}
          {date && article.publishedTime && (
            <bdi>
              <time dateTime={article.publishedTime}>{date}</time>
            </bdi>
          )}
          {minutes !== undefined && <bdi class="reading-time">{t(minutes === 1 ? 'reader_minutes_one' : 'reader_minutes_other', minutes)}</bdi>}
        </p>
      </header>
      {notice}
      <LeadImage article={article} options={options} />
      <div class="article-body">
        <Blocks blocks={article.blocks} options={options} />
      </div>
    </article>
  );
}

/** The lead image, unless images are off or the body already shows it. */
function LeadImage({ article, options }: { article: Article; options: BlockOptions }) {
  if (!options.images || !article.leadImage) return null;
  const src = safeImage(article.leadImage.src);
  if (!src) return null;
  const inBody = article.blocks?.some((b) => b?.type === 'figure' && safeImage(b.src) === src);
  if (inBody) return null;
  return (
    <figure class="lead-image">
      <img src={src} alt={typeof article.leadImage.alt === 'string' ? article.leadImage.alt : ''} referrerpolicy="no-referrer" decoding="async" />
    </figure>
  );
}
