/** Checks the background's answer before the reader renders it. */
import { READER_ERRORS, type ReaderError, type ReaderResult, UNAVAILABLE_REASONS } from '../shared/protocol';

const isIn = <T extends string>(list: readonly T[], value: unknown): value is T => (list as readonly unknown[]).includes(value);

/** The answer if it has the shape the reader renders, else undefined. */
export function checkResult(value: unknown): ReaderResult | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (v.state === 'ready') {
    const article = v.article as Record<string, unknown> | undefined;
    if (!article || typeof article.title !== 'string' || !Array.isArray(article.blocks)) return undefined;
    return value as ReaderResult;
  }
  if (v.state === 'unavailable') return isIn(UNAVAILABLE_REASONS, v.reason) ? (value as ReaderResult) : undefined;
  if (v.state === 'error') {
    const reason: ReaderError = isIn(READER_ERRORS, v.reason) ? v.reason : 'failed';
    return typeof v.detail === 'string' && v.detail ? { state: 'error', reason, detail: v.detail } : { state: 'error', reason };
  }
  return undefined;
}
