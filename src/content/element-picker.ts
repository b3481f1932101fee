/**
 * The element picker, injected on demand (picker.js) by the background after
 * a user action; never part of the always-on content script.
 *
 * Hover highlights the element under the pointer with a box drawn in a
 * closed shadow root (the page's own elements get no style). Click or Enter
 * hides it; Up / wheel up widens to the parent, Down / wheel down narrows
 * back (or to the child under the pointer); Esc cancels. The choice goes to
 * the background with the session's one-time nonce; the background writes
 * the rule and the content script hides the element when the stored rules
 * change.
 */
import type { PickerWorld } from '../shared/injected';
import { type ChangeResult, notifyBackground } from '../shared/protocol';
import { changeErrorText, t } from '../shared/translate';
import { selectorFor } from './selector';

const g = globalThis as unknown as PickerWorld;

const STYLE = `
:host { all: initial; }
.box { position: fixed; pointer-events: none; box-sizing: border-box; border: 2px solid #c2410c;
  background: rgba(234, 88, 12, 0.18); border-radius: 2px; display: none; z-index: 1; }
.panel { position: fixed; left: 50%; bottom: 16px; top: auto; transform: translateX(-50%); max-width: min(90vw, 720px);
  pointer-events: none; font: 14px/1.4 system-ui, sans-serif; color: #fff; background: #1f2937;
  padding: 8px 12px; border-radius: 6px; box-shadow: 0 4px 16px rgba(0,0,0,.3); }
.panel.top { top: 16px; bottom: auto; }
.selector { font-family: ui-monospace, monospace; color: #fdba74; display: block; overflow-wrap: anywhere; }
.error { color: #fecaca; }
`;

/** Elements the picker never offers: the page itself. */
const TOO_WIDE = new Set(['html', 'body', 'head']);

class Picker {
  private readonly host = document.createElement('div');
  private readonly box: HTMLDivElement;
  private readonly selectorLine: HTMLSpanElement;
  private readonly hint: HTMLSpanElement;
  private readonly panel: HTMLDivElement;
  private current: Element | undefined;
  /** Narrower elements left behind when widening, for Down to return to. */
  private narrower: Element[] = [];
  private pointer = { x: 0, y: 0 };
  /** The element last found under the pointer: moving within it keeps a widened choice. */
  private under: Element | undefined;
  private done = false;

  constructor(private readonly nonce: string) {
    this.host.setAttribute('data-clear-read-picker', '');
    // The host covers nothing the pointer can hit: elementFromPoint sees the page through it.
    this.host.style.cssText = 'all:initial;position:fixed;inset:0;pointer-events:none;z-index:2147483647;';
    const root = this.host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    this.box = document.createElement('div');
    this.box.className = 'box';
    const panel = document.createElement('div');
    this.panel = panel;
    panel.className = 'panel';
    panel.setAttribute('role', 'status');
    panel.setAttribute('aria-live', 'polite');
    this.selectorLine = document.createElement('span');
    this.selectorLine.className = 'selector';
    this.hint = document.createElement('span');
    this.hint.textContent = t('picker_hint');
    panel.append(this.selectorLine, this.hint);
    root.append(style, this.box, panel);
  }

