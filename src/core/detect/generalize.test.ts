// @vitest-environment jsdom
/**
 * The detector's answers to clutter classes it was seen to miss on unseen pages (issue #12):
 * a modal whose offer text outweighs a short article, slim floating bars away from the edge,
 * a gate laid over the article's last paragraphs, structure with a price where the text cannot
 * be read, and the lock techniques. jsdom has no layout: boxes are stubbed per element.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { findMain, guards } from './guard.ts';
import { readLock } from './locks.ts';
import { score, THRESHOLD } from './scorer.ts';
import { besideChars, offerBox } from './signals/beside-content.ts';
import { alphaOf } from './signals/blocking.ts';
import { textStats } from './candidate-lines.ts';
import type { Candidate, PageContext } from './types.ts';

const VW = 1280;
const VH = 800;
const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON() {} }) as DOMRect;

// jsdom has no layout: a text run's range lies nowhere unless a test places it.
Range.prototype.getBoundingClientRect ??= () => rect(0, 0, 0, 0);

/** A short article: three paragraphs. */
const SHORT_ARTICLE = [
  'The harbour authority said on Monday that the old ferry pier will close for repairs in March, after divers found cracks in two of its piles.',
  'Commuters will be moved to a temporary landing stage a few hundred metres to the north, with a shuttle bus running every ten minutes.',
  'The work is expected to take four months and to cost about two million, paid from the port budget rather than from local taxes.',
]
  .map((t) => `<p>${t}</p>`)
  .join('');

/** A subscription modal with plan cards whose descriptions are long paragraphs. */
const MODAL = `<div id="modal" role="dialog" aria-modal="true"><div class="card">
  <h2>You've reached your free article limit</h2>
  <p>Independent reporting on your city, your council and your schools takes time, and we depend on readers like you.</p>
  <p>Every story on our website and apps, the daily puzzle, the morning briefing and our archive going back to 1921.</p>
  <p>Members also get the weekend paper delivered to the door before breakfast and invitations to our reader events.</p>
  <p>Join more than forty thousand neighbours who keep the newsroom open, and help us cover the stories nobody else does.</p>
  <div class="plans"><div class="plan"><h3>Digital</h3><p>$4.99/month</p><p>Every story on our website and apps, the daily puzzle and the morning briefing.</p></div>
  <div class="plan"><h3>Digital + Print</h3><p>$12.99/month</p><p>Everything in Digital, plus the weekend paper delivered to your door before breakfast.</p></div></div>
  <p>Already have an account? Sign in</p></div></div>`;

function ctx(over: Partial<PageContext> = {}): PageContext {
  return { vw: VW, vh: VH, guard: findMain(document), lock: [], overlayHidden: false, lastInput: -1e9, ...over };
}
function candidate(el: Element, kind: Candidate['kind'], r: DOMRect, c: PageContext, atCentre = false): Candidate {
  return { el, layer: el, kind, style: getComputedStyle(el), rect: r, text: textStats(el), atCentre, ctx: c };
}

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  document.body.removeAttribute('style');
  document.documentElement.removeAttribute('style');
  document.body.className = '';
});

describe('the guard never counts offer text as article text', () => {
  test('a modal whose paragraphs outweigh a short article is not the main text, and is not protected', () => {
    document.body.innerHTML = `<main><article id="story">${SHORT_ARTICLE}</article></main>${MODAL}`;
    const g = findMain(document);
    expect(g.main?.id).toBe('story');
    expect(guards(g, document.getElementById('modal') as Element, false)).toBe(false);
  });

  test('a container that is mostly offer lines is never the main text, even with no dialog role', () => {
    document.body.innerHTML = `<main><article id="story"><p>${'Short news item about the weather tomorrow, with rain later in the day.'}</p></article></main>
      <div id="wall"><p>You've reached your free article limit for this month.</p><p>Subscribe now for unlimited access to every story.</p>
      <p>Already a subscriber? Sign in to continue reading this article.</p><p>Cancel anytime. Renews automatically every month.</p>
      <p>Our journalism is independent, and it is paid for by readers who believe that local news matters to everyone here.</p></div>`;
    const g = findMain(document);
    expect(g.main?.id).toBe('story');
  });

  test('the article stays the main text when it holds an inline offer panel', () => {
    document.body.innerHTML = `<article id="story">${SHORT_ARTICLE}${SHORT_ARTICLE}<div><p>Subscribe now for unlimited access.</p></div></article>`;
    expect(findMain(document).main?.id).toBe('story');
  });
});

