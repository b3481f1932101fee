// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acceptableByline, byline, jsonLdAuthors, jsonLdDatePublished, jsonLdPublisher, siteName, titleSiteSegment, visibleByline } from './header';
import { extractArticle } from './index';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const ld = (obj: unknown) => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;

describe('publication name', () => {
  it('prefers og:site_name', () => {
    const doc = parse('<head><title>A story | Other</title><meta property="og:site_name" content="The Daily Lantern"></head><body><h1>A story</h1></body>');
    expect(siteName(doc, { title: doc.title, headline: 'A story' })).toBe('The Daily Lantern');
  });
  it('reads JSON-LD publisher, also inside @graph and by @id reference', () => {
    const direct = parse(`<head>${ld({ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'Hill Post' } })}</head><body></body>`);
    expect(jsonLdPublisher(direct)).toBe('Hill Post');
    const graph = parse(
      `<head>${ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'Organization', '@id': '#org', name: 'Valley Weekly' }, { '@type': 'Article', publisher: { '@id': '#org' } }] })}</head><body></body>`,
    );
    expect(jsonLdPublisher(graph)).toBe('Valley Weekly');
    expect(siteName(graph, { title: 'x' })).toBe('Valley Weekly');
  });
  it('reads application-name', () => {
    const doc = parse('<head><title>Notes on tides</title><meta name="application-name" content="Shore Notes"></head><body></body>');
    expect(siteName(doc, { title: doc.title, headline: 'Notes on tides' })).toBe('Shore Notes');
  });
  it('takes the site segment of the title, at either end, never the headline', () => {
    expect(titleSiteSegment('Bridge reopens after repairs | River Gazette', 'Bridge reopens after two years of repairs')).toBe('River Gazette');
    expect(titleSiteSegment('River Gazette - Bridge reopens after repairs', 'Bridge reopens after repairs')).toBe('River Gazette');
    expect(titleSiteSegment('Bridge reopens after repairs', 'Bridge reopens after repairs')).toBeUndefined();
    // A subtitle is not a site name: both segments share the headline's words.
    expect(titleSiteSegment('Tides: how the moon moves the sea', 'Tides: how the moon moves the sea')).toBeUndefined();
    expect(titleSiteSegment('Bridge reopens after two years of repairs | River Gazette', '')).toBe('River Gazette');
  });
  it('gives nothing when the page states nothing (the reader falls back to the host)', () => {
    const doc = parse('<head><title>Bridge reopens</title></head><body><h1>Bridge reopens</h1></body>');
    expect(siteName(doc, { title: doc.title, headline: 'Bridge reopens' })).toBeUndefined();
  });
});

describe('byline', () => {
  it('reads JSON-LD authors (several, by reference)', () => {
    const doc = parse(
      `<head>${ld({ '@graph': [{ '@type': 'Person', '@id': '#a', name: 'Mira Holt' }, { '@type': 'BlogPosting', author: [{ '@id': '#a' }, { name: 'Jon Vale' }] }] })}</head><body></body>`,
    );
    expect(jsonLdAuthors(doc)).toBe('Mira Holt, Jon Vale');
  });
  it('finds a visible "By …" line after the headline, the innermost one, without its date', () => {
    const doc = parse(
      '<body><header><p>By subscription only</p></header><article><h1>Floods recede</h1><div class="meta"><span>By <b>Staff Reporters</b></span> <time>Updated 5 May 2021</time></div><p>Water levels fell overnight across the plain.</p></article></body>',
    );
    expect(visibleByline(doc)).toBe('Staff Reporters');
    const withDate = parse('<body><article><h1>Floods recede</h1><p>By Lena Ortiz | 5 May 2021</p><p>Text.</p></article></body>');
    expect(visibleByline(withDate)).toBe('Lena Ortiz');
  });
  it('is never a URL nor the site name', () => {
    expect(acceptableByline('https://social.example/lena', 'Site')).toBeUndefined();
    expect(acceptableByline('River Gazette', 'River Gazette')).toBeUndefined();
    expect(acceptableByline('By Lena Ortiz', 'River Gazette')).toBe('Lena Ortiz');
    const doc = parse('<head><meta name="author" content="River Gazette"><meta property="article:author" content="https://social.example/x"></head><body></body>');
    expect(byline(doc, { site: 'River Gazette' })).toBeUndefined();
  });
  it('falls back to meta author', () => {
    const doc = parse('<head><meta name="author" content="Ada Brook"></head><body></body>');
    expect(byline(doc, {})).toBe('Ada Brook');
  });
});

describe('date', () => {
  it('reads JSON-LD datePublished inside @graph', () => {
    const doc = parse(`<head>${ld({ '@graph': [{ '@type': 'WebSite', name: 'x' }, { '@type': 'NewsArticle', datePublished: '2022-02-03T04:05:06Z' }] })}</head><body></body>`);
    expect(jsonLdDatePublished(doc)).toBe('2022-02-03T04:05:06Z');
  });
});

describe('the demo page', () => {
  it('yields the publication name, byline and date a person sees on it', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../../../demo/index.html'), 'utf8');
    const doc = parse(html);
    const base = doc.createElement('base');
    base.href = 'https://meridian.example/world/putin-lavrov';
    doc.head.prepend(base);
    const r = extractArticle(doc);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.siteName).toBe('Meridian Standard');
    expect(r.article.byline).toBe('Agencies');
    expect(r.article.publishedTime).toBe('2018-04-20T12:35:00.000Z');
    expect(r.article.readingMinutes).toBeGreaterThanOrEqual(1);
  }, 30_000); // a whole page through jsdom: slow on a shared machine, not a speed check
});

describe('lead image', () => {
  it('is the page image, but not a site-wide logo or default card', async () => {
    const { leadImage } = await import('./metadata');
    const img = (src: string) => parse(`<head><meta property="og:image" content="${src}"></head><body></body>`);
    expect(leadImage(img('https://cdn.example/2024/05/harbour-ferry.jpg'), 'https://news.example/a')?.src).toBe('https://cdn.example/2024/05/harbour-ferry.jpg');
    expect(leadImage(img('/static/logo.png'), 'https://news.example/a')).toBeUndefined();
    expect(leadImage(img('https://cdn.example/img/og-default.jpg'), 'https://news.example/a')).toBeUndefined();
    expect(leadImage(img('https://cdn.example/brand/share_fallback.png'), 'https://news.example/a')).toBeUndefined();
    // A word merely containing one of those names is an article image.
    expect(leadImage(img('https://cdn.example/2024/defaulted-loans.jpg'), 'https://news.example/a')).toBeDefined();
  });
});
