import { SlidingWindowRateLimitStorage } from './rate-limit-storage';

const MINUTE = 60_000;

describe('SlidingWindowRateLimitStorage', () => {
  beforeEach(() => {
    jest.useFakeTimers();
    jest.setSystemTime(new Date('2026-11-23T10:00:00.000Z'));
  });
  afterEach(() => jest.useRealTimers());

  const hit = (storage: SlidingWindowRateLimitStorage, key = '10.0.0.1', limit = 5) =>
    storage.increment(key, MINUTE, limit, MINUTE, 'default');

  it('lets the limit through, blocks the next request, and counts each address on its own', async () => {
    const storage = new SlidingWindowRateLimitStorage();
    for (let request = 1; request <= 5; request++) {
      expect(await hit(storage)).toMatchObject({ totalHits: request, isBlocked: false });
    }
    expect(await hit(storage)).toMatchObject({ isBlocked: true, timeToBlockExpire: 60 });
    expect(await hit(storage, '10.0.0.2')).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('stays blocked for the block duration, then counts the previous window by its remaining overlap', async () => {
    const storage = new SlidingWindowRateLimitStorage();
    for (let request = 0; request < 6; request++) await hit(storage);
    jest.advanceTimersByTime(30_000);
    expect((await hit(storage)).isBlocked).toBe(true);
    // 61 s after the first hit: the block has ended; the first window's 5 hits still overlap the last minute
    // by 59/60, so 4 of them count and one more request fits.
    jest.advanceTimersByTime(31_000);
    expect(await hit(storage)).toMatchObject({ totalHits: 5, isBlocked: false });
    expect((await hit(storage)).isBlocked).toBe(true);
  });

  it('forgets an address after two quiet windows', async () => {
    const storage = new SlidingWindowRateLimitStorage();
    for (let request = 0; request < 5; request++) await hit(storage);
    jest.advanceTimersByTime(3 * MINUTE);
    expect(await hit(storage)).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('costs the same per request however many requests came before (no list of hits)', async () => {
    const storage = new SlidingWindowRateLimitStorage();
    for (let request = 0; request < 20_000; request++) await hit(storage, '10.0.0.3', 1_000_000);
    const window = (storage as unknown as { windows: Map<string, object> }).windows.get('default\u000010.0.0.3');
    expect(window).toEqual({ start: expect.any(Number), current: 20_000, previous: 0, blockedUntil: 0 });
  });
});
