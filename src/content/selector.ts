/**
 * Builds a readable CSS selector for an element the user picked, to be saved
 * as a site rule that keeps working on the site's other pages and after the
 * next deploy. Preference order (like a person writing a filter by hand):
 *
 *   1. the element alone by a stable id, class or attribute   `div.promo-box`
 *   2. the same under the nearest ancestor with a stable id     `#main div.promo-box`
 *   3. a child path of stable parts up from the element          `article > aside.note`
 *   4. the path with :nth-of-type only where siblings are alike  (last resort)
 *
 * Every candidate is verified: it must match exactly the picked element on
 * this page.
 */

// ---------------------------------------------------------------------------
// Heuristic: names that are generated per build or per page, so a rule that
// uses them breaks. Each pattern is named for the tool that makes such names.

const GENERATED_NAMES: Array<{ name: string; pattern: RegExp }> = [
  { name: 'emotion', pattern: /^css-[a-z0-9]{4,}(-[\w-]+)?$/i },
  { name: 'styled-components', pattern: /^sc-[a-z0-9]{4,}$/i },
  { name: 'styled-jsx', pattern: /^jsx-\d+$/ },
  { name: 'svelte', pattern: /^svelte-[a-z0-9]{4,}$/i },
  { name: 'minified css modules', pattern: /^_[a-zA-Z0-9_-]{4,}$/ },
  { name: 'react useId', pattern: /[:«»]/ },
  { name: 'page-specific number (post id, ad slot)', pattern: /\d{3,}/ },
  { name: 'mixed-case hash (aB3dE9)', pattern: /^(?=[^-_]*\d)(?=[^-_]*[a-z])(?=[^-_]*[A-Z])[a-zA-Z0-9]{5,}$/ },
];

/** Classes that say what state an element is in, not what it is: they come and go. */
const STATE_CLASSES = /^(is-|has-|js-)|^(active|open|opened|show|shown|visible|hidden|in|fade|sticky|fixed|expanded|collapsed|loaded|loading)$/i;

/** CSS-modules names `Block_element__hash`: the readable part before `__` is stable. */
const CSS_MODULE = /^([A-Za-z][\w-]*_[A-Za-z][\w-]*?)__[\w-]{4,}$/;

/** Attributes that name what an element is, best first. */
const NAMING_ATTRIBUTES = ['data-testid', 'data-test', 'data-qa', 'data-component', 'data-module', 'data-type', 'role', 'itemprop', 'aria-label', 'name'];
const MAX_ATTRIBUTE_VALUE = 40;

export function looksGenerated(name: string): boolean {
  return GENERATED_NAMES.some(({ pattern }) => pattern.test(name));
}

// ---------------------------------------------------------------------------

/** CSS.escape where it exists (browsers); a conservative fallback elsewhere. */
export function escapeIdent(value: string): string {
  const native = (globalThis as { CSS?: { escape?(v: string): string } }).CSS?.escape;
  if (native) return native(value);
  return value.replace(/^(-?\d)|[^\w-]/g, (c, digit: string | undefined) =>
    digit ? `\\${digit.charCodeAt(digit.length - 1).toString(16)} ` : `\\${c}`,
  );
}

const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

function tagOf(el: Element): string {
  return escapeIdent(el.localName);
}

function stableId(el: Element): string | undefined {
  const id = el.id;
  return id && !looksGenerated(id) && !/\s/.test(id) ? `#${escapeIdent(id)}` : undefined;
}

