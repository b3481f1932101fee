// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Block } from '../article';
import { blocksText } from './reading-stats';
import { elementToBlocks } from './to-model';

const BASE = 'https://news.example/section/story.html';

function convert(html: string, title?: string): Block[] {
  const div = document.createElement('div');
  div.innerHTML = html;
  return elementToBlocks(div, { baseUrl: BASE, title });
}

describe('to-model: paragraphs and inline formatting', () => {
  it('keeps em/strong/code/sub/sup/del and normalizes whitespace', () => {
    const blocks = convert('<p>  Hello\n  <em>big</em>   <strong>bold <i>x</i></strong> <code>a()</code> H<sub>2</sub>O <del>old</del> </p>');
    expect(blocks).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Hello ' },
          { type: 'em', children: [{ type: 'text', text: 'big' }] },
          { type: 'text', text: ' ' },
          { type: 'strong', children: [{ type: 'text', text: 'bold ' }, { type: 'em', children: [{ type: 'text', text: 'x' }] }] },
          { type: 'text', text: ' ' },
          { type: 'code', children: [{ type: 'text', text: 'a()' }] },
          { type: 'text', text: ' H' },
          { type: 'sub', children: [{ type: 'text', text: '2' }] },
          { type: 'text', text: 'O ' },
          { type: 'del', children: [{ type: 'text', text: 'old' }] },
        ],
      },
    ]);
  });
  it('drops empty paragraphs and empty formatting', () => {
    expect(convert('<p> </p><p><em> </em></p><div>\n</div>')).toEqual([]);
  });
  it('keeps <br> as a line break, never at the edges', () => {
    expect(convert('<p><br>one<br>  two<br></p>')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'one' }, { type: 'br' }, { type: 'text', text: 'two' }] },
    ]);
  });
  it('turns loose text and inline elements between blocks into paragraphs', () => {
    const blocks = convert('lead <b>text</b><p>para</p>tail');
    expect(blocksText(blocks)).toBe('lead text\npara\ntail');
  });
});

describe('to-model: links', () => {
  it('resolves relative links to absolute http(s)', () => {
    const [p] = convert('<p><a href="../other.html">rel</a> <a href="//cdn.example/x">proto</a> <a href="mailto:a@b.c">mail</a></p>');
    expect(p).toMatchObject({
      type: 'paragraph',
      children: [
        { type: 'link', href: 'https://news.example/other.html' },
        { type: 'text', text: ' ' },
        { type: 'link', href: 'https://cdn.example/x' },
        { type: 'text', text: ' ' },
        { type: 'link', href: 'mailto:a@b.c' },
      ],
    });
  });
  it('never passes javascript:, vbscript:, data: links: they become plain text', () => {
    const blocks = convert(
      '<p><a href="javascript:alert(1)">a</a> <a href=" JaVa\tScRiPt:alert(1)">b</a> <a href="vbscript:msgbox">c</a> <a href="data:text/html,<script>x</script>">d</a> <a href="file:///etc/passwd">e</a></p>',
    );
    expect(JSON.stringify(blocks)).not.toMatch(/"link"/);
    expect(blocksText(blocks)).toBe('a b c d e');
  });
});

describe('to-model: images and figures', () => {
  it('makes a figure with caption and absolute src', () => {
    const blocks = convert('<figure><img src="/img/a.jpg" alt=" A  cat " width="640" height="480"><figcaption>The <em>cat</em></figcaption></figure>');
    expect(blocks).toEqual([
      {
        type: 'figure',
        src: 'https://news.example/img/a.jpg',
        alt: 'A cat',
        width: 640,
        height: 480,
        caption: [{ type: 'text', text: 'The ' }, { type: 'em', children: [{ type: 'text', text: 'cat' }] }],
      },
    ]);
  });
  it('resolves lazy-load data-src and srcset over a placeholder', () => {
    const blocks = convert(
      '<p><img src="data:image/gif;base64,R0lGOD" data-src="lazy.jpg"></p><img srcset="s.jpg 320w, l.jpg 1200w, m.jpg 800w">',
    );
    expect(blocks.map((b) => (b.type === 'figure' ? b.src : b.type))).toEqual([
      'https://news.example/section/lazy.jpg',
      'https://news.example/section/l.jpg',
    ]);
  });
  it('never passes javascript: or data:text/html or svg images', () => {
    const blocks = convert(
      '<img src="javascript:alert(1)"><img src="data:text/html;base64,PHNjcmlwdD4="><img src="data:image/svg+xml;base64,PHN2Zz4=">',
    );
    expect(blocks).toEqual([]);
  });
  it('accepts a real data:image/png', () => {
    const png = `data:image/png;base64,${'A'.repeat(300)}`;
    const blocks = convert(`<img src="${png}" alt="x">`);
    expect(blocks).toEqual([{ type: 'figure', src: png, alt: 'x' }]);
  });
});

describe('to-model: structure', () => {
  it('drops an h1 equal to the title, keeps other h1 as level 2, keeps h2-h6 levels', () => {
    const blocks = convert('<h1>The  Title</h1><h1>Other</h1><h3>Sub</h3>', 'The Title');
    expect(blocks).toEqual([
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Other' }] },
      { type: 'heading', level: 3, children: [{ type: 'text', text: 'Sub' }] },
    ]);
  });
  it('converts lists (nested items flattened), quotes, code, rules', () => {
    const blocks = convert(
      '<ol><li>one<ul><li>one.a</li></ul></li><li>two</li></ol><blockquote><p>q1</p><p>q2</p></blockquote><pre class="language-js"><code>let a = 1;\n  a++;</code></pre><hr><p>end</p>',
    );
    expect(blocks).toEqual([
      { type: 'list', ordered: true, items: [[{ type: 'text', text: 'one' }], [{ type: 'text', text: 'one.a' }], [{ type: 'text', text: 'two' }]] },
      { type: 'quote', blocks: [{ type: 'paragraph', children: [{ type: 'text', text: 'q1' }] }, { type: 'paragraph', children: [{ type: 'text', text: 'q2' }] }] },
      { type: 'code', text: 'let a = 1;\n  a++;', language: 'js' },
      { type: 'rule' },
      { type: 'paragraph', children: [{ type: 'text', text: 'end' }] },
    ]);
  });
  it('converts a simple table with a header and caption', () => {
    const blocks = convert(
      '<table><caption>Scores</caption><thead><tr><th>Team</th><th>Pts</th></tr></thead><tbody><tr><td>A</td><td><b>3</b></td></tr></tbody></table>',
    );
    expect(blocks).toEqual([
      {
        type: 'table',
        caption: 'Scores',
        header: [[{ type: 'text', text: 'Team' }], [{ type: 'text', text: 'Pts' }]],
        rows: [[[{ type: 'text', text: 'A' }], [{ type: 'strong', children: [{ type: 'text', text: '3' }] }]]],
      },
    ]);
  });
  it('reads layout tables as plain blocks', () => {
    const blocks = convert('<table><tr><td><p>a</p><p>b</p></td><td><table><tr><td>c</td></tr></table></td></tr></table>');
    expect(blocks.every((b) => b.type !== 'table' || b.rows.length > 0)).toBe(true);
    expect(blocksText(blocks)).toContain('a\nb');
  });
  it('skips scripts, forms, iframes and buttons', () => {
    expect(convert('<p>ok</p><script>x()</script><form><p>f</p></form><iframe></iframe><p><button>Share</button></p>')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'ok' }] },
    ]);
  });
});