describe('signals', () => {
  test('the scorer decides by ids; reasons keep their detail for the user', () => {
    document.head.innerHTML = '<style>.m{position:fixed;z-index:5000}</style>';
    document.body.innerHTML = `<main>${SHORT_ARTICLE}</main><div class="m"><h2>You've reached your limit of free articles</h2><p>Subscribe now for unlimited access.</p></div>`;
    const v = score(candidate(document.querySelector('.m') as Element, 'layer', rect(390, 200, 500, 400), ctx(), true));
    expect(v.ids).toEqual(expect.arrayContaining(['fixed', 'dialog-box', 'blocks-centre', 'offer-text']));
    expect(v.reasons.find((r) => r.startsWith('offer-text('))).toMatch(/meter:en/);
    expect(v.clutter).toBe(true);
  });

  test('a slim sticky subscribe bar held below the header is a bar', () => {
    document.head.innerHTML = '<style>.bar{position:sticky;top:64px}</style>';
    document.body.innerHTML = `<main>${SHORT_ARTICLE}</main><div class="bar"><span>Subscribe for $0.25/day</span> <button>Subscribe now</button></div>`;
    const v = score(candidate(document.querySelector('.bar') as Element, 'layer', rect(0, 64, VW, 48), ctx()));
    expect(v.ids).toContain('slim-bar');
    expect(v.clutter).toBe(true);
  });

  test('the same strip with no offer text is not hidden', () => {
    document.head.innerHTML = '<style>.bar{position:sticky;top:64px}</style>';
    document.body.innerHTML = `<main>${SHORT_ARTICLE}</main><div class="bar"><span>Live: election results as they come in</span></div>`;
    expect(score(candidate(document.querySelector('.bar') as Element, 'layer', rect(0, 64, VW, 48), ctx())).clutter).toBe(false);
  });

  test('a sign-in gate laid over the last paragraphs is hidden with one gate phrase; a read-more expander is not', () => {
    document.head.innerHTML = '<style>#story{position:relative}.gate{position:absolute;left:0;right:0;bottom:0;background:linear-gradient(transparent,#fff 40%)}</style>';
    document.body.innerHTML = `<article id="story">${SHORT_ARTICLE}${SHORT_ARTICLE}<div class="gate"><div class="box"><h3>Sign in to continue reading</h3><button>Sign in</button></div></div></article>`;
    const gate = document.querySelector('.gate') as Element;
    const ps = [...document.querySelectorAll('#story > p')];
    ps.forEach((p, i) => {
      (p as HTMLElement).getBoundingClientRect = () => rect(100, 100 + i * 90, 700, 80);
    });
    const over = rect(100, 100 + 4 * 90, 700, 200);
    const v = score(candidate(gate, 'inline', over, ctx()));
    expect(v.ids).toContain('covers-article');
    expect(v.clutter).toBe(true);
    // Below the paragraphs, not over them: the same text is not enough.
    expect(score(candidate(gate, 'inline', rect(100, 100 + 6 * 90, 700, 200), ctx())).clutter).toBe(false);
    (gate.querySelector('h3') as Element).textContent = 'Continue reading';
    (gate.querySelector('button') as Element).textContent = 'Show more';
    expect(score(candidate(gate, 'inline', over, ctx())).clutter).toBe(false);
  });

  test('a gate box narrower than a wide text column covers it; a narrow badge over the text does not', () => {
    document.head.innerHTML = '<style>#story{position:relative}.gate{position:absolute;left:0;top:300px;width:480px;background:linear-gradient(transparent,#fff 40%)}</style>';
    document.body.innerHTML = `<article id="story">${SHORT_ARTICLE}${SHORT_ARTICLE}<div class="gate"><h3>Sign in to continue reading</h3><button>Sign in</button></div></article>`;
    const gate = document.querySelector('.gate') as Element;
    [...document.querySelectorAll('#story > p')].forEach((p, i) => {
      (p as HTMLElement).getBoundingClientRect = () => rect(8, 100 + i * 90, 1264, 80);
    });
    expect(score(candidate(gate, 'inline', rect(8, 100 + 4 * 90, 480, 200), ctx())).ids).toContain('covers-article');
    expect(score(candidate(gate, 'inline', rect(8, 100 + 4 * 90, 150, 200), ctx())).ids).not.toContain('covers-article');
  });

  test('an article written as text between <br>s is the main text, and a gate box laid over it covers it', () => {
    const runs = SHORT_ARTICLE.replace(/<p>/g, '').replace(/<\/p>/g, '<br><br>');
    document.head.innerHTML = '<style>#story{position:relative}.sheet{position:absolute;left:0;right:0;top:120px;height:0;background:linear-gradient(transparent,#fff)}</style>';
    // The gate's one plain sentence is the only <p> on the page: it must not become "the article".
    document.body.innerHTML = `<div id="story">${runs}${runs}<div class="sheet"><div class="box"><h3>Sign in to continue reading</h3><p>It takes less than a minute and costs nothing at all, we promise you that.</p><button>Sign in</button></div></div></div>`;
    const g = findMain(document);
    expect(g.main?.id).toBe('story');
    expect(g.runs.length).toBe(6);
    expect(guards(g, document.querySelector('.box') as Element, true)).toBe(false);
    const original = Range.prototype.getBoundingClientRect;
    let i = 0;
    Range.prototype.getBoundingClientRect = () => rect(100, 100 + (i++ % 6) * 90, 700, 80);
    try {
      // The box is an ordinary block: the absolutely positioned sheet above it lays it over the text, and paints the fade.
      const v = score(candidate(document.querySelector('.box') as Element, 'inline', rect(100, 280, 600, 200), ctx()));
      expect(v.ids).toEqual(expect.arrayContaining(['covers-article', 'fade-gate']));
      expect(v.clutter).toBe(true);
    } finally {
      Range.prototype.getBoundingClientRect = original;
    }
  });

  test('a gate laid over an article set in <div>s (no <p> under it) covers its text runs; below them it does not', () => {
    const divs = SHORT_ARTICLE.replace(/<p>/g, '<div class="para">').replace(/<\/p>/g, '</div>');
    document.head.innerHTML = '<style>#story{position:relative}.gate{position:absolute;left:0;right:0;background:linear-gradient(transparent,#fff 40%)}</style>';
    // A captioned photo elsewhere holds the page's only <p>s: the guard's prose says nothing of the story.
    document.body.innerHTML = `<div class="media"><p>A ferry at the old pier at dusk, seen from the harbour wall, in a photograph from the archive.</p></div><div id="story">${divs}${divs}<div class="gate"><h3>Sign in to continue reading</h3><button>Sign in</button></div></div>`;
    const gate = document.querySelector('.gate') as Element;
    const runs = [...document.querySelectorAll('#story .para')].map((d) => d.firstChild);
    const original = Range.prototype.getBoundingClientRect;
    Range.prototype.getBoundingClientRect = function (this: Range) {
      return rect(100, 100 + runs.indexOf(this.startContainer as ChildNode) * 90, 700, 80);
    };
    try {
      const over = score(candidate(gate, 'inline', rect(100, 100 + 4 * 90, 700, 200), ctx()));
      expect(over.ids).toContain('covers-article');
      expect(over.clutter).toBe(true);
      expect(score(candidate(gate, 'inline', rect(100, 100 + 6 * 90, 700, 200), ctx())).ids).not.toContain('covers-article');
    } finally {
      Range.prototype.getBoundingClientRect = original;
    }
  });

  test('a blocking modal whose words no table knows is hidden by its structure when it shows a price on a locked page', () => {
    document.head.innerHTML = '<style>.m{position:fixed;z-index:9000}.dim{position:fixed;inset:0;background:rgba(0,0,0,.6)}</style>';
    // Korean has no table: only the structure, the lock and the price can tell.
    document.body.innerHTML = `<main>${SHORT_ARTICLE}</main><div class="dim"></div><div class="m"><h2>무료 기사를 모두 읽으셨습니다</h2><p>월 9,900원</p><button>구독하기</button></div>`;
    const m = document.querySelector('.m') as Element;
    (document.querySelector('.dim') as HTMLElement).getBoundingClientRect = () => rect(0, 0, VW, VH);
    const locked = score(candidate(m, 'layer', rect(390, 200, 500, 400), ctx({ lock: ['lock:body-overflow'] }), true));
    expect(locked.ids).toEqual(expect.arrayContaining(['dimmed-sheet', 'price-on-blocker', 'blocking-shape']));
    expect(locked.clutter).toBe(true);
    expect(locked.score).toBeGreaterThanOrEqual(THRESHOLD);
    // Neither locked nor dimmed: a price on a box is not enough.
    document.querySelector('.dim')?.remove();
    expect(score(candidate(m, 'layer', rect(390, 200, 500, 400), ctx(), true)).clutter).toBe(false);
  });

  test('the same modal with no price (a consent or age dialog in an unknown language) is not hidden', () => {
    document.head.innerHTML = '<style>.m{position:fixed;z-index:9000}.dim{position:fixed;inset:0;background:rgba(0,0,0,.6)}</style>';
    document.body.innerHTML = `<main>${SHORT_ARTICLE}</main><div class="dim"></div><div class="m"><h2>쿠키 설정</h2><p>동의하시겠습니까?</p><button>동의</button></div>`;
    (document.querySelector('.dim') as HTMLElement).getBoundingClientRect = () => rect(0, 0, VW, VH);
    const v = score(candidate(document.querySelector('.m') as Element, 'layer', rect(390, 200, 500, 400), ctx({ lock: ['lock:body-overflow'] }), true));
    expect(v.clutter).toBe(false);
  });

  test('a floating bar with a subscription price (a price with a period) carries evidence; a bare price does not', () => {
    document.head.innerHTML = '<style>.bar{position:sticky;top:0;z-index:50}</style>';
    document.body.innerHTML = `<main>${SHORT_ARTICLE}</main><div class="bar"><span>Read without limits from $2.99/month</span><button>Start</button></div>`;
    const bar = document.querySelector('.bar') as Element;
    const v = score(candidate(bar, 'layer', rect(0, 0, VW, 50), ctx()));
    expect(v.ids).toContain('subscription-price');
    expect(v.clutter).toBe(true);
    (bar.querySelector('span') as Element).textContent = 'Wireless headphones $19.99';
    (bar.querySelector('button') as Element).textContent = 'Add to cart';
    expect(score(candidate(bar, 'layer', rect(0, 0, VW, 50), ctx())).clutter).toBe(false);
  });

  test('a low corner toast with a subscription price and a close button is an offer whatever its words; a shop toast is not', () => {
    // The words say nothing the tables know; the price with its period and the shape do.
    document.head.innerHTML = '<style>.t{position:fixed;right:16px;bottom:16px;z-index:20}</style>';
    document.body.innerHTML = `<main>${SHORT_ARTICLE}</main><div class="t"><div>お楽しみいただけましたか？500円／月でどうぞ</div><a href="#">次へ</a><button aria-label="close">×</button></div>`;
    const toast = document.querySelector('.t') as Element;
    const v = score(candidate(toast, 'layer', rect(VW - 336, VH - 136, 320, 120), ctx()));
    expect(v.ids).toEqual(expect.arrayContaining(['corner-toast', 'subscription-price', 'dismissable']));
    expect(v.clutter).toBe(true);
    (toast.querySelector('div') as Element).textContent = 'ワイヤレスイヤホン 2,980円';
    expect(score(candidate(toast, 'layer', rect(VW - 336, VH - 136, 320, 120), ctx())).clutter).toBe(false);
  });

  test('a dimmed, locking dialog that says a little of offers is carried by its structure', () => {
    document.head.innerHTML = '<style>.m{position:fixed;z-index:9000}.dim{position:fixed;inset:0;background:rgba(0,0,0,.6)}</style>';
    document.body.innerHTML = `<main>${SHORT_ARTICLE}</main><div class="dim"></div><div class="m"><h2>That is all for now</h2><p>Pick something below.</p><button>Subscribe</button></div>`;
    (document.querySelector('.dim') as HTMLElement).getBoundingClientRect = () => rect(0, 0, VW, VH);
    const m = document.querySelector('.m') as Element;
    const v = score(candidate(m, 'layer', rect(390, 200, 500, 400), ctx({ lock: ['lock:html-overflow'] }), true));
    expect(v.ids).toContain('blocking-shape');
    expect(v.clutter).toBe(true);
    expect(score(candidate(m, 'layer', rect(390, 200, 500, 400), ctx(), true)).clutter).toBe(false);
  });

  test('alpha of computed colours', () => {
    expect(alphaOf('rgba(0, 0, 0, 0.6)')).toBeCloseTo(0.6);
    expect(alphaOf('rgb(0 0 0 / 50%)')).toBeCloseTo(0.5);
    expect(alphaOf('rgb(255, 255, 255)')).toBe(1);
    expect(alphaOf('transparent')).toBe(0);
  });
});

