/**
 * The reader bar's icons: inline SVG drawn here (no icon font, no network),
 * 20 x 20 on a 24-unit grid, stroked in `currentColor` so every theme colours
 * them like text. Decorative: the button around each icon carries the name.
 */
import type { ComponentChildren } from 'preact';

function Icon({ children }: { children: ComponentChildren }) {
  return (
    <svg
      class="icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      stroke-width="1.8"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

/** Read aloud: a speaker with two sound waves. */
export function SpeakerIcon() {
  return (
    <Icon>
      <path d="M4 9.5h3.5L12 5.5v13l-4.5-4H4z" />
      <path d="M15.5 9a4 4 0 0 1 0 6" />
      <path d="M18 6.5a7.5 7.5 0 0 1 0 11" />
    </Icon>
  );
}

/** Copy: two overlapping sheets. */
export function CopyIcon() {
  return (
    <Icon>
      <rect x="8.5" y="8.5" width="11" height="12" rx="2" />
      <path d="M15.5 8.5V5.5a2 2 0 0 0-2-2h-7a2 2 0 0 0-2 2v9a2 2 0 0 0 2 2h2" />
    </Icon>
  );
}

/** Open in a tab: a window with an arrow leaving it. */
export function OpenTabIcon() {
  return (
    <Icon>
      <path d="M13 4.5h6.5V11" />
      <path d="M19.5 4.5 11 13" />
      <path d="M17 14v4.5a1.5 1.5 0 0 1-1.5 1.5h-10A1.5 1.5 0 0 1 4 18.5v-10A1.5 1.5 0 0 1 5.5 7H10" />
    </Icon>
  );
}

/** Print: a printer with a sheet. */
export function PrintIcon() {
  return (
    <Icon>
      <path d="M7 9V3.5h10V9" />
      <rect x="3.5" y="9" width="17" height="7.5" rx="1.5" />
      <path d="M7 14h10v6.5H7z" />
    </Icon>
  );
}

/** The element picker ("Hide something else"): a pointer over a dashed box. */
export function PickerIcon() {
  return (
    <Icon>
      <path d="M10 3.5H5A1.5 1.5 0 0 0 3.5 5v5M3.5 14v5A1.5 1.5 0 0 0 5 20.5h5M14 3.5h5A1.5 1.5 0 0 1 20.5 5v4" stroke-dasharray="2.5 2.5" />
      <path d="m12 12 8.5 3-3.6 1.4L15.5 20z" />
    </Icon>
  );
}

/** Play, for the read-aloud panel. */
export function PlayIcon() {
  return (
    <Icon>
      <path d="M7.5 5v14l11-7z" fill="currentColor" />
    </Icon>
  );
}

/** Pause, for the read-aloud panel. */
export function PauseIcon() {
  return (
    <Icon>
      <path d="M8 5v14M16 5v14" stroke-width="3" />
    </Icon>
  );
}

/** Stop, for the read-aloud panel. */
export function StopIcon() {
  return (
    <Icon>
      <rect x="6.5" y="6.5" width="11" height="11" rx="1.5" fill="currentColor" />
    </Icon>
  );
}

/** A small downward chevron after a menu button's icon. */
export function ChevronIcon() {
  return (
    <svg class="chevron" viewBox="0 0 10 10" width="8" height="8" aria-hidden="true" focusable="false">
      <path d="M1.5 3.5 5 7l3.5-3.5" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}
