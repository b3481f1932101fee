/**
 * Read-aloud helpers: the article as a list of short utterances, and the
 * voice that speaks the article's language. Pure functions, unit-tested.
 */
import type { Article, Block } from '../core/article';
import { blockText, inlineText } from '../core/article-text';

/**
 * Utterances longer than this are split at sentence ends: some engines
 * (Chrome's network voices) stop a long utterance after about 15 seconds.
 */
const MAX_UTTERANCE_CHARS = 280;

/** Sentence ends in the scripts we read: Latin, CJK, Devanagari, Arabic. */
const SENTENCE_END = /(?<=[.!?。！？।؟])\s+/u;

function splitLong(text: string): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return [];
  if (clean.length <= MAX_UTTERANCE_CHARS) return [clean];
  const out: string[] = [];
  let current = '';
  for (const sentence of clean.split(SENTENCE_END)) {
    if (current && current.length + sentence.length + 1 > MAX_UTTERANCE_CHARS) {
      out.push(current);
      current = sentence;
    } else current = current ? `${current} ${sentence}` : sentence;
  }
  if (current) out.push(current);
  return out;
}

/** What is read aloud of a block: one utterance per paragraph-like piece (see blockText for the text). */
function utterances(block: Block): string[] {
  switch (block?.type) {
    case 'heading':
    case 'paragraph':
    case 'figure':
      return [blockText(block)].filter(Boolean);
    case 'list':
      // Each item on its own, so a long list pauses between items.
      return (block.items ?? []).map((item) => inlineText(item));
    case 'quote':
      return (block.blocks ?? []).flatMap(utterances);
    case 'table':
      // Tables read cell by cell are noise; the caption says what it is.
      return block.caption ? [block.caption] : [];
    default:
      // Code and rules are not read aloud.
      return [];
  }
}

/** The article as utterance texts, title first. */
export function speechChunks(article: Pick<Article, 'title' | 'blocks'>): string[] {
  return [article.title, ...(article.blocks ?? []).flatMap(utterances)].flatMap((text) => splitLong(text ?? ''));
}

export interface VoiceLike {
  lang: string;
  localService: boolean;
  default: boolean;
  name: string;
}

/**
 * The voice for `lang`: an exact language-region match first, then the same
 * language, preferring the engine's default and on-device voices (they work
 * offline). Undefined lets the engine choose.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: string | undefined): V | undefined {
  if (!lang) return undefined;
  const wanted = lang.toLowerCase().replace(/_/g, '-');
  const primary = wanted.split('-')[0];
  const norm = (v: V) => v.lang.toLowerCase().replace(/_/g, '-');
  const rank = (v: V) => (v.default ? 2 : 0) + (v.localService ? 1 : 0);
  const best = (list: V[]) => list.sort((a, b) => rank(b) - rank(a))[0];
  return best(voices.filter((v) => norm(v) === wanted)) ?? best(voices.filter((v) => norm(v).split('-')[0] === primary));
}
