// @vitest-environment jsdom
/**
 * The dismiss signal and its table: a floating layer with its own close control gets a small
 * push; the glyph or the label decides, in every shipped language.
 */
import { describe, expect, test } from 'vitest';
import { LANGS } from '../../lang/tables/index.ts';
import { CLOSE_GLYPHS, CLOSE_WORDS } from '../../lang/tables/close-words.ts';
import { textStats } from '../candidate-lines.ts';
import type { Candidate, PageContext, SignalId } from '../types.ts';
import { dismiss, isCloseControl } from './dismiss.ts';

const ctx = { vw: 1280, vh: 800, guard: { main: null, prose: new Map(), runs: [], proseTotal: 0 }, lock: [], overlayHidden: false, lastInput: -1e9 } as PageContext;
const rect = { left: 16, top: 600, width: 300, height: 120, right: 316, bottom: 720, x: 16, y: 600, toJSON() {} } as DOMRect;

function fired(html: string, kind: Candidate['kind'] = 'layer'): SignalId[] {
  document.body.innerHTML = html;
  const el = document.body.firstElementChild as Element;
  const ids: SignalId[] = [];
  dismiss({ el, layer: el, kind, style: getComputedStyle(el), rect, text: textStats(el), atCentre: false, ctx }, (id) => ids.push(id));
  return ids;
}

describe('dismiss', () => {
  test('a layer with a × button, or a button labelled close in another language, is dismissable', () => {
    expect(fired('<div><p>Offer</p><button>×</button></div>')).toEqual(['dismissable']);
    expect(fired('<div><p>Angebot</p><button aria-label="Schließen"><svg></svg></button></div>')).toEqual(['dismissable']);
    expect(fired('<div><p>オファー</p><a role="button" title="閉じる"></a></div>')).toEqual(['dismissable']);
    expect(fired('<div><p>Offer</p><button>Close</button></div>')).toEqual(['dismissable']);
  });

  test('a layer whose controls do something else is not; nor is an inline panel', () => {
    expect(fired('<div><p>Menu</p><a href="/news">News</a><button>Subscribe</button><button>Search</button></div>')).toEqual([]);
    // "Closed captions" or a long text that mentions closing is not a close control.
    expect(fired('<div><button>Show closed captions for this video clip</button></div>')).toEqual([]);
    expect(fired('<div><p>Offer</p><button>×</button></div>', 'inline')).toEqual([]);
  });

  test('the table: lower-case words for every language the tables ship; glyphs are single characters', () => {
    for (const t of LANGS) expect(CLOSE_WORDS[t.lang], t.lang).toBeDefined();
    for (const words of Object.values(CLOSE_WORDS)) for (const w of words) expect(w).toBe(w.toLowerCase());
    for (const g of CLOSE_GLYPHS) expect([...g]).toHaveLength(1);
    expect(isCloseControl(Object.assign(document.createElement('button'), { textContent: ' ✕ ' }))).toBe(true);
  });
});
