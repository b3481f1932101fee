import { describe, expect, it } from 'vitest';
import { attribute, type CpuProfile, nodesUnder, sampledMs, sampledSelfMs, samplesOf, scriptUrl } from './profile';

const EXT = 'chrome-extension://abc/content.js';
const PAGE = 'http://127.0.0.1/page.html';

/**
 * A hand-made CDP profile (children links):
 *   1 (root) ─┬─ 2 (program)
 *             ├─ 3 (idle)
 *             ├─ 4 ext:run ── 5 native querySelectorAll (url '') ── 6 page:callback (url PAGE)
 *             ├─ 7 page:main ── 8 ext:observer (the page calls into a callback the extension set)
 *             └─ 9 (garbage collector)
 */
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: { url: '', functionName: '(root)' }, children: [2, 3, 4, 7, 9] },
    { id: 2, callFrame: { url: '', functionName: '(program)' } },
    { id: 3, callFrame: { url: '', functionName: '(idle)' } },
    { id: 4, callFrame: { url: EXT, functionName: 'run' }, children: [5] },
    { id: 5, callFrame: { url: '', functionName: 'querySelectorAll' }, children: [6] },
    { id: 6, callFrame: { url: PAGE, functionName: 'callback' } },
    { id: 7, callFrame: { url: PAGE, functionName: 'main' }, children: [8] },
    { id: 8, callFrame: { url: EXT, functionName: 'observer' } },
    { id: 9, callFrame: { url: '', functionName: '(garbage collector)' } },
  ],
  startTime: 1_000,
  // Samples at 1100, 1200, 1400, 1500, 1600, 2000, 2100; end at 2600 (µs).
  samples: [2, 4, 5, 6, 7, 8, 3],
  timeDeltas: [100, 100, 200, 100, 100, 400, 100],
  endTime: 2_600,
};

describe('samplesOf', () => {
  it('gives each sample the time until the next one, and the last the time to the end', () => {
    expect(samplesOf(profile).map((s) => [s.ts, s.dur, s.node])).toEqual([
      [1100, 100, 2],
      [1200, 200, 4],
      [1400, 100, 5],
      [1500, 100, 6],
      [1600, 400, 7],
      [2000, 100, 8],
      [2100, 500, 3],
    ]);
  });
});

describe('nodesUnder (inclusive attribution)', () => {
  it('counts a node when it or any caller belongs to the script', () => {
    expect([...nodesUnder(profile.nodes, scriptUrl(EXT))].sort()).toEqual([4, 5, 6, 8]);
  });
  it('works the same with parent links (trace ProfileChunk shape)', () => {
    const withParents = profile.nodes.map(({ children: _c, ...n }) => n).map((n) => ({
      ...n,
      parent: profile.nodes.find((p) => p.children?.includes(n.id))?.id,
    }));
    expect([...nodesUnder(withParents, scriptUrl(EXT))].sort()).toEqual([4, 5, 6, 8]);
  });
});

describe('attribute', () => {
  it('sums the script time, the page time apart, idle, GC and native work apart', () => {
    const ext = attribute(profile, scriptUrl(EXT));
    // Nodes 4 (200) + 5 (100) + 6 (100) + 8 (100) = 500 µs.
    expect(ext.ms).toBeCloseTo(0.5, 9);
    expect(ext.samples).toBe(4);
    // Own JS: nodes 4 (200) and 8 (100); node 5 is a native call, node 6 page code it called.
    expect(ext.selfMs).toBeCloseTo(0.3, 9);
    expect(ext.totalMs).toBeCloseTo(1.5, 9);
    expect(ext.idleMs).toBeCloseTo(0.5, 9);
    expect(ext.programMs).toBeCloseTo(0.1, 9);
    expect(ext.gcMs).toBe(0);
    // The page's own script: 6 (under ext, but the page's frame is on the stack too) + 7 + 8.
    expect(attribute(profile, scriptUrl(PAGE)).ms).toBeCloseTo(0.6, 9);
  });
  it('counts only samples inside a window', () => {
    expect(attribute(profile, scriptUrl(EXT), { fromUs: 1400, toUs: 2000 }).ms).toBeCloseTo(0.2, 9);
  });
  it('matches a script URL with or without a query', () => {
    expect(scriptUrl(EXT)(`${EXT}?v=2`)).toBe(true);
    expect(scriptUrl(EXT)('chrome-extension://abc/extract.js')).toBe(false);
  });
});

describe('sampledMs (zero samples are a missing measurement)', () => {
  it('gives the attributed time when the script was sampled', () => {
    expect(sampledMs(attribute(profile, scriptUrl(EXT)))).toBeCloseTo(0.5, 9);
    expect(sampledSelfMs(attribute(profile, scriptUrl(EXT)))).toBeCloseTo(0.3, 9);
  });
  it('gives undefined, not 0 ms, for a script the sampler never saw', () => {
    const none = attribute(profile, scriptUrl('chrome-extension://abc/extract.js'));
    expect(none.samples).toBe(0);
    expect(none.ms).toBe(0);
    expect(sampledMs(none)).toBeUndefined();
    expect(sampledSelfMs(none)).toBeUndefined();
  });
  it('gives undefined for an empty profile (a starved sampler)', () => {
    const empty: CpuProfile = { nodes: profile.nodes, startTime: 0, endTime: 5000, samples: [], timeDeltas: [] };
    expect(sampledMs(attribute(empty, scriptUrl(EXT)))).toBeUndefined();
  });
});
