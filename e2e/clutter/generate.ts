/**
 * The clutter generator: from a seed, a clean aeb-dev page and a plan of clutter to inject into
 * it (the in-page runtime.ts builds the plan's elements). Pure and reproducible: the same seed
 * gives the same page, kinds, language, naming scheme, texts, prices, ids, positions, colours,
 * sizes, timings and locks.
 *
 * Seed ranges: DEV (1..99_999) is the development set that detector work may be tuned on;
 * VALIDATION (100_000..) is only measured, never tuned on.
 */
import { CURRENCIES, formatPrice, LANGS, type Lang, PERIODS, PHRASES, type Phrases } from './phrases.ts';
import { type Namer, namer, type Role, SCHEMES, type Scheme } from './naming.ts';
import { type Rng, rng } from './prng.ts';

export const KINDS = [
  'modal-siblings', // a dimmed backdrop and a centred card, siblings at the end of <body>
  'modal-wrapper', // a transparent full-viewport wrapper holding a backdrop and a card
  'modal-holder', // the dimmed backdrop itself holds the card (flex-centred)
  'top-bar', // a slim offer bar at the top, fixed or sticky
  'bottom-bar', // a slim offer bar at the bottom, fixed or sticky, sometimes sliding in
  'toast', // a small fixed box in a corner
  'inline-panel', // a plan / limit panel inside the article, between paragraphs
  'fade-gate', // an absolutely positioned white fade with a sign-in box over the article's lower part
  'shadow-modal', // a modal inside an open shadow root of a custom element
  'checkout-iframe', // a modal holding a cross-origin checkout iframe
  'late', // a modal, bar or toast that appears after a delay or on the first scroll
  'reinserted', // a modal that the page puts back (and re-locks) when it is removed or hidden
] as const;
export type Kind = (typeof KINDS)[number];

export const LOCKS = ['html-class', 'body-class', 'inline-overflow', 'fixed-body', 'touch-action', 'height-100vh'] as const;
export type LockTechnique = (typeof LOCKS)[number];

/** Roles the measurement checks: each must end up not visible. */
export type MeasuredRole = 'backdrop' | 'card' | 'bar' | 'toast' | 'panel' | 'gate' | 'gatebox' | 'frame';

export interface NodeSpec {
  tag: string;
  cls?: string;
  id?: string;
  /** Inline style (empty when the style went to the stylesheet). */
  style?: string;
  text?: string;
  attrs?: Record<string, string>;
  children?: NodeSpec[];
  /** Children placed in an open shadow root instead. */
  shadow?: NodeSpec[];
  /** Registered for the measurement (never written to the DOM). */
  role?: MeasuredRole;
}

export type Mount =
  | { at: 'body-end' | 'body-start' | 'html-end' }
  | { at: 'after-paragraph'; fraction: number }
  /** Over the article's lower part: inside its container (made position:relative) or on the page by coordinates. */
  | { at: 'article-gate'; place: 'container' | 'page'; from: number };

export interface LockSpec {
  technique: LockTechnique;
  /** The class for html-class / body-class. */
  cls?: string;
}

export interface PieceSpec {
  kind: Kind;
  /** The kind it was built as, for `late` and `reinserted` (e.g. 'modal-siblings'). */
  base: Kind;
  mount: Mount;
  root: NodeSpec;
  trigger: 'load' | 'delay' | 'scroll';
  delayMs: number;
  /** Starts off-screen with this transform and slides in when triggered. */
  slideFrom?: string;
  reinsert: boolean;
  lock?: LockSpec;
}

export interface Scenario {
  seed: number;
  range: 'dev' | 'validation';
  pageId: string;
  /** No clutter at all (the page as published). */
  clean: boolean;
  kinds: Kind[];
  lang: Lang;
  scheme: Scheme;
  pieces: PieceSpec[];
  /** Stylesheet text the runtime inserts (rules for classed elements and class locks). */
  css: string;
  /** Paragraph snippets of the article (from the ground truth), to place clutter and to measure. */
  anchors: string[];
  /** How long after load the measurement should wait (late clutter plus time for a remover). */
  settleMs: number;
}

