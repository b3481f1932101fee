/**
 * In-page check of an aeb-dev page's ground-truth lines (kept as a string: test transformers
 * may wrap named inner functions with helpers that do not exist in the page). For each line
 * (40+ characters) it looks for the text node holding its first 30 characters (or, when the
 * start is split over nodes, the deepest element whose text holds them), then:
 *  - hidden: an ancestor carries the detector's inline `display:none!important`;
 *  - covered: every fifth located line, scrolled into view, is not what the browser shows at
 *    its own position (elementFromPoint lands on an element outside it); the coverer is named.
 */

export interface GroundTruthCheck {
  total: number;
  found: number;
  hidden: number;
  covered: number;
  /** "line start… under TAG#id.class" for each covered line. */
  coveredBy: string[];
}

export const GROUND_TRUTH_CHECK = `function (ls) {
  const norm = (s) => s.replace(/\\s+/g, ' ').trim();
  const ours = (el) => {
    for (let n = el; n; n = n.parentElement) if ((n.getAttribute('style') || '').includes('display:none!important')) return true;
    return false;
  };
  const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\\s+/).slice(0, 2).join('.') : '');
  const texts = [];
  const w = document.createTreeWalker(document.body || document.documentElement, NodeFilter.SHOW_TEXT);
  for (let t = w.nextNode(); t; t = w.nextNode()) texts.push(t);
  const out = { total: ls.length, found: 0, hidden: 0, covered: 0, coveredBy: [] };
  ls.forEach((line, i) => {
    const snippet = norm(line).slice(0, 30);
    const t = texts.find((x) => norm(x.data).includes(snippet));
    // A line whose start is split over nodes ("<b>CHEER ON</b> juniors…"): the deepest
    // element whose text holds it.
    const deepest = () => {
      let best = null;
      for (const e of (document.body || document.documentElement).querySelectorAll('*')) {
        if (e.tagName === 'SCRIPT' || e.tagName === 'STYLE' || !norm(e.textContent || '').includes(snippet)) continue;
        best = e;
      }
      return best;
    };
    const el = t && t.parentElement ? t.parentElement : deepest();
    if (!el) return;
    out.found++;
    if (ours(el)) { out.hidden++; return; }
    if (i % 5 !== 0) return;
    el.scrollIntoView({ block: 'center', behavior: 'instant' });
    const r = el.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) return;
    const hit = document.elementFromPoint(r.left + Math.min(r.width / 2, 100), r.top + Math.min(r.height / 2, 10));
    if (hit && !(hit === el || el.contains(hit) || hit.contains(el))) {
      out.covered++;
      const chain = [];
      for (let n = hit; n && n !== document.body && chain.length < 4; n = n.parentElement) chain.push(name(n));
      out.coveredBy.push(snippet + '… under ' + chain.join(' < ') + ' (' + getComputedStyle(hit).position + ')');
    }
  });
  return out;
}`;

/** Ground-truth lines worth looking for (40+ characters). */
export const groundTruthLines = (articleBody: string) =>
  articleBody
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length >= 40);
