/**
 * Renders inline content of the article model as Preact elements. Text is
 * always a text node (Preact escapes it); links are re-checked and open in a
 * new tab without referrer or opener; unknown node types render nothing.
 */
import type { ComponentChildren } from 'preact';
import type { Inline } from '../../core/article';
import { safeHref } from '../safe-url';

/** Deeper nesting than this is not real markup; the rest is dropped. */
const MAX_DEPTH = 24;

export function Inlines({ nodes }: { nodes: Inline[] | undefined }) {
  return <>{renderInlines(nodes, 0)}</>;
}

function renderInlines(nodes: Inline[] | undefined, depth: number): ComponentChildren {
  if (!Array.isArray(nodes) || depth > MAX_DEPTH) return null;
  return nodes.map((node, i) => renderInline(node, i, depth));
}

function renderInline(node: Inline, key: number, depth: number): ComponentChildren {
  if (!node || typeof node !== 'object') return null;
  const children = 'children' in node ? renderInlines(node.children, depth + 1) : null;
  switch (node.type) {
    case 'text':
      return typeof node.text === 'string' ? node.text : null;
    case 'br':
      return <br key={key} />;
    case 'em':
      return <em key={key}>{children}</em>;
    case 'strong':
      return <strong key={key}>{children}</strong>;
    case 'code':
      return <code key={key}>{children}</code>;
    case 'sub':
      return <sub key={key}>{children}</sub>;
    case 'sup':
      return <sup key={key}>{children}</sup>;
    case 'del':
      return <del key={key}>{children}</del>;
    case 'link': {
      const href = safeHref(node.href);
      // A link we will not follow keeps its words, as plain text.
      if (!href) return <span key={key}>{children}</span>;
      return (
        <a key={key} href={href} target="_blank" rel="noopener noreferrer">
          {children}
        </a>
      );
    }
    default:
      return null;
  }
}