describe('lock techniques', () => {
  test('a fixed html with a parked position is a lock too', () => {
    document.documentElement.setAttribute('style', 'position:fixed; top:-300px');
    const st = readLock(document);
    expect(st.reasons).toContain('lock:html-fixed');
    expect(st.parked).toBe(300);
    expect(st.html).toContain('position:relative!important');
  });

  test('a body held to the viewport height with overflow hidden grows again', () => {
    document.head.innerHTML = '<style>body.locked{overflow-y:hidden;max-height:100vh}</style>';
    document.body.className = 'locked';
    Object.defineProperty(document.body, 'clientHeight', { configurable: true, get: () => window.innerHeight });
    const st = readLock(document);
    expect(st.body).toContain('max-height:none!important');
    delete (document.body as unknown as Record<string, unknown>).clientHeight;
  });
});

describe('lines read as they show', () => {
  test('a label and its button with no whitespace between them stay two words (minified markup)', () => {
    document.body.innerHTML = '<div id="bar"><span>Unbegrenzt lesen für 9,99 € im Monat</span><a href="#">Jetzt abonnieren</a></div>';
    const t = textStats(document.getElementById('bar') as Element);
    expect(t.text).toBe('Unbegrenzt lesen für 9,99 € im Monat Jetzt abonnieren');
    expect(t.offerChars).toBe(t.chars);
  });
});

