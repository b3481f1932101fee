/**
 * `web-ext lint` on the Firefox build: fails on any error, on any warning that is not listed
 * below with the reason it is accepted, and when an accepted warning's COUNT in its file is
 * not exactly the pinned one. A pin, not a pattern: a new innerHTML in extract.js is a third
 * UNSAFE_VAR_ASSIGNMENT there and fails, even though the file already has accepted ones. When
 * a dependency update removes one, lower the pin (and the README's table) to match.
 */
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

export interface Accepted {
  code: string;
  file: RegExp;
  /** Exactly this many warnings of `code` in the file (the README's table says the same). */
  count: number;
  why: string;
}

/** Warnings that come from dependencies, by code and file pattern (also listed in the README). */
export const ACCEPTED: Accepted[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^assets\/jsxRuntime-[\w-]+\.js$/,
    count: 1,
    why: 'Preact’s renderer supports dangerouslySetInnerHTML; Clear Read never uses it (lint rule noDangerouslySetInnerHtml).',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^extract\.js$/,
    count: 2,
    why: 'Readability.js (bundled in extract.js) restores its page cache and unwraps <noscript> with innerHTML. It runs in the tab’s isolated world on a detached clone of the page, never in an extension page; the reader receives only the plain article model.',
  },
];

export interface Message {
  code: string;
  file?: string;
  message: string;
}

export interface LintReport {
  errors: Message[];
  warnings: Message[];
}

/** Everything wrong with `report`, one line each; empty when the build passes. */
export function lintProblems(report: LintReport, accepted: Accepted[] = ACCEPTED): string[] {
  const problems: string[] = [];
  for (const e of report.errors) problems.push(`error ${e.code} ${e.file ?? ''}: ${e.message}`);
  const rule = (w: Message) => accepted.find((a) => a.code === w.code && a.file.test(w.file ?? ''));
  for (const w of report.warnings) if (!rule(w)) problems.push(`warning ${w.code} ${w.file ?? ''}: ${w.message}`);
  for (const a of accepted) {
    const counts = new Map<string, number>();
    for (const w of report.warnings) if (rule(w) === a) counts.set(w.file ?? '', (counts.get(w.file ?? '') ?? 0) + 1);
    if (counts.size === 0) problems.push(`pinned ${a.code} in ${a.file}: expected ${a.count}, found none (the file was renamed or the warning is gone: update the pin and the README)`);
    for (const [file, n] of counts)
      if (n !== a.count) problems.push(`pinned ${a.code} in ${file}: expected exactly ${a.count}, found ${n}${n > a.count ? ' (a new one: remove it, do not raise the pin)' : ' (lower the pin and the README)'}`);
  }
  return problems;
}

function main(): void {
  const out = execFileSync('node_modules/.bin/web-ext', ['lint', '--source-dir', 'dist/firefox', '--output', 'json'], { encoding: 'utf8' });
  const report = JSON.parse(out) as LintReport;
  const problems = lintProblems(report);
  for (const p of problems) console.error(p);
  console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (pinned: ${ACCEPTED.map((a) => `${a.count} ${a.code} in ${a.file.source}`).join(', ')})`);
  if (problems.length > 0) process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
