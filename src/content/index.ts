/**
 * The always-on content script: wires the clutter detector (src/core/detect)
 * to the settings and to the message protocol. Kept thin and small: it runs
 * on every page the user opens. The element picker is a separate script
 * (picker.js) the background injects only when the user starts it, and the
 * language tables other than English are packs it injects on request
 * (lang-packs.ts).
 */
import type { HiddenItem } from '../core/article';
import { type Detector, startDetector } from '../core/detect';
import { contentRequests, isRequest, type PageStatus, type Request } from '../shared/protocol';
import { ext as browser, onMessage } from '../shared/ext';
import { readStoredSettings, watchStoredSettings } from '../shared/settings-read';
import { cleaningEnabled, defaultSettings, ruleFor, type Settings } from '../shared/settings-schema';
import { publishLangShare } from '../core/lang/share';
import { choosePacks, installPackHook, requestPacks } from './lang-packs';

/**
 * How long the first pass waits for the page's language packs. The answer
 * usually takes a few tens of milliseconds (longer when the background has
 * to wake up); a pack that comes later still triggers a fresh pass.
 */
const PACK_WAIT_MS = 1500;

let detector: Detector | undefined;
let paused = false;
let enabled = false;
let autoReaderAsked = false;
let packsAsked: Promise<void> | undefined;

/** Asks once per page for the language packs it needs; settles when they ran or after PACK_WAIT_MS. */
function loadPacks(): Promise<void> {
  packsAsked ??= requestPacks(
    choosePacks(document),
    (lang) => browser.runtime.sendMessage({ type: 'content/need-lang', lang }),
    PACK_WAIT_MS,
  );
  return packsAsked;
}

function status(): PageStatus {
  return { url: location.href, enabled, paused, items: detector?.items() ?? [] };
}

function reportCount(items: HiddenItem[]): void {
  browser.runtime.sendMessage({ type: 'content/items-changed', count: paused ? 0 : items.length }).catch(() => {
    // The background restarts on demand; a lost badge update is harmless.
  });
}

/** Applies the settings now: on load and whenever they change (no reload needed). */
function apply(settings: Settings): void {
  enabled = cleaningEnabled(settings, location.hostname);
  const rule = ruleFor(settings, location.hostname)?.rule;
  const options = {
    extraHide: rule?.hide ?? [],
    neverHide: rule?.neverHide ?? [],
    debug: settings.debugLog ? (msg: string, data?: unknown) => console.debug('[Clear Read]', msg, data ?? '') : undefined,
  };
  // A removed rule selector un-hides what it hid inside detector.updateOptions.
  if (detector && !enabled) {
    // Turning cleaning off puts the page back at once, without a reload.
    detector.restoreAll();
    detector.stop();
    detector = undefined;
  }
  if (!enabled) paused = false;
  else {
    // Asked once per page; here too because cleaning may have been off at load.
    void loadPacks();
    if (detector) detector.updateOptions(options);
    else {
      detector = startDetector(document, { ...options, onChange: reportCount });
      if (paused) detector.restoreAll();
    }
  }
  // Always report: the badge setting may be what changed.
  reportCount(detector?.items() ?? []);
  // The background re-checks the rule before it opens anything.
  if (enabled && rule?.autoReader && !autoReaderAsked) {
    autoReaderAsked = true;
    browser.runtime.sendMessage({ type: 'content/auto-reader' }).catch(() => {});
  }
}

function handle(request: Request): PageStatus | undefined {
  switch (request.type) {
    case 'content/status':
      return status();
    case 'content/restore':
      paused = true;
      detector?.restoreAll();
      reportCount([]);
      return status();
    case 'content/resume':
      paused = false;
      detector?.resume();
      reportCount(detector?.items() ?? []);
      return status();
    default:
      return undefined;
  }
}

onMessage((message, sender) => {
  // Only the background (no tab) of this extension may ask.
  if (sender.id !== browser.runtime.id || sender.tab) return undefined;
  if (!isRequest(message) || !(contentRequests as readonly string[]).includes(message.type)) return undefined;
  return Promise.resolve(handle(message));
});

/** The latest settings; applied once the first look at the page's language packs is over. */
let current: Settings | undefined;
let started = false;

function update(settings: Settings): void {
  current = settings;
  if (started) apply(settings);
}

/**
 * First start: when cleaning is on here, wait (up to PACK_WAIT_MS) for the
 * page's language packs, so that the first pass already reads its language.
 */
async function start(): Promise<void> {
  const loaded = await readStoredSettings().catch(defaultSettings);
  current ??= loaded; // a change that arrived meanwhile is newer
  if (cleaningEnabled(current, location.hostname)) await loadPacks();
  started = true;
  apply(current);
}

// Only HTML documents are cleaned (not XML, SVG or plain-text views).
if (document.documentElement instanceof HTMLHtmlElement) {
  // A pack that arrives after the first pass: the detector looks at the whole page again.
  installPackHook(() => detector?.updateOptions({}));
  // The reader's extract.js, injected into this same world later, judges offer text with this
  // script's matcher, already compiled and warm (and with this page's packs), not a cold copy.
  publishLangShare();
  void start();
  watchStoredSettings(update);
  // "Hide this element" in the context menu starts the picker on what was right-clicked.
  // The element stays in this isolated world, shared with picker.js only.
  document.addEventListener(
    'contextmenu',
    (event) => {
      (globalThis as unknown as { __clearReadContextTarget?: Element }).__clearReadContextTarget = event.target instanceof Element ? event.target : undefined;
    },
    { capture: true, passive: true },
  );
}
