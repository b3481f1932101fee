/**
 * Inline style overrides that can be undone exactly. The page's own `style`
 * attribute string is kept; ours is appended with !important (inline
 * !important beats any author stylesheet). When a page script rewrites the
 * attribute, `heal` takes the new string as the page's and re-appends ours,
 * so restoring later gives the page what it last wrote itself.
 */
interface Entry {
  page: string | null;
  /** Our declarations, e.g. `display:none!important`. */
  ours: string;
}

const compose = (e: Entry) => (e.page?.trim() ? `${e.page.trim().replace(/;$/, '')};` : '') + e.ours;

export class StyleOverrides {
  private m = new Map<Element, Entry>();

  private write(el: Element, e: Entry) {
    el.setAttribute('style', compose(e));
  }

  has(el: Element): boolean {
    return this.m.has(el);
  }

  set(el: Element, ours: string): void {
    let e = this.m.get(el);
    if (!e) {
      e = { page: el.getAttribute('style'), ours };
      this.m.set(el, e);
    }
    e.ours = ours;
    this.write(el, e);
  }

  /** For a `style` mutation: true when the page rewrote the attribute and ours was re-applied. */
  heal(el: Element): boolean {
    const e = this.m.get(el);
    if (!e) return false;
    const now = el.getAttribute('style');
    if (now === compose(e)) return false;
    // Strip what is left of ours (a CSSOM write re-serializes the attribute) before keeping the rest as the page's.
    const st = (el as HTMLElement).style;
    if (st) for (const decl of e.ours.split(';')) {
      const prop = decl.split(':')[0]?.trim();
      if (prop && st.getPropertyPriority(prop) === 'important') st.removeProperty(prop);
    }
    e.page = el.getAttribute('style');
    this.write(el, e);
    return true;
  }

  restore(el: Element): void {
    const e = this.m.get(el);
    if (!e) return;
    this.m.delete(el);
    if (e.page === null) el.removeAttribute('style');
    else el.setAttribute('style', e.page);
  }

  restoreAll(): void {
    for (const el of [...this.m.keys()].reverse()) this.restore(el);
  }
}
