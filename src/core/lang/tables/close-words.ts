/**
 * What a close control says: the glyphs drawn on close buttons, and the word for "close" (or
 * "dismiss") that labels them (`aria-label`, `title`) in the shipped languages. Lower-case;
 * matched as a substring of the label ("Close dialog", "Schließen", "閉じる").
 */
export const CLOSE_GLYPHS: readonly string[] = ['×', '✕', '✖', '╳', '⨯', 'x', '✗'];

export const CLOSE_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['close', 'dismiss'],
  de: ['schließen', 'schliessen'],
  fr: ['fermer'],
  es: ['cerrar'],
  it: ['chiudi'],
  pt: ['fechar'],
  nl: ['sluiten'],
  pl: ['zamknij'],
  sv: ['stäng'],
  tr: ['kapat'],
  ru: ['закрыть'],
  ar: ['إغلاق', 'اغلاق'],
  hi: ['बंद करें'],
  ja: ['閉じる'],
  zh: ['关闭', '關閉'],
};
