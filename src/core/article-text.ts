/**
 * The plain text of the article model's pieces (core/article.ts): used by
 * extraction (scoring, reading time, markdown), the reader (read aloud) and
 * the bench alike. The model may come from another context, so missing or
 * odd pieces give empty text rather than an exception.
 */
import type { Block, Inline } from './article';

/** The text of inline content; a line break is "\n". */
export function inlineText(nodes: Inline[] | undefined): string {
  if (!Array.isArray(nodes)) return '';
  let out = '';
  for (const node of nodes) {
    if (!node || typeof node !== 'object') continue;
    if (node.type === 'text') out += node.text;
    else if (node.type === 'br') out += '\n';
    else if ('children' in node) out += inlineText(node.children);
  }
  return out;
}

/** The text of one block: list items and table rows on their own lines, cells tab-separated, figure captions, code as written. */
export function blockText(b: Block): string {
  switch (b.type) {
    case 'heading':
    case 'paragraph':
      return inlineText(b.children);
    case 'list':
      return b.items.map(inlineText).join('\n');
    case 'quote':
      return b.blocks.map(blockText).join('\n');
    case 'code':
      return b.text;
    case 'figure':
      return b.caption ? inlineText(b.caption) : '';
    case 'table': {
      const rows = b.header ? [b.header, ...b.rows] : b.rows;
      const body = rows.map((r) => r.map(inlineText).join('\t')).join('\n');
      return b.caption ? `${b.caption}\n${body}` : body;
    }
    case 'rule':
      return '';
  }
}
