import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aebTruth, offerQuotes, seedLines } from '../../../test-data/index.ts';
import { addLangTable, bucketsOf, buildOffer, compiled, gateOf, moneyReach, moneyStarts, parsePrefixes, phraseSource, prefixes, scan, withPrefixes } from './compile';
import type { LangTable } from './tables/types';
import type { Piece } from './compile';
import { normalizeText } from './normalize';
import { en } from './tables/en';
import { LANGS } from './tables/index';

/** First characters `pieces` can start with, by the parser (a digit as -1, as the matcher keys it). */
const startsOf = (pieces: Piece[]) => new Set(pieces.flatMap((p) => [...prefixes(p.source.src)].map((x) => (x[0] === '#' ? -1 : (x[0] as string).charCodeAt(0)))));

describe('matcher compilation', () => {
  it('money start characters read off the tables equal what the parser finds in the money source', () => {
    for (const langs of [LANGS, [en], ...LANGS.map((t) => [t])]) {
      const money = buildOffer(langs).money;
      expect(money).toBeDefined();
      // The parser also offers a space: an empty period-prefix list compiles to `(?!) ?price`,
      // and it reads `(?!)` as zero-width. That branch never matches (tested below).
      const parsed = [...startsOf(money?.pieces ?? [])].filter((k) => k !== 32);
      expect([...moneyStarts(langs)].sort(), langs.map((t) => t.lang).join(',')).toEqual(parsed.sort());
    }
  });

  it('the money pattern never matches from a space', () => {
    const money = buildOffer(LANGS).money;
    if (!money) throw new Error('no money matcher');
    const re = compiled(money).re;
    for (const text of [' $5/month', ' 9,99 € im Monat', ' 3 months', ' ₹300/Month', ' {{price}}']) {
      re.lastIndex = 0;
      expect(re.exec(text), text).toBeNull();
      re.lastIndex = 1;
      expect(re.exec(text), text).not.toBeNull();
    }
  });

  it('compiles a bucket only when it is first used, once', () => {
    const m = buildOffer([en]);
    const buckets = bucketsOf(m);
    expect(buckets.every((b) => b.re === undefined)).toBe(true);
    const b = buckets[0];
    if (!b) throw new Error('no bucket');
    const re = compiled(b).re;
    expect(compiled(b).re).toBe(re);
    expect(b.groupOf.length).toBeGreaterThan(0);
    expect(buckets.filter((x) => x.re).length).toBe(1);
  });
});

describe('prefixes', () => {
  it('the shortcut for plain starts agrees with the parser on every table phrase', () => {
    let n = 0;
    for (const t of LANGS)
      for (const [key, list] of Object.entries(t))
        if (key !== 'lang' && Array.isArray(list))
          for (const entry of list) {
            const src = phraseSource(entry).src;
            expect([...prefixes(src)].sort(), `${t.lang}.${key}: ${entry}`).toEqual([...parsePrefixes(src)].sort());
            n++;
          }
    expect(n).toBeGreaterThan(1000);
  });
});

describe('money after a word', () => {
  const m = buildOffer(LANGS);
  const reasons = (text: string) => scan(m, normalizeText(text)).hits.map((g) => m.groups[g]?.reason);
  it('still finds prices that start with a currency word or a period prefix', () => {
    for (const text of ['only usd 5 a month', 'rs. 300/month', 'hk$ 12/month', 'monatlich 9,99 €', 'mtl. 4,99 €', '月額1,000円', 'aylık 49 tl'])
      expect(reasons(text), text).toContain('price-period');
  });
  it('the reach covers the longest currency word and period prefix', () => {
    expect(moneyReach(LANGS)).toBeGreaterThanOrEqual('monatlich'.length + 1 + 'hk$'.length + 1);
  });
});

describe('the four-character gate', () => {
  /** Text from everywhere the project has some: fixture pages, the reference notes, the seed and the corpus ground truth. */
  function corpusOfTexts(): string[] {
    const texts: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, e.name);
        if (e.isDirectory()) walk(path);
        else if (e.name.endsWith('.html')) texts.push(...readFileSync(path, 'utf8').replace(/<[^>]*>/g, '\n').split(/\n+/));
      }
    };
    walk(join(__dirname, '../../../e2e/fixtures'));
    texts.push(...Object.values(offerQuotes()).flat());
    texts.push(...seedLines());
    const truth = aebTruth();
    for (const { articleBody } of Object.values(truth)) texts.push(...articleBody.split('\n'));
    return texts.map(normalizeText).filter((t) => t.length > 0);
  }

  it('changes no match: scanning with every gate open finds exactly the same', () => {
    const gated = buildOffer(LANGS);
    const open = buildOffer(LANGS);
    for (const b of bucketsOf(open)) b.gate = null;
    if (open.money) open.money.after = undefined;
    expect(gated.money?.after?.size).toBeGreaterThan(5);
    const texts = corpusOfTexts();
    expect(texts.length).toBeGreaterThan(5000);
    let hits = 0;
    for (const text of texts) {
      const a = scan(gated, text);
      const want = { hits: [...a.hits], matched: a.matched };
      const b = scan(open, text);
      expect({ hits: [...b.hits], matched: b.matched }, text).toEqual(want);
      hits += want.hits.length;
    }
    expect(hits).toBeGreaterThan(500);
  });

  it('turns most word starts away before a regex runs, and leaves many buckets uncompiled', () => {
    const truth = aebTruth();
    const lines = Object.values(truth)
      .slice(0, 10)
      .flatMap(({ articleBody }) => articleBody.split('\n'))
      .map(normalizeText);
    const lazy = buildOffer([en]);
    for (const line of lines) scan(lazy, line);
    const all = bucketsOf(lazy);
    expect(all.filter((b) => b.re).length).toBeLessThan(all.length * 0.75);

    const execs = (gates: boolean) => {
      const m = buildOffer([en]);
      let n = 0;
      for (const b of bucketsOf(m)) {
        if (!gates) b.gate = null;
        const re = compiled(b).re;
        const exec = re.exec.bind(re);
        re.exec = (s: string) => {
          n++;
          return exec(s);
        };
      }
      for (const line of lines) scan(m, line);
      return n;
    };
    expect(execs(true)).toBeLessThan(execs(false) / 3);
  });
});

describe('starts worked out at build time (withPrefixes)', () => {
  const shape = (m: ReturnType<typeof buildOffer>) =>
    [...m.buckets].map(([k1, first]) => [
      k1,
      [...first.next].map(([k2, b]) => [k2, b.pieces.map((p) => p.source.src).sort(), [...(gateOf(b) ?? ['open'])].sort()]),
      first.any?.pieces.map((p) => p.source.src).sort(),
    ]);
  it('gives every language the same buckets and gates as parsing at run time', () => {
    for (const t of LANGS) expect(shape(buildOffer([withPrefixes(t)])), t.lang).toEqual(shape(buildOffer([t])));
    expect(shape(buildOffer(LANGS.map(withPrefixes)))).toEqual(shape(buildOffer(LANGS)));
  });

  it('a pack whose starts do not fit its phrases is refused', () => {
    const de = withPrefixes(LANGS.find((t) => t.lang === 'de') as LangTable);
    const broken = { ...de, lang: 'xx', pre: { ...de.pre, meter: de.pre?.meter?.slice(1) } };
    expect(addLangTable(broken)).toBe(false);
    expect(addLangTable({ ...de, lang: 'xy', pre: { meter: [[['ab'], 5]] } } as unknown as LangTable)).toBe(false);
  });
});
