/**
 * Renders the article's blocks: headings, paragraphs, lists, quotes, code,
 * figures with captions, tables and rules. Nothing here takes markup: every
 * value becomes a text node or a checked attribute.
 */
import type { Block } from '../../core/article';
import { safeImage } from '../safe-url';
import { Inlines } from './Inlines';

/** Quotes inside quotes deeper than this are flattened away. */
const MAX_QUOTE_DEPTH = 8;

export interface BlockOptions {
  /** Show the article's images (settings.reader.images). */
  images: boolean;
}

export function Blocks({ blocks, options, depth = 0 }: { blocks: Block[] | undefined; options: BlockOptions; depth?: number }) {
  if (!Array.isArray(blocks)) return null;
  return <>{blocks.map((block, i) => <BlockView key={i} block={block} options={options} depth={depth} />)}</>;
}

function BlockView({ block, options, depth }: { block: Block; options: BlockOptions; depth: number }) {
  if (!block || typeof block !== 'object') return null;
  switch (block.type) {
    case 'heading':
      return <Heading level={block.level}><Inlines nodes={block.children} /></Heading>;
    case 'paragraph':
      return <p><Inlines nodes={block.children} /></p>;
    case 'list': {
      const items = Array.isArray(block.items) ? block.items.map((item, i) => <li key={i}><Inlines nodes={item} /></li>) : null;
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'quote':
      if (depth >= MAX_QUOTE_DEPTH) return null;
      return <blockquote><Blocks blocks={block.blocks} options={options} depth={depth + 1} /></blockquote>;
    case 'code':
      return (
        <pre>
          <code>{typeof block.text === 'string' ? block.text : ''}</code>
        </pre>
      );
    case 'figure':
      return <Figure block={block} options={options} />;
    case 'table':
      return <Table block={block} />;
    case 'rule':
      return <hr />;
    default:
      return null;
  }
}

function Heading({ level, children }: { level: number; children: preact.ComponentChildren }) {
  // The article title is the only <h1>; anything else is clamped to h2-h6.
  const n = Number.isInteger(level) ? Math.min(6, Math.max(2, level)) : 2;
  const Tag = `h${n}` as 'h2';
  return <Tag>{children}</Tag>;
}

function Figure({ block, options }: { block: Extract<Block, { type: 'figure' }>; options: BlockOptions }) {
  if (!options.images) return null;
  const src = safeImage(block.src);
  if (!src) return null;
  const size = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.round(n) : undefined);
  return (
    <figure>
      <img src={src} alt={typeof block.alt === 'string' ? block.alt : ''} width={size(block.width)} height={size(block.height)} loading="lazy" decoding="async" referrerpolicy="no-referrer" />
      {block.caption && block.caption.length > 0 && (
        <figcaption>
          <Inlines nodes={block.caption} />
        </figcaption>
      )}
    </figure>
  );
}

function Table({ block }: { block: Extract<Block, { type: 'table' }> }) {
  const rows = Array.isArray(block.rows) ? block.rows : [];
  return (
    <div class="table-scroll">
      <table>
        {typeof block.caption === 'string' && block.caption && <caption>{block.caption}</caption>}
        {Array.isArray(block.header) && block.header.length > 0 && (
          <thead>
            <tr>
              {block.header.map((cell, i) => (
                <th key={i} scope="col">
                  <Inlines nodes={cell} />
                </th>
              ))}
            </tr>
          </thead>
        )}
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {(Array.isArray(row) ? row : []).map((cell, c) => (
                <td key={c}>
                  <Inlines nodes={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