export interface PageInfo {
  id: string;
  /** Article paragraphs from the ground truth, in order (>= 60 characters each). */
  paragraphs: string[];
  /** False for a page whose article does not render locally (page-exclusions.json); never drawn. */
  usable?: boolean;
}

export const DEV_RANGE = { first: 1, last: 99_999 } as const;
export const VALIDATION_RANGE = { first: 100_000, last: 999_999 } as const;
export const CLEAN_SHARE = 0.12;
/** The iframe origin placeholder; the server puts its second origin here. */
export const OTHER_ORIGIN = '{{OTHER_ORIGIN}}';

export function rangeOf(seed: number): 'dev' | 'validation' {
  return seed >= VALIDATION_RANGE.first ? 'validation' : 'dev';
}

/** Ground-truth paragraphs worth measuring: long enough to find by text, evenly spread (<= max). */
export function pageInfo(id: string, articleBody: string, max = 12): PageInfo {
  const all = articleBody
    .split('\n')
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length >= 60);
  if (all.length <= max) return { id, paragraphs: all };
  const out: string[] = [];
  for (let i = 0; i < max; i++) out.push(all[Math.floor((i * all.length) / max)] as string);
  return { id, paragraphs: out };
}

// ---------------------------------------------------------------- styles and texts

const Z_VALUES = [10, 99, 100, 999, 1000, 9000, 9999, 10000, 99999, 100000, 2147483647];

function zIndex(r: Rng): number {
  return r.chance(0.6) ? r.pick(Z_VALUES) : r.int(50, 200000);
}

function lightColour(r: Rng): string {
  return r.chance(0.4) ? '#fff' : `hsl(${r.int(0, 359)}, ${r.int(10, 70)}%, ${r.int(92, 99)}%)`;
}

function darkColour(r: Rng): string {
  return `hsl(${r.int(0, 359)}, ${r.int(20, 80)}%, ${r.int(8, 30)}%)`;
}

function accent(r: Rng): string {
  return `hsl(${r.int(0, 359)}, ${r.int(55, 90)}%, ${r.int(35, 50)}%)`;
}

function scrim(r: Rng): string {
  const pick = r.int(0, 2);
  if (pick === 0) return `rgba(0, 0, 0, ${r.range(0.45, 0.85).toFixed(2)})`;
  if (pick === 1) return `rgba(255, 255, 255, ${r.range(0.75, 0.95).toFixed(2)})`;
  return `rgba(${r.int(0, 60)}, ${r.int(0, 60)}, ${r.int(20, 90)}, ${r.range(0.5, 0.8).toFixed(2)})`;
}

interface Ctx {
  r: Rng;
  lang: Lang;
  p: Phrases;
  nm: Namer;
  /** class -> inline style for classes whose style went to the stylesheet */
  sheet: Map<string, string>;
  /** One currency per page, as one site charges in one. */
  currency: (typeof CURRENCIES)[number];
}

function price(c: Ctx, period = c.r.pick(PERIODS)): string {
  return formatPrice(c.lang, c.currency, c.r.pick(c.currency.amounts), period);
}

function fill(c: Ctx, template: string): string {
  return template.replace('{price}', price(c));
}

/** An element of a role: class and id from the naming scheme, style inline or (sometimes) in the stylesheet. */
function el(c: Ctx, tag: string, role: Role | undefined, style: string, extra: Partial<NodeSpec> = {}): NodeSpec {
  const cls = role ? c.nm.cls(role) : '';
  const node: NodeSpec = { tag, style, ...extra };
  if (cls) node.cls = cls;
  const id = role ? c.nm.id() : '';
  if (id) node.id = id;
  // Class schemes keep their looks in a stylesheet about half the time (one rule per class).
  if (cls && c.r.chance(0.5)) {
    const key = cls.split(' ')[0] as string;
    const known = c.sheet.get(key);
    if (known === undefined || known === style) {
      c.sheet.set(key, style);
      node.style = '';
    }
  }
  return node;
}

