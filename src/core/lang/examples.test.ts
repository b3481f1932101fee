import { describe, expect, it } from 'vitest';
import { judgeConsentText, judgeOfferText } from './index';
import { LANGS } from './tables/index';
import { PHRASE_CATEGORIES } from './tables/types';

/**
 * Every table phrase must be reachable by the scanner (phrases are filed under the two
 * characters they can start with; a wrong prefix would silently never match). Builds one
 * example text per phrase (first alternative of each group, optional parts dropped, `#` = 5)
 * and checks that the text is recognised.
 */
function exampleOf(pattern: string): string {
  // Escaped characters are literal: park them in private-use characters while rewriting.
  const escaped: string[] = [];
  let s = pattern.replace(/\\(.)/g, (_, c: string) => String.fromCharCode(0xe000 + escaped.push(c) - 1));
  const innermostGroup = /\(([^()]*)\)(\?|\{0,\d+\})?/;
  for (let m = innermostGroup.exec(s); m; m = innermostGroup.exec(s)) {
    const optional = m[2] !== undefined;
    const first = m[1].startsWith('?') ? '' : m[1].split('|')[0];
    s = s.slice(0, m.index) + (optional ? '' : first) + s.slice(m.index + m[0].length);
  }
  return s
    .replace(/\[([^\]])[^\]]*\]\?/g, '')
    .replace(/\[\^ \](\+|\{\d+(,\d+)?\})/g, 'x')
    .replace(/\[([^\]^])[^\]]*\](\{\d+(,\d+)?\})?/g, '$1')
    .replace(/.\?/g, '')
    .replace(/#/g, '5')
    .replace(/[\ue000-\ue0ff]/g, (c) => escaped[c.charCodeAt(0) - 0xe000])
    .trim();
}

describe('every table phrase is reachable', () => {
  it('builds sensible examples', () => {
    expect(exampleOf("(you've|you have) reached (your|the) (monthly |weekly )?(free )?limit")).toBe("you've reached your limit");
    expect(exampleOf('# free (articles?|stories)')).toBe('5 free article');
    expect(exampleOf('ad[- ]free')).toBe('ad-free');
    expect(exampleOf('inkl\\. mwst')).toBe('inkl. mwst');
    expect(exampleOf('exklusiv mit [^ ]{1,12} lesen')).toBe('exklusiv mit x lesen');
  });
  for (const t of LANGS) {
    it(`${t.lang}: offer phrases`, () => {
      const missed: string[] = [];
      for (const cat of PHRASE_CATEGORIES)
        for (const entry of t[cat]) {
          const example = exampleOf(entry);
          if (!(judgeOfferText(example).score > 0)) missed.push(`${cat}: ${entry} → "${example}"`);
        }
      expect(missed).toEqual([]);
    });
    it(`${t.lang}: consent phrases`, () => {
      const missed = t.consent.map(exampleOf).filter((e) => !judgeConsentText(e).reasons.includes(`consent:${t.lang}`) && !(judgeConsentText(e).score > 0));
      expect(missed).toEqual([]);
    });
  }
});