describe('plan panels whose wording the tables do not know', () => {
  const PANEL = `<section id="panel"><h3>Every story, every day</h3><p>Pick what suits you and carry on where you stopped.</p>
    <div class="plans"><div><b>Digital</b><div>$4.99/month</div><button>Start</button></div><div><b>All</b><div>$9.99/month</div><button>Start</button></div></div>
    <p>Cancel any time.</p></section>`;
  test('a box with a subscription price and a button inside the article is hidden', () => {
    document.body.innerHTML = `<article id="story">${SHORT_ARTICLE}${PANEL}${SHORT_ARTICLE}</article>`;
    const v = score(candidate(document.getElementById('panel') as Element, 'inline', rect(100, 400, 700, 300), ctx()));
    expect(v.ids).toContain('plan-panel');
    expect(v.clutter).toBe(true);
  });
  test('the same prices in a paragraph of news, with no control, are not', () => {
    document.body.innerHTML = `<article id="story">${SHORT_ARTICLE}<div id="news"><p>The streaming service raised its price from $4.99/month to $9.99/month on Monday, the second rise this year, and analysts expect rivals to follow.</p></div>${SHORT_ARTICLE}</article>`;
    const v = score(candidate(document.getElementById('news') as Element, 'inline', rect(100, 400, 700, 100), ctx()));
    expect(v.ids).not.toContain('plan-panel');
    expect(v.clutter).toBe(false);
  });
});

