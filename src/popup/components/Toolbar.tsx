/**
 * The reader's actions: open in a tab (popup only), copy as Markdown or as
 * plain text, print (full tab only), read aloud, and the text settings
 * toggle. The result of a copy is announced in a status line.
 */
import { useState } from 'preact/hooks';
import type { Article } from '../../core/article';
import type { ReaderPrefs } from '../../shared/settings';
import { copyText } from '../clipboard';
import { toMarkdown, toPlainText } from '../export-text';
import { t } from '../../shared/translate';
import { ReadAloud, speechAvailable } from './ReadAloud';

export interface ToolbarProps {
  article: Article;
  mode: 'popup' | 'tab';
  prefs: ReaderPrefs;
  update(change: Partial<ReaderPrefs>): void;
  settingsOpen: boolean;
  settingsId: string;
  onToggleSettings(): void;
  onOpenInTab(): void;
}

export function Toolbar(props: ToolbarProps) {
  const [status, setStatus] = useState('');
  const copy = async (format: 'markdown' | 'text') => {
    const text = format === 'markdown' ? toMarkdown(props.article) : toPlainText(props.article);
    const ok = await copyText(text);
    setStatus(ok ? t(format === 'markdown' ? 'reader_copied_markdown' : 'reader_copied_text') : t('reader_copy_failed'));
  };
  return (
    <nav class="toolbar" aria-label={t('reader_tools')}>
      <div class="toolbar-row">
        {props.mode === 'popup' && (
          <button type="button" class="button" onClick={props.onOpenInTab}>
            {t('reader_open_in_tab')}
          </button>
        )}
        <button type="button" class="button" onClick={() => copy('markdown')}>
          {t('reader_copy_markdown')}
        </button>
        <button type="button" class="button" onClick={() => copy('text')}>
          {t('reader_copy_text')}
        </button>
        {props.mode === 'tab' && (
          <button type="button" class="button" onClick={() => window.print()}>
            {t('reader_print')}
          </button>
        )}
      </div>
      {/* The settings toggle comes last, right before the panel it opens, so Tab
          moves from the toggle straight into the settings. */}
      <div class="toolbar-row">
        {speechAvailable() && <ReadAloud article={props.article} rate={props.prefs.speechRate} onRate={(speechRate) => props.update({ speechRate })} />}
        <button type="button" class="button" aria-expanded={props.settingsOpen} aria-controls={props.settingsId} onClick={props.onToggleSettings}>
          {t('reader_text_settings')}
        </button>
      </div>
      <p class="status-line" role="status">
        {status}
      </p>
    </nav>
  );
}
