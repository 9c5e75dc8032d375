import { ADDRESS_WINDOW_MS, delayAfter, MAX_DELAY_MS, waitBeforeAttempt } from './login-throttle';

const none = { count: 0, oldestAt: null };

describe('delayAfter', () => {
  it('lets the first five failures go free, then doubles the wait from 30 seconds up to an hour', () => {
    expect([0, 4].map(delayAfter)).toEqual([0, 0]);
    expect([5, 6, 7, 8].map(delayAfter)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(delayAfter(12)).toBe(MAX_DELAY_MS);
    expect(delayAfter(500)).toBe(MAX_DELAY_MS);
  });
});

describe('waitBeforeAttempt', () => {
  const now = Date.parse('2026-03-02T09:00:00Z');

  it('waits from the latest failure of this address at this account', () => {
    expect(waitBeforeAttempt({ pair: { count: 5, latestAt: now - 10_000 }, address: none }, now)).toBe(20_000);
    expect(waitBeforeAttempt({ pair: { count: 5, latestAt: now - 30_000 }, address: none }, now)).toBe(0);
    expect(waitBeforeAttempt({ pair: { count: 4, latestAt: now }, address: none }, now)).toBe(0);
  });

  it('stops an address with 30 failures at any accounts until the oldest leaves the window', () => {
    const address = { count: 30, oldestAt: now - ADDRESS_WINDOW_MS + 60_000 };
    expect(waitBeforeAttempt({ pair: { count: 0, latestAt: null }, address }, now)).toBe(60_000);
    expect(waitBeforeAttempt({ pair: { count: 0, latestAt: null }, address: { ...address, count: 29 } }, now)).toBe(0);
  });
});