describe("an offer panel inside the page's own wrapper (beside-content)", () => {
  /** A panel whose lines the en table knows: a limit headline, a pitch, a button, a sign-in line. */
  const PANEL = `<div id="panel"><h3>Subscribe to keep reading</h3><p>Pick a plan and carry on where you stopped.</p><button>Subscribe</button><p>Already a subscriber? Sign in</p></div>`;
  const CARD_TEXT = 'The discovery was announced in a journal on Monday, two years after the first signal was seen.';

  test("a wrapper around one of the article's paragraphs and the panel is vetoed; the panel itself is hidden", () => {
    document.body.innerHTML = `<article id="story">${SHORT_ARTICLE}<div id="card"><div><p>${CARD_TEXT}</p>${PANEL}</div></div>${SHORT_ARTICLE}</article>`;
    const card = document.getElementById('card') as Element;
    const panel = document.getElementById('panel') as Element;
    // The card's paragraph is short enough for the guard's tolerance: only the new signal stops it.
    expect(guards(findMain(document), card, true)).toBe(false);
    expect(offerBox(card, textStats(card))).toBe(panel);
    const wrapper = score(candidate(card, 'inline', rect(100, 400, 700, 300), ctx()));
    expect(wrapper.ids).toContain('beside-content');
    expect(wrapper.clutter).toBe(false);
    const own = score(candidate(panel, 'inline', rect(100, 480, 700, 220), ctx()));
    expect(own.ids).not.toContain('beside-content');
    expect(own.clutter).toBe(true);
  });

  test('a headline of an embedded related story beside the panel is page text too', () => {
    document.body.innerHTML = `<article id="story">${SHORT_ARTICLE}<div id="embed"><ul><li><h3>Police name the two people found in a flat on Friday</h3>${PANEL}</li></ul></div>${SHORT_ARTICLE}</article>`;
    expect(score(candidate(document.getElementById('embed') as Element, 'inline', rect(100, 400, 700, 300), ctx())).ids).toContain('beside-content');
  });

  test("a gate box's own sentence the tables do not know lies inside the box: no veto", () => {
    // Offer lines: the headline only; the sentence below it says nothing the tables know, the button closes the box.
    document.body.innerHTML = `<article id="story">${SHORT_ARTICLE}${SHORT_ARTICLE}<div id="gate"><div class="box"><h3>Create a free account to continue</h3><p>It takes less than a minute and costs nothing at all.</p><button>Join</button></div></div></article>`;
    const gate = document.getElementById('gate') as Element;
    expect(besideChars(gate, textStats(gate))).toBe(0);
    expect(score(candidate(gate, 'inline', rect(100, 400, 700, 200), ctx())).ids).not.toContain('beside-content');
  });

  test('labels and controls beside the box ("×", "Ad") are not page text', () => {
    document.body.innerHTML = `<article id="story">${SHORT_ARTICLE}<div id="slot"><span>Advertisement</span>${PANEL}</div>${SHORT_ARTICLE}</article>`;
    const slot = document.getElementById('slot') as Element;
    expect(besideChars(slot, textStats(slot))).toBe(0);
    expect(score(candidate(slot, 'inline', rect(100, 400, 700, 300), ctx())).ids).not.toContain('beside-content');
  });
});

