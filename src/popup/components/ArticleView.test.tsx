// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Article, Block } from '../../core/article';
import { installMessages } from '../test-i18n';
import { ArticleView } from './ArticleView';
import { PartialNotice } from './PartialNotice';

beforeAll(() => {
  installMessages();
});

let container: HTMLElement;
afterEach(() => {
  if (container) render(null, container);
  document.body.replaceChildren();
});

function show(article: Article, images = true): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  render(<ArticleView article={article} options={{ images }} />, container);
  return container;
}

function article(blocks: Block[], extra: Partial<Article> = {}): Article {
  return { title: 'A calm title', dir: 'ltr', url: 'https://news.example.com/story', blocks, wordCount: 100, readingMinutes: 3, ...extra };
}

const text = (t: string) => ({ type: 'text' as const, text: t });

describe('ArticleView renders the model', () => {
  test('title in the one <h1> inside the <article>, then meta', () => {
    const root = show(
      article([{ type: 'paragraph', children: [text('Body.')] }], {
        byline: 'Ada Writer',
        siteName: 'The Example',
        publishedTime: '2024-03-05T10:00:00Z',
        lang: 'en',
      }),
    );
    const el = root.querySelector('article')!;
    expect(el.querySelectorAll('h1')).toHaveLength(1);
    expect(el.querySelector('h1')!.textContent).toBe('A calm title');
    expect(el.querySelector('.byline')!.textContent).toBe('Ada Writer');
    expect(el.querySelector('.site')!.textContent).toBe('The Example');
    expect(el.querySelector('time')!.getAttribute('datetime')).toBe('2024-03-05T10:00:00Z');
    expect(el.querySelector('time')!.textContent).toMatch(/2024/);
    expect(el.querySelector('.reading-time')!.textContent).toBe('3 minute read');
    expect(el.getAttribute('lang')).toBe('en');
  });

  test('site falls back to the host; no date when the date is invalid', () => {
    const root = show(article([], { publishedTime: 'not a date', readingMinutes: 1 }));
    expect(root.querySelector('.site')!.textContent).toBe('news.example.com');
    expect(root.querySelector('time')).toBeNull();
    expect(root.querySelector('.reading-time')!.textContent).toBe('1 minute read');
  });

  test('every block type, in order', () => {
    const root = show(
      article([
        { type: 'heading', level: 2, children: [text('Section')] },
        {
          type: 'paragraph',
          children: [
            text('Plain '),
            { type: 'em', children: [text('em')] },
            text(' '),
            { type: 'strong', children: [text('strong')] },
            text(' '),
            { type: 'code', children: [text('x = 1')] },
            text(' '),
            { type: 'link', href: 'https://example.org/ref', children: [text('a link')] },
            { type: 'br' },
            { type: 'sub', children: [text('2')] },
            { type: 'sup', children: [text('3')] },
            { type: 'del', children: [text('old')] },
          ],
        },
        { type: 'list', ordered: false, items: [[text('one')], [text('two')]] },
        { type: 'list', ordered: true, items: [[text('first')]] },
        { type: 'quote', blocks: [{ type: 'paragraph', children: [text('Quoted.')] }] },
        { type: 'code', text: 'if (a < b) {\n  return "<b>";\n}', language: 'js' },
        { type: 'figure', src: 'https://img.example.com/p.jpg', alt: 'A photo', caption: [text('The caption')], width: 800, height: 600 },
        { type: 'table', caption: 'Results', header: [[text('Name')], [text('Votes')]], rows: [[[text('Yes')], [text('10')]], [[text('No')], [text('4')]]] },
        { type: 'rule' },
        { type: 'heading', level: 6, children: [text('Small')] },
      ]),
    );
    const body = root.querySelector('.article-body')!;
    expect([...body.children].map((c) => c.tagName.toLowerCase())).toEqual(['h2', 'p', 'ul', 'ol', 'blockquote', 'pre', 'figure', 'div', 'hr', 'h6']);
    const p = body.querySelector('p')!;
    expect(p.querySelector('em')!.textContent).toBe('em');
    expect(p.querySelector('strong')!.textContent).toBe('strong');
    expect(p.querySelector('code')!.textContent).toBe('x = 1');
    expect(p.querySelector('br')).not.toBeNull();
    expect(p.querySelector('sub')!.textContent).toBe('2');
    expect(p.querySelector('sup')!.textContent).toBe('3');
    expect(p.querySelector('del')!.textContent).toBe('old');
    const a = p.querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://example.org/ref');
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    expect([...body.querySelectorAll('ul li')].map((li) => li.textContent)).toEqual(['one', 'two']);
    expect(body.querySelector('blockquote p')!.textContent).toBe('Quoted.');
    // Code keeps its text exactly, markup-looking characters included, as text.
    expect(body.querySelector('pre code')!.textContent).toBe('if (a < b) {\n  return "<b>";\n}');
    expect(body.querySelector('pre code')!.children).toHaveLength(0);
    const img = body.querySelector('figure img')!;
    expect(img.getAttribute('src')).toBe('https://img.example.com/p.jpg');
    expect(img.getAttribute('alt')).toBe('A photo');
    expect(img.getAttribute('width')).toBe('800');
    expect(body.querySelector('figcaption')!.textContent).toBe('The caption');
    const table = body.querySelector('table')!;
    expect(table.querySelector('caption')!.textContent).toBe('Results');
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Name', 'Votes']);
    expect([...table.querySelectorAll('tbody tr')].map((tr) => tr.textContent)).toEqual(['Yes10', 'No4']);
  });

  test('heading levels outside 2-6 are clamped: the title stays the only h1', () => {
    const root = show(article([{ type: 'heading', level: 1 as 2, children: [text('Sneaky')] }, { type: 'heading', level: 9 as 2, children: [text('Deep')] }]));
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    expect(root.querySelector('h2')!.textContent).toBe('Sneaky');
    expect(root.querySelector('h6')!.textContent).toBe('Deep');
  });

  test('images are left out when the option is off', () => {
    const root = show(article([{ type: 'figure', src: 'https://img.example.com/p.jpg', alt: 'A photo' }], { leadImage: { src: 'https://img.example.com/lead.jpg', alt: '' } }), false);
    expect(root.querySelector('img')).toBeNull();
  });

  test('the lead image shows once, not again when the body has it', () => {
    let root = show(article([], { leadImage: { src: 'https://img.example.com/lead.jpg', alt: 'Lead' } }));
    expect(root.querySelectorAll('img')).toHaveLength(1);
    render(null, root);
    root = show(article([{ type: 'figure', src: 'https://img.example.com/lead.jpg', alt: 'Lead' }], { leadImage: { src: 'https://img.example.com/lead.jpg', alt: 'Lead' } }));
    expect(root.querySelectorAll('img')).toHaveLength(1);
  });

  test('right-to-left articles carry dir="rtl" and their lang', () => {
    const root = show(article([{ type: 'paragraph', children: [text('مرحبا')] }], { dir: 'rtl', lang: 'ar' }));
    const el = root.querySelector('article')!;
    expect(el.getAttribute('dir')).toBe('rtl');
    expect(el.getAttribute('lang')).toBe('ar');
  });
});

