// @vitest-environment jsdom
import { beforeEach, describe, expect, test } from 'vitest';
import { looksGenerated, selectorFor } from './selector';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

const pick = (css: string) => document.querySelector(css) as Element;

/** The selector matches exactly the element, and is the one we expect. */
function expectSelector(target: Element, expected: string) {
  const selector = selectorFor(target);
  expect(selector).toBe(expected);
  const found = document.querySelectorAll(selector as string);
  expect(found.length).toBe(1);
  expect(found[0]).toBe(target);
}

describe('looksGenerated', () => {
  test.each(['css-1x2y3z', 'sc-bdVaJa', 'jsx-123456', '_3kT9x', 'post-123456', 'aB3dE9', ':r1:'])('%s is generated', (name) => {
    expect(looksGenerated(name)).toBe(true);
  });
  test.each(['promo-box', 'paywall', 'col-md-6', 'h2', 'Header_inner', 'subscribeBanner'])('%s is readable', (name) => {
    expect(looksGenerated(name)).toBe(false);
  });
});

describe('selectorFor', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  test('prefers a stable id', () => {
    page('<div id="offer-modal"><p>x</p></div><div id="other"></div>');
    expectSelector(pick('#offer-modal'), '#offer-modal');
  });

  test('skips a generated id and uses a unique class', () => {
    page('<div id="post-482913" class="promo-box"></div><div class="story"></div>');
    expectSelector(pick('.promo-box'), 'div.promo-box');
  });

  test('skips hashed and state classes', () => {
    page('<aside class="css-1q2w3e is-open meter"></aside><aside class="css-9z8x7c"></aside>');
    expectSelector(pick('.meter'), 'aside.meter');
  });

  test('keeps the readable part of a CSS-modules class', () => {
    page('<div class="Paywall_panel__x8Yz2"></div><div class="Story_body__k2Lm9"></div>');
    expectSelector(pick('.Paywall_panel__x8Yz2'), 'div[class*="Paywall_panel__"]');
  });

  test('uses a naming attribute when classes do not help', () => {
    page('<div class="box"></div><div class="box" data-testid="meter-bar"></div>');
    expectSelector(pick('[data-testid]'), 'div[data-testid="meter-bar"]');
  });

  test('anchors under the nearest ancestor with a stable id', () => {
    page('<div id="main"><section class="note"></section></div><div id="side"><section class="note"></section></div>');
    expectSelector(pick('#side .note'), '#side section.note');
  });

  test('walks up a child path of stable parts', () => {
    page('<article class="story"><aside class="note"></aside></article><div class="rail"><aside class="note"></aside></div>');
    expectSelector(pick('.rail .note'), 'div.rail > aside.note');
  });

  test('numbers siblings only as a last resort', () => {
    page('<ul class="list"><li>a</li><li>b</li><li>c</li></ul>');
    expectSelector(pick('li:nth-child(2)'), 'body > ul.list > li:nth-of-type(2)');
  });

  test('escapes odd characters in ids', () => {
    page('<div id="a.b"></div>');
    const selector = selectorFor(pick('div'));
    expect(document.querySelector(selector as string)).toBe(pick('div'));
  });

  test('refuses body and html', () => {
    page('<p>x</p>');
    expect(selectorFor(document.body)).toBeUndefined();
    expect(selectorFor(document.documentElement)).toBeUndefined();
  });
});

describe('selectorFor with several classes', () => {
  test('prefers the one class that is unique', () => {
    page('<section class="side-box tides"></section><section class="side-box letters"></section>');
    expectSelector(pick('.tides'), 'section.tides');
  });
});
