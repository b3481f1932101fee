// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { functionWordLangs, neededLangs } from './needed-langs';

function page(html: string, lang?: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  if (lang) doc.documentElement.setAttribute('lang', lang);
  doc.body.innerHTML = html;
  return doc;
}

const EN = 'The city council voted on Tuesday to approve the new budget, which includes more money for parks, schools and the police department, after a long debate that lasted well into the night and left many residents frustrated.';
const DE = 'Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen, der mehr Geld für Parks, Schulen und die Polizei vorsieht. Die Debatte dauerte bis in die Nacht, und viele Bürger waren mit dem Ergebnis nicht zufrieden, auch weil sie sich nicht gehört fühlten.';
const FR = "Le conseil municipal a voté mardi le nouveau budget, qui prévoit plus d'argent pour les parcs, les écoles et la police. Le débat a duré jusque dans la nuit et de nombreux habitants sont restés sur leur faim, car ils ne se sont pas sentis écoutés par les élus.";

describe('neededLangs: the tables one extraction needs besides English', () => {
  it('English text with no declaration needs nothing more', () => {
    expect(neededLangs(page(`<p>${EN}</p>`), EN)).toEqual([]);
    expect(functionWordLangs(EN)).toEqual([]);
  });
  it('takes the declared language ("de-AT" → de) and ignores languages without a table', () => {
    expect(neededLangs(page('<p>x</p>', 'de-AT'), '')).toEqual(['de']);
    expect(neededLangs(page('<p>x</p>', 'ko'), '')).toEqual([]);
  });
  it('finds German and French text by their function words when the page declares nothing (or "en")', () => {
    expect(neededLangs(page(`<p>${DE}</p>`), DE)).toEqual(['de']);
    expect(neededLangs(page(`<p>${FR}</p>`, 'en'), FR)).toContain('fr');
  });
  it('names the language of a non-Latin script in the heading or the text', () => {
    const doc = page('<h1>東京で新しい予算が決まった</h1>');
    expect(neededLangs(doc, '')).toEqual(['ja']);
    expect(neededLangs(page('<p>x</p>'), 'Городской совет утвердил новый бюджет')).toEqual(['ru']);
  });
  it('keeps at most three tables besides English', () => {
    expect(neededLangs(page('<p>x</p>', 'de, fr, es, it'), '').length).toBe(3);
  });
});
