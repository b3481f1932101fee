/**
 * Markdown and plain-text copies of the article: the extraction module's
 * exporters (src/core/extract/markdown.ts), which escape page text so page
 * words never become Markdown syntax.
 */
export { articleToMarkdown as toMarkdown, articleToPlainText as toPlainText } from '../core/extract/markdown';