describe('a gate laid over the article by coordinates (placed at the end of <body>)', () => {
  test('the text runs under it are found past a long menu, by their boxes', () => {
    const divs = SHORT_ARTICLE.replace(/<p>/g, '<div class="para">').replace(/<\/p>/g, '</div>');
    // A menu of 400 items before the story: more text nodes and list items than a walk from the top may read.
    const menu = `<ul class="menu">${Array.from({ length: 400 }, (_, i) => `<li><a href="#">Section number ${i} of the menu</a></li>`).join('')}</ul>`;
    document.head.innerHTML = '<style>.gate{position:absolute;left:0;right:0;background:linear-gradient(transparent,#fff 40%)}</style>';
    document.body.innerHTML = `<p>A ferry at the old pier at dusk, seen from the harbour wall, in a photograph from the archive.</p>${menu}<div id="story">${divs}${divs}</div><div class="gate"><h3>Sign in to continue reading</h3><button>Sign in</button></div>`;
    const gate = document.querySelector('.gate') as Element;
    (document.querySelector('.menu') as HTMLElement).getBoundingClientRect = () => rect(0, -4000, VW, 3900);
    (document.getElementById('story') as HTMLElement).getBoundingClientRect = () => rect(100, 100, 700, 540);
    const runs = [...document.querySelectorAll('#story .para')].map((d) => d.firstChild);
    const original = Range.prototype.getBoundingClientRect;
    Range.prototype.getBoundingClientRect = function (this: Range) {
      const i = runs.indexOf(this.startContainer as ChildNode);
      return i < 0 ? rect(0, -4000, 100, 20) : rect(100, 100 + i * 90, 700, 80);
    };
    try {
      const over = score(candidate(gate, 'inline', rect(100, 100 + 4 * 90, 700, 200), ctx()));
      expect(over.ids).toContain('covers-article');
      expect(over.clutter).toBe(true);
    } finally {
      Range.prototype.getBoundingClientRect = original;
    }
  });
});

