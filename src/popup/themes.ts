/**
 * The reader's colour themes as data. The palette is applied as CSS custom
 * properties on the root element, and themes.test.ts checks every pair that
 * is drawn on top of another against WCAG: 4.5:1 for text (body, muted
 * text, links, control labels, notices) and for control outlines and the
 * focus ring; 3:1 for decorative UI (rules, the selected-state fill).
 * The reader bar's colours (bar, hover, tooltip) are held to the same
 * thresholds against what is drawn on them.
 */
import type { Theme } from '../shared/settings';

export interface Palette {
  /** Page background and body text. */
  bg: string;
  text: string;
  /** Byline, dates, captions. */
  muted: string;
  link: string;
  /** Buttons and inputs. */
  controlBg: string;
  controlText: string;
  controlBorder: string;
  /** The pressed/selected state of a toggle button. */
  selectedBg: string;
  selectedText: string;
  focus: string;
  /** The partial-article notice and other callouts. */
  noticeBg: string;
  noticeText: string;
  /** Quotes, code blocks and table headers sit on this. */
  surface: string;
  rule: string;
  /** The reader bar at the top. */
  bar: string;
  /** Hovered or open bar buttons, and the focused menu item. */
  hover: string;
  /** The bar's tooltips. */
  tooltipBg: string;
  tooltipText: string;
  /** `color-scheme` of the palette, so form controls and scrollbars match. */
  scheme: 'light' | 'dark';
}

export type PaletteName = Exclude<Theme, 'system'>;

export const palettes: Record<PaletteName, Palette> = {
  light: {
    bg: '#ffffff',
    text: '#1d1d1f',
    muted: '#575757',
    link: '#0a53be',
    controlBg: '#f2f2f4',
    controlText: '#1d1d1f',
    controlBorder: '#62626b',
    selectedBg: '#0a53be',
    selectedText: '#ffffff',
    focus: '#0a53be',
    noticeBg: '#fff3dc',
    noticeText: '#553700',
    surface: '#f4f4f6',
    rule: '#8a8a93',
    bar: '#f6f6f7',
    hover: '#e4e4e8',
    tooltipBg: '#1d1d1f',
    tooltipText: '#ffffff',
    scheme: 'light',
  },
  dark: {
    bg: '#17181a',
    text: '#e6e4e0',
    muted: '#b2aea8',
    link: '#8fbaff',
    controlBg: '#26282c',
    controlText: '#e6e4e0',
    controlBorder: '#979aa2',
    selectedBg: '#8fbaff',
    selectedText: '#0d1420',
    focus: '#8fbaff',
    noticeBg: '#3a2f16',
    noticeText: '#f3dfb0',
    surface: '#212327',
    rule: '#7a7d85',
    bar: '#1f2023',
    hover: '#33363b',
    tooltipBg: '#e6e4e0',
    tooltipText: '#17181a',
    scheme: 'dark',
  },
  sepia: {
    bg: '#f5edda',
    text: '#3a2e1f',
    muted: '#65543e',
    link: '#7b3a00',
    controlBg: '#ebe0c5',
    controlText: '#3a2e1f',
    controlBorder: '#67573f',
    selectedBg: '#6b3a10',
    selectedText: '#fbf5e6',
    focus: '#7b3a00',
    noticeBg: '#f0d9a8',
    noticeText: '#4a3100',
    surface: '#ece2c9',
    rule: '#8e7b5e',
    bar: '#eee3c8',
    hover: '#e0d1ad',
    tooltipBg: '#3a2e1f',
    tooltipText: '#fbf5e6',
    scheme: 'light',
  },
};

/** The palette a theme setting resolves to; `system` follows prefers-color-scheme. */
export function paletteName(theme: Theme, prefersDark: boolean): PaletteName {
  if (theme === 'system') return prefersDark ? 'dark' : 'light';
  return theme;
}

const cssNames: Record<Exclude<keyof Palette, 'scheme'>, string> = {
  bg: '--bg',
  text: '--text',
  muted: '--muted',
  link: '--link',
  controlBg: '--control-bg',
  controlText: '--control-text',
  controlBorder: '--control-border',
  selectedBg: '--selected-bg',
  selectedText: '--selected-text',
  focus: '--focus',
  noticeBg: '--notice-bg',
  noticeText: '--notice-text',
  surface: '--surface',
  rule: '--rule',
  bar: '--bar',
  hover: '--hover',
  tooltipBg: '--tooltip-bg',
  tooltipText: '--tooltip-text',
};

/** Sets the palette's custom properties on `root` (the <html> element). */
export function applyPalette(root: HTMLElement, name: PaletteName): void {
  const palette = palettes[name];
  for (const [key, property] of Object.entries(cssNames)) root.style.setProperty(property, palette[key as keyof typeof cssNames]);
  root.style.colorScheme = palette.scheme;
  root.dataset.theme = name;
}
