/**
 * The reader popup. Contract (outside checks depend on it):
 * `<main data-state>` is `loading`, then `ready` | `unavailable` | `error`;
 * when ready the article is in the first `<article>` with its title in an `<h1>`.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser';
import type { ReaderResult } from '../shared/protocol';
import { targetTabId } from './target-tab';

type View = { state: 'loading' } | ReaderResult;

export function App() {
  const [view, setView] = useState<View>({ state: 'loading' });
  useEffect(() => {
    (async () => {
      const tabId = await targetTabId();
      if (tabId === undefined) {
        setView({ state: 'unavailable', reason: 'no-tab', message: 'There is no tab to read.' });
        return;
      }
      const result = (await browser.runtime.sendMessage({ type: 'reader/get', tabId })) as ReaderResult | undefined;
      setView(result ?? { state: 'error', message: 'Clear Read did not answer.' });
    })().catch((error: unknown) => setView({ state: 'error', message: String(error) }));
  }, []);

  return (
    <main data-state={view.state}>
      {view.state === 'loading' && <p role="status">Reading the page…</p>}
      {view.state === 'ready' && (
        <article lang={view.article.lang} dir={view.article.dir}>
          <h1>{view.article.title}</h1>
          {view.article.blocks.map((block, i) =>
            block.type === 'paragraph' ? <p key={i}>{block.children.map((c) => ('text' in c ? c.text : '')).join('')}</p> : null,
          )}
        </article>
      )}
      {(view.state === 'unavailable' || view.state === 'error') && <p role="alert">{view.message}</p>}
    </main>
  );
}