function button(c: Ctx, text: string, colour: string): NodeSpec {
  return el(c, c.r.chance(0.7) ? 'button' : 'a', 'cta', `display:inline-block;padding:${c.r.int(8, 14)}px ${c.r.int(14, 28)}px;background:${colour};color:#fff;border:0;border-radius:${c.r.int(0, 24)}px;font:600 ${c.r.int(14, 17)}px sans-serif;cursor:pointer;text-decoration:none`, { text, attrs: { href: '#' } });
}

function closeButton(c: Ctx): NodeSpec {
  return el(c, 'button', 'close', `position:absolute;top:${c.r.int(4, 14)}px;right:${c.r.int(4, 14)}px;border:0;background:transparent;font-size:${c.r.int(18, 28)}px;cursor:pointer;color:inherit`, { text: '×', attrs: { 'aria-label': c.p.close, type: 'button' } });
}

/** The text and plans of an offer: a headline, a sentence, 0-3 plan cards, a sign-in line. */
function offerBody(c: Ctx, colour: string, withPlans: boolean): NodeSpec[] {
  const { r, p } = c;
  const out: NodeSpec[] = [el(c, r.pick(['h2', 'h3', 'div', 'p']), 'title', `margin:0 0 10px;font:700 ${r.int(19, 28)}px/1.25 ${r.pick(['Georgia, serif', 'sans-serif', 'system-ui'])}`, { text: r.pick(p.limitTitle) })];
  out.push({ tag: 'p', style: `margin:0 0 14px;font:${r.int(14, 17)}px/1.45 sans-serif`, text: r.pick(p.limitBody) });
  if (withPlans) {
    const plans = r.sample(p.plans, r.int(1, 3));
    const row: NodeSpec = { tag: 'div', style: `display:flex;gap:${r.int(8, 16)}px;flex-wrap:wrap;margin:0 0 14px`, children: [] };
    for (const name of plans) {
      row.children?.push(
        el(c, 'div', 'plan', `flex:1 1 140px;border:1px solid rgba(0,0,0,.15);border-radius:${r.int(2, 12)}px;padding:12px`, {
          children: [
            { tag: 'div', style: 'font:600 15px sans-serif', text: name },
            { tag: 'div', style: 'font:700 20px sans-serif;margin:6px 0', text: price(c) },
            { tag: 'div', style: 'font:13px sans-serif;opacity:.8', text: r.pick(p.perks) },
            button(c, r.pick(p.subscribe), colour),
          ],
        }),
      );
    }
    out.push(row);
  } else {
    out.push(button(c, r.pick(p.subscribe), colour));
  }
  out.push({ tag: 'p', style: 'margin:12px 0 0;font:14px sans-serif', children: [{ tag: 'span', text: `${r.pick(p.signInPrompt)} ` }, { tag: 'a', attrs: { href: '#' }, style: `color:${colour}`, text: r.pick(p.signIn) }] });
  if (r.chance(0.4)) out.push({ tag: 'a', attrs: { href: '#' }, style: 'display:block;margin-top:8px;font:13px sans-serif;color:inherit;opacity:.7', text: r.pick(p.later) });
  return out;
}

// ---------------------------------------------------------------- kinds

type Built = { mount: Mount; root: NodeSpec; slideFrom?: string; wantsLock: number };

