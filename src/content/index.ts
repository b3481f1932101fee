/**
 * The always-on content script: a sentinel (src/core/sentinel) looks for
 * cheap evidence of clutter; on evidence, or when the site has rules, it asks
 * the background for the full detector (detector.js, with the page's language
 * packs, in one injection), which then stays for the page. This script wires
 * the detector to the settings and to the message protocol, and is kept
 * small: it runs on every page the user opens. The element picker is a
 * separate script (picker.js) the background injects only when the user
 * starts it.
 */
import type { HiddenItem } from '../core/article';
import type { Detector, DetectorOptions } from '../core/detect/index';
import { type Sentinel, startSentinel } from '../core/sentinel/index';
import { DETECTOR_KEY, type DetectorModule, type PickerWorld } from '../shared/injected';
import { type ContentRequests, type Handlers, notifyBackground, type PageStatus, toContent } from '../shared/protocol';
import { ext as browser, onMessage } from '../shared/ext';
import { readStoredSettings, watchStoredSettings } from '../shared/settings-read';
import { type PageSettings, readPageSettings } from '../shared/settings-schema';
import { choosePacks } from './page-packs';

let detector: Detector | undefined;
let sentinel: Sentinel | undefined;
/** The detector module, once asked for (it stays for the page). */
let loading: Promise<DetectorModule | undefined> | undefined;
let paused = false;
let enabled = false;
let autoReaderAsked = false;
let options: DetectorOptions = {};
/** What the sentinel saw (it stops after its first evidence). */
let evidence: string | undefined;
/** The settings were applied once (cleaning on or off here is known). */
let settled = false;
/** Each start of the detector gets a number, so a start overtaken by a settings change (cleaning turned off) is dropped. */
let generation = 0;

/** The module detector.js published in this world, if it ran. */
function detectorModule(): DetectorModule | undefined {
  const mod = (globalThis as unknown as Record<symbol, DetectorModule | undefined>)[Symbol.for(DETECTOR_KEY)];
  return typeof mod?.start === 'function' ? mod : undefined;
}

/** Asks the background, once per page, to inject detector.js into this world with the page's language packs. */
function loadDetector(): Promise<DetectorModule | undefined> {
  loading ??= notifyBackground('content/need-detector', { langs: choosePacks(document).join(',') })
    .then(() => detectorModule())
    .catch(() => undefined);
  return loading;
}

/**
 * The sentinel's evidence. The detector is asked for at once, even before the settings are
 * read (the injection and the storage read overlap); it starts only where cleaning is on.
 */
function onEvidence(reason: string): void {
  sentinel = undefined;
  evidence = reason;
  void loadDetector();
  if (settled && enabled && !detector) void wake(reason);
}

/** Evidence of clutter (or site rules): load the detector and start it for this page. */
async function wake(reason: string): Promise<void> {
  sentinel?.stop();
  sentinel = undefined;
  options.debug?.(`sentinel: ${reason}`);
  const gen = ++generation;
  const mod = await loadDetector();
  if (!mod || gen !== generation || !enabled || detector) return;
  const started = await mod.start(document, { ...options, onChange: reportCount });
  if (gen !== generation || !enabled || detector) {
    started.stop();
    return;
  }
  detector = started;
  if (paused) detector.restoreAll();
  // A settings change while the packs loaded: the detector takes the latest options.
  else detector.updateOptions(options);
  reportCount(detector.items());
}

function status(): PageStatus {
  return { url: location.href, enabled, paused, items: detector?.items() ?? [] };
}

function reportCount(items: HiddenItem[]): void {
  notifyBackground('content/items-changed', { count: paused ? 0 : items.length }).catch(() => {
    // The background restarts on demand; a lost badge update is harmless.
  });
}

/** Applies the settings now: on load and whenever they change (no reload needed). */
function apply(settings: PageSettings): void {
  ({ enabled } = settings);
  const { rule } = settings;
  options = {
    extraHide: rule?.hide ?? [],
    neverHide: rule?.neverHide ?? [],
    debug: settings.debugLog ? (msg: string, data?: unknown) => console.debug('[Clear Read]', msg, data ?? '') : undefined,
  };
  if (!enabled) {
    // Turning cleaning off puts the page back at once, without a reload.
    generation++;
    detector?.restoreAll();
    detector?.stop();
    detector = undefined;
    sentinel?.stop();
    sentinel = undefined;
    paused = false;
  } else if (detector) {
    // A removed rule selector un-hides what it hid inside detector.updateOptions.
    detector.updateOptions(options);
  } else if (evidence || loading || options.extraHide?.length) {
    // Site rules apply on every page of the site; a detector loaded once stays for the page.
    void wake(evidence ?? (loading ? 'loaded' : 'site-rules'));
  } else {
    sentinel ??= startSentinel(document, onEvidence);
  }
  settled = true;
  // Always report: the badge setting may be what changed.
  reportCount(detector?.items() ?? []);
  // The background re-checks the rule before it opens anything.
  if (enabled && rule?.autoReader && !autoReaderAsked) {
    autoReaderAsked = true;
    notifyBackground('content/auto-reader', {}).catch(() => {});
  }
}

const handlers: Handlers<ContentRequests> = {
  'content/status': () => status(),
  'content/restore': () => {
    paused = true;
    detector?.restoreAll();
    reportCount([]);
    return status();
  },
  'content/resume': () => {
    paused = false;
    detector?.resume();
    reportCount(detector?.items() ?? []);
    return status();
  },
};

onMessage((message, sender) => {
  // Only the background (no tab) of this extension may ask.
  if (sender.id !== browser.runtime.id || sender.tab) return undefined;
  return toContent.accepts(message) ? toContent.dispatch(handlers, message, undefined) : undefined;
});

/** Reads the settings once, then follows their changes. */
async function start(): Promise<void> {
  let changed = false;
  const read = (value: unknown) => readPageSettings(value, location.hostname);
  watchStoredSettings((settings) => {
    changed = true;
    apply(settings);
  }, read);
  const loaded = await readStoredSettings(read).catch(() => read(undefined));
  // A change that arrived meanwhile is newer.
  if (!changed) apply(loaded);
}

// Only HTML documents are cleaned (not XML, SVG or plain-text views).
if (document.documentElement instanceof HTMLHtmlElement) {
  // The sentinel looks while the settings are read (a site where cleaning is off stops it then).
  sentinel = startSentinel(document, onEvidence);
  void start();
  // "Hide this element" in the context menu starts the picker on what was right-clicked.
  // The element stays in this isolated world, shared with picker.js only.
  document.addEventListener(
    'contextmenu',
    (event) => {
      (globalThis as unknown as PickerWorld).__clearReadContextTarget = event.target instanceof Element ? event.target : undefined;
    },
    { capture: true, passive: true },
  );
}
