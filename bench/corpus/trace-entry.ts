/**
 * Bench-only bundle for trace.ts: extraction with a trace of where each snippet is lost.
 * Defines globalThis.__clearReadTrace(snippets) → for each snippet, the stages whose text holds it.
 */
import { extractArticle } from '../../src/core/extract/index';
import { articleText } from '../../src/core/extract/reading-stats';

const norm = (s: string) => s.split(/\s+/u).filter(Boolean).join(' ');

Object.defineProperty(globalThis, '__clearReadTrace', {
  configurable: true,
  value: (snippets: string[]) => {
    const wanted = snippets.map(norm);
    const stages: Array<{ stage: string; has: boolean[] }> = [];
    const look = (stage: string, text: string) => {
      const t = norm(text);
      stages.push({ stage, has: wanted.map((s) => t.includes(s)) });
    };
    // innerText of the live page: the text as laid out (what the user sees), on purpose.
    // biome-ignore lint/performance/useDomNodeTextContent: the laid-out text is what is wanted here
    look('page', document.body?.innerText ?? '');
    const res = extractArticle(document, { url: location.href, trace: (stage, root) => look(stage, root.textContent ?? '') });
    look('final', res.ok ? articleText(res.article) : '');
    return stages;
  },
});

/** globalThis.__clearReadStages(): each stage's text length and opening, for a quick look at one page. */
Object.defineProperty(globalThis, '__clearReadStages', {
  configurable: true,
  value: () => {
    const out: Array<{ stage: string; chars: number; text: string }> = [];
    const res = extractArticle(document, {
      url: location.href,
      trace: (stage, root) => {
        const t = norm(root.textContent ?? '');
        out.push({ stage, chars: t.length, text: t.slice(0, 300) });
      },
    });
    out.push({ stage: res.ok ? 'final' : `failed ${res.reason} ${res.detail ?? ''}`, chars: res.ok ? articleText(res.article).length : 0, text: res.ok ? norm(articleText(res.article)).slice(0, 300) : '' });
    return out;
  },
});
