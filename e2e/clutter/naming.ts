/**
 * Class names for the generator's elements, in four schemes:
 *
 *  - vendor:   names real paywall vendors use (from public filter lists and vendor docs, as
 *              summarised in the project's field guide): Piano/Tinypass, Poool, Zephr, Pelcro,
 *              Steady, Leaky Paywall, LaterPay, Connext, Evolok, Wallkit, Qiota;
 *  - invented: vendor-like names made up per page (a random brand plus a role word, BEM or
 *              kebab style; the role word is as often opaque, "sheet", "ribbon", as telling);
 *  - hashed:   CSS-in-JS names with no words at all (emotion `css-1x9k2a`, styled-components
 *              `sc-bdVaJa kXyZaB`, JSS `jss123`, CSS modules `_3xK9a`);
 *  - none:     no class and no id; every style is inline.
 */
import type { Rng } from './prng.ts';

export const SCHEMES = ['vendor', 'invented', 'hashed', 'none'] as const;
export type Scheme = (typeof SCHEMES)[number];

export type Role = 'wrapper' | 'backdrop' | 'card' | 'bar' | 'toast' | 'panel' | 'gate' | 'gatebox' | 'close' | 'cta' | 'plan' | 'title' | 'lock' | 'frame';

type VendorNames = Partial<Record<Role, string>> & { prefix: string; host?: string };

/** Per vendor, names seen in the wild (field guide §1); roles a vendor has no public name for use its prefix. */
const VENDORS: VendorNames[] = [
  { prefix: 'tp', wrapper: 'tp-modal', backdrop: 'tp-backdrop tp-active', card: 'tp-iframe-wrapper', close: 'tp-close', lock: 'tp-modal-open', bar: 'piano-ribbon-container', panel: 'piano-inline-promo', gate: 'piano-container-fade', toast: 'piano-newsletter', host: 'piano-paywall' },
  { prefix: 'poool', wrapper: 'poool-widget', card: 'poool-widget-content', panel: 'widget-poool-engage', gate: 'poool-container', bar: 'poool-banner' },
  { prefix: 'zephr', wrapper: 'zephr-overlay', card: 'zephr-component', bar: 'nyp-zephr-flyout', panel: 'inline__zephr', toast: 'dm-zephr-banner', gate: 'zephr-wrapper' },
  { prefix: 'pelcro', wrapper: 'pelcro-root', card: 'pelcro-prefix-modal', cta: 'pelcro-subscribe-button', backdrop: 'pelcro-prefix-modal-backdrop', lock: 'pelcro-prefix-modal-open' },
  { prefix: 'steady', gate: 'js-access-wall', panel: 'js-paywall-divider', card: 'steady-checkout', bar: 'steady-bar' },
  { prefix: 'leaky', panel: 'leaky_paywall_message_wrap', gate: 'leaky_paywall_message_wrap', gatebox: 'leaky_paywall_message', card: 'leaky-paywall-modal' },
  { prefix: 'lp', gate: 'lp_purchase-overlay lp_js_purchaseOverlay', gatebox: 'lp_purchase-overlay__header', panel: 'lp_paid-content', plan: 'lp_purchase-overlay-option__price', card: 'lp_purchase-overlay' },
  { prefix: 'connext', wrapper: 'Mg2-connext', backdrop: 'connext-modal-backdrop', card: 'modal-scrollable', lock: 'modal-open' },
  { prefix: 'ev', panel: 'ev-meter-content', card: 'ev-modal', toast: 'ev-widget', host: 'ev-engagement' },
  { prefix: 'wkwp', panel: 'wkwp-paywall-block', gate: 'wkwp-paywall', card: 'wkwp-paywall' },
  { prefix: 'qiota', panel: 'qiota', gate: 'qiota_reserve' },
];

const BRAND_A = ['zub', 'mev', 'quil', 'tor', 'bral', 'nix', 'sof', 'kav', 'lum', 'dre', 'pav', 'orb'];
const BRAND_B = ['ra', 'o', 'lo', 'ix', 'ento', 'ly', 'va', 'en', 'ika', 'us'];
const ROLE_WORDS: Record<Role, string[]> = {
  wrapper: ['layer', 'surface', 'root', 'overlay', 'stage', 'portal'],
  backdrop: ['scrim', 'dim', 'backdrop', 'veil', 'shade', 'mask'],
  card: ['sheet', 'card', 'dialog', 'box', 'offer', 'panel'],
  bar: ['ribbon', 'strip', 'bar', 'banner', 'header-offer', 'band'],
  toast: ['nudge', 'toast', 'pill', 'notice', 'flyout'],
  panel: ['inline', 'meter', 'plans', 'block', 'upsell', 'promo'],
  gate: ['fade', 'wall', 'gate', 'cover', 'curtain'],
  gatebox: ['login', 'box', 'prompt', 'auth', 'cta-box'],
  close: ['close', 'dismiss', 'x', 'shut'],
  cta: ['cta', 'btn', 'action', 'go', 'buy'],
  plan: ['plan', 'tier', 'option', 'price'],
  title: ['title', 'head', 'heading', 'h'],
  lock: ['locked', 'no-scroll', 'frozen', 'is-open', 'hold'],
  frame: ['frame', 'embed', 'iframe', 'window'],
};

const CSS_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const SC_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

export interface Namer {
  scheme: Scheme;
  /** The class attribute for a role ('' under `none`). */
  cls(role: Role): string;
  /** An id for an element, or '' (random, never telling). */
  id(): string;
  /** A custom element's tag name for a shadow-DOM host. */
  hostTag(): string;
}

function hashedName(r: Rng): string {
  const style = r.int(0, 3);
  if (style === 0) {
    let s = 'css-';
    for (let i = 0; i < r.int(5, 7); i++) s += CSS_ALPHABET[r.int(0, CSS_ALPHABET.length - 1)];
    return s;
  }
  if (style === 1) {
    const part = () => Array.from({ length: 6 }, () => SC_ALPHABET[r.int(0, SC_ALPHABET.length - 1)]).join('');
    return `sc-${part()} ${part()}`;
  }
  if (style === 2) return `jss${r.int(10, 9999)}`;
  return `_${r.token(5)}`;
}

export function namer(scheme: Scheme, r: Rng): Namer {
  const vendor = r.pick(VENDORS);
  const brand = `${r.pick(BRAND_A)}${r.pick(BRAND_B)}`;
  const bem = r.chance(0.5);
  const cache = new Map<Role, string>();
  const make = (role: Role): string => {
    if (scheme === 'none') return '';
    if (scheme === 'hashed') return hashedName(r);
    if (scheme === 'vendor') return vendor[role] ?? `${vendor.prefix}-${r.pick(ROLE_WORDS[role])}`;
    const word = r.pick(ROLE_WORDS[role]);
    return bem ? `${brand}__${word}` : `${brand}-${word}`;
  };
  return {
    scheme,
    cls(role) {
      // One page uses one name per role (a reinserted copy keeps it), as real bundles do.
      if (!cache.has(role)) cache.set(role, make(role));
      return cache.get(role) as string;
    },
    id: () => (scheme === 'none' || r.chance(0.5) ? '' : r.chance(0.5) ? `${r.token(3)}-${r.int(100, 99999)}` : r.token(8)),
    hostTag: () => {
      if (scheme === 'vendor' && vendor.host) return vendor.host;
      if (scheme === 'invented') return `${brand}-${r.pick(['offer', 'wall', 'layer', 'widget'])}`;
      return `x-${r.token(6)}`;
    },
  };
}
