import type { ThrottlerStorage } from '@nestjs/throttler';

export interface RateLimitRecord {
  totalHits: number;
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

interface Window {
  /** Start of the current fixed window (ms). */
  start: number;
  current: number;
  previous: number;
  blockedUntil: number;
}

/**
 * Storage of the per-address rate limit with constant work per request: a sliding-window counter (the hits of
 * the current fixed window plus the previous window's, weighted by how much of it still overlaps the sliding
 * window). The throttler's own in-memory storage keeps one timestamp per hit and filters the whole list on
 * every request: at thousands of requests per minute from one address — a reverse proxy without TRUST_PROXY,
 * a load test, a busy office — every request then costs time proportional to the traffic of the last minute,
 * which drove the load test's p99 latency to 20 s.
 *
 * Like the throttler's own, the state lives in the memory of one API instance: with several instances each one
 * counts the requests it sees (see docs/deployment.md).
 */
export class SlidingWindowRateLimitStorage implements ThrottlerStorage {
  private readonly windows = new Map<string, Window>();
  private sweeper: NodeJS.Timeout | null = null;
  private longestTtl = 0;

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<RateLimitRecord> {
    return this.hit(key, ttl, limit, blockDuration, throttlerName);
  }

  /** `increment` without the promise, for callers outside Nest's guard chain. */
  hit(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): RateLimitRecord {
    const now = Date.now();
    this.ensureSweeper(ttl, blockDuration);
    const id = `${throttlerName}\u0000${key}`;
    let window = this.windows.get(id);
    if (!window) {
      window = { start: now, current: 0, previous: 0, blockedUntil: 0 };
      this.windows.set(id, window);
    }
    if (now >= window.start + ttl) {
      const elapsedWindows = Math.floor((now - window.start) / ttl);
      window.previous = elapsedWindows === 1 ? window.current : 0;
      window.current = 0;
      window.start += elapsedWindows * ttl;
    }
    const timeToExpire = Math.max(1, Math.ceil((window.start + ttl - now) / 1000));
    const overlap = 1 - (now - window.start) / ttl;
    const counted = Math.floor(window.previous * overlap) + window.current;
    if (window.blockedUntil > now) {
      return {
        totalHits: counted + 1,
        timeToExpire,
        isBlocked: true,
        timeToBlockExpire: Math.ceil((window.blockedUntil - now) / 1000),
      };
    }
    if (counted + 1 > limit && blockDuration > 0) {
      window.blockedUntil = now + blockDuration;
      return {
        totalHits: counted + 1,
        timeToExpire,
        isBlocked: true,
        timeToBlockExpire: Math.ceil(blockDuration / 1000),
      };
    }
    window.current += 1;
    return { totalHits: counted + 1, timeToExpire, isBlocked: false, timeToBlockExpire: 0 };
  }

  /** Forgets addresses that have been quiet for two windows, so the map does not grow with every address seen. */
  private ensureSweeper(ttl: number, blockDuration: number): void {
    this.longestTtl = Math.max(this.longestTtl, ttl, blockDuration);
    if (this.sweeper) return;
    this.sweeper = setInterval(() => {
      const now = Date.now();
      for (const [id, window] of this.windows) {
        if (window.start + 2 * this.longestTtl < now && window.blockedUntil < now) this.windows.delete(id);
      }
    }, 60_000);
    this.sweeper.unref();
  }
}
