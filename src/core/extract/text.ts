/**
 * Plain text of an article, word count and reading time.
 *
 * `articleText` is THE reader text used for scoring and copying: the blocks' text joined with
 * newlines, title excluded. Figure captions count (the reader shows them); alt text does not.
 */
import type { Article, Block } from '../article';
import { inlineText } from './to-model';

export function blockText(b: Block): string {
  switch (b.type) {
    case 'heading':
    case 'paragraph':
      return inlineText(b.children);
    case 'list':
      return b.items.map(inlineText).join('\n');
    case 'quote':
      return b.blocks.map(blockText).join('\n');
    case 'code':
      return b.text;
    case 'figure':
      return b.caption ? inlineText(b.caption) : '';
    case 'table': {
      const rows = b.header ? [b.header, ...b.rows] : b.rows;
      const body = rows.map((r) => r.map(inlineText).join('\t')).join('\n');
      return b.caption ? `${b.caption}\n${body}` : body;
    }
    case 'rule':
      return '';
  }
}

export function blocksText(blocks: Block[]): string {
  return blocks
    .map(blockText)
    .filter((t) => t.trim() !== '')
    .join('\n');
}

export function articleText(article: Pick<Article, 'blocks'>): string {
  return blocksText(article.blocks);
}

/** Scripts written without spaces between words: count characters, not words. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;
const WORD = /[\p{L}\p{N}\p{M}'’_-]+/gu;

export interface TextCount {
  words: number;
  cjkChars: number;
}

export function countText(text: string): TextCount {
  const cjkChars = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').match(WORD)?.length ?? 0;
  return { words, cjkChars };
}

/** Reading speed: ~230 words per minute; ~500 characters per minute for CJK-like scripts. */
export const WORDS_PER_MINUTE = 230;
export const CJK_CHARS_PER_MINUTE = 500;

export function readingStats(text: string): { wordCount: number; readingMinutes: number } {
  const { words, cjkChars } = countText(text);
  // wordCount in "word equivalents": CJK chars converted at the speed ratio (about 2.2 chars a word).
  const wordCount = words + Math.round((cjkChars * WORDS_PER_MINUTE) / CJK_CHARS_PER_MINUTE);
  const minutes = words / WORDS_PER_MINUTE + cjkChars / CJK_CHARS_PER_MINUTE;
  return { wordCount, readingMinutes: Math.max(1, Math.ceil(minutes)) };
}
