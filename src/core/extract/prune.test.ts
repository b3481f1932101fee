// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { pruneArticle } from './prune';

const LONG =
  'The regional court ruled on Monday that the contract was valid, ending a dispute that had lasted for more than three years and cost both sides heavily.';

function prune(html: string, info = {}) {
  const root = document.createElement('div'); // detached, like Readability's output
  root.innerHTML = html;
  const report = pruneArticle(root, info);
  return { text: (root.textContent ?? '').replace(/\s+/g, ' ').trim(), report };
}

describe('pruneArticle (named heuristics)', () => {
  it('offer lines and offer panels go; article text mentioning subscriptions stays', () => {
    const { text, report } = prune(
      `<p>${LONG}</p><p>Netflix raised its standard plan to $15.49 a month, the company said in a statement on Tuesday to investors and reporters.</p>` +
        '<div><p>Subscribe now for unlimited access.</p><p>Already a subscriber? Log in</p><p>₹300/Month</p></div>',
    );
    expect(text).toContain('Netflix raised');
    expect(text).not.toMatch(/Subscribe now|Log in|₹300/);
    expect(report.offerContainers + report.offerLines).toBeGreaterThan(0);
  });
  it('gate tail: a limit line and the small panel after it go, and the gate is reported', () => {
    const { text, report } = prune(
      `<p>${LONG}</p><p>${LONG}</p><p>You’ve reached your limit of 5 free articles this month.</p><h3>Smart Quarterly</h3><p>3 Months</p>`,
    );
    expect(text).not.toMatch(/limit|Smart Quarterly|3 Months/);
    expect(report.gateText.length).toBeGreaterThan(0);
  });
  it('link blocks and teaser runs with their kicker go; bare URL citations and linked headings stay', () => {
    const { text } = prune(
      `<p>${LONG}</p><p>DON'T MISS</p><p><a href="/a">Teaser one about something</a> [VIDEO]</p><p><a href="/b">Teaser two about another thing</a> [INSIGHT]</p>` +
        '<p><a href="http://source.example/doc">http://source.example/doc</a></p><h3><a href="/p">Satechi USB-C Charger</a></h3>',
    );
    expect(text).not.toMatch(/Teaser|DON'T MISS/);
    expect(text).toContain('http://source.example/doc');
    expect(text).toContain('Satechi USB-C Charger');
  });
  it('header lines (title repeat, byline, date stamp) and boilerplate leads go', () => {
    const { text } = prune(
      `<p>Court backs contract</p><p>https://daily.example/news/court</p><p>By Jane Doe</p><p>Updated 5:27 am CST, Wednesday, November 20, 2019</p><p>${LONG}</p><p>Related: Another story</p><p>Advertisement</p>`,
      { title: 'Court backs contract', byline: 'Jane Doe', urls: ['http://127.0.0.1/page.html', 'https://www.daily.example/news/court'] },
    );
    expect(text).toBe(LONG);
  });
  it('a day-first dotted date stamp with its section label is a header line; a dated sentence stays', () => {
    const { text } = prune(`<p>02.02.2022 | Sport</p><p>${LONG}</p><p>Am 02.02.2022 entschied das Gericht in zweiter Instanz über die Klage der Anwohner.</p>`);
    expect(text).not.toContain('Sport');
    expect(text).toContain(LONG);
    expect(text).toContain('Am 02.02.2022 entschied das Gericht');
  });
  it('credits and author bio/contact lines at the end go', () => {
    const { text } = prune(
      `<p>${LONG}</p><figcaption>The court building (Image: GETTY)</figcaption><p>Photo: Hau Dinh, AP</p><p>Jane Doe is a reporter for The Daily.</p><p>Write to Jane Doe at jane@daily.example</p>`,
      { byline: 'By Jane Doe' },
    );
    expect(text).toBe(LONG);
  });
  it('newsletter prompts go; a long paragraph that mentions a newsletter stays', () => {
    const mention = `${LONG} The paper said its morning newsletter, which it started in 2015 as a small experiment run by two editors, now reaches more readers than its print edition does on any weekday of the year.`;
    const { text } = prune(`<p>${LONG}</p><p>Sign up to our newsletter for exclusive updates and enhanced content</p><p>${mention}</p>`);
    expect(text).not.toContain('Sign up to our newsletter');
    expect(text).toContain('morning newsletter');
  });
  it('keeps wire-service copyright notices (people mark them as part of the story)', () => {
    const { text } = prune(`<p>${LONG}</p><p>Copyright 2019 The Associated Press. All rights reserved.</p>`);
    expect(text).toContain('Associated Press');
  });
});

describe('named boxes', () => {
  it('drops comment/related/share boxes by class name, keeps embedded widgets and the article', () => {
    const { text } = prune(
      `<div class="article-body"><p>${LONG}</p><div class="sdc-article-widget"><p>An embedded tweet the story quotes.</p></div>` +
        '<div class="article-related-links"><p>Other story</p></div><div id="comments"><p>First!</p></div><div class="share_bar">Share</div></div>',
    );
    expect(text).toContain('embedded tweet');
    expect(text).not.toMatch(/Other story|First!|Share/);
  });
  it('never drops a named box that holds most of the article', () => {
    const { text } = prune(`<div class="social-story"><p>${LONG}</p><p>${LONG}</p></div><p>Short tail.</p>`);
    expect(text).toContain('regional court');
  });
  it('affiliate disclosures go; an article sentence about affiliate marketing stays', () => {
    const { text } = prune(
      `<p>${LONG}</p><p>Influencer verdienen mit Affiliate-Marketing oft mehr als mit Werbeposts, sagt die Studie der Hochschule.</p>` +
        '<p><small>Letzte Aktualisierung am 1.03.2022 / Bei den Verlinkungen handelt es sich um Affiliate Links</small></p>' +
        '<p>This post contains affiliate links: we may earn a commission.</p>',
    );
    expect(text).toContain('Influencer verdienen');
    expect(text).not.toMatch(/Letzte Aktualisierung|contains affiliate/);
  });
});