function card(c: Ctx, z: number, centred: 'fixed' | 'flex' | 'absolute', body: NodeSpec[]): NodeSpec {
  const { r } = c;
  const width = r.chance(0.7) ? `${r.int(340, 680)}px` : `${r.int(60, 90)}%`;
  const look = `background:${lightColour(r)};color:#222;padding:${r.int(20, 40)}px;border-radius:${r.int(0, 16)}px;box-shadow:0 ${r.int(2, 20)}px ${r.int(10, 60)}px rgba(0,0,0,.3);max-width:92vw;box-sizing:border-box;max-height:90vh;overflow:auto`;
  const place =
    centred === 'fixed'
      ? `position:fixed;left:50%;top:${r.chance(0.5) ? '50%' : `${r.int(40, 120)}px`};transform:translate(-50%, ${r.chance(0.5) ? '-50%' : '0'});width:${width};z-index:${z}`
      : centred === 'absolute'
        ? `position:absolute;left:0;right:0;margin:0 auto;top:${r.int(30, 140)}px;width:${width}`
        : `position:relative;width:${width}`;
  const kids = [...body];
  if (r.chance(0.7)) kids.unshift(closeButton(c));
  return el(c, 'div', 'card', `${place};${look}`, { role: 'card', children: kids, attrs: r.chance(0.4) ? { role: 'dialog', 'aria-modal': 'true' } : undefined });
}

function backdropStyle(c: Ctx, z: number): string {
  return `position:fixed;top:0;left:0;${c.r.chance(0.5) ? 'right:0;bottom:0' : 'width:100%;height:100%'};background:${scrim(c.r)};z-index:${z}`;
}

function modalSiblings(c: Ctx): Built {
  const z = zIndex(c.r);
  const colour = accent(c.r);
  const root: NodeSpec = {
    tag: 'div',
    style: 'display:contents',
    children: [el(c, 'div', 'backdrop', backdropStyle(c, z), { role: 'backdrop' }), card(c, z + 1, 'fixed', offerBody(c, colour, c.r.chance(0.7)))],
  };
  return { mount: { at: c.r.chance(0.8) ? 'body-end' : 'html-end' }, root, wantsLock: 0.8 };
}

function modalWrapper(c: Ctx, inner?: NodeSpec[]): Built {
  const { r } = c;
  const z = zIndex(r);
  const colour = accent(r);
  const body = inner ?? offerBody(c, colour, r.chance(0.7));
  const flex = r.chance(0.5);
  const root = el(c, 'div', 'wrapper', `position:fixed;inset:0;z-index:${z};${flex ? 'display:flex;align-items:center;justify-content:center' : 'overflow-y:auto'}`, {
    children: [el(c, 'div', 'backdrop', `position:${r.chance(0.5) ? 'absolute' : 'fixed'};inset:0;background:${scrim(r)}`, { role: 'backdrop' }), card(c, z, flex ? 'flex' : 'absolute', body)],
  });
  return { mount: { at: 'body-end' }, root, wantsLock: 0.8 };
}

function modalHolder(c: Ctx, inner?: NodeSpec[]): Built {
  const { r } = c;
  const z = zIndex(r);
  const colour = accent(r);
  const body = inner ?? offerBody(c, colour, r.chance(0.7));
  const root = el(c, 'div', 'backdrop', `${backdropStyle(c, z)};display:flex;align-items:${r.pick(['center', 'flex-start', 'flex-end'])};justify-content:center;padding:${r.int(0, 40)}px;box-sizing:border-box`, { role: 'backdrop', children: [card(c, z, 'flex', body)] });
  return { mount: { at: r.chance(0.7) ? 'body-end' : 'body-start' }, root, wantsLock: 0.75 };
}

