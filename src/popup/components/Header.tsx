/**
 * The reader's one slim bar (the popup and the full tab alike): on web pages
 * the site switch with the count of hidden items, then the reader's tools
 * (`children`), then the picker; elsewhere the name and the tools. Under
 * the bar, only when there is one: a notice (`notice`).
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
  /** A message under the bar (e.g. settings that could not be saved). */
  notice?: ComponentChildren;
  children?: ComponentChildren;
}

export function Header(props: HeaderProps) {
  const site = props.webPage && props.tabId !== undefined;
  return (
    <header class="app-header">
      <div class="bar">
        {site ? (
          <SiteControls tabId={props.tabId as number} page={props.page} onPageChange={props.onPageChange}>
            {props.children}
          </SiteControls>
        ) : (
          <>
            <p class="brand">{t('reader_brand')}</p>
            {props.children}
          </>
        )}
      </div>
      {props.notice}
    </header>
  );
}