describe('defence in depth: a hostile model renders inert', () => {
  const hostile = article([
    {
      type: 'paragraph',
      children: [
        text('<img src=x onerror="window.__pwned=1">'),
        { type: 'link', href: 'javascript:window.__pwned=1', children: [text('click me')] },
        { type: 'link', href: ' java\tscript:alert(1)', children: [text('tabbed')] },
        { type: 'link', href: 'data:text/html,<script>alert(1)</script>', children: [text('data')] },
        { type: 'link', href: '/relative', children: [text('relative')] },
        { type: 'script', children: [text('window.__pwned=1')] } as unknown as { type: 'em'; children: [] },
      ],
    },
    { type: 'figure', src: 'javascript:alert(1)', alt: 'bad' },
    { type: 'figure', src: 'data:image/svg+xml,<svg onload="alert(1)"/>', alt: 'svg' },
    { type: 'html', html: '<script>window.__pwned=1</script>' } as unknown as Block,
    { type: 'paragraph', children: 'not an array' } as unknown as Block,
  ]);

  test('unsafe links keep their words as plain text; unsafe images and unknown nodes are dropped', () => {
    const root = show(hostile);
    expect(root.querySelectorAll('a')).toHaveLength(0);
    expect(root.querySelectorAll('img')).toHaveLength(0);
    expect(root.querySelectorAll('script, iframe, svg, object, embed, style')).toHaveLength(0);
    expect(root.textContent).toContain('<img src=x onerror="window.__pwned=1">');
    expect(root.textContent).toContain('click me');
    expect(root.textContent).toContain('relative');
    expect(root.textContent).not.toContain('window.__pwned=1</script>');
    for (const el of root.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        expect(attr.name.startsWith('on')).toBe(false);
        expect(attr.value.toLowerCase()).not.toContain('javascript:');
      }
    }
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  test('absurd nesting is cut off, not a stack overflow', () => {
    let inline: { type: 'em'; children: unknown[] } = { type: 'em', children: [text('deep')] };
    for (let i = 0; i < 5000; i++) inline = { type: 'em', children: [inline] };
    let quote: Block = { type: 'paragraph', children: [text('q')] };
    for (let i = 0; i < 500; i++) quote = { type: 'quote', blocks: [quote] };
    const root = show(article([{ type: 'paragraph', children: [inline as never] }, quote]));
    expect(root.querySelectorAll('em').length).toBeLessThan(30);
    expect(root.querySelectorAll('blockquote').length).toBeLessThanOrEqual(8);
  });
});

describe('PartialNotice', () => {
  test('says how many paragraphs the publisher shows', () => {
    container = document.createElement('div');
    render(<PartialNotice partial={{ reason: 'truncated', shownParagraphs: 4 }} />, container);
    expect(container.textContent).toContain('The publisher shows 4 paragraphs of this article.');
    render(<PartialNotice partial={{ reason: 'gate', shownParagraphs: 1 }} />, container);
    expect(container.textContent).toContain('The publisher shows 1 paragraph of this article.');
    render(<PartialNotice partial={undefined} />, container);
    expect(container.textContent).toBe('');
  });
});
