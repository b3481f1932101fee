/**
 * The reader's hostile-article probe, shared by the Chromium and Firefox reader tests:
 * `hostileReaderReport` runs in the reader page (self-contained: it is serialized into it),
 * `hostileReaderProblems` names every way the report shows the article's payloads getting
 * through (an empty list: none did).
 */

export function hostileReaderReport() {
  const main = document.querySelector('main') as HTMLElement;
  const onAttributes: string[] = [];
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) if (/^on/i.test(attr.name)) onAttributes.push(`${el.tagName}[${attr.name}]`);
  }
  const h1 = document.querySelector('article h1');
  return {
    state: main.dataset.state,
    h1: h1?.textContent,
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    title: document.title,
    stored: localStorage.getItem('pwned'),
    mainDisplay: getComputedStyle(main).display,
    mainVisibility: getComputedStyle(main).visibility,
    h1After: h1 ? getComputedStyle(h1, '::after').content : '',
    hrefs: [...document.body.querySelectorAll('[href]')].map((el) => el.getAttribute('href') ?? ''),
    srcs: [...main.querySelectorAll('[src]')].map((el) => el.getAttribute('src') ?? ''),
    dangerous: [...main.querySelectorAll('script, iframe, frame, object, embed, svg, math, style, link, form, base, meta')].map((el) => el.tagName),
    styled: main.querySelectorAll('[style]').length,
    onAttributes,
    text: main.textContent ?? '',
  };
}

export type HostileReaderReport = ReturnType<typeof hostileReaderReport>;

const SAFE_HREF = /^(https?:|mailto:)/;
const SAFE_SRC = /^(https?:|data:image\/(png|jpe?g|gif|webp|avif|bmp)[;,])/;

/** What e2e/fixtures/hostile/article.html must look like in the reader. */
export function hostileReaderProblems(r: HostileReaderReport): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  check(r.state === 'ready', `state ${r.state}`);
  check(r.h1 === 'Harbour ferry timetable changes for the winter season', `title ${r.h1}`);
  check(r.pwned === null, 'a payload ran (__pwned set)');
  check(r.title !== 'pwned', 'a payload changed the title');
  check(r.stored === null, 'a payload wrote localStorage');
  check(r.mainDisplay !== 'none' && r.mainVisibility === 'visible', 'the article was hidden by page CSS');
  check(!r.h1After.includes('LEAKED'), 'page CSS added content');
  check(r.dangerous.length === 0, `dangerous elements: ${r.dangerous}`);
  check(r.styled === 0, 'style attributes in the article');
  check(r.onAttributes.length === 0, `handlers: ${r.onAttributes}`);
  for (const href of r.hrefs) check(SAFE_HREF.test(href), `link to ${href}`);
  for (const src of r.srcs) check(SAFE_SRC.test(src), `source ${src}`);
  check(r.hrefs.includes('https://example.org/ferry') && r.hrefs.includes('mailto:ferry@example.org'), 'the article’s own links are missing');
  // Markup quoted in the article is shown as the words it is.
  for (const quoted of [`<script>window.top.__pwned=1;document.title='pwned'</script>`, '<img src=x onerror="window.top.__pwned=1">'])
    check(r.text.includes(quoted), `quoted markup missing: ${quoted}`);
  // Links the reader will not follow keep their words.
  for (const words of ['full timetable', 'winter fares', 'a tabbed link', 'a data link']) check(r.text.includes(words), `words missing: ${words}`);
  return problems;
}
