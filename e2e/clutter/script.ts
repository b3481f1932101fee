/**
 * Turns self-contained in-page functions into one script text for `evaluate` (Playwright or
 * puppeteer) or a <script> element: helpers first, then the call with JSON arguments (or a
 * helper passed by name with `ref`), inside one function scope. tsx/esbuild compile named
 * functions with a `__name(fn, "name")` helper that does not exist in the page; a local no-op
 * stands in for it.
 */
// biome-ignore lint/complexity/noBannedTypes: any self-contained function
type Fn = Function;

/** An argument that is a helper function, passed by its name. */
export class Ref {
  constructor(readonly name: string) {}
}
export const ref = (fn: Fn) => new Ref(fn.name);

export function pageCall(fn: Fn, args: unknown[], helpers: Fn[] = []): string {
  const defs = helpers.map((h) => `var ${h.name} = (${h.toString()});`).join('\n');
  const call = `(${fn.toString()})(${args.map((a) => (a instanceof Ref ? a.name : JSON.stringify(a))).join(', ')})`;
  return `(function () { var __name = function (f) { return f; };\n${defs}\nreturn ${call}; })()`;
}