  start(preselect: Element | undefined): void {
    document.documentElement.append(this.host);
    for (const type of ['mousemove', 'click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'auxclick', 'keydown', 'wheel', 'scroll', 'resize'] as const) {
      window.addEventListener(type, this, { capture: true, passive: false });
    }
    if (preselect?.isConnected) this.select(preselect);
  }

  stop(): void {
    this.done = true;
    for (const type of ['mousemove', 'click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'auxclick', 'keydown', 'wheel', 'scroll', 'resize'] as const) {
      window.removeEventListener(type, this, { capture: true });
    }
    this.host.remove();
  }

  handleEvent(event: Event): void {
    if (this.done) return;
    // Only the user's own input counts: a page script could synthesize a click to choose for them.
    if (!event.isTrusted && event.type !== 'scroll' && event.type !== 'resize') {
      this.swallow(event);
      return;
    }
    switch (event.type) {
      case 'mousemove': {
        const { clientX: x, clientY: y } = event as MouseEvent;
        this.pointer = { x, y };
        const under = document.elementFromPoint(x, y);
        if (under && under !== this.under && !TOO_WIDE.has(under.localName)) {
          this.under = under;
          this.narrower = [];
          this.select(under);
        }
        return;
      }
      case 'click':
        this.swallow(event);
        if ((event as MouseEvent).button === 0) void this.choose();
        return;
      case 'mousedown':
      case 'mouseup':
      case 'pointerdown':
      case 'pointerup':
      case 'auxclick':
        // The page must not react (follow a link, open a menu) to the picking click.
        this.swallow(event);
        return;
      case 'keydown':
        this.key(event as KeyboardEvent);
        return;
      case 'wheel': {
        const delta = (event as WheelEvent).deltaY;
        if (delta === 0) return;
        this.swallow(event);
        if (delta < 0) this.widen();
        else this.narrow();
        return;
      }
      default:
        // scroll, resize: the element moved under the box.
        this.draw();
    }
  }

  private swallow(event: Event): void {
    event.preventDefault();
    event.stopImmediatePropagation();
  }

  private key(event: KeyboardEvent): void {
    const actions: Record<string, () => void> = {
      Escape: () => this.cancel(),
      ArrowUp: () => this.widen(),
      ArrowDown: () => this.narrow(),
      Enter: () => void this.choose(),
    };
    const action = actions[event.key];
    if (!action) return;
    this.swallow(event);
    action();
  }

  private select(el: Element): void {
    this.current = el;
    this.selectorLine.textContent = selectorFor(el) ?? el.localName;
    this.draw();
  }

  private draw(): void {
    if (!this.current?.isConnected) {
      this.box.style.display = 'none';
      return;
    }
    const r = this.current.getBoundingClientRect();
    // Keep the instructions off the element being chosen.
    this.panel.classList.toggle('top', r.bottom > innerHeight - 100 && r.top > 120);
    Object.assign(this.box.style, { display: 'block', left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
  }

  private widen(): void {
    const parent = this.current?.parentElement;
    if (!this.current || !parent || TOO_WIDE.has(parent.localName)) return;
    this.narrower.push(this.current);
    this.select(parent);
  }

  private narrow(): void {
    if (!this.current) return;
    const back = this.narrower.pop();
    if (back) {
      this.select(back);
      return;
    }
    // The child under the pointer, else the first child.
    const children = Array.from(this.current.children);
    const { x, y } = this.pointer;
    const under = children.find((c) => {
      const r = c.getBoundingClientRect();
      return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
    });
    const child = under ?? children[0];
    if (child) this.select(child);
  }

  private cancel(): void {
    this.stop();
    notifyBackground('picker/cancel', { nonce: this.nonce }).catch(() => {});
  }

  private async choose(): Promise<void> {
    const el = this.current;
    if (!el) return;
    const selector = selectorFor(el);
    if (!selector) return;
    this.done = true;
    let answer: ChangeResult | undefined;
    try {
      answer = await notifyBackground('picker/result', { nonce: this.nonce, selector });
    } catch {
      answer = undefined;
    }
    if (answer?.ok) {
      this.stop();
      return;
    }
    this.hint.className = 'error';
    this.hint.textContent = answer?.reason ? changeErrorText(answer.reason, answer.detail) : t('picker_error_notSaved');
    this.box.style.display = 'none';
    setTimeout(() => this.stop(), 4000);
  }
}

let active: Picker | undefined;

g.__clearReadPicker = {
  start(nonce, preselect) {
    active?.stop();
    active = new Picker(nonce);
    active.start(preselect ? g.__clearReadContextTarget : undefined);
  },
  stop() {
    active?.stop();
    active = undefined;
  },
};
