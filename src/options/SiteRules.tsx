/** The list of site rules: search, add, edit, delete. */
import { useState } from 'preact/hooks';
import { type SiteRule, withoutSiteRule } from '../shared/settings';
import { t } from '../shared/translate';
import type { Store } from './Options';
import { RuleForm } from './RuleForm';

/** Which form is open: a new rule, or the host being edited. */
type Editing = { kind: 'new' } | { kind: 'edit'; host: string } | undefined;

function summary(rule: SiteRule): string {
  const parts = [rule.enabled ? t('rules_on') : t('rules_off')];
  if (rule.hide.length) parts.push(t('rules_hideCount', rule.hide.length));
  if (rule.neverHide.length) parts.push(t('rules_neverHideCount', rule.neverHide.length));
  if (rule.autoReader) parts.push(t('rules_autoReaderShort'));
  return parts.join(' · ');
}

export function SiteRules({ store }: { store: Store }) {
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Editing>();
  const [confirmDelete, setConfirmDelete] = useState<string>();
  const hosts = Object.keys(store.settings.sites).sort();
  const needle = query.trim().toLowerCase();
  const shown = needle ? hosts.filter((host) => host.includes(needle) || store.settings.sites[host].hide.some((s) => s.toLowerCase().includes(needle))) : hosts;

  return (
    <section aria-labelledby="rules-heading">
      <h2 id="rules-heading">{t('rules_heading')}</h2>
      <p class="hint">{t('rules_intro')}</p>
      <div class="toolbar">
        <label for="site-search">{t('rules_search')}</label>
        <input id="site-search" type="search" value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
        <button type="button" id="add-rule" onClick={() => setEditing({ kind: 'new' })} disabled={editing?.kind === 'new'}>
          {t('rules_add')}
        </button>
      </div>
      {editing?.kind === 'new' && <RuleForm store={store} onDone={() => setEditing(undefined)} />}
      {hosts.length === 0 ? (
        <p class="empty">{t('rules_empty')}</p>
      ) : shown.length === 0 ? (
        <p class="empty" role="status">
          {t('rules_noMatch', query)}
        </p>
      ) : (
        <ul class="rules" aria-label={t('rules_heading')}>
          {shown.map((host) => {
            const rule = store.settings.sites[host];
            const isEditing = editing?.kind === 'edit' && editing.host === host;
            return (
              <li key={host} data-host={host}>
                {isEditing ? (
                  <RuleForm store={store} host={host} rule={rule} onDone={() => setEditing(undefined)} />
                ) : (
                  <div class="rule">
                    <span class="host">{host}</span>
                    <span class="summary">{summary(rule)}</span>
                    {confirmDelete === host ? (
                      <span class="confirm">
                        <span role="alert">{t('rules_deleteConfirm', host)}</span>
                        <button
                          type="button"
                          class="danger"
                          onClick={async () => {
                            if (await store.change((s) => withoutSiteRule(s, host))) setConfirmDelete(undefined);
                          }}
                        >
                          {t('rules_deleteYes')}
                        </button>
                        <button type="button" onClick={() => setConfirmDelete(undefined)}>
                          {t('common_cancel')}
                        </button>
                      </span>
                    ) : (
                      <span class="actions">
                        <button type="button" aria-label={t('rules_editLabel', host)} onClick={() => setEditing({ kind: 'edit', host })}>
                          {t('rules_edit')}
                        </button>
                        <button type="button" aria-label={t('rules_deleteLabel', host)} onClick={() => setConfirmDelete(host)}>
                          {t('rules_delete')}
                        </button>
                      </span>
                    )}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
