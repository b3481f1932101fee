/**
 * Records bench/lib/testdata/stress-trace-sample.json, the small real trace the trace tests
 * read: 0.4 s of the stress page with the built extension, reduced to the events the
 * analysis uses (Profile, ProfileChunk, RunTask, TimeStamp) on the page's renderer.
 * Run: `npx tsx bench/lib/testdata/record-trace-sample.ts` (needs `npm run build`).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, recordTrace, snapshotBuild } from '../browser';
import { profileRunning, profilesOf } from '../trace';
import { startBenchServer } from '../server';

const snap = snapshotBuild();
const b = await launch(snap.dir);
const server = await startBenchServer();
try {
  const page = await b.context.newPage();
  await page.goto(server.benchUrl('blank.html'));
  const events = await recordTrace(b.context, page, async () => {
    await page.goto(server.benchUrl('stress.html?seconds=0.4'));
    await page.waitForFunction(() => (window as unknown as { __stressDone?: boolean }).__stressDone, null, { timeout: 20_000 });
    await page.waitForTimeout(400);
  });
  const thread = profileRunning(profilesOf(events), (u) => u.includes('/bench/stress.html'));
  if (!thread) throw new Error('no profile of the stress page');
  const keep = new Set(['Profile', 'ProfileChunk', 'RunTask', 'TimeStamp']);
  const ext = `chrome-extension://${b.extensionId}/`;
  const reduced = events
    .filter((e) => e.pid === thread.pid && keep.has(e.name))
    // A fixed extension id, so the tests can name the script's URL.
    .map((e) => JSON.parse(JSON.stringify(e).replaceAll(ext, 'chrome-extension://bench-extension-id/')));
  writeFileSync(join(import.meta.dirname, 'stress-trace-sample.json'), `${JSON.stringify({ traceEvents: reduced })}\n`);
  console.log(`${reduced.length} events kept of ${events.length}`);
} finally {
  await b.close();
  await server.close();
  snap.remove();
}