describe('a panel put inside a shop box (beside-content)', () => {
  const PANEL = `<section id="panel"><h3>Subscribe to keep reading</h3><p>Every story, every day.</p><button>Subscribe</button><p>Already a subscriber? Sign in</p></section>`;
  test("the box's product name is the page's; its bare price and its Buy link do not make the offer box the shop's", () => {
    document.body.innerHTML = `<article id="story">${SHORT_ARTICLE}<div id="shop"><div class="inner"><a href="#">Wireless earbuds with charging case, second generation model</a><div><a href="#">$139.00</a></div></div>${PANEL}<a href="#">Buy Now</a></div>${SHORT_ARTICLE}</article>`;
    const shop = document.getElementById('shop') as Element;
    expect(offerBox(shop, textStats(shop))).toBe(document.getElementById('panel'));
    expect(score(candidate(shop, 'inline', rect(100, 400, 700, 300), ctx())).ids).toContain('beside-content');
  });
  test('a sheet positioned over the article is never one of the wrappers asked', () => {
    document.head.innerHTML = '<style>#story{position:relative}.sheet{position:absolute;left:0;right:0;bottom:0}</style>';
    document.body.innerHTML = `<article id="story">${SHORT_ARTICLE}${SHORT_ARTICLE}<div class="sheet"><p>The rest of this piece waits for you after a quick and painless step or two.</p><h3>Create a free account to continue</h3></div></article>`;
    const sheet = document.querySelector('.sheet') as Element;
    expect(besideChars(sheet, textStats(sheet))).toBeGreaterThan(0);
    expect(score(candidate(sheet, 'inline', rect(100, 400, 700, 200), ctx())).ids).not.toContain('beside-content');
  });
});

describe('an inline panel between the paragraphs of an article split over several containers', () => {
  const PANEL = `<section id="panel"><h3>This story is for subscribers only</h3><p>Unlimited access on every device, cancel anytime.</p><p>Already a subscriber? Sign in</p></section>`;
  test('next to an article paragraph outside the main container it is near the article, and hidden', () => {
    // The lede's container comes first, with the panel right after its paragraphs; the body's container holds most of the text (the guard's main).
    document.body.innerHTML = `<div class="top"><div class="part" id="lede">${SHORT_ARTICLE}${PANEL}</div></div><div class="part" id="one">${SHORT_ARTICLE}${SHORT_ARTICLE}${SHORT_ARTICLE}</div>`;
    const c = ctx();
    expect(c.guard.main?.id).toBe('one');
    const v = score(candidate(document.getElementById('panel') as Element, 'inline', rect(100, 900, 700, 200), c));
    expect(v.ids).toContain('near-article');
    expect(v.clutter).toBe(true);
  });
  test('the same panel in a sidebar away from any paragraph is not near the article', () => {
    // Before the main text (after it counts as near by the older rule).
    document.body.innerHTML = `<div class="side"><h4>More</h4><ul><li>One</li><li>Two</li></ul><div>${PANEL}</div></div><div class="part" id="one">${SHORT_ARTICLE}${SHORT_ARTICLE}</div>`;
    expect(score(candidate(document.getElementById('panel') as Element, 'inline', rect(900, 100, 300, 200), ctx())).ids).not.toContain('near-article');
  });
});
