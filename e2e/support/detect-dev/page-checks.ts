/**
 * "Check like a person" for one fixture page, shared by the dev runner and
 * the e2e specs (Playwright in Chromium, Puppeteer in Firefox) through a
 * small driver. In-page code is kept as strings: test transformers may wrap
 * named inner functions with helpers that do not exist in the page.
 */
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { Fixture } from '../fixtures.ts';

/** The keys a check presses (a name both Playwright and Puppeteer know). */
export type DriverKey = 'PageDown';

export interface Driver {
  eval<T>(js: string): Promise<T>;
  move(x: number, y: number): Promise<void>;
  wheel(dy: number): Promise<void>;
  press(key: DriverKey): Promise<void>;
  sleep(ms: number): Promise<void>;
}

/** '' when no element of `sel` is visible: no box, or not what its centre shows. */
const CLUTTER_VISIBLE = `(s) => {
  const els = [...document.querySelectorAll(s)];
  if (!els.length) return 'missing';
  for (const el of els) {
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) continue;
    const cs = getComputedStyle(el);
    if (cs.visibility === 'hidden' || cs.opacity === '0') continue;
    const inView = r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
    if (!inView) { if (cs.position !== 'fixed') return 'has a box in the flow (off-screen)'; continue; }
    const x = Math.min(Math.max(r.left + r.width / 2, 1), innerWidth - 1);
    const y = Math.min(Math.max(r.top + r.height / 2, 1), innerHeight - 1);
    const hit = document.elementFromPoint(x, y);
    if (hit && (el === hit || el.contains(hit))) return 'visible';
  }
  return '';
}`;

/** Problems with the article paragraphs: each scrolled into view must have a box and be on top. */
const ARTICLE_ON_TOP = `async (s) => {
  const out = [];
  const ps = [...document.querySelectorAll(s)];
  if (!ps.length) out.push('no article paragraphs for ' + s);
  for (const [i, p] of ps.entries()) {
    p.scrollIntoView({ block: 'center', behavior: 'instant' });
    await new Promise((r) => requestAnimationFrame(() => r(0)));
    const r = p.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) { out.push('p' + i + ' has no box'); continue; }
    const x = r.left + Math.min(r.width / 2, 200);
    const y = Math.min(Math.max(r.top + Math.min(r.height / 2, 20), 1), innerHeight - 1);
    const hit = document.elementFromPoint(x, y);
    if (!hit || !(p === hit || p.contains(hit))) {
      const name = hit ? hit.tagName + (hit.id ? '#' + hit.id : '') + (typeof hit.className === 'string' && hit.className ? '.' + hit.className.split(' ')[0] : '') : 'nothing';
      out.push('p' + i + ' covered by ' + name);
    }
  }
  return out;
}`;

const KEEP_VISIBLE = `(s) => {
  const els = [...document.querySelectorAll(s)];
  if (!els.length) return 'missing';
  return els.some((el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; }) ? '' : 'no box';
}`;

/** A Driver over a Playwright page. */
export function playwrightDriver(page: {
  evaluate(js: string): Promise<unknown>;
  mouse: { move(x: number, y: number): Promise<void>; wheel(dx: number, dy: number): Promise<void> };
  keyboard: { press(key: string): Promise<void> };
  waitForTimeout(ms: number): Promise<void>;
}): Driver {
  return {
    eval: async <T>(js: string) => (await page.evaluate(js)) as T,
    move: (x, y) => page.mouse.move(x, y),
    wheel: (dy) => page.mouse.wheel(0, dy),
    press: (key) => page.keyboard.press(key),
    sleep: (ms) => page.waitForTimeout(ms),
  };
}

