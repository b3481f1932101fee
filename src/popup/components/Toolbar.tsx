/**
 * The reader's tools in the slim bar, as icon buttons with names and
 * tooltips, in this order: text settings ("Aa", a panel with size, spacing,
 * width, typeface, theme and images), read aloud (a panel with play/pause,
 * stop and speed; only where speechSynthesis exists), copy (a menu:
 * Markdown, plain text), then open in a tab (popup) or print (full tab).
 * The result of a copy is announced in a status line under the bar.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Article } from '../../core/article';
import type { ReaderPrefs } from '../../shared/settings';
import { copyText } from '../clipboard';
import { toMarkdown, toPlainText } from '../export-text';
import { t } from '../../shared/translate';
import { ChevronIcon, CopyIcon, OpenTabIcon, PrintIcon, SpeakerIcon } from './Icons';
import { IconButton, MenuItem, Popover } from './Popover';
import { ReadAloud, speechAvailable } from './ReadAloud';
import { TextSettings } from './TextSettings';

export interface ToolbarProps {
  article: Article;
  mode: 'popup' | 'tab';
  prefs: ReaderPrefs;
  update(change: Partial<ReaderPrefs>): void;
  onOpenInTab(): void;
}

/** How long a copy result stays on screen. */
const STATUS_MS = 5000;

export function Toolbar(props: ToolbarProps) {
  const [status, setStatus] = useState('');
  useEffect(() => {
    if (!status) return undefined;
    const timer = setTimeout(() => setStatus(''), STATUS_MS);
    return () => clearTimeout(timer);
  }, [status]);

  const copy = async (format: 'markdown' | 'text') => {
    const text = format === 'markdown' ? toMarkdown(props.article) : toPlainText(props.article);
    const ok = await copyText(text);
    setStatus(ok ? t(format === 'markdown' ? 'reader_copied_markdown' : 'reader_copied_text') : t('reader_copy_failed'));
  };

  return (
    <nav class="tools" aria-label={t('reader_tools')}>
      <Popover id="text-settings" label={t('reader_text_settings')} face={<span class="aa" aria-hidden="true">Aa</span>}>
        <TextSettings prefs={props.prefs} update={props.update} />
      </Popover>
      {speechAvailable() && (
        <Popover id="read-aloud" label={t('reader_read_aloud')} face={<SpeakerIcon />}>
          <ReadAloud article={props.article} rate={props.prefs.speechRate} onRate={(speechRate) => props.update({ speechRate })} />
        </Popover>
      )}
      <Popover
        id="copy-menu"
        kind="menu"
        label={t('reader_copy')}
        face={
          <>
            <CopyIcon />
            <ChevronIcon />
          </>
        }
      >
        {(close) => (
          <>
            <MenuItem
              onSelect={() => {
                close();
                void copy('markdown');
              }}
            >
              {t('reader_copy_markdown')}
            </MenuItem>
            <MenuItem
              onSelect={() => {
                close();
                void copy('text');
              }}
            >
              {t('reader_copy_text')}
            </MenuItem>
          </>
        )}
      </Popover>
      {props.mode === 'popup' && (
        <IconButton label={t('reader_open_in_tab')} onClick={props.onOpenInTab}>
          <OpenTabIcon />
        </IconButton>
      )}
      {props.mode === 'tab' && (
        <IconButton label={t('reader_print')} onClick={() => window.print()}>
          <PrintIcon />
        </IconButton>
      )}
      <p class="toast" role="status">
        {status}
      </p>
    </nav>
  );
}
