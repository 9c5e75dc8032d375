import { SummaryRollupService } from '@leitbild-monitor/api/summary';
import { MeasuresService } from '@leitbild-monitor/api/measures';
import { AnswerCache, TransactionRunner } from '@leitbild-monitor/api/platform';
import type { DashboardSummary, Measure, Page, PublicMeasure } from '@leitbild-monitor/shared/contracts';
import type request from 'supertest';
import { pinClock, releaseClock } from '../test/clock';
import { anonymous, api, Catalog, createMeasure, seedCatalog, signIn, withSession } from '../test/fixtures';
import { startTestApp, TEST_ADMIN, TEST_DATABASE, TestApp } from '../test/test-app';

/**
 * The one cache of answers on the data version (`@CachedOnDataVersion()`): ETag and 304, freshness after every
 * kind of write, nothing kept from an open write transaction, no cached answer to someone without rights, and the
 * same rate limit and security headers for answers served from the cache.
 */
describe('answers cached on the data version', () => {
  const TODAY = '2031-03-14';
  let test: TestApp;
  let catalogue: Catalog;
  let published: Measure;
  let internal: Measure;
  beforeAll(async () => {
    pinClock(`${TODAY}T09:30:00.000Z`);
    test = await startTestApp();
    catalogue = await seedCatalog(test.app);
    published = await createMeasure(test.app, {
      title: 'Cache: Sprachcafé',
      fieldOfActionId: catalogue.fields[0].id,
      leadActorId: catalogue.actors[0].id,
      public: true,
    });
    internal = await createMeasure(test.app, {
      title: 'Cache: Lotsenprojekt',
      fieldOfActionId: catalogue.fields[1].id,
    });
  });
  afterAll(async () => {
    await test.close();
    releaseClock();
  });
  const app = () => test.app;

  const CACHED = [
    { name: 'the signed-in summary', url: () => '/api/v1/dashboard/summary', signedIn: true },
    { name: 'the register', url: () => '/api/v1/measures?sort=title&limit=50', signedIn: true },
    { name: 'a measure page', url: () => `/api/v1/measures/${internal.id}`, signedIn: true },
    { name: 'the public summary', url: () => '/api/v1/public/summary', signedIn: false },
    { name: 'the public register', url: () => '/api/v1/public/measures?sort=title', signedIn: false },
    { name: 'a public measure', url: () => `/api/v1/public/measures/${published.id}`, signedIn: false },
  ];

  function read(url: string, signedIn: boolean, ifNoneMatch?: string): request.Test {
    const test = (signedIn ? api(app()) : anonymous(app())).get(url);
    return ifNoneMatch === undefined ? test : test.set('If-None-Match', ifNoneMatch);
  }

  async function measureVersion(id: string): Promise<number> {
    return ((await api(app()).get(`/api/v1/measures/${id}`).expect(200)).body as Measure).version;
  }

  describe.each(CACHED)('$name', ({ url, signedIn }) => {
    it('names its answer with an ETag and answers 304 without a body while the data has not changed', async () => {
      const first = await read(url(), signedIn).expect(200);
      const etag = first.headers['etag'];
      expect(etag).toMatch(/^"[^"]+"$/);
      expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
      const again = await read(url(), signedIn).expect(200);
      expect(again.headers['etag']).toBe(etag);
      expect(again.body).toEqual(first.body);

      const unchanged = await read(url(), signedIn, etag).expect(304);
      expect(unchanged.text ?? '').toBe('');
      expect(unchanged.headers['etag']).toBe(etag);
      await read(url(), signedIn, `W/${etag}`).expect(304);
      await read(url(), signedIn, `"other", ${etag}`).expect(304);
      await read(url(), signedIn, '"something-else"').expect(200);
    });

    it('answers 200 with a new ETag once a write has changed what it shows', async () => {
      const etag = (await read(url(), signedIn).expect(200)).headers['etag'];
      await read(url(), signedIn, etag).expect(304);
      const target = url().includes('public') ? published : internal;
      const version = await measureVersion(target.id);
      await api(app())
        .patch(`/api/v1/measures/${target.id}`)
        .set('If-Match', `"${version}"`)
        .send({ progress: (version * 7) % 100 })
        .expect(200);
      const fresh = await read(url(), signedIn, etag).expect(200);
      expect(fresh.headers['etag']).not.toBe(etag);
      // A measure shows its progress, a summary the mean progress of its field, here the one measure's.
      expect(JSON.stringify(fresh.body)).toMatch(new RegExp(`"(progress|meanProgress)":${(version * 7) % 100}\\b`));
    });
  });

  it('keeps the measure version as the ETag of a measure page, as If-Match needs it', async () => {
    const version = await measureVersion(internal.id);
    const page = await api(app()).get(`/api/v1/measures/${internal.id}`).expect(200);
    expect(page.headers['etag']).toBe(`"${version}"`);
    await api(app()).get(`/api/v1/measures/${internal.id}`).set('If-None-Match', `"${version}"`).expect(304);
  });

  describe('a write through any path makes the next answer fresh', () => {
    /** Reads twice (the second answer comes from the cache), writes, and reads again. */
    async function freshAfter(
      url: string,
      signedIn: boolean,
      write: () => Promise<unknown>,
      expectFresh: (body: unknown) => void,
    ): Promise<void> {
      await read(url, signedIn).expect(200);
      const cached = await read(url, signedIn).expect(200);
      await write();
      const fresh = await read(url, signedIn).expect(200);
      expect(fresh.headers['etag']).not.toBe(cached.headers['etag']);
      expectFresh(fresh.body);
    }
    const titles = (body: unknown) => (body as Page<{ title: string }>).items.map((item) => item.title);

    it('creating a measure in the register', async () => {
      await freshAfter(
        '/api/v1/measures?sort=title&limit=50',
        true,
        () => createMeasure(app(), { title: 'Cache: neu angelegt', fieldOfActionId: catalogue.fields[0].id }),
        (body) => expect(titles(body)).toContain('Cache: neu angelegt'),
      );
    });

    it('editing a measure (PATCH)', async () => {
      const version = await measureVersion(internal.id);
      await freshAfter(
        `/api/v1/measures/${internal.id}`,
        true,
        () =>
          api(app())
            .patch(`/api/v1/measures/${internal.id}`)
            .set('If-Match', `"${version}"`)
            .send({ title: 'Cache: Lotsenprojekt (geändert)' })
            .expect(200),
        (body) => expect((body as Measure).title).toBe('Cache: Lotsenprojekt (geändert)'),
      );
    });

    it('a status change', async () => {
      const version = await measureVersion(published.id);
      const inReview = (body: unknown) => (body as DashboardSummary).totals.byStatus.in_review;
      const before = inReview((await anonymous(app()).get('/api/v1/public/summary').expect(200)).body);
      await freshAfter(
        '/api/v1/public/summary',
        false,
        () =>
          api(app())
            .post(`/api/v1/measures/${published.id}/status`)
            .set('If-Match', `"${version}"`)
            .send({ status: 'in_review' })
            .expect(200),
        (body) => expect(inReview(body)).toBe(before + 1),
      );
    });

    it('a progress update', async () => {
      const version = await measureVersion(published.id);
      await freshAfter(
        `/api/v1/public/measures/${published.id}`,
        false,
        () =>
          api(app())
            .post(`/api/v1/measures/${published.id}/progress`)
            .set('If-Match', `"${version}"`)
            .send({ note: 'Halbzeit', progress: 50 })
            .expect(200),
        (body) => expect((body as PublicMeasure).progress).toBe(50),
      );
    });

    it('an import', async () => {
      const csv = (await api(app()).get('/api/v1/measures/export').query({ format: 'csv', sort: 'title' }).expect(200))
        .text;
      const renamed = csv.replace('Cache: Sprachcafé', 'Cache: Sprachcafé (importiert)');
      expect(renamed).not.toBe(csv);
      await freshAfter(
        '/api/v1/public/measures?sort=title',
        false,
        async () => {
          const result = await api(app())
            .post('/api/v1/measures/import')
            .query({ mode: 'commit' })
            .attach('file', Buffer.from(renamed, 'utf8'), 'massnahmen.csv')
            .expect(200);
          expect(result.body.errors).toEqual([]);
        },
        (body) => expect(titles(body)).toContain('Cache: Sprachcafé (importiert)'),
      );
    });

    it('renaming a field of action (catalogue)', async () => {
      const field = catalogue.fields[1];
      await freshAfter(
        '/api/v1/measures?sort=title&limit=50',
        true,
        () =>
          api(app())
            .patch(`/api/v1/fields-of-action/${field.id}`)
            .send({ name: `${field.name} (neu)` })
            .expect(200),
        (body) =>
          expect((body as Page<{ fieldOfActionName: string }>).items.map((item) => item.fieldOfActionName)).toContain(
            `${field.name} (neu)`,
          ),
      );
    });

    it('renaming an actor (catalogue)', async () => {
      const actor = catalogue.actors[0];
      await freshAfter(
        `/api/v1/public/measures/${published.id}`,
        false,
        () =>
          api(app())
            .patch(`/api/v1/actors/${actor.id}`)
            .send({ name: `${actor.name} (neu)` })
            .expect(200),
        (body) => expect((body as PublicMeasure).leadActorName).toBe(`${actor.name} (neu)`),
      );
    });

    it('a reporting date: its own answers are not cached, and the cached ones it does not change stay valid', async () => {
      const etag = (await api(app()).get('/api/v1/dashboard/summary').expect(200)).headers['etag'];
      const created = await api(app())
        .post('/api/v1/reporting-dates')
        .send({ name: 'Sitzung März', date: TODAY })
        .expect(201);
      const list = await api(app()).get('/api/v1/reporting-dates').expect(200);
      expect(JSON.stringify(list.body)).toContain(created.body.id);
      expect(list.headers['etag']).toBeUndefined();
      await api(app()).get('/api/v1/dashboard/summary').set('If-None-Match', etag).expect(304);
    });
  });

  it('computes an answer once for requests that arrive together, and once per data version', async () => {
    const summaries = app().get(SummaryRollupService);
    const version = await measureVersion(published.id);
    await api(app())
      .patch(`/api/v1/measures/${published.id}`)
      .set('If-Match', `"${version}"`)
      .send({ description: 'zusammen' })
      .expect(200);
    const computed = jest.spyOn(summaries, 'summary');
    try {
      const answers = await Promise.all(
        Array.from({ length: 8 }, () =>
          anonymous(app()).get('/api/v1/public/summary?fieldOfAction=' + catalogue.fields[0].id),
        ),
      );
      expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(200));
      expect(new Set(answers.map((answer) => answer.headers['etag'])).size).toBe(1);
      expect(computed).toHaveBeenCalledTimes(1);
    } finally {
      computed.mockRestore();
    }
  });

  it('answers a read during an open write transaction from committed rows only, and keeps only what was committed', async () => {
    const measures = app().get(MeasuresService);
    const transactions = app().get(TransactionRunner);
    const url = `/api/v1/measures/${internal.id}`;
    // A committed write first, so that the read below finds no stored answer of the current version.
    const version = await measureVersion(internal.id);
    const committed = 'Cache: Lotsenprojekt (gespeichert)';
    await api(app()).patch(url).set('If-Match', `"${version}"`).send({ title: committed }).expect(200);

    // The read takes the data version first and then waits inside the route until the write transaction has
    // written (as a read between two slices of an import does): it must not see the uncommitted title.
    let entered!: () => void;
    const readEntered = new Promise<void>((resolve) => (entered = resolve));
    let written!: () => void;
    const writeDone = new Promise<void>((resolve) => (written = resolve));
    let rollBack!: () => void;
    const rollBackNow = new Promise<void>((resolve) => (rollBack = resolve));
    const original = measures.get.bind(measures);
    const slowRead = jest.spyOn(measures, 'get').mockImplementation(async (...args) => {
      entered();
      await writeDone;
      return original(...args);
    });
    try {
      const during = api(app())
        .get(url)
        .then((response) => response);
      await readEntered;
      const transaction = transactions
        .run(async (manager) => {
          const update =
            TEST_DATABASE === 'postgres'
              ? 'UPDATE measure SET title = $1 WHERE id = $2'
              : 'UPDATE measure SET title = ? WHERE id = ?';
          await manager.query(update, ['Cache: nie gespeichert', internal.id]);
          written();
          await rollBackNow;
          throw new Error('rolled back on purpose');
        })
        .catch((error: Error) => error.message);
      const seenDuring = await during;
      expect(seenDuring.status).toBe(200);
      // Reads use a connection of their own, which sees committed rows only (SQLite: see TransactionRunner) ...
      expect(seenDuring.body.title).toBe(committed);
      rollBack();
      expect(await transaction).toBe('rolled back on purpose');
    } finally {
      slowRead.mockRestore();
    }
    // ... and after the rollback the same data version answers with what is committed.
    const after = await api(app()).get(url).expect(200);
    expect(after.body.title).toBe(committed);
  });

  describe('rights', () => {
    it.each(CACHED.filter((route) => route.signedIn))(
      'never answers $name from the cache to a caller without a sign-in or with a bad token',
      async ({ url }) => {
        const cached = await api(app()).get(url()).expect(200);
        await api(app()).get(url()).expect(200);
        for (const ifNoneMatch of [undefined, cached.headers['etag'] as string]) {
          const anonymousRead = anonymous(app()).get(url());
          if (ifNoneMatch) anonymousRead.set('If-None-Match', ifNoneMatch);
          const refused = await anonymousRead.expect(401);
          expect(refused.headers['etag']).toBeUndefined();
          expect(JSON.stringify(refused.body)).not.toContain('Cache:');
          const badToken = await api(app(), 'lbm_not-a-token').get(url()).expect(401);
          expect(badToken.headers['etag']).toBeUndefined();
        }
      },
    );

    it('answers a signed-in session from the cache only after its session was checked', async () => {
      const session = await signIn(app(), TEST_ADMIN.email, TEST_ADMIN.password);
      const url = '/api/v1/dashboard/summary';
      const etag = (await withSession(app(), session).get(url).expect(200)).headers['etag'];
      await withSession(app(), session).get(url).set('If-None-Match', etag).expect(304);
      await withSession(app(), session).post('/api/v1/auth/logout').expect(204);
      await withSession(app(), session).get(url).set('If-None-Match', etag).expect(401);
    });
  });
});

