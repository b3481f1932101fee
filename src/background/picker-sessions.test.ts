import { beforeEach, describe, expect, test, vi } from 'vitest';

// A stand-in for storage.session: the module keeps nothing in memory.
const area: Record<string, unknown> = {};
vi.mock('../shared/browser', () => ({
  default: {
    storage: {
      session: {
        get: async (key: string) => (key in area ? { [key]: structuredClone(area[key]) } : {}),
        set: async (items: Record<string, unknown>) => Object.assign(area, structuredClone(items)),
      },
    },
  },
}));

const { SESSION_MS, dropSession, startSession, takeSession } = await import('./picker-sessions');

describe('picker sessions', () => {
  beforeEach(() => {
    for (const key of Object.keys(area)) delete area[key];
  });

  test('a session is taken once, with its nonce, for its tab', async () => {
    const session = await startSession(7, 'example.com', 1000);
    expect(session.nonce).toMatch(/^[0-9a-f]{32}$/);
    expect(await takeSession(8, session.nonce, 1001)).toBeUndefined();
    expect(await takeSession(7, session.nonce, 1001)).toEqual(session);
    expect(await takeSession(7, session.nonce, 1002)).toBeUndefined();
  });

  test('a wrong nonce does not spend the live session', async () => {
    const session = await startSession(7, 'example.com', 1000);
    expect(await takeSession(7, 'f'.repeat(32), 1001)).toBeUndefined();
    expect(await takeSession(7, session.nonce, 1002)).toEqual(session);
  });

  test('restarting replaces the old nonce', async () => {
    const first = await startSession(7, 'example.com', 1000);
    const second = await startSession(7, 'example.com', 1001);
    expect(second.nonce).not.toBe(first.nonce);
    expect(await takeSession(7, first.nonce, 1002)).toBeUndefined();
    expect(await takeSession(7, second.nonce, 1002)).toEqual(second);
  });

  test('an expired session is refused', async () => {
    const session = await startSession(7, 'example.com', 1000);
    expect(await takeSession(7, session.nonce, 1000 + SESSION_MS + 1)).toBeUndefined();
  });

  test('closing the tab drops its session', async () => {
    const session = await startSession(7, 'example.com', 1000);
    await dropSession(7);
    expect(await takeSession(7, session.nonce, 1001)).toBeUndefined();
  });
});
