/**
 * "Copy as Markdown / plain text" for an Article.
 *
 * Markdown: title as `# `, a byline/site/date line, then the blocks; text is escaped so page
 * words never turn into Markdown syntax; links `[text](url)`, images `![alt](src)`, lists,
 * quotes, fenced code, GFM tables.
 */
import type { Article, Block, Inline } from '../article';
import { blockText } from '../article-text';

export function escapeMarkdown(text: string): string {
  // Escape only where it could matter: specials anywhere inline (cheap and safe), and a
  // leading "1." / "-" / "#" / ">" that would start a block.
  return text.replace(/[\\`*_{}[\]<>|~]/g, '\\$&').replace(/^(\s*)([#>+-]|\d+\.)(?=\s)/, (_m, sp: string, mark: string) => `${sp}${mark.replace(/([#>+\-.])/, '\\$1')}`);
}

/** URLs in Markdown link targets: spaces and parentheses would end the target early. */
function escapeUrl(url: string): string {
  const codes: Record<string, string> = { ' ': '%20', '(': '%28', ')': '%29', '<': '%3C', '>': '%3E' };
  return url.replace(/[ ()<>]/g, (c) => codes[c] ?? c);
}

function inlineMd(items: Inline[]): string {
  let s = '';
  for (const i of items) {
    switch (i.type) {
      case 'text':
        s += escapeMarkdown(i.text);
        break;
      case 'br':
        s += '  \n';
        break;
      case 'em':
        s += wrap('_', inlineMd(i.children));
        break;
      case 'strong':
        s += wrap('**', inlineMd(i.children));
        break;
      case 'del':
        s += wrap('~~', inlineMd(i.children));
        break;
      case 'code': {
        const raw = plainInline(i.children);
        const fence = raw.includes('`') ? '``' : '`';
        s += `${fence}${raw.includes('`') ? ` ${raw} ` : raw}${fence}`;
        break;
      }
      case 'sub':
        s += `<sub>${inlineMd(i.children)}</sub>`;
        break;
      case 'sup':
        s += `<sup>${inlineMd(i.children)}</sup>`;
        break;
      case 'link':
        s += `[${inlineMd(i.children)}](${escapeUrl(i.href)})`;
        break;
    }
  }
  return s;
}

/** Emphasis markers must hug the text: move edge spaces outside. */
function wrap(mark: string, inner: string): string {
  const m = /^(\s*)(.*?)(\s*)$/s.exec(inner);
  if (!m?.[2]) return inner;
  return `${m[1]}${mark}${m[2]}${mark}${m[3]}`;
}

function plainInline(items: Inline[]): string {
  let s = '';
  for (const i of items) {
    if (i.type === 'text') s += i.text;
    else if (i.type === 'br') s += '\n';
    else s += plainInline(i.children);
  }
  return s;
}

function tableCell(items: Inline[]): string {
  return inlineMd(items).replace(/ {2}\n/g, '<br>').replace(/\n/g, ' ');
}

function blockMd(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${inlineMd(b.children)}`;
    case 'paragraph':
      return inlineMd(b.children);
    case 'list':
      return b.items.map((item, k) => `${b.ordered ? `${k + 1}.` : '-'} ${inlineMd(item).replace(/\n/g, '\n   ')}`).join('\n');
    case 'quote':
      return b.blocks
        .map(blockMd)
        .join('\n\n')
        .split('\n')
        .map((l) => (l ? `> ${l}` : '>'))
        .join('\n');
    case 'code': {
      // A fence longer than any backtick run inside the code.
      const longest = Math.max(2, ...(b.text.match(/`+/g) ?? []).map((r) => r.length));
      const fence = '`'.repeat(longest + 1);
      return `${fence}${b.language ?? ''}\n${b.text}\n${fence}`;
    }
    case 'figure': {
      const img = `![${escapeMarkdown(b.alt)}](${escapeUrl(b.src)})`;
      return b.caption?.length ? `${img}\n\n_${inlineMd(b.caption)}_` : img;
    }
    case 'table': {
      const width = Math.max(b.header?.length ?? 0, ...b.rows.map((r) => r.length));
      if (width === 0) return '';
      const pad = (r: Inline[][]) => Array.from({ length: width }, (_, k) => tableCell(r[k] ?? []));
      const header = b.header ? pad(b.header) : Array.from({ length: width }, () => '');
      const lines = [
        `| ${header.join(' | ')} |`,
        `| ${header.map(() => '---').join(' | ')} |`,
        ...b.rows.map((r) => `| ${pad(r).join(' | ')} |`),
      ];
      return b.caption ? `${escapeMarkdown(b.caption)}\n\n${lines.join('\n')}` : lines.join('\n');
    }
    case 'rule':
      return '---';
  }
}

function metaLine(a: Article): string {
  const parts: string[] = [];
  if (a.byline) parts.push(a.byline);
  if (a.siteName) parts.push(a.siteName);
  if (a.publishedTime) parts.push(a.publishedTime.slice(0, 10));
  return parts.join(' · ');
}

export function articleToMarkdown(a: Article): string {
  const out: string[] = [`# ${escapeMarkdown(a.title)}`];
  const meta = metaLine(a);
  if (meta) out.push(`_${escapeMarkdown(meta)}_`);
  if (a.url) out.push(`<${a.url}>`);
  for (const b of a.blocks) {
    const md = blockMd(b);
    if (md.trim()) out.push(md);
  }
  return `${out.join('\n\n')}\n`;
}

export function articleToPlainText(a: Article): string {
  const out: string[] = [a.title];
  const meta = metaLine(a);
  if (meta) out.push(meta);
  if (a.url) out.push(a.url);
  for (const b of a.blocks) {
    let t: string;
    if (b.type === 'list') t = b.items.map((i, k) => `${b.ordered ? `${k + 1}.` : '•'} ${plainInline(i)}`).join('\n');
    else if (b.type === 'figure') t = b.caption ? plainInline(b.caption) : '';
    else t = blockText(b);
    if (t.trim()) out.push(t);
  }
  return `${out.join('\n\n')}\n`;
}