describe('answers served from the cache, rate limit and headers', () => {
  const LIMIT = 10;
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp({ RATE_LIMIT_PER_MINUTE: String(LIMIT) });
  });
  afterAll(() => test.close());

  it('carry the security headers of an uncached answer and count against the same rate limit', async () => {
    const app = test.app;
    const inChain = jest.spyOn(app.get(AnswerCache), 'answerInChain');
    try {
      const uncached = await anonymous(app).get('/api/v1/public/summary').expect(200);
      const cached = await anonymous(app).get('/api/v1/public/summary').expect(200);
      // The second answer did not go through Nest's interceptors: it was served as the request arrived.
      expect(inChain).toHaveBeenCalledTimes(1);
      expect(cached.body).toEqual(uncached.body);
      const varying = new Set(['date', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'keep-alive', 'connection']);
      const headers = (response: request.Response) =>
        Object.fromEntries(Object.entries(response.headers).filter(([name]) => !varying.has(name)));
      expect(headers(cached)).toEqual(headers(uncached));
      for (const name of [
        'content-security-policy',
        'strict-transport-security',
        'x-frame-options',
        'x-content-type-options',
        'referrer-policy',
        'x-ratelimit-limit',
      ]) {
        expect(cached.headers[name]).toBeDefined();
      }
      expect(Number(cached.headers['x-ratelimit-remaining'])).toBe(
        Number(uncached.headers['x-ratelimit-remaining']) - 1,
      );

      const etag = cached.headers['etag'];
      const statuses: number[] = [];
      for (let request = 2; request < LIMIT + 2; request += 1) {
        statuses.push((await anonymous(app).get('/api/v1/public/summary').set('If-None-Match', etag)).status);
      }
      // Two requests signed the tests in and two were answered above (the limit counts the address across all
      // routes); the rest of the limit from the cache, then refused — as the chain refuses.
      expect(statuses).toEqual([...Array(LIMIT - 4).fill(304), 429, 429, 429, 429]);
      const refused = await anonymous(app).get('/api/v1/public/summary').expect(429);
      expect(refused.headers['retry-after']).toBeDefined();
      expect(refused.headers['content-security-policy']).toBeDefined();
      expect(refused.headers['etag']).toBeUndefined();
      expect(refused.body).toMatchObject({ statusCode: 429 });
      expect(inChain).toHaveBeenCalledTimes(1);
    } finally {
      inChain.mockRestore();
    }
  });
});