function bar(c: Ctx, where: 'top' | 'bottom', slide: boolean): Built {
  const { r, p } = c;
  const dark = r.chance(0.5);
  const colour = accent(r);
  const sticky = !slide && r.chance(0.35);
  const z = zIndex(r);
  const height = r.int(38, 72);
  const pos = sticky ? `position:sticky;${where}:0` : `position:fixed;left:0;right:0;${where}:0`;
  const children: NodeSpec[] = [{ tag: 'span', style: 'margin-right:14px', text: fill(c, r.pick(p.bar)) }, button(c, r.pick(p.subscribe), colour)];
  if (r.chance(0.6)) children.push(closeButton(c));
  const root = el(c, r.pick(['div', 'aside', 'section']), 'bar', `${pos};z-index:${z};min-height:${height}px;display:flex;align-items:center;justify-content:center;padding:6px 40px;box-sizing:border-box;background:${dark ? darkColour(r) : lightColour(r)};color:${dark ? '#fff' : '#111'};font:${r.int(14, 17)}px sans-serif;box-shadow:0 0 12px rgba(0,0,0,.2)${slide ? ';transition:transform .35s ease-out' : ''}`, { role: 'bar', children });
  return { mount: { at: sticky ? (where === 'top' ? 'body-start' : 'body-end') : r.pick(['body-end', 'body-start']) }, root, slideFrom: slide ? `translateY(${where === 'top' ? '-110%' : '110%'})` : undefined, wantsLock: 0 };
}

function toast(c: Ctx): Built {
  const { r, p } = c;
  const colour = accent(r);
  const corner = r.pick(['bottom:16px;right:16px', 'bottom:16px;left:16px', 'top:80px;right:16px', 'bottom:80px;right:24px']);
  const children: NodeSpec[] = [{ tag: 'div', style: 'margin-bottom:8px', text: fill(c, r.pick(p.toast)) }, button(c, r.pick(p.subscribe), colour)];
  if (r.chance(0.7)) children.push(closeButton(c));
  const root = el(c, 'div', 'toast', `position:fixed;${corner};z-index:${zIndex(r)};width:${r.int(240, 360)}px;padding:16px 36px 16px 16px;box-sizing:border-box;background:${lightColour(r)};color:#222;border-radius:${r.int(0, 14)}px;box-shadow:0 4px 24px rgba(0,0,0,.25);font:14px sans-serif`, { role: 'toast', children });
  return { mount: { at: 'body-end' }, root, wantsLock: 0 };
}

function inlinePanel(c: Ctx): Built {
  const { r } = c;
  const colour = accent(r);
  const root = el(c, r.pick(['div', 'section', 'aside']), 'panel', `margin:${r.int(16, 40)}px 0;padding:${r.int(16, 32)}px;background:${lightColour(r)};color:#222;border:${r.int(0, 3)}px solid ${colour};border-radius:${r.int(0, 12)}px;text-align:${r.pick(['left', 'center'])}`, { role: 'panel', children: offerBody(c, colour, r.chance(0.6)) });
  return { mount: { at: 'after-paragraph', fraction: r.range(0.25, 0.75) }, root, wantsLock: 0 };
}

function fadeGate(c: Ctx): Built {
  const { r, p } = c;
  const colour = accent(r);
  const bg = r.chance(0.7) ? '255,255,255' : `${r.int(240, 255)},${r.int(235, 255)},${r.int(225, 255)}`;
  const fade = r.int(80, 260);
  const box = el(c, 'div', 'gatebox', `margin:${fade}px auto 0;max-width:${r.int(380, 620)}px;padding:${r.int(18, 30)}px;background:#fff;border:1px solid rgba(0,0,0,.12);border-radius:${r.int(0, 12)}px;text-align:center;color:#222;font:15px sans-serif`, {
    role: 'gatebox',
    children: [
      el(c, 'div', 'title', 'font:700 21px sans-serif;margin-bottom:8px', { text: r.pick(p.gateTitle) }),
      { tag: 'p', style: 'margin:0 0 12px', text: r.pick(p.gateBody) },
      button(c, r.pick(p.signIn), colour),
      { tag: 'p', style: 'margin:12px 0 0;font-size:13px', children: [{ tag: 'a', attrs: { href: '#' }, style: `color:${colour}`, text: r.pick(p.subscribe) }] },
    ],
  });
  const root = el(c, 'div', 'gate', `position:absolute;left:0;right:0;bottom:0;z-index:${r.int(1, 999)};background:linear-gradient(to bottom, rgba(${bg},0) 0, rgba(${bg},.9) ${Math.round(fade * 0.6)}px, rgb(${bg}) ${fade}px)`, { role: 'gate', children: [box] });
  return { mount: { at: 'article-gate', place: r.chance(0.5) ? 'container' : 'page', from: r.range(0.3, 0.65) }, root, wantsLock: 0.25 };
}

