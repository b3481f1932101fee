/**
 * Markdown and plain-text copies of the article.
 * TEMPORARY: a minimal stand-in until src/core/extract/markdown.ts (the
 * extraction helper's articleToMarkdown / articleToPlainText) lands.
 */
import type { Article } from '../core/article';
import { inlineText } from './components/Inlines';
import { speechChunks } from './speech';

export function toMarkdown(article: Article): string {
  return `# ${article.title}\n\n${article.blocks
    .map((b) => (b.type === 'paragraph' ? inlineText(b.children) : b.type === 'heading' ? `${'#'.repeat(b.level)} ${inlineText(b.children)}` : ''))
    .filter(Boolean)
    .join('\n\n')}\n`;
}

export function toPlainText(article: Article): string {
  return `${speechChunks(article).join('\n\n')}\n`;
}
