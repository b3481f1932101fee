/** Checks the background's answer before the reader renders it. */
import type { ReaderResult } from '../shared/protocol';
import { t } from './i18n';

const UNAVAILABLE_REASONS = ['restricted', 'no-article', 'not-html', 'no-tab', 'too-large', 'too-complex'];

/** The answer if it has the shape the reader renders, else undefined. */
export function checkResult(value: unknown): ReaderResult | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (v.state === 'ready') {
    const article = v.article as Record<string, unknown> | undefined;
    if (!article || typeof article.title !== 'string' || !Array.isArray(article.blocks)) return undefined;
    return value as ReaderResult;
  }
  if (v.state === 'unavailable') return UNAVAILABLE_REASONS.includes(v.reason as string) ? (value as ReaderResult) : undefined;
  if (v.state === 'error') return { state: 'error', message: typeof v.message === 'string' && v.message ? v.message : t('reader_error_unknown') };
  return undefined;
}
