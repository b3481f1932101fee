/**
 * Export, import and reset. Import reads and checks the whole file first,
 * shows what would change and waits for the user to confirm; a malformed or
 * foreign file is refused with the reason and nothing is touched. Reset asks
 * first too.
 */
import { useState } from 'preact/hooks';
import { defaultSettings, type Settings } from '../shared/settings';
import { t } from '../shared/translate';
import type { Store } from './Options';
import { diffSettings, exportFileName, exportText, type ImportRefusal, isEmptyDiff, MAX_IMPORT_BYTES, parseImport, type SettingChange, type SettingsDiff } from './transfer';

type Pending = { kind: 'import'; fileName: string; settings: Settings; diff: SettingsDiff } | { kind: 'reset'; diff: SettingsDiff };

const refusalKeys: Record<ImportRefusal, string> = {
  'not-json': 'transfer_refused_notJson',
  foreign: 'transfer_refused_foreign',
  version: 'transfer_refused_version',
  invalid: 'transfer_refused_invalid',
  'too-big': 'transfer_refused_tooBig',
};

function valueText(value: unknown): string {
  if (value === true) return t('common_on');
  if (value === false) return t('common_off');
  return String(value);
}

function settingName(name: string): string {
  const keys: Record<string, string> = {
    enabled: 'options_enabled',
    badge: 'options_badge',
    debugLog: 'options_debug',
    'reader.images': 'options_images',
  };
  return keys[name] ? t(keys[name]) : name;
}

function DiffView({ diff }: { diff: SettingsDiff }) {
  if (isEmptyDiff(diff)) return <p>{t('transfer_noChanges')}</p>;
  const hostList = (key: string, hosts: string[], cls: string) =>
    hosts.length > 0 && (
      <div class={cls}>
        <h4>{t(key, hosts.length)}</h4>
        <ul>
          {hosts.map((h) => (
            <li key={h}>{h}</li>
          ))}
        </ul>
      </div>
    );
  return (
    <div class="diff">
      {hostList('transfer_added', diff.added, 'added')}
      {hostList('transfer_changed', diff.changed, 'changed')}
      {hostList('transfer_removed', diff.removed, 'removed')}
      {diff.switched.length > 0 && (
        <div class="switched">
          <h4>{t('transfer_switched', diff.switched.length)}</h4>
          <ul>
            {diff.switched.map((c: SettingChange) => (
              <li key={c.name}>{t('transfer_switch', settingName(c.name), valueText(c.from), valueText(c.to))}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

export function TransferSection({ store }: { store: Store }) {
  const [pending, setPending] = useState<Pending>();
  const [refusal, setRefusal] = useState<{ message: string; details: string[] }>();
  const [done, setDone] = useState<string>();

  const exportNow = () => {
    const blob = new Blob([exportText(store.settings)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = exportFileName();
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setDone(t('transfer_exported'));
  };

  const readFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setDone(undefined);
    setPending(undefined);
    // Refused before reading: a file of gigabytes would otherwise be read whole into memory.
    if (file.size > MAX_IMPORT_BYTES) {
      setRefusal({ message: t(refusalKeys['too-big'], MAX_IMPORT_BYTES / (1024 * 1024)), details: [] });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setRefusal({ message: t('transfer_refused_unreadable'), details: [] });
      return;
    }
    const result = parseImport(text);
    if (!result.ok) {
      setRefusal({ message: t(refusalKeys[result.reason], MAX_IMPORT_BYTES / (1024 * 1024)), details: result.details });
      return;
    }
    setRefusal(undefined);
    setPending({ kind: 'import', fileName: file.name, settings: result.settings, diff: diffSettings(store.settings, result.settings) });
  };

  const confirm = async () => {
    if (!pending) return;
    const next = pending.kind === 'import' ? pending.settings : defaultSettings();
    if (await store.replace(next)) {
      setDone(t(pending.kind === 'import' ? 'transfer_imported' : 'transfer_resetDone'));
      setPending(undefined);
    }
  };

  return (
    <section aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">{t('transfer_heading')}</h2>
      <div class="toolbar">
        <button type="button" id="export-settings" onClick={exportNow}>
          {t('transfer_export')}
        </button>
        <label class="button" for="import-file">
          {t('transfer_import')}
        </label>
        <input id="import-file" class="visually-hidden" type="file" accept="application/json,.json" onChange={(e) => void readFile(e.currentTarget as HTMLInputElement)} />
        <button type="button" id="reset-settings" class="danger" onClick={() => {
          setDone(undefined);
          setRefusal(undefined);
          setPending({ kind: 'reset', diff: diffSettings(store.settings, defaultSettings()) });
        }}>
          {t('transfer_reset')}
        </button>
      </div>
      {refusal && (
        <div id="import-refused" class="alert" role="alert">
          <p>{refusal.message}</p>
          {refusal.details.length > 0 && (
            <ul>
              {refusal.details.slice(0, 20).map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {pending && (
        <div id="confirm-change" class="confirm-box" role="dialog" aria-labelledby="confirm-heading">
          <h3 id="confirm-heading">{pending.kind === 'import' ? t('transfer_confirmImport', pending.fileName) : t('transfer_confirmReset')}</h3>
          <DiffView diff={pending.diff} />
          <div class="actions">
            <button type="button" class="primary" id="confirm-yes" onClick={() => void confirm()}>
              {pending.kind === 'import' ? t('transfer_importYes') : t('transfer_resetYes')}
            </button>
            <button type="button" id="confirm-no" onClick={() => setPending(undefined)}>
              {t('common_cancel')}
            </button>
          </div>
        </div>
      )}
      {done && (
        <p class="done" role="status">
          {done}
        </p>
      )}
    </section>
  );
}
