/**
 * `npx tsx bench/profile-stress.ts [seconds=3] [tasks=3]`: the tasks in which the extension works
 * longest on bench/pages/stress.html (the benchmark's stress row), each with the functions its
 * time goes to. Build with `CLEAR_READ_MINIFY=0 npm run build` first for readable names. Uses the
 * built dist/chrome as it is; local pages only.
 */
import { launch, snapshotBuild } from './lib/browser';
import { pageWorkScripts } from './lib/cost';
import { functionCosts, topLines } from './lib/function-costs';
import { nodesUnder, samplesOf } from './lib/profile';
import { startBenchServer } from './lib/server';
import { isStressPage, traceStress } from './lib/stress-run';
import { costPerTask, profileRunning, profilesOf, tasksOf, timeStamps } from './lib/trace';

const seconds = Number(process.argv[2] ?? 3);
const show = Number(process.argv[3] ?? 3);
const snapshot = snapshotBuild();
const server = await startBenchServer();
const b = await launch(snapshot.dir);
try {
  const { events } = await traceStress(b, server.benchUrl('blank.html'), `${server.benchUrl('stress.html')}?seconds=${seconds}`, seconds);
  const thread = profileRunning(profilesOf(events), isStressPage);
  if (!thread) throw new Error('no profile of the stress page was recorded');
  const ext = pageWorkScripts(b);
  const tasks = costPerTask(tasksOf(events, thread.pid, thread.tid), samplesOf(thread.profile), nodesUnder(thread.profile.nodes, ext));
  const start = timeStamps(events, 'stress-start')[0] ?? 0;
  for (const t of tasks.sort((x, y) => y.scriptUs - x.scriptUs).slice(0, show)) {
    const f = functionCosts(thread.profile, ext, { fromUs: t.ts, toUs: t.ts + t.dur });
    console.log(`task at +${((t.ts - start) / 1000).toFixed(0)} ms: ${(t.dur / 1000).toFixed(1)} ms, extension ${(t.scriptUs / 1000).toFixed(1)} ms`);
    console.log(` self:\n${topLines(f.self, 10)}\n inclusive:\n${topLines(f.inclusive, 20)}`);
  }
} finally {
  await b.close();
  await server.close();
  snapshot.remove();
}
