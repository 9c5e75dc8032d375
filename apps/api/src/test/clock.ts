/**
 * Pins the clock for rules that depend on today (the default period, overdue, reporting dates): `Date` starts at
 * the given instant and runs on from there in real time, so a test gives the same answer on any day it runs.
 * Only `Date` is faked; timers, ticks and the event loop stay real, so the database drivers and Fastify work as
 * usual.
 */
export function pinClock(instant: string): void {
  jest.useFakeTimers({
    now: new Date(instant),
    advanceTimers: true,
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
}

/** Gives the real clock back. */
export function releaseClock(): void {
  jest.useRealTimers();
}
