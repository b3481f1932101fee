/**
 * Adds or edits one site rule. Everything is checked before anything is
 * saved: an invalid host or CSS selector gets an inline error tied to its
 * field (aria-describedby, aria-invalid) and the stored rules stay as they
 * were.
 */
import { useState } from 'preact/hooks';
import { defaultSiteRule, isSiteKey, MAX_SELECTORS, type SiteRule, selectorError, siteRuleOf, withoutSiteRule, withSiteRule } from '../shared/settings';
import { hostFromInput } from './host-input';
import { t } from '../shared/translate';
import type { Store } from './Options';

interface Props {
  store: Store;
  /** The host being edited; absent for a new rule. */
  host?: string;
  rule?: SiteRule;
  onDone(): void;
}

type Field = 'host' | 'hide' | 'neverHide';

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

function listError(list: string[]): string | undefined {
  if (list.length > MAX_SELECTORS) return t('rule_error_tooMany', MAX_SELECTORS);
  for (const selector of list) {
    const error = selectorError(selector);
    if (error) return error;
  }
  return undefined;
}

export function RuleForm({ store, host, rule = defaultSiteRule, onDone }: Props) {
  const prefix = host ? `rule-${host.replace(/[^a-z0-9]/g, '-')}` : 'rule-new';
  const [hostText, setHostText] = useState(host ?? '');
  const [enabled, setEnabled] = useState(rule.enabled);
  const [autoReader, setAutoReader] = useState(rule.autoReader);
  const [hideText, setHideText] = useState(rule.hide.join('\n'));
  const [neverHideText, setNeverHideText] = useState(rule.neverHide.join('\n'));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  const save = async (event: Event) => {
    event.preventDefault();
    const key = hostFromInput(hostText);
    const hide = [...new Set(lines(hideText))];
    const neverHide = [...new Set(lines(neverHideText))];
    const found: Partial<Record<Field, string>> = {};
    if (!isSiteKey(key)) found.host = t('rule_error_host');
    else if (key !== host && siteRuleOf(store.settings, key)) found.host = t('rule_error_exists', key);
    const hideError = listError(hide);
    if (hideError) found.hide = hideError;
    const neverHideError = listError(neverHide);
    if (neverHideError) found.neverHide = neverHideError;
    setErrors(found);
    if (Object.keys(found).length > 0) {
      // Focus the first field in error so keyboard and screen-reader users land on it.
      const first = (['host', 'hide', 'neverHide'] as const).find((f) => found[f]);
      document.getElementById(`${prefix}-${first}`)?.focus();
      return;
    }
    const saved = await store.change((s) => withSiteRule(host && host !== key ? withoutSiteRule(s, host) : s, key, { enabled, autoReader, hide, neverHide }));
    if (saved) onDone();
  };

  const field = (name: Field) => ({
    id: `${prefix}-${name}`,
    'aria-invalid': errors[name] ? ('true' as const) : undefined,
    'aria-describedby': errors[name] ? `${prefix}-${name}-error ${prefix}-${name}-hint` : `${prefix}-${name}-hint`,
  });
  const errorText = (name: Field) =>
    errors[name] ? (
      <p class="field-error" id={`${prefix}-${name}-error`}>
        {errors[name]}
      </p>
    ) : null;

  return (
    <form class="rule-form" onSubmit={save} aria-label={host ? t('rules_editLabel', host) : t('rules_add')} noValidate>
      <div class="field">
        <label for={`${prefix}-host`}>{t('rule_host')}</label>
        <input type="text" {...field('host')} value={hostText} placeholder="example.com" spellcheck={false} autocomplete="off" onInput={(e) => setHostText((e.currentTarget as HTMLInputElement).value)} />
        <p class="hint" id={`${prefix}-host-hint`}>
          {t('rule_host_hint')}
        </p>
        {errorText('host')}
      </div>
      <div class="switch">
        <input type="checkbox" id={`${prefix}-enabled`} checked={enabled} onChange={(e) => setEnabled((e.currentTarget as HTMLInputElement).checked)} />
        <label for={`${prefix}-enabled`}>{t('rule_enabled')}</label>
      </div>
      <div class="field">
        <label for={`${prefix}-hide`}>{t('rule_hide')}</label>
        <textarea {...field('hide')} rows={4} spellcheck={false} value={hideText} onInput={(e) => setHideText((e.currentTarget as HTMLTextAreaElement).value)} />
        <p class="hint" id={`${prefix}-hide-hint`}>
          {t('rule_hide_hint')}
        </p>
        {errorText('hide')}
      </div>
      <div class="field">
        <label for={`${prefix}-neverHide`}>{t('rule_neverHide')}</label>
        <textarea {...field('neverHide')} rows={3} spellcheck={false} value={neverHideText} onInput={(e) => setNeverHideText((e.currentTarget as HTMLTextAreaElement).value)} />
        <p class="hint" id={`${prefix}-neverHide-hint`}>
          {t('rule_neverHide_hint')}
        </p>
        {errorText('neverHide')}
      </div>
      <div class="switch">
        <input type="checkbox" id={`${prefix}-autoReader`} checked={autoReader} onChange={(e) => setAutoReader((e.currentTarget as HTMLInputElement).checked)} />
        <label for={`${prefix}-autoReader`}>{t('rule_autoReader')}</label>
      </div>
      <div class="actions">
        <button type="submit" class="primary">
          {t('rule_save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('common_cancel')}
        </button>
      </div>
    </form>
  );
}
