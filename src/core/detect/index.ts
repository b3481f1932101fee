// TEMPORARY STUB written by the lead to test the build; the detector helper replaces this file.
import type { HiddenItem } from '../article';
export interface DetectorOptions { extraHide?: string[]; neverHide?: string[]; onChange?: (items: HiddenItem[]) => void; debug?: (msg: string, data?: unknown) => void }
export interface Detector { items(): HiddenItem[]; restoreAll(): void; resume(): void; hideElement(el: Element, source: 'picker' | 'rule'): HiddenItem | undefined; updateOptions(opts: Partial<DetectorOptions>): void; stop(): void }
export function startDetector(_doc: Document, _opts?: DetectorOptions): Detector {
  return { items: () => [], restoreAll() {}, resume() {}, hideElement: () => undefined, updateOptions() {}, stop() {} };
}
