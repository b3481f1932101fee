import { describe, expect, test } from 'vitest';
import { contrastRatio, luminance } from './contrast';
import { type Palette, palettes } from './themes';

describe('contrastRatio (WCAG 2.x)', () => {
  test('matches known values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#fff')).toBeCloseTo(1, 5);
    // #767676 on white is the classic 4.54:1 threshold grey.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(luminance('#808080')).toBeCloseTo(0.2159, 3);
  });
});

/** Text drawn on a background: [foreground, background]. */
const textPairs: Array<[keyof Palette, keyof Palette]> = [
  ['text', 'bg'],
  ['muted', 'bg'],
  ['link', 'bg'],
  ['text', 'surface'],
  ['muted', 'surface'],
  ['link', 'surface'],
  ['controlText', 'controlBg'],
  ['controlText', 'bg'],
  ['selectedText', 'selectedBg'],
  // Controls are held to the text threshold too: their outline and focus
  // ring are how a low-vision user finds them.
  ['controlBorder', 'bg'],
  ['controlBorder', 'controlBg'],
  ['focus', 'bg'],
  ['focus', 'controlBg'],
  ['noticeText', 'noticeBg'],
  ['link', 'noticeBg'],
  // The reader bar: its icons and labels on the bar and on a hovered / open
  // button, its muted notes, the focus ring and the switch's outline on it,
  // the count badge's number, and the tooltips.
  ['controlText', 'bar'],
  ['controlText', 'hover'],
  ['muted', 'bar'],
  ['focus', 'bar'],
  ['focus', 'hover'],
  ['controlBorder', 'bar'],
  ['controlText', 'surface'],
  ['tooltipText', 'tooltipBg'],
];

/** Non-text UI against what surrounds it (WCAG 1.4.11: 3:1). */
const uiPairs: Array<[keyof Palette, keyof Palette]> = [
  ['selectedBg', 'bg'],
  ['rule', 'bg'],
  // The switch when on and the count badge sit on the bar; the bar's edge and
  // a tooltip must stand out from the page.
  ['selectedBg', 'bar'],
  ['rule', 'bar'],
  ['tooltipBg', 'bg'],
  ['tooltipBg', 'bar'],
];

describe.each(Object.entries(palettes))('theme %s', (_name, palette) => {
  test.each(textPairs)('text %s on %s is at least 4.5:1', (fg, bg) => {
    expect(contrastRatio(palette[fg], palette[bg])).toBeGreaterThanOrEqual(4.5);
  });
  test.each(uiPairs)('UI %s against %s is at least 3:1', (fg, bg) => {
    expect(contrastRatio(palette[fg], palette[bg])).toBeGreaterThanOrEqual(3);
  });
});
