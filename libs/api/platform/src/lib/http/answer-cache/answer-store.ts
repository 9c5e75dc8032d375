/** Who may see an answer: anyone (a `@Public()` route) or any caller the route's guards let through. */
export type Visibility = 'public' | 'signed-in';

/** A serialised `200` answer, valid while the data version it was computed at is the current one. */
export interface StoredAnswer {
  version: string;
  body: Buffer;
  /** The route's own ETag (a measure's version, which If-Match needs), else one derived from version and day. */
  etag: string;
}

/** Answers kept per instance, their total size, and the largest one worth keeping. */
export interface AnswerStoreLimits {
  maxEntries: number;
  maxTotalBytes: number;
  maxBodyBytes: number;
}

export const DEFAULT_ANSWER_STORE_LIMITS: AnswerStoreLimits = {
  maxEntries: 2000,
  maxTotalBytes: 32 * 1024 * 1024,
  maxBodyBytes: 512 * 1024,
};

/**
 * What an answer of a cached route depends on besides the data version: the route, the URL with its query, who
 * may see it and today's date (overdue and the default period of the summaries depend on it). Nothing about the
 * caller beyond the visibility class: a route is declared cached only if its answer is the same for everybody
 * its guards let through.
 */
export function answerKey(route: string, url: string, visibility: Visibility, today: string): string {
  return `${visibility}\u0000${today}\u0000${route}\u0000${url}`;
}

/** The ETag of an answer without one of its own: a name for the data version and the day it was computed for. */
export function dataVersionEtag(version: string, today: string): string {
  return `"${Buffer.from(`${version} ${today}`).toString('base64url')}"`;
}

/** `If-None-Match` holds this ETag (weak comparison, RFC 9110 13.1.2), or is `*`. */
export function ifNoneMatchHolds(header: string | string[] | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const wanted = opaque(etag);
  for (const part of [header].flat().join(',').split(',')) {
    const tag = part.trim();
    if (tag === '*' || (tag !== '' && opaque(tag) === wanted)) return true;
  }
  return false;
}

function opaque(tag: string): string {
  return tag.startsWith('W/') ? tag.slice(2) : tag;
}

/**
 * The answers of the routes declared `@CachedOnDataVersion()`, kept in memory per instance. Only answers of the
 * newest data version seen are kept: once a write has moved the version, older answers can never be served again
 * and are dropped together. Least recently used answers go first when the limits are reached. Computations in
 * flight are shared, so a burst of requests after a write computes each answer once.
 */
export class AnswerStore {
  private readonly entries = new Map<string, StoredAnswer>();
  private readonly inFlight = new Map<string, { version: string; answer: Promise<StoredAnswer | null> }>();
  private bytes = 0;
  private newest = -1;

  constructor(private readonly limits: AnswerStoreLimits = DEFAULT_ANSWER_STORE_LIMITS) {}

  get size(): number {
    return this.entries.size;
  }

  /** The stored answer for the key if it was computed at this data version. */
  get(key: string, version: string): StoredAnswer | undefined {
    const entry = this.entries.get(key);
    if (entry?.version !== version) return undefined;
    // Most recently used last, so the oldest entry is the first to go.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** Keeps an answer unless a newer version has been stored meanwhile or it is too large. */
  put(key: string, answer: StoredAnswer): void {
    const number = versionNumber(answer.version);
    if (number > this.newest) {
      this.newest = number;
      this.entries.clear();
      this.bytes = 0;
    }
    if (number !== this.newest || answer.body.length > this.limits.maxBodyBytes) return;
    this.forget(key);
    while (
      this.entries.size > 0 &&
      (this.entries.size >= this.limits.maxEntries || this.bytes + answer.body.length > this.limits.maxTotalBytes)
    ) {
      this.forget(this.entries.keys().next().value as string);
    }
    this.entries.set(key, answer);
    this.bytes += answer.body.length;
  }

  /** A computation of this key at this version that is still running, if any. */
  pending(key: string, version: string): Promise<StoredAnswer | null> | undefined {
    const running = this.inFlight.get(key);
    return running?.version === version ? running.answer : undefined;
  }

  /** Registers a running computation; it is forgotten as soon as it settles. */
  share(key: string, version: string, answer: Promise<StoredAnswer | null>): void {
    this.inFlight.set(key, { version, answer });
    const done = () => {
      if (this.inFlight.get(key)?.answer === answer) this.inFlight.delete(key);
    };
    answer.then(done, done);
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  private forget(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.body.length;
  }
}

/** The counter part of a data version (`<number>:<stamp>`). */
function versionNumber(version: string): number {
  const number = Number(version.split(':')[0]);
  return Number.isFinite(number) ? number : 0;
}