function shadowModal(c: Ctx): Built {
  const { r } = c;
  const z = zIndex(r);
  const colour = accent(r);
  // Inside the shadow root the vendor's own names, if any, are as the scheme says.
  const holder = r.chance(0.5);
  const inner: NodeSpec[] = holder
    ? [el(c, 'div', 'backdrop', `${backdropStyle(c, z)};display:flex;align-items:center;justify-content:center`, { role: 'backdrop', children: [card(c, z, 'flex', offerBody(c, colour, r.chance(0.7)))] })]
    : [el(c, 'div', 'backdrop', backdropStyle(c, z), { role: 'backdrop' }), card(c, z + 1, 'fixed', offerBody(c, colour, r.chance(0.7)))];
  const root: NodeSpec = { tag: c.nm.hostTag(), style: r.chance(0.5) ? 'display:block' : '', shadow: inner };
  const id = c.nm.id();
  if (id) root.id = id;
  return { mount: { at: 'body-end' }, root, wantsLock: 0.7 };
}

function checkoutIframe(c: Ctx): Built {
  const { r, p } = c;
  const src = `${OTHER_ORIGIN}/checkout.html?lang=${c.lang}&cur=${c.currency.code}&n=${r.token(6)}`;
  const frame = el(c, 'iframe', 'frame', `display:block;width:100%;height:${r.int(300, 460)}px;border:0`, { role: 'frame', attrs: { src, title: r.pick(p.checkoutTitle) } });
  const inner: NodeSpec[] = [{ tag: 'div', style: 'font:700 18px sans-serif;margin-bottom:8px', text: r.pick(p.limitTitle) }, frame];
  return r.chance(0.5) ? modalWrapper(c, inner) : modalHolder(c, inner);
}

function build(c: Ctx, kind: Kind): Built {
  switch (kind) {
    case 'modal-siblings':
      return modalSiblings(c);
    case 'modal-wrapper':
      return modalWrapper(c);
    case 'modal-holder':
      return modalHolder(c);
    case 'top-bar':
      return bar(c, 'top', false);
    case 'bottom-bar':
      return bar(c, 'bottom', c.r.chance(0.3));
    case 'toast':
      return toast(c);
    case 'inline-panel':
      return inlinePanel(c);
    case 'fade-gate':
      return fadeGate(c);
    case 'shadow-modal':
      return shadowModal(c);
    case 'checkout-iframe':
      return checkoutIframe(c);
    default:
      throw new Error(`build: ${kind} is a modifier`);
  }
}

const LATE_BASES: Kind[] = ['modal-siblings', 'modal-holder', 'top-bar', 'bottom-bar', 'toast', 'shadow-modal'];
const REINSERT_BASES: Kind[] = ['modal-siblings', 'modal-wrapper', 'modal-holder', 'bottom-bar'];

function lockFor(c: Ctx): LockSpec {
  const choices = c.nm.scheme === 'none' ? LOCKS.filter((l) => !l.endsWith('-class')) : LOCKS;
  const technique = c.r.pick(choices);
  return technique.endsWith('-class') ? { technique, cls: c.nm.cls('lock') } : { technique };
}

