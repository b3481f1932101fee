/**
 * The reader popup, also opened in a full tab as `index.html?tabId=N`.
 *
 * Contract (outside checks depend on it): `?tabId=N` shows the reader of
 * tab N instead of the active tab; `<main data-state>` is `loading`, then
 * `ready` | `unavailable` | `error`; when ready the article is the first
 * `<article>`, with its title in an `<h1>` inside it. A deadline turns a
 * silent background into `error`, never an endless spinner.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PageStatus, ReaderResult } from '../shared/protocol';
import { ArticleView } from './components/ArticleView';
import { ErrorView } from './components/ErrorView';
import { Header } from './components/Header';
import { Loading } from './components/Loading';
import { PartialNotice } from './components/PartialNotice';
import { Toolbar } from './components/Toolbar';
import { Unavailable } from './components/Unavailable';
import { readerErrorText, t } from '../shared/translate';
import { inFullTab, openInTab, requestReader, tabUrl } from './load-reader';
import { watchPageStatus } from './watch-page-status';
import { targetTabId } from './target-tab';
import { useAppearance } from './use-appearance';
import { usePrefs } from './use-prefs';

type View = { state: 'loading' } | ReaderResult;
export type Mode = 'popup' | 'tab';

export function App() {
  const [view, setView] = useState<View>({ state: 'loading' });
  const [tabId, setTabId] = useState<number | undefined>();
  const [webPage, setWebPage] = useState(false);
  const [page, setPage] = useState<PageStatus | undefined>();
  const [mode, setMode] = useState<Mode>('popup');
  const { prefs, update, saveError } = usePrefs();
  useAppearance(prefs);

  const load = useCallback(async () => {
    setView({ state: 'loading' });
    try {
      const id = await targetTabId();
      setTabId(id);
      if (id === undefined) {
        setView({ state: 'unavailable', reason: 'no-tab' });
        return;
      }
      const [result, url] = await Promise.all([requestReader(id), tabUrl(id)]);
      setWebPage(/^https?:/.test(url ?? ''));
      setPage('page' in result ? result.page : undefined);
      setView(result);
    } catch (error) {
      setView({ state: 'error', reason: 'failed', detail: String((error as Error)?.message ?? error) });
    }
  }, []);

  useEffect(() => {
    load();
    inFullTab().then((full) => setMode(full ? 'tab' : 'popup'));
  }, [load]);

  // The page's status follows the page (hidden list, cleaning on or off) through one subscription.
  useEffect(() => (tabId === undefined ? undefined : watchPageStatus(tabId, setPage)), [tabId]);

  useEffect(() => {
    document.documentElement.dataset.mode = mode;
    document.title = mode === 'tab' && view.state === 'ready' && view.article.title ? t('reader_tab_title', view.article.title) : t('reader_brand');
  }, [mode, view]);

  // Esc closes the popup (a full tab stays open). An open panel of the bar
  // takes the Esc first (Popover.tsx) and marks it handled.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented && mode === 'popup') window.close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [mode]);

  const onPageChange = (next: PageStatus | null) => setPage(next ?? undefined);

  return (
    <div class="app">
      <Header
        tabId={tabId}
        webPage={webPage}
        page={page}
        onPageChange={onPageChange}
        notice={
          saveError && (
            <p class="notice" role="alert">
              {saveError}
            </p>
          )
        }
      >
        {view.state === 'ready' && (
          <Toolbar
            article={view.article}
            mode={mode}
            prefs={prefs}
            update={update}
            onOpenInTab={() => {
              if (tabId === undefined) return;
              openInTab(tabId).then(() => window.close());
            }}
          />
        )}
      </Header>
      <main data-state={view.state} aria-busy={view.state === 'loading'}>
        {view.state === 'loading' && <Loading />}
        {view.state === 'ready' && (
          <ArticleView article={view.article} options={{ images: prefs.images }} notice={<PartialNotice partial={view.article.partial} />} />
        )}
        {view.state === 'unavailable' && <Unavailable reason={view.reason} />}
        {view.state === 'error' && <ErrorView message={readerErrorText(view.reason, view.detail)} onRetry={load} />}
      </main>
    </div>
  );
}
