import { describe, expect, it } from 'vitest';
import type { Article } from '../article';
import { articleToMarkdown, articleToPlainText, escapeMarkdown } from './markdown';

const t = (text: string) => ({ type: 'text' as const, text });

const article: Article = {
  title: 'Rates *rise* [again]',
  byline: 'Jane Doe',
  siteName: 'The Daily',
  publishedTime: '2024-05-01T10:00:00.000Z',
  dir: 'ltr',
  url: 'https://daily.example/rates',
  wordCount: 42,
  readingMinutes: 1,
  blocks: [
    { type: 'paragraph', children: [t('Prices_up 5* and '), { type: 'em', children: [t('more ')] }, { type: 'link', href: 'https://x.example/a (b)', children: [t('source')] }] },
    { type: 'heading', level: 2, children: [t('# Why')] },
    { type: 'list', ordered: false, items: [[t('one')], [t('two')]] },
    { type: 'list', ordered: true, items: [[t('first')], [{ type: 'strong', children: [t('second')] }]] },
    { type: 'quote', blocks: [{ type: 'paragraph', children: [t('quoted')] }, { type: 'paragraph', children: [t('again')] }] },
    { type: 'code', text: 'a = `b`\n```', language: 'py' },
    { type: 'figure', src: 'https://img.example/c.jpg', alt: 'A [chart]', caption: [t('The chart')] },
    { type: 'table', header: [[t('Team')], [t('Pts')]], rows: [[[t('A|B')], [t('3')]]] },
    { type: 'rule' },
    { type: 'paragraph', children: [t('1. not a list'), { type: 'br' }, t('line two')] },
  ],
};

describe('markdown export', () => {
  const md = articleToMarkdown(article);
  it('starts with the title and a byline/site/date line', () => {
    expect(md.startsWith('# Rates \\*rise\\* \\[again\\]\n\n_Jane Doe · The Daily · 2024-05-01_\n\n<https://daily.example/rates>\n\n')).toBe(true);
  });
  it('escapes Markdown specials in text', () => {
    expect(md).toContain('Prices\\_up 5\\* and _more_ [source](https://x.example/a%20%28b%29)');
    expect(md).toContain('## \\# Why');
    expect(md).toContain('1\\. not a list  \nline two');
  });
  it('writes lists, quotes, fences, images, tables and rules', () => {
    expect(md).toContain('- one\n- two');
    expect(md).toContain('1. first\n2. **second**');
    expect(md).toContain('> quoted\n>\n> again');
    expect(md).toContain('````py\na = `b`\n```\n````');
    expect(md).toContain('![A \\[chart\\]](https://img.example/c.jpg)\n\n_The chart_');
    expect(md).toContain('| Team | Pts |\n| --- | --- |\n| A\\|B | 3 |');
    expect(md).toContain('\n\n---\n\n');
  });
  it('escapeMarkdown leaves plain words alone', () => {
    expect(escapeMarkdown('Plain words, 3 of them.')).toBe('Plain words, 3 of them.');
  });
});

describe('plain text export', () => {
  it('keeps words, not syntax', () => {
    const txt = articleToPlainText(article);
    expect(txt.startsWith('Rates *rise* [again]\n\nJane Doe · The Daily · 2024-05-01\n\nhttps://daily.example/rates\n\n')).toBe(true);
    expect(txt).toContain('Prices_up 5* and more source');
    expect(txt).toContain('• one\n• two');
    expect(txt).toContain('1. first\n2. second');
    expect(txt).toContain('The chart');
    expect(txt).not.toContain('https://img.example');
  });
});
