// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { addStandfirst, descriptions, findStandfirst } from './standfirst';

const LEAD = 'The city council voted on Tuesday to close the old harbour bridge for two years of repairs, starting in March.';
const BODY = '<p>Engineers found cracks in three of the bridge’s steel girders during an inspection last autumn, the council said.</p>';

function page(head: string, body: string): Document {
  return new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');
}

function lead(doc: Document): string | null {
  return findStandfirst(doc.body, descriptions(doc));
}

describe('standfirst: the visible lead that matches the page description', () => {
  it('finds the lead block in the article header, innermost, by meta or og description', () => {
    const doc = page(`<meta name="description" content="${LEAD}">`, `<header><h1>Bridge to close</h1><div class="lead"><p>${LEAD}</p></div></header><main>${BODY}</main>`);
    expect(lead(doc)).toBe(LEAD);
    const og = page(`<meta property="og:description" content="${LEAD.slice(0, 90)}…">`, `<div class="standfirst">${LEAD}</div>${BODY}`);
    expect(lead(og)).toBe(LEAD);
  });
  it("matches across quote styles (' in the description, ’ on the page)", () => {
    const text = 'The mayor’s plan to close the old harbour bridge for two years of repairs was approved on Tuesday evening.';
    const doc = page(`<meta name="description" content="${text.replace('’', "'")}">`, `<p class="chapo">${text}</p>${BODY}`);
    expect(lead(doc)).toBe(text);
  });
  it('is no standfirst: a teaser link, page furniture, a short tagline, no description', () => {
    expect(lead(page(`<meta name="description" content="${LEAD}">`, `<ul><li><a href="/x">${LEAD}</a></li></ul>${BODY}`))).toBeNull();
    expect(lead(page(`<meta name="description" content="${LEAD}">`, `<footer><p>${LEAD}</p></footer>${BODY}`))).toBeNull();
    expect(lead(page(`<meta name="description" content="${LEAD}">`, `<aside><p>${LEAD}</p></aside>${BODY}`))).toBeNull();
    expect(lead(page('<meta name="description" content="News from the harbour city">', `<p>News from the harbour city</p>${BODY}`))).toBeNull();
    expect(lead(page('', `<p>${LEAD}</p>${BODY}`))).toBeNull();
  });
  it('is no standfirst: a block much longer than the description (a body paragraph that only starts like it)', () => {
    const long = `${LEAD} ${'The works will cost more than the council first said, and traffic will go round by the ring road. '.repeat(3)}`;
    expect(lead(page(`<meta name="description" content="${LEAD}">`, `<p>${long}</p>`))).toBeNull();
  });
  it('is added at the top of the article only when the article does not hold it', () => {
    const doc = page('', '');
    const article = doc.createElement('div');
    article.innerHTML = `<div class="page">${BODY}</div>`;
    expect(addStandfirst(article, LEAD)).toBe(true);
    expect(article.querySelector('.page')?.firstElementChild?.textContent).toBe(LEAD);
    expect(addStandfirst(article, LEAD)).toBe(false);
    expect(addStandfirst(article, null)).toBe(false);
  });
});
