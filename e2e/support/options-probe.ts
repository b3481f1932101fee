/**
 * The options page's inertness probe, shared by the Chromium and Firefox hostile-rules tests:
 * run in the page (`page.evaluate(inertnessReport, OPTIONS_OWN_TAGS)`), it reports anything a
 * rule turned into markup or code. Self-contained on purpose: it is serialized into the page.
 */

/** The elements an options page is built from; anything else was injected. */
export const OPTIONS_OWN_TAGS = ['html', 'head', 'meta', 'title', 'link', 'script', 'body', 'div', 'main', 'section', 'h1', 'h2', 'h3', 'h4', 'p', 'ul', 'li', 'span', 'label', 'input', 'textarea', 'button', 'form'];

export function inertnessReport(own: string[]) {
  const all = [...document.querySelectorAll('*')];
  return {
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    title: document.title,
    foreign: [...new Set(all.map((el) => el.localName).filter((tag) => !own.includes(tag)))],
    handlers: all.flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.localName}[${a.name}]`)),
    urls: all.flatMap((el) => [...el.attributes].filter((a) => /^\s*(javascript|data|vbscript):/i.test(a.value)).map((a) => `${el.localName}[${a.name}]`)),
    scripts: [...document.scripts].filter((s) => !s.src.startsWith(`${location.origin}/`) || s.text.trim() !== '').length,
    frames: window.frames.length,
  };
}

/** What the report of an untouched options page says. */
export const INERT = { pwned: null, title: 'Clear Read options', foreign: [], handlers: [], urls: [], scripts: 0, frames: 0 };