/** The element's own descriptions, most readable first. */
function ownParts(el: Element): string[] {
  const parts: string[] = [];
  const id = stableId(el);
  if (id) parts.push(id);
  const tag = tagOf(el);
  const classes: string[] = [];
  for (const name of Array.from(el.classList)) {
    if (STATE_CLASSES.test(name)) continue;
    const module = CSS_MODULE.exec(name);
    if (module) classes.push(`[class*=${quote(`${module[1]}__`)}]`);
    else if (!looksGenerated(name)) classes.push(`.${escapeIdent(name)}`);
  }
  // Each class alone, then the first two together: a shorter selector reads better, a longer one is more exact.
  for (const cls of classes.slice(0, 4)) parts.push(tag + cls);
  if (classes.length > 1) parts.push(tag + classes.slice(0, 2).join(''));
  for (const attr of NAMING_ATTRIBUTES) {
    const value = el.getAttribute(attr);
    if (value && value.length <= MAX_ATTRIBUTE_VALUE && !looksGenerated(value)) parts.push(`${tag}[${attr}=${quote(value)}]`);
  }
  return parts;
}

/** The one step that describes `el` in a path: its best part, else its tag. */
function pathStep(el: Element): string {
  return ownParts(el).find((p) => !p.startsWith('#')) ?? tagOf(el);
}

function matchesOnly(doc: Document, selector: string, el: Element): boolean {
  try {
    const found = doc.querySelectorAll(selector);
    return found.length === 1 && found[0] === el;
  } catch {
    return false;
  }
}

function nthOfType(el: Element): string {
  let n = 1;
  for (let s = el.previousElementSibling; s; s = s.previousElementSibling) if (s.localName === el.localName) n++;
  return `:nth-of-type(${n})`;
}

function hasSameTypeSibling(el: Element): boolean {
  const parent = el.parentElement;
  return !!parent && Array.from(parent.children).some((c) => c !== el && c.localName === el.localName);
}

/** Ancestors of `el` below <body>, nearest first. */
function ancestors(el: Element): Element[] {
  const list: Element[] = [];
  for (let a = el.parentElement; a && a.localName !== 'body' && a.localName !== 'html'; a = a.parentElement) list.push(a);
  return list;
}

/** A readable selector that matches exactly `el` in `doc`; undefined only for <html>, <head>, <body>. */
export function selectorFor(el: Element, doc: Document = el.ownerDocument): string | undefined {
  if (['html', 'head', 'body'].includes(el.localName) || !el.isConnected) return undefined;
  const own = ownParts(el);

  // 1. The element alone.
  for (const part of own) if (matchesOnly(doc, part, el)) return part;

  // 2. Under the nearest ancestor with a stable, unique id.
  const above = ancestors(el);
  const anchorIndex = above.findIndex((a) => {
    const id = stableId(a);
    return id !== undefined && matchesOnly(doc, id, a);
  });
  const anchor = anchorIndex >= 0 ? stableId(above[anchorIndex]) : undefined;
  if (anchor) {
    for (const part of [...own.filter((p) => !p.startsWith('#')), tagOf(el)]) {
      if (matchesOnly(doc, `${anchor} ${part}`, el)) return `${anchor} ${part}`;
    }
  }

  // 3. A child path upwards (to the anchor, else to <body>).
  const chain = [el, ...(anchorIndex >= 0 ? above.slice(0, anchorIndex) : above)];
  const steps = chain.map(pathStep);
  const root = anchor ?? 'body';
  const build = (count: number) => [root, ...steps.slice(0, count).reverse()].join(' > ');
  for (let count = 1; count <= chain.length; count++) {
    // A path that starts lower is shorter; try it without the root first.
    const loose = steps.slice(0, count).reverse().join(' > ');
    if (matchesOnly(doc, loose, el)) return loose;
  }
  if (matchesOnly(doc, build(chain.length), el)) return build(chain.length);

  // 4. Number the steps whose siblings look alike, nearest the element first.
  for (let i = 0; i < chain.length; i++) {
    if (!hasSameTypeSibling(chain[i])) continue;
    steps[i] += nthOfType(chain[i]);
    const full = build(chain.length);
    if (matchesOnly(doc, full, el)) return full;
  }
  // Still ambiguous (e.g. inside a shadow-free custom structure): number every step.
  const numbered = [root, ...chain.map((e) => tagOf(e) + nthOfType(e)).reverse()].join(' > ');
  return matchesOnly(doc, numbered, el) ? numbered : undefined;
}
