/**
 * The always-on content script: wires the clutter detector (src/core/detect)
 * to the settings and to the message protocol. Kept thin and small: it runs
 * on every page the user opens. The element picker is a separate script
 * (picker.js) the background injects only when the user starts it.
 */
import type { HiddenItem } from '../core/article';
import { type Detector, startDetector } from '../core/detect';
import { contentRequests, isRequest, type PageStatus, type Request } from '../shared/protocol';
import { ext as browser, onMessage } from '../shared/ext';
import { cleaningEnabled, defaultSettings, ruleFor, type Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';

let detector: Detector | undefined;
let paused = false;
let enabled = false;
let autoReaderAsked = false;
/** The rule selectors the running detector was given, to notice removals. */
let lastHide: string[] = [];

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
  // A removed rule selector must un-hide what it hid; the detector only adds
  // rule hits, so start it afresh from the restored page (rare: the user edited a rule).
  const removed = lastHide.some((selector) => !options.extraHide.includes(selector));
  if (detector && (!enabled || removed)) {
    // Turning cleaning off puts the page back at once, without a reload.
    detector.restoreAll();
    detector.stop();
    detector = undefined;
  }
  if (!enabled) paused = false;
  else if (detector) detector.updateOptions(options);
  else {
    detector = startDetector(document, { ...options, onChange: reportCount });
    if (paused) detector.restoreAll();
  }
  lastHide = options.extraHide;
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

// Only HTML documents are cleaned (not XML, SVG or plain-text views).
if (document.documentElement instanceof HTMLHtmlElement) {
  loadSettings().then(({ settings }) => apply(settings), () => apply(defaultSettings()));
  onSettingsChanged(apply);
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
