/**
 * Checks the built extension (both browsers) for least privilege and for
 * code that must never ship:
 * - no eval, no `new Function`, no string timers in any script;
 * - no remote script or style URL in any extension page;
 * - no web-accessible resources, no loosened extension-page CSP;
 * - exactly the permissions the README justifies.
 * Runs after `npm run build` (part of `npm test`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The permissions the README's table justifies, and nothing more. */
export const justifiedPermissions = ['storage', 'scripting', 'contextMenus'];
export const justifiedHosts = ['http://*/*', 'https://*/*'];

const forbiddenCode: Array<[RegExp, string]> = [
  [/\beval\s*\(/, 'eval('],
  [/\bnew\s+Function\s*\(/, 'new Function('],
  [/\bset(?:Timeout|Interval)\s*\(\s*["'`]/, 'string timer'],
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

export function checkDist(dir: string): string[] {
  const problems: string[] = [];
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  if (manifest.web_accessible_resources?.length) problems.push(`${dir}: web_accessible_resources present`);
  if (manifest.content_security_policy) problems.push(`${dir}: content_security_policy set (the default is the strictest)`);
  for (const permission of manifest.permissions ?? []) {
    if (!justifiedPermissions.includes(permission)) problems.push(`${dir}: permission "${permission}" is not justified in the README`);
  }
  for (const host of manifest.host_permissions ?? []) {
    if (!justifiedHosts.includes(host)) problems.push(`${dir}: host permission "${host}" is not justified in the README`);
  }
  if (manifest.optional_permissions?.length || manifest.optional_host_permissions?.length) problems.push(`${dir}: optional permissions are not justified`);
  for (const file of files(dir)) {
    if (file.endsWith('.js')) {
      const code = readFileSync(file, 'utf8');
      for (const [pattern, name] of forbiddenCode) if (pattern.test(code)) problems.push(`${file}: contains ${name}`);
    }
    if (file.endsWith('.html')) {
      const html = readFileSync(file, 'utf8');
      if (/<(script|link)\b[^>]*\b(src|href)\s*=\s*["']?(https?:)?\/\//i.test(html)) problems.push(`${file}: loads a remote script or style`);
    }
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = ['dist/chrome', 'dist/firefox'].flatMap(checkDist);
  for (const problem of problems) console.error(problem);
  console.log(`check-dist: ${problems.length} problems in dist/chrome and dist/firefox`);
  if (problems.length) process.exit(1);
}
