import { answerKey, AnswerStore, dataVersionEtag, ifNoneMatchHolds, StoredAnswer } from './answer-store';

const answer = (version: string, body = 'x'): StoredAnswer => ({
  version,
  body: Buffer.from(body),
  etag: dataVersionEtag(version, '2031-03-14'),
});

describe('AnswerStore', () => {
  it('serves an answer only at the data version it was computed at', () => {
    const store = new AnswerStore();
    store.put('a', answer('3:abc'));
    expect(store.get('a', '3:abc')?.body.toString()).toBe('x');
    expect(store.get('a', '4:def')).toBeUndefined();
    // Same number, other stamp: a version reused after a rollback never matches.
    expect(store.get('a', '3:zzz')).toBeUndefined();
  });

  it('drops every answer of older versions once a newer one is stored, and never stores an older one', () => {
    const store = new AnswerStore();
    store.put('a', answer('3:abc'));
    store.put('b', answer('3:abc'));
    store.put('c', answer('4:def'));
    expect(store.size).toBe(1);
    store.put('d', answer('3:abc'));
    expect(store.get('d', '3:abc')).toBeUndefined();
  });

  it('lets the least recently used answer go first, within entry and byte limits', () => {
    const store = new AnswerStore({ maxEntries: 2, maxTotalBytes: 10, maxBodyBytes: 6 });
    store.put('a', answer('1:s', 'aa'));
    store.put('b', answer('1:s', 'bb'));
    store.get('a', '1:s');
    store.put('c', answer('1:s', 'cc'));
    expect(store.get('b', '1:s')).toBeUndefined();
    expect(store.get('a', '1:s')).toBeDefined();
    store.put('big', answer('1:s', '1234567'));
    expect(store.get('big', '1:s')).toBeUndefined();
    store.put('d', answer('1:s', '123456'));
    store.put('e', answer('1:s', '12345'));
    expect(store.get('d', '1:s')).toBeUndefined();
    expect(store.get('e', '1:s')).toBeDefined();
  });

  it('shares a computation in flight for its key and version until it settles', async () => {
    const store = new AnswerStore();
    let settle!: (value: StoredAnswer | null) => void;
    const running = new Promise<StoredAnswer | null>((resolve) => (settle = resolve));
    store.share('a', '1:s', running);
    expect(store.pending('a', '1:s')).toBe(running);
    expect(store.pending('a', '2:t')).toBeUndefined();
    settle(answer('1:s'));
    await running;
    await Promise.resolve();
    expect(store.pending('a', '1:s')).toBeUndefined();
  });
});

describe('answer keys and ETags', () => {
  it('keys on route, URL with query, visibility and day', () => {
    const key = answerKey('/r', '/r?a=1', 'public', '2031-03-14');
    expect(answerKey('/r', '/r?a=2', 'public', '2031-03-14')).not.toBe(key);
    expect(answerKey('/r', '/r?a=1', 'signed-in', '2031-03-14')).not.toBe(key);
    expect(answerKey('/r', '/r?a=1', 'public', '2031-03-15')).not.toBe(key);
  });

  it('names version and day in the ETag', () => {
    const etag = dataVersionEtag('3:abc', '2031-03-14');
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(dataVersionEtag('3:abd', '2031-03-14')).not.toBe(etag);
    expect(dataVersionEtag('3:abc', '2031-03-15')).not.toBe(etag);
  });

  it('compares If-None-Match weakly, in lists and with *', () => {
    expect(ifNoneMatchHolds('"a"', '"a"')).toBe(true);
    expect(ifNoneMatchHolds('W/"a"', '"a"')).toBe(true);
    expect(ifNoneMatchHolds('"b", "a"', '"a"')).toBe(true);
    expect(ifNoneMatchHolds('*', '"a"')).toBe(true);
    expect(ifNoneMatchHolds('"b"', '"a"')).toBe(false);
    expect(ifNoneMatchHolds('', '"a"')).toBe(false);
    expect(ifNoneMatchHolds(undefined, '"a"')).toBe(false);
  });
});
