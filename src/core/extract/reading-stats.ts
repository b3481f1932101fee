/**
 * Plain text of an article, word count and reading time.
 *
 * `articleText` is THE reader text used for scoring and copying: the blocks' text joined with
 * newlines, title excluded. Figure captions count (the reader shows them); alt text does not.
 */
import type { Article, Block } from '../article';
import { blockText } from '../article-text';

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
