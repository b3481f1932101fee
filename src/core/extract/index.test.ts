// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isOfferLine } from '../lang/index';
import { articleText, extractArticle } from './index';

const PARAS = [
  'The city council voted on Tuesday to expand the tram network into the northern districts, a plan that has been debated for nearly a decade.',
  'Supporters said the new line would cut commuting times by a third and relieve pressure on crowded bus routes that serve the growing suburbs.',
  'Opponents argued that the cost estimates were optimistic and that construction would disrupt local shops for at least two years.',
  'The mayor said the first section could open by the end of next year if the regional government approves its share of the funding.',
  'Residents will be invited to a series of public meetings in the spring to comment on the route and the location of the stops.',
];

function paywallPage(lastEnding = '.'): string {
  const paras = PARAS.map((p, i) => `<p>${i === PARAS.length - 1 ? p.replace(/\.$/, lastEnding) : p}</p>`).join('');
  return `<!doctype html><html lang="en"><head><title>Council backs tram expansion | City Times</title>
    <meta property="og:image" content="/img/tram.jpg"><meta property="article:published_time" content="2024-03-05T09:30:00Z">
    </head><body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
    <main><article><h1>Council backs tram expansion</h1><p class="byline">By Ann Writer</p>
    <div class="article-body">${paras}
      <div class="offer-panel">
        <p>You’ve reached your limit of {{free_limit}} free articles this month.</p>
        <p>Subscribe now for unlimited access.</p>
        <p>Already subscribed? Log in</p>
        <div class="plans"><div><h3>Smart Quarterly</h3><p>₹900</p><p>3 Months</p><p>₹300/Month</p></div>
        <div><h3>Super Saver</h3><p>₹3,900</p><p>2 Years</p><p>₹162/Month</p></div></div>
        <p>Renews automatically, cancel anytime</p>
      </div>
    </div></article></main><footer><p>© City Times</p></footer></body></html>`;
}

function load(html: string, url = 'https://city.example/news/tram'): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // DOMParser documents have no URL of their own: give the base like a real page has.
  const base = doc.createElement('base');
  base.href = url;
  doc.head.prepend(base);
  return doc;
}

describe('extractArticle on a small paywall page', () => {
  it('keeps the article and prunes the offer panel; a limit notice under a complete article is no cut', () => {
    const res = extractArticle(load(paywallPage()), { url: 'https://city.example/news/tram' });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const { article } = res;
    const text = articleText(article);
    for (const p of PARAS) expect(text).toContain(p);
    expect(text).not.toMatch(/free articles|Subscribe now|Log in|₹|Renews automatically|Smart Quarterly/);
    for (const line of text.split('\n')) expect(isOfferLine(line)).toBe(false);
    // The panel is an upsell after a finished article (as on the seed page): not partial.
    expect(article.partial).toBeUndefined();
    expect(article.title).toBe('Council backs tram expansion');
    expect(article.lang).toBe('en');
    expect(article.dir).toBe('ltr');
    expect(article.publishedTime).toBe('2024-03-05T09:30:00.000Z');
    expect(article.leadImage).toEqual({ src: 'https://city.example/img/tram.jpg', alt: '' });
    expect(article.readingMinutes).toBe(1);
    expect(article.wordCount).toBeGreaterThan(100);
    // Structured-clone safe: plain data all the way down.
    expect(structuredClone(article)).toEqual(article);
  });
  it('says "truncated" when the shown text stops on an ellipsis before the gate', () => {
    const res = extractArticle(load(paywallPage('…')));
    expect(res.ok && res.article.partial?.reason).toBe('truncated');
  });
  it('says "truncated" when the shown text stops mid-sentence before the offer', () => {
    const res = extractArticle(load(paywallPage(' and the')));
    expect(res.ok && res.article.partial).toEqual({ reason: 'truncated', shownParagraphs: PARAS.length });
  });
  it('reports a gate when a "read the rest" line follows with no limit notice', () => {
    const html = paywallPage().replace(
      /<p>You’ve reached your limit[^<]*<\/p>/,
      '<p>Subscribe or log in to read the rest of this content.</p>',
    );
    const res = extractArticle(load(html));
    expect(res.ok && res.article.partial).toEqual({ reason: 'gate', shownParagraphs: PARAS.length });
  });
  it('does not call a normal article partial', () => {
    const html = paywallPage().replace(/<div class="offer-panel">[\s\S]*?<\/div>\s*<\/div><\/article>/, '</div></article>');
    const res = extractArticle(load(html));
    expect(res.ok).toBe(true);
    expect(res.ok && res.article.partial).toBeUndefined();
  });
  it('fails softly: not-html, too-large, no-article', () => {
    const empty = load('<html><body><p>hi</p></body></html>');
    expect(extractArticle(empty)).toMatchObject({ ok: false, reason: 'no-article' });
    expect(extractArticle(load(paywallPage()), { maxElements: 10 })).toMatchObject({ ok: false, reason: 'too-large' });
    const xml = new DOMParser().parseFromString('<a/>', 'image/svg+xml');
    expect(extractArticle(xml)).toMatchObject({ ok: false });
    expect(extractArticle(null as unknown as Document)).toMatchObject({ ok: false, reason: 'error' });
  });
  it('detects RTL from the script when the page does not say', () => {
    const ar = 'قال المجلس البلدي يوم الثلاثاء إنه وافق على توسيع شبكة الترام إلى الأحياء الشمالية بعد نقاش طويل استمر سنوات. ';
    const res = extractArticle(load(`<html><head><title>خبر</title></head><body><article>${`<p>${ar.repeat(3)}</p>`.repeat(4)}</article></body></html>`));
    expect(res.ok && res.article.dir).toBe('rtl');
  });
});

describe('complexity budget', () => {
  it('answers too-complex for nesting that cannot be flattened (every level holds text)', () => {
    const doc = load('<!doctype html><html><head><title>Deep</title></head><body><div id="root"></div></body></html>');
    let cur = doc.getElementById('root') as Element;
    for (let i = 0; i < 90; i++) {
      const next = doc.createElement('div');
      next.append(doc.createTextNode(`level ${i} `));
      cur.append(next);
      cur = next;
    }
    cur.innerHTML = `<p>${PARAS.join('</p><p>')}</p>`;
    // The same rule as MAX_DEPTH (600), at a depth jsdom builds quickly.
    const r = extractArticle(doc, { maxDepth: 60 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe('too-complex');
    // Under the limit, the same page is read.
    expect(extractArticle(doc, { maxDepth: 200 }).ok).toBe(true);
  });
});