/** A Driver over a Puppeteer page (Firefox over WebDriver BiDi). */
export function puppeteerDriver(page: PuppeteerPage): Driver {
  return {
    eval: async <T>(js: string) => (await page.evaluate(js)) as T,
    move: (x, y) => page.mouse.move(x, y),
    wheel: (dy) => page.mouse.wheel({ deltaY: dy }),
    press: (key) => page.keyboard.press(key),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}

const call = (fn: string, arg: unknown) => `(${fn})(${JSON.stringify(arg)})`;

/**
 * After navigation and `settleMs + 1500` ms: waits, up to `timeoutMs`, until no clutter element
 * of `f` shows (an observable state, not a longer sleep: the detector is injected on the
 * sentinel's evidence, one round trip later, and a loaded machine delays that and the page's own
 * late clutter). Clutter that shows only after a scroll is waited for in checkFixture. Judges
 * nothing: checkFixture then checks everything.
 */
export async function waitForClutterHidden(d: Driver, f: Fixture, timeoutMs = 10_000): Promise<void> {
  if (f.timing === 'scroll' || !f.clutter.length) return;
  const all = `${JSON.stringify(f.clutter)}.every((s) => (${CLUTTER_VISIBLE})(s) === '')`;
  for (let waited = 0; waited < timeoutMs && !(await d.eval<boolean>(all)); waited += 250) await d.sleep(250);
}

/** Loads nothing itself: call after navigation and `settleMs + 1500` ms. Returns the problems found. */
export async function checkFixture(d: Driver, f: Fixture): Promise<string[]> {
  const problems: string[] = [];
  if (f.timing === 'scroll') {
    // Clutter that shows after the reader scrolls: scroll like a reader, then look.
    await d.move(640, 400);
    await d.wheel(900);
    await d.sleep(f.settleMs + 1500);
  }
  for (const sel of f.clutter) {
    const shown = await d.eval<string>(call(CLUTTER_VISIBLE, sel));
    if (shown) problems.push(`clutter ${sel}: ${shown}`);
  }
  // The wheel scrolls from the top; so does the keyboard.
  await d.eval("scrollTo({ top: 0, behavior: 'instant' })");
  await d.move(640, 400);
  await d.wheel(600);
  await d.sleep(400);
  const y1 = await d.eval<number>('scrollY');
  if (!y1) problems.push('the mouse wheel did not scroll the page');
  await d.eval("scrollTo({ top: 0, behavior: 'instant' }); document.activeElement && document.activeElement.blur && document.activeElement.blur()");
  await d.press('PageDown');
  await d.sleep(400);
  if (!(await d.eval<number>('scrollY'))) problems.push('PageDown did not scroll the page');
  problems.push(...(await d.eval<string[]>(call(ARTICLE_ON_TOP, f.article))));
  for (const sel of f.keep ?? []) {
    const bad = await d.eval<string>(call(KEEP_VISIBLE, sel));
    if (bad) problems.push(`keep ${sel}: ${bad}`);
  }
  return problems;
}

/**
 * In-page check of ground-truth lines: how many we collapsed (an ancestor
 * carries our inline display:none!important) and how many sampled lines are
 * covered by something else when scrolled into view.
 */
export const GROUND_TRUTH_CHECK = `function (ls) {
  const norm = (s) => s.replace(/\\s+/g, ' ').trim();
  const ours = (el) => {
    for (let n = el; n; n = n.parentElement) if ((n.getAttribute('style') || '').includes('display:none!important')) return true;
    return false;
  };
  let hidden = 0, covered = 0, found = 0;
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const texts = [];
  for (let t = w.nextNode(); t; t = w.nextNode()) texts.push(t);
  ls.forEach((line, i) => {
    const snippet = norm(line).slice(0, 30);
    const t = texts.find((x) => norm(x.data).includes(snippet));
    if (!t || !t.parentElement) return;
    found++;
    const el = t.parentElement;
    if (ours(el)) hidden++;
    else if (i % 5 === 0) {
      el.scrollIntoView({ block: 'center', behavior: 'instant' });
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) {
        const hit = document.elementFromPoint(r.left + Math.min(r.width / 2, 100), r.top + Math.min(r.height / 2, 10));
        if (hit && !(hit === el || el.contains(hit) || hit.contains(el))) covered++;
      }
    }
  });
  return { hidden, covered, found, total: ls.length };
}`;

export interface GroundTruthResult {
  hidden: number;
  covered: number;
  found: number;
  total: number;
}

/** Ground-truth lines worth looking for (40+ characters). */
export const groundTruthLines = (articleBody: string) =>
  articleBody
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length >= 40);
