// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isScrambledText } from './scrambled';
import { buildVisibleClone, flattenWrapperChains } from './visible-clone';

function page(body: string): Document {
  document.head.innerHTML = '<title>t</title><script type="application/ld+json">{"datePublished":"2024-01-02"}</script>';
  document.body.innerHTML = body;
  return document;
}

const SCRAMBLED =
  'Xkqv wjtrp zlmf bqcx nhdtw kfrg pzvlq mtwx jrbn qzlk vxwt hgfd krtz pwqm lnvb cxzt wqrp mnbv tkdl';

describe('visible clone (jsdom: no layout, so only style/attribute rules)', () => {
  it('leaves out display:none, the hidden attribute, visibility:hidden and opacity:0', () => {
    const doc = page(
      '<p id="a">shown</p><p style="display:none">gone1</p><div hidden><p>gone2</p></div>' +
        '<p style="visibility:hidden">gone3</p><div style="opacity:0"><p>gone4</p></div>',
    );
    const res = buildVisibleClone(doc);
    const text = res.doc.body.textContent ?? '';
    expect(text).toContain('shown');
    for (const g of ['gone1', 'gone2', 'gone3', 'gone4']) expect(text).not.toContain(g);
    expect(res.hidden.map((h) => h.rule)).toEqual(['display-none', 'display-none', 'invisible', 'opacity-zero']);
    // The live page is untouched.
    expect(document.body.textContent).toContain('gone1');
  });
  it('keeps aria-hidden content: it is hidden from screen readers, not from eyes', () => {
    const res = buildVisibleClone(page('<p aria-hidden="true">decorative but visible</p>'));
    expect(res.doc.body.textContent).toContain('decorative but visible');
  });
  it('leaves out blurred and transparent text and counts it as withheld paragraphs', () => {
    const res = buildVisibleClone(
      page(
        '<p>visible lead</p><div style="filter: blur(4px)"><p>secret one</p><p>secret two</p></div>' +
          '<p style="color: transparent; text-shadow: 0 0 8px #000">ghost text</p><p style="filter: blur(0.5px)">soft but readable</p>',
      ),
    );
    const text = res.doc.body.textContent ?? '';
    expect(text).not.toContain('secret');
    expect(text).not.toContain('ghost');
    expect(text).toContain('soft but readable');
    const blurred = res.hidden.find((h) => h.rule === 'blurred');
    expect(blurred?.paragraphs).toBe(2);
    expect(res.hidden.some((h) => h.rule === 'transparent-text')).toBe(true);
  });
  it('leaves out clip-path sr-only text (clip: rect() needs a real engine: jsdom does not compute it)', () => {
    const res = buildVisibleClone(page('<span style="clip-path: inset(50%)">clipped</span><p>ok</p>'));
    expect(res.doc.body.textContent).toBe('ok');
    expect(res.hidden.map((h) => h.rule)).toEqual(['clip-path']);
  });
  it('leaves out scrambled Latin text, never other scripts', () => {
    const res = buildVisibleClone(
      page(`<p>${SCRAMBLED}</p><p>Это обычный русский текст о погоде и новостях города, который читают люди каждый день.</p><p>これは普通の日本語の文章です。天気とニュースについて書いています。</p>`),
    );
    const text = res.doc.body.textContent ?? '';
    expect(text).not.toContain('Xkqv');
    expect(text).toContain('русский');
    expect(text).toContain('日本語');
    expect(res.hidden.map((h) => h.rule)).toEqual(['scrambled']);
  });
  it('keeps head metadata (JSON-LD) for Readability', () => {
    const res = buildVisibleClone(page('<p>x</p>'));
    expect(res.doc.querySelector('script[type="application/ld+json"]')).not.toBeNull();
  });
  it('stops judging at the element cap and says so', () => {
    const res = buildVisibleClone(page('<p>a</p>'.repeat(50)), { maxElements: 10 });
    expect(res.capped).toBe(true);
    expect(res.notes.join()).toContain('capped');
  });
});

describe('scrambled-text heuristic', () => {
  it('flags random letters, not real prose in several Latin languages', () => {
    expect(isScrambledText(SCRAMBLED)).toBe(true);
    for (const prose of [
      'The committee approved the budget on Tuesday after a long debate about schools and roads.',
      'Der Ausschuss hat den Haushalt am Dienstag nach einer langen Debatte über Schulen genehmigt.',
      'Le comité a approuvé le budget mardi après un long débat sur les écoles et les routes.',
      'Výbor schválil rozpočet v úterý po dlouhé debatě o školách, silnicích a krk vlk prst.',
    ]) {
      expect(isScrambledText(prose)).toBe(false);
    }
  });
});

describe('depth budget (flattenWrapperChains)', () => {
  it('unwraps wrapper chains below the flatten depth, keeping the text and its order', () => {
    const doc = new DOMParser().parseFromString('<body><div id="root"></div><p id="after">After the chain.</p></body>', 'text/html');
    let cur = doc.getElementById('root') as Element;
    for (let i = 0; i < 400; i++) {
      const next = doc.createElement(i % 2 ? 'span' : 'div');
      cur.append(next);
      cur = next;
    }
    cur.innerHTML = '<h2>Heading</h2><p>First paragraph.</p><p>Second paragraph.</p>';
    const before = (doc.body.textContent ?? '').replace(/\s+/g, ' ');
    const { unwrapped, depth } = flattenWrapperChains(doc.documentElement, 50);
    expect(unwrapped).toBeGreaterThan(340);
    expect(depth).toBeLessThan(60);
    expect((doc.body.textContent ?? '').replace(/\s+/g, ' ')).toBe(before);
  });

  it('keeps elements that hold text of their own or several children', () => {
    const doc = new DOMParser().parseFromString('<body><div id="a">text<div id="b"><p>x</p><p>y</p></div></div></body>', 'text/html');
    const { unwrapped } = flattenWrapperChains(doc.documentElement, 0);
    expect(unwrapped).toBe(0);
    expect(doc.getElementById('a')).not.toBeNull();
    expect(doc.getElementById('b')).not.toBeNull();
  });
});
