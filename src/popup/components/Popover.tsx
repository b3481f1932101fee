/**
 * The reader bar's buttons and the panels they open.
 *
 * `IconButton`: a square button named by `label` (its accessible name and
 * its tooltip, shown on hover and on keyboard focus).
 *
 * `Popover`: such a button that shows a panel under the bar (a disclosure:
 * `aria-expanded` / `aria-controls`). The panel follows its button in the
 * DOM, so Tab moves from the button into it. It closes on Esc (focus goes
 * back to the button, and the Esc does not also close the popup), on a
 * click outside, and when focus leaves it. The panel stays mounted while
 * closed (`hidden`), so what runs inside it (read aloud) keeps running.
 *
 * `kind="menu"`: the panel is a menu of `MenuItem`s; opening it focuses the
 * first item, arrow keys / Home / End move between items, Enter or Space
 * chooses one, and choosing closes the menu.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export interface IconButtonProps {
  label: string;
  onClick(): void;
  disabled?: boolean;
  class?: string;
  children: ComponentChildren;
}

export function IconButton(props: IconButtonProps) {
  return (
    <button
      type="button"
      class={`icon-button${props.class ? ` ${props.class}` : ''}`}
      aria-label={props.label}
      data-tip={props.label}
      disabled={props.disabled}
      onClick={props.onClick}
    >
      {props.children}
    </button>
  );
}

export interface PopoverProps {
  /** The panel's id. */
  id: string;
  /** Name of the button and of the panel. */
  label: string;
  /** What the button shows (an icon, "Aa", a count). */
  face: ComponentChildren;
  kind?: 'panel' | 'menu';
  /** Anchor the panel at the bar's start instead of its end. */
  align?: 'start' | 'end';
  class?: string;
  /** The panel's content; a function gets `close` (menus close when an item is chosen). */
  children: ComponentChildren | ((close: () => void) => ComponentChildren);
}

const ITEM = '[role="menuitem"]:not([disabled])';

export function Popover(props: PopoverProps) {
  const [open, setOpen] = useState(false);
  const wrap = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLElement>(null);
  const menu = props.kind === 'menu';

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) toggle.current?.focus();
  };

  useEffect(() => {
    if (!open) return undefined;
    const root = wrap.current;
    const inside = (node: EventTarget | null) => node instanceof Node && Boolean(root?.contains(node));
    const onPointerDown = (event: Event) => {
      if (!inside(event.target)) setOpen(false);
    };
    const onFocusOut = (event: FocusEvent) => {
      if (event.relatedTarget && !inside(event.relatedTarget)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    root?.addEventListener('focusout', onFocusOut);
    if (menu) panel.current?.querySelector<HTMLElement>(ITEM)?.focus();
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      root?.removeEventListener('focusout', onFocusOut);
    };
  }, [open, menu]);

  // Keys inside an open panel, on the element itself from the render that opened it: an effect
  // runs only after the next paint, and an Esc pressed before it reached the popup's own Esc
  // handler, which closes the whole popup (seen in CI under load).
  const onKeyDown = (event: KeyboardEvent) => {
    if (!open) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (menu) moveInMenu(event, panel.current);
  };

  const onToggleKey = (event: KeyboardEvent) => {
    // A menu button also opens with the down arrow.
    if (menu && event.key === 'ArrowDown' && !open) {
      event.preventDefault();
      setOpen(true);
    }
  };

  const panelClass = `popover popover-${props.align ?? 'end'}${menu ? ' menu' : ''}`;
  const content = typeof props.children === 'function' ? props.children(() => close(true)) : props.children;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the wrapper only hears the keys of its own toggle button and panel (Esc, menu arrows); it is not a control itself.
    <div class={`pop${props.class ? ` ${props.class}` : ''}`} ref={wrap} onKeyDown={onKeyDown}>
      <button
        type="button"
        ref={toggle}
        class="icon-button"
        aria-label={props.label}
        data-tip={props.label}
        aria-expanded={open}
        aria-controls={props.id}
        aria-haspopup={menu ? 'menu' : undefined}
        onClick={() => setOpen((was) => !was)}
        onKeyDown={onToggleKey}
      >
        {props.face}
      </button>
      {menu ? (
        <div id={props.id} ref={panel as preact.RefObject<HTMLDivElement>} class={panelClass} role="menu" aria-label={props.label} tabIndex={-1} hidden={!open}>
          {content}
        </div>
      ) : (
        // Clicking the panel's background keeps focus inside it (tabIndex -1), so it stays open.
        <section id={props.id} ref={panel} class={panelClass} aria-label={props.label} tabIndex={-1} hidden={!open}>
          {content}
        </section>
      )}
    </div>
  );
}

/** Arrow keys, Home and End move focus between a menu's items (wrapping around). */
function moveInMenu(event: KeyboardEvent, panel: HTMLElement | null): void {
  if (!panel) return;
  const items = [...panel.querySelectorAll<HTMLElement>(ITEM)];
  if (items.length === 0) return;
  const at = items.indexOf(document.activeElement as HTMLElement);
  const next: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 };
  if (!(event.key in next)) return;
  event.preventDefault();
  items[(next[event.key] + items.length) % items.length].focus();
}

export function MenuItem({ onSelect, children }: { onSelect(): void; children: ComponentChildren }) {
  return (
    <button type="button" role="menuitem" class="menu-item" tabIndex={-1} onClick={onSelect}>
      {children}
    </button>
  );
}
