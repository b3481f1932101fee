/**
 * The reader's header: the name, the site controls (web pages only), the
 * toolbar and the text settings.
 */
import type { ComponentChildren } from 'preact';
import type { PageStatus } from '../../shared/protocol';
import { t } from '../../shared/translate';
import { SiteControls } from '../SiteControls';

export interface HeaderProps {
  tabId?: number;
  /** The tab shows a web page (http/https), so its site can be switched. */
  webPage: boolean;
  page?: PageStatus;
  onPageChange(p: PageStatus | null): void;
  children?: ComponentChildren;
}

export function Header(props: HeaderProps) {
  return (
    <header class="app-header">
      <div class="brand-row">
        <p class="brand">{t('reader_brand')}</p>
        {props.webPage && props.tabId !== undefined && <SiteControls tabId={props.tabId} page={props.page} onPageChange={props.onPageChange} />}
      </div>
      {props.children}
    </header>
  );
}