function piece(c: Ctx, kind: Kind): PieceSpec {
  const { r } = c;
  const base = kind === 'late' ? r.pick(LATE_BASES) : kind === 'reinserted' ? r.pick(REINSERT_BASES) : kind;
  const built = build(c, base);
  let trigger: PieceSpec['trigger'] = 'load';
  let delayMs = 0;
  if (kind === 'late') {
    trigger = r.chance(0.7) ? 'delay' : 'scroll';
    delayMs = trigger === 'delay' ? r.int(400, 1800) : r.int(100, 400);
  } else if (built.slideFrom) {
    trigger = 'delay';
    delayMs = r.int(300, 1200);
  } else if (r.chance(0.25)) {
    // Real offers often arrive a moment after the page is usable.
    trigger = 'delay';
    delayMs = r.int(100, 900);
  }
  const wantsLock = kind === 'reinserted' ? 0.8 : built.wantsLock;
  return { kind, base, mount: built.mount, root: built.root, trigger, delayMs, slideFrom: built.slideFrom, reinsert: kind === 'reinserted', lock: r.chance(wantsLock) ? lockFor(c) : undefined };
}

function lockCss(lock: LockSpec, r: Rng): string {
  const important = r.chance(0.3) ? ' !important' : '';
  if (lock.technique === 'html-class') return `html.${lock.cls?.split(' ')[0]}{overflow:hidden${important}}`;
  if (lock.technique === 'body-class') return `body.${lock.cls?.split(' ')[0]}{overflow:hidden${important};${r.chance(0.5) ? 'height:100%' : ''}}`;
  return '';
}

export function cssOf(sheet: Map<string, string>): string {
  return [...sheet].map(([cls, style]) => `.${cls}{${style}}`).join('\n');
}

/** The scenario for `seed` on one of `pages` (sorted by id; the seed picks the page, never an unusable one). */
export function generate(seed: number, pages: readonly PageInfo[]): Scenario {
  const r = rng(seed);
  // Drawn from every page and drawn again past an unusable one, so a change to the exclusions
  // moves only the seeds that landed on an excluded page.
  let page = r.pick(pages);
  for (let i = 0; i < 100 && page.usable === false; i++) page = r.pick(pages);
  const clean = r.chance(CLEAN_SHARE);
  const lang = r.pick(LANGS);
  const scheme = r.pick(SCHEMES);
  const kinds = clean ? [] : r.sample(KINDS, 2);
  const build = r.fork('build');
  const c: Ctx = { r: build, lang, p: PHRASES[lang], nm: namer(scheme, r.fork('names')), sheet: new Map(), currency: build.pick(CURRENCIES) };
  const pieces = kinds.map((k) => piece(c, k));
  const lockRules = pieces.map((p) => (p.lock ? lockCss(p.lock, c.r) : '')).filter(Boolean);
  const latest = Math.max(0, ...pieces.map((p) => p.delayMs + (p.slideFrom ? 400 : 0)));
  return {
    seed,
    range: rangeOf(seed),
    pageId: page.id,
    clean,
    kinds,
    lang,
    scheme,
    pieces,
    css: [cssOf(c.sheet), ...lockRules].filter(Boolean).join('\n'),
    anchors: page.paragraphs,
    settleMs: clean ? 1000 : latest + 1500,
  };
}

/** `count` seeds of a range from `start` (default: the range's first), optionally only those with a kind / language / scheme. */
export function seedsOf(range: 'dev' | 'validation', count: number, pages: readonly PageInfo[], filter: { start?: number; kind?: string; lang?: string; scheme?: string } = {}): number[] {
  const bounds = range === 'dev' ? DEV_RANGE : VALIDATION_RANGE;
  const out: number[] = [];
  for (let s = filter.start ?? bounds.first; s <= bounds.last && out.length < count; s++) {
    if (!filter.kind && !filter.lang && !filter.scheme) {
      out.push(s);
      continue;
    }
    const sc = generate(s, pages);
    if (filter.kind && !sc.kinds.includes(filter.kind as Kind) && !(filter.kind === 'clean' && sc.clean)) continue;
    if (filter.lang && sc.lang !== filter.lang) continue;
    if (filter.scheme && sc.scheme !== filter.scheme) continue;
    out.push(s);
  }
  return out;
}
