import { describe, expect, it } from 'vitest';
import { DEV_RANGE, generate, KINDS, LOCKS, type NodeSpec, seedsOf, VALIDATION_RANGE } from './generate.ts';
import { SCHEMES } from './naming.ts';
import { clutterPages } from './pages.ts';
import { formatPrice, CURRENCIES, LANGS, PHRASES } from './phrases.ts';
import { rng } from './prng.ts';

const pages = clutterPages();

function walk(n: NodeSpec, visit: (n: NodeSpec) => void): void {
  visit(n);
  for (const c of [...(n.children ?? []), ...(n.shadow ?? [])]) walk(c, visit);
}

describe('clutter generator', () => {
  it('is reproducible: a seed gives the same scenario, another seed another', () => {
    expect(JSON.stringify(generate(42, pages))).toBe(JSON.stringify(generate(42, pages)));
    expect(JSON.stringify(generate(42, pages))).not.toBe(JSON.stringify(generate(43, pages)));
  });

  it('the PRNG is deterministic and roughly uniform', () => {
    const a = rng(7);
    const b = rng(7);
    const xs = Array.from({ length: 2000 }, () => a.next());
    expect(xs.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b.next()));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });

  it('draws every kind, language, scheme and lock technique over a few hundred seeds, two kinds per clutter page and some clean pages', () => {
    const seen = { kinds: new Set<string>(), langs: new Set<string>(), schemes: new Set<string>(), locks: new Set<string>(), clean: 0 };
    for (let seed = VALIDATION_RANGE.first; seed < VALIDATION_RANGE.first + 400; seed++) {
      const s = generate(seed, pages);
      if (s.clean) {
        seen.clean++;
        expect(s.pieces).toEqual([]);
        continue;
      }
      expect(new Set(s.kinds).size).toBe(2);
      for (const k of s.kinds) seen.kinds.add(k);
      seen.langs.add(s.lang);
      seen.schemes.add(s.scheme);
      for (const p of s.pieces) if (p.lock) seen.locks.add(p.lock.technique);
    }
    expect([...seen.kinds].sort()).toEqual([...KINDS].sort());
    expect([...seen.langs].sort()).toEqual([...LANGS].sort());
    expect([...seen.schemes].sort()).toEqual([...SCHEMES].sort());
    expect([...seen.locks].sort()).toEqual([...LOCKS].sort());
    expect(seen.clean).toBeGreaterThan(20);
  });

  it('every piece has an element to measure; the none scheme has no class or id; texts come from the chosen language', () => {
    for (let seed = DEV_RANGE.first; seed < DEV_RANGE.first + 300; seed++) {
      const s = generate(seed, pages);
      for (const p of s.pieces) {
        const roles: string[] = [];
        const texts: string[] = [];
        walk(p.root, (n) => {
          if (n.role) roles.push(n.role);
          if (n.text) texts.push(n.text);
          if (s.scheme === 'none') {
            expect(n.cls ?? '').toBe('');
            expect(n.id ?? '').toBe('');
          }
        });
        expect(roles.length, `${seed} ${p.kind}`).toBeGreaterThan(0);
        const bank = JSON.stringify(PHRASES[s.lang]);
        const words = texts.filter((t) => t.length >= 4 && !/\d/.test(t));
        expect(words.some((t) => bank.includes(t)), `${seed} ${p.kind} ${s.lang}`).toBe(true);
      }
    }
  });

  it('ranges do not overlap and filters find what they ask for', () => {
    expect(DEV_RANGE.last).toBeLessThan(VALIDATION_RANGE.first);
    const modal = seedsOf('dev', 5, pages, { kind: 'fade-gate', lang: 'ja' });
    expect(modal).toHaveLength(5);
    for (const seed of modal) {
      const s = generate(seed, pages);
      expect(s.kinds).toContain('fade-gate');
      expect(s.lang).toBe('ja');
    }
  });

  it('phrase banks are complete in every language and prices read as the language writes them', () => {
    const keys = Object.keys(PHRASES.en).sort();
    for (const lang of LANGS) {
      expect(Object.keys(PHRASES[lang]).sort()).toEqual(keys);
      for (const [k, v] of Object.entries(PHRASES[lang])) if (Array.isArray(v)) expect(v.length, `${lang}.${k}`).toBeGreaterThan(0);
      expect(PHRASES[lang].bar.every((t) => t.includes('{price}'))).toBe(true);
    }
    const eur = CURRENCIES.find((c) => c.code === 'EUR')!;
    expect(formatPrice('de', eur, 9.99, 'month')).toBe('9,99 € im Monat');
    const usd = CURRENCIES.find((c) => c.code === 'USD')!;
    expect(formatPrice('en', usd, 0.25, 'day')).toBe('$0.25/day');
  });
});
