import {
  ACTOR_TYPES,
  FEASIBILITY_VERDICTS,
  HISTORY_KINDS,
  MEASURE_ORIGINS,
  MEASURE_SORT_KEYS,
  MEASURE_STATUSES,
  TEXT_LIMITS,
  USER_ROLES,
} from '@leitbild-monitor/shared/contracts';
import type {
  Actor,
  FieldOfAction,
  LeitbildSection,
  Measure,
  Page,
  StatusDefinition,
  User,
} from '@leitbild-monitor/shared/contracts';
import fc from 'fast-check';
import type { Response } from 'supertest';
import { DataSource } from 'typeorm';
import * as A from '../test/hostile-input.arbitraries';
import {
  anonymous,
  api,
  Catalog,
  createMeasure,
  errorBodyProblem,
  seedCatalog,
  Session,
  signIn,
  userWithToken,
  withSession,
} from '../test/fixtures';
import { startTestApp, TEST_ADMIN, TestApp } from '../test/test-app';

/**
 * Property-based tests with hostile input: generated bodies, query strings and headers against every write
 * and list endpoint. For every request: never a 5xx, every 4xx has the contract's error body, the server stays
 * up; at the end nothing invalid is stored and no prototype is polluted. The second `describe` holds targeted
 * regression tests, each aimed at one input that once broke the product.
 */
const MEASURE_SORT_VALUES = MEASURE_SORT_KEYS.flatMap((key) => [key, `-${key}`]);
const CURRENT_PASSWORD = 'current password of the self-service user';
const NEXT_STATUS = 'a status the lifecycle allows next';

type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';
type Query = { pairs: A.QueryPair[]; rawPieces: string[] };

/** One request as sent, for the failure message. */
interface Sent {
  method: Method;
  path: string;
  query?: Query;
  body?: A.Body;
  contentType?: string;
  headers?: [string, string][];
  ifMatch?: string;
  /** undefined: the administrator's token; null: anonymous. */
  token?: string | null;
  /** Sent with this browser session (cookies and X-XSRF-TOKEN) instead of a token. */
  session?: Session;
}

// ------------------------------------------------------------------------------------------------------------
// Helpers that know nothing about the application under test

const codePoints = (text: string) => [...text].length;

/** Lone surrogates replaced, so the text can be URL-encoded. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** A real calendar date YYYY-MM-DD (years 1–9999), checked independently of the product's validator. */
function isRealDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= (days ?? 0);
}

function encodeQueryText(text: string, encoding: A.QueryEncoding): string {
  const encoded = encodeURIComponent(wellFormed(text));
  // "loose": %, quotes and brackets as they are, so broken escapes and `a[b]` keys reach the server.
  return encoding === 'loose'
    ? encoded.replace(/%25/g, '%').replace(/%27/g, "'").replace(/%5B/g, '[').replace(/%5D/g, ']')
    : encoded;
}

function describeSent(sent: Sent): string {
  const body = sent.body ? payloadOf(sent.body) : undefined;
  const bodyText =
    body === undefined
      ? ''
      : Buffer.isBuffer(body)
        ? `bytes ${body.toString('hex').slice(0, 200)}`
        : body.slice(0, 300);
  return (
    `${sent.method.toUpperCase()} ${urlOf(sent).slice(0, 300)}` +
    (sent.ifMatch !== undefined ? `\n  If-Match: ${sent.ifMatch.slice(0, 60)}` : '') +
    (sent.contentType !== undefined ? `\n  Content-Type: ${sent.contentType.slice(0, 60)}` : '') +
    (sent.headers?.length ? `\n  ${sent.headers.map(([k, v]) => `${k}: ${v.slice(0, 40)}`).join('\n  ')}` : '') +
    (bodyText ? `\n  body: ${bodyText}` : '')
  );
}

function urlOf(sent: Sent): string {
  if (!sent.query) return sent.path;
  const pieces = [
    ...sent.query.pairs.map(
      ([key, value, encoding]) => `${encodeQueryText(key, encoding)}=${encodeQueryText(value, encoding)}`,
    ),
    ...sent.query.rawPieces,
  ];
  return pieces.length > 0 ? `${sent.path}?${pieces.join('&')}` : sent.path;
}

function payloadOf(body: A.Body): string | Buffer {
  switch (body.kind) {
    case 'entries':
      return A.jsonText(body.entries);
    case 'text':
      return body.text;
    case 'bytes':
      return Buffer.from(body.bytes);
    case 'huge':
      return A.jsonText([[body.field, A.js(body.unit.repeat(Math.ceil((1024 * 1024) / body.unit.length)))]]);
  }
}

/** The contract's error body: exactly `{ statusCode, error, message }`, message a string or list of strings. */
function isContractError(body: unknown, status: number): boolean {
  return errorBodyProblem(body, status) === null;
}

/** A path segment from generated text: well-formed and URL-encoded. */
function segment(text: string): string {
  return encodeURIComponent(wellFormed(text));
}

// ------------------------------------------------------------------------------------------------------------

describe('hostile input', () => {
  let test: TestApp;
  let catalogue: Catalog;
  let guidelineIds: string[];
  let adminId: string;
  /** A second administrator whose own password, tokens and sessions the auth properties play with. */
  let self: { id: string; password: string; email: string; session: Session; spareSessions: Session[] };
  const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
  /** Records the properties may address; grows with what they create. */
  const pools = {
    measures: [] as string[],
    comments: [] as { measureId: string; id: string }[],
    actors: [] as string[],
    fields: [] as string[],
    users: [] as string[],
    userEmails: [] as string[],
    tokens: [] as string[],
  };
  const statusCounts = new Map<number, number>();

  const app = () => test.app;
  const pick = <T>(pool: T[], index: number): T => pool[index % pool.length];

  beforeAll(async () => {
    test = await startTestApp();
    catalogue = await seedCatalog(app());
    guidelineIds = catalogue.guidelines.map((guideline) => guideline.id);
    pools.actors = catalogue.actors.map((actor) => actor.id);
    pools.fields = catalogue.fields.map((field) => field.id);
    adminId = (await api(app()).get('/api/v1/auth/me').expect(200)).body.id;
    for (const body of [
      { title: 'Sprachcafé', fieldOfActionId: pools.fields[0] },
      {
        title: 'Patenschaften',
        fieldOfActionId: pools.fields[1],
        leadActorId: pools.actors[0],
        partnerActorIds: [pools.actors[1]],
        guidelineIds: guidelineIds.slice(0, 2),
        plannedStart: '2027-01-01',
        plannedEnd: '2027-12-31',
        progress: 40,
        public: true,
      },
      {
        title: 'Beratung',
        fieldOfActionId: pools.fields[2],
        description: 'Mehrsprachig',
        contact: { name: 'Ayşe', email: 'ayse@example.org' },
      },
    ]) {
      pools.measures.push((await createMeasure(app(), body)).id);
    }
    for (const text of ['Erste Stellungnahme', 'Zweite Stellungnahme']) {
      const comment = await api(app())
        .post(`/api/v1/measures/${pools.measures[0]}/comments`)
        .send({ text })
        .expect(201);
      pools.comments.push({ measureId: pools.measures[0], id: comment.body.id });
    }
    const selfEmail = 'hostile-self@example.org';
    const selfUser = await userWithToken(app(), { email: selfEmail, role: 'admin', name: 'Selbstbedienung' });
    // Passwords and tokens are managed only with a session (an API token gets 403); spare sessions are for logout.
    const sessions = [];
    for (let i = 0; i < 3; i++) sessions.push(await signIn(app(), selfEmail, selfUser.password));
    self = {
      id: selfUser.id,
      password: selfUser.password,
      email: selfEmail,
      session: sessions[0],
      spareSessions: sessions.slice(1),
    };
    for (const [email, role] of [
      ['victim-editor@example.org', 'editor'],
      ['victim-viewer@example.org', 'viewer'],
    ]) {
      const user = await api(app())
        .post('/api/v1/users')
        .send({ email, role, name: email, password: 'hostile-probe-secret-1' })
        .expect(201);
      pools.users.push(user.body.id);
      pools.userEmails.push(email);
    }
    for (const name of ['spare-1', 'spare-2']) {
      pools.tokens.push(
        (await withSession(app(), self.session).post('/api/v1/auth/tokens').send({ name }).expect(201)).body.id,
      );
    }
  });
  afterAll(() => test.close());

  /** Sends one request and checks the answer: below 500, and every 4xx in the contract's error shape. */
  async function send(sent: Sent): Promise<Response> {
    const client = sent.session
      ? (withSession(app(), sent.session) as ReturnType<typeof api>)
      : sent.token === undefined
        ? api(app())
        : sent.token === null
          ? anonymous(app())
          : api(app(), sent.token);
    let call = client[sent.method](urlOf(sent));
    for (const [name, value] of sent.headers ?? []) call = call.set(name, value);
    if (sent.ifMatch !== undefined) call = call.set('If-Match', sent.ifMatch);
    if (sent.body) {
      call = call
        .set('Content-Type', sent.contentType ?? 'application/json')
        .serialize((payload: unknown) => payload as string)
        .send(payloadOf(sent.body) as string);
    }
    let response: Response;
    try {
      response = await call;
    } catch (error) {
      throw new Error(`request failed without an answer (${(error as Error).message}):\n${describeSent(sent)}`);
    }
    statusCounts.set(response.status, (statusCounts.get(response.status) ?? 0) + 1);
    if (response.status >= 500) {
      throw new Error(`answered ${response.status}:\n${describeSent(sent)}\n→ ${response.text.slice(0, 300)}`);
    }
    if (response.status >= 400 && !isContractError(response.body, response.status)) {
      throw new Error(
        `a ${response.status} without the contract's error body:\n${describeSent(sent)}\n→ ${response.text.slice(0, 300)}`,
      );
    }
    return response;
  }

  async function expectHealthy(): Promise<void> {
    await anonymous(app()).get('/api/v1/health').expect(200, { status: 'ok' });
  }

  /** The If-Match header for a write to a measure, resolved against its current version. */
  async function ifMatchFor(measureId: string | null, spec: A.IfMatch): Promise<string | undefined> {
    if ('absent' in spec) return undefined;
    if ('raw' in spec) return spec.raw;
    const version = (await currentOf(measureId))?.version ?? 1;
    if ('offset' in spec) return `"${version + spec.offset}"`;
    const tag = spec.unquoted ? String(version) : `"${version}"`;
    return spec.weak ? `W/${tag}` : tag;
  }

  async function currentOf(measureId: string | null): Promise<Measure | null> {
    const read = measureId ? await api(app()).get(`/api/v1/measures/${encodeURIComponent(measureId)}`) : null;
    return read?.status === 200 ? (read.body as Measure) : null;
  }

  /** `NEXT_STATUS` in a status body becomes a status the lifecycle allows next (GET /measures/statuses). */
  async function withNextStatus(body: A.Body, measureId: string | null, choice: number): Promise<A.Body> {
    if (body.kind !== 'entries' || !body.entries.some(([, value]) => 'js' in value && value.js === NEXT_STATUS)) {
      return body;
    }
    const definitions = (await api(app()).get('/api/v1/measures/statuses').expect(200)).body as StatusDefinition[];
    const current = (await currentOf(measureId))?.status;
    const next = definitions.find((definition) => definition.key === current)?.next;
    const status = next && next.length > 0 ? pick(next, choice) : 'in_review';
    return {
      kind: 'entries',
      entries: body.entries.map(([key, value]) => [
        key,
        'js' in value && value.js === NEXT_STATUS ? A.js(status) : value,
      ]),
    };
  }

  const resolve = (id: A.PathId, pool: string[]) =>
    'pool' in id ? (pool.length > 0 ? pick(pool, id.pool) : 'none') : null;
  const pathSegment = (id: A.PathId, pool: string[]) =>
    'pool' in id ? encodeURIComponent(resolve(id, pool) as string) : segment(id.raw);

  // ---- generators that need the catalogue (built inside the tests, after beforeAll) ----

  const idLike = () => fc.oneof(A.hostileId.map(A.js), A.hostileValue);
  const option = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });
  const envelope = () =>
    fc.record({
      contentType: A.contentType,
      headers: A.extraHeaders,
      query: fc.oneof(
        { weight: 5, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: A.queryOf(measureQueryKeys()) },
      ),
    });

  function measureFields() {
    const valid = <T>(arbitrary: fc.Arbitrary<T>, invalid: fc.Arbitrary<A.BodyValue> = A.hostileValue) =>
      A.field(arbitrary, invalid);
    const contactInvalid = fc.oneof(
      A.hostileValue,
      fc
        .record({ name: A.hostileValue, email: A.hostileEmail }, { requiredKeys: [] })
        .map((record) => A.raw(A.jsonText(Object.entries(record)))),
      fc.constant(A.raw('{"phone":"040"}')),
    );
    return {
      title: valid(A.validText(TEXT_LIMITS.title)),
      fieldOfActionId: valid(fc.constantFrom(...pools.fields), idLike()),
      description: valid(option(A.validText(TEXT_LIMITS.description))),
      guidelineIds: valid(fc.subarray(guidelineIds, { maxLength: 5 })),
      leadActorId: valid(option(fc.constantFrom(...pools.actors)), idLike()),
      partnerActorIds: valid(fc.subarray(pools.actors, { maxLength: 2 })),
      contact: valid(
        option(
          fc.record(
            { name: option(A.validText(TEXT_LIMITS.name)), email: option(fc.emailAddress()) },
            { requiredKeys: [] },
          ),
        ),
        contactInvalid,
      ),
      origin: valid(option(fc.constantFrom(...MEASURE_ORIGINS))),
      plannedStart: valid(option(A.validDate), A.invalidDate),
      plannedEnd: valid(option(A.validDate), A.invalidDate),
      actualStart: valid(option(A.validDate), A.invalidDate),
      actualEnd: valid(option(A.validDate), A.invalidDate),
      progress: valid(option(fc.integer({ min: 0, max: 100 })), fc.oneof(A.hostileNumber, A.hostileValue)),
      public: valid(fc.boolean()),
      feasibility: valid(option(fc.constantFrom(...FEASIBILITY_VERDICTS))),
      feasibilityReason: valid(option(A.validText(TEXT_LIMITS.feasibilityReason))),
    };
  }

  /** An all-valid measure body made consistent: dates in order, the lead actor not among the partners. */
  function consistentMeasure(record: Partial<Record<string, unknown>>): Partial<Record<string, unknown>> {
    const fixed = { ...record };
    for (const [start, end] of [
      ['plannedStart', 'plannedEnd'],
      ['actualStart', 'actualEnd'],
    ]) {
      const [a, b] = [fixed[start], fixed[end]];
      if (typeof a === 'string' && typeof b === 'string' && b < a) [fixed[start], fixed[end]] = [b, a];
    }
    if (Array.isArray(fixed['partnerActorIds'])) {
      fixed['partnerActorIds'] = fixed['partnerActorIds'].filter((id) => id !== fixed['leadActorId']);
    }
    return fixed;
  }

  function measureQueryKeys(): Record<string, fc.Arbitrary<string>> {
    return {
      page: fc.integer({ min: 1, max: 5 }).map(String),
      limit: fc.integer({ min: 1, max: 100 }).map(String),
      sort: fc.constantFrom(...MEASURE_SORT_VALUES),
      q: A.validText(20),
      status: fc.constantFrom(...MEASURE_STATUSES),
      fieldOfAction: fc.constantFrom(...pools.fields),
      actor: fc.constantFrom(...pools.actors),
      guideline: fc.constantFrom(...guidelineIds),
      overdue: fc.constantFrom('true', 'false'),
    };
  }

  const pagination = () => ({
    page: fc.integer({ min: 1, max: 3 }).map(String),
    limit: fc.integer({ min: 1, max: 100 }).map(String),
  });

  // ---- the properties ----

  it('POST /measures: any body, content type, header and query → never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        A.bodyOf(measureFields(), ['title', 'fieldOfActionId'], consistentMeasure),
        envelope(),
        async (body, { contentType, headers, query }) => {
          const response = await send({
            method: 'post',
            path: '/api/v1/measures',
            body,
            contentType,
            headers,
            query,
          });
          if (response.status === 201) pools.measures.push(response.body.id);
        },
      ),
      { numRuns: 100 },
    );
    await expectHealthy();
  });

  it('PATCH /measures/:id, POST …/status and …/progress: any body and If-Match → never 5xx', async () => {
    const patch = fc.record({
      kind: fc.constant('patch' as const),
      body: A.bodyOf(measureFields(), [], consistentMeasure),
    });
    const status = fc.record({
      kind: fc.constant('status' as const),
      body: A.bodyOf(
        {
          status: A.field(fc.oneof(fc.constant(NEXT_STATUS), fc.constantFrom(...MEASURE_STATUSES))),
          note: A.field(option(A.validText(TEXT_LIMITS.note))),
        },
        ['status'],
      ),
    });
    const progress = fc.record({
      kind: fc.constant('progress' as const),
      body: A.bodyOf(
        {
          note: A.field(A.validText(TEXT_LIMITS.note)),
          progress: A.field(option(fc.integer({ min: 0, max: 100 })), A.hostileNumber),
        },
        ['note'],
      ),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(patch, status, progress),
        A.pathId,
        A.ifMatch,
        fc.nat(),
        envelope(),
        async (write, id, ifMatchSpec, choice, { contentType, headers, query }) => {
          const measureId = resolve(id, pools.measures);
          const path = `/api/v1/measures/${pathSegment(id, pools.measures)}${write.kind === 'patch' ? '' : `/${write.kind}`}`;
          const ifMatch = await ifMatchFor(measureId, ifMatchSpec);
          await send({
            method: write.kind === 'patch' ? 'patch' : 'post',
            path,
            body: await withNextStatus(write.body, measureId, choice),
            contentType,
            headers,
            query,
            ifMatch,
          });
        },
      ),
      { numRuns: 100 },
    );
    await expectHealthy();
  });

  it('POST and PATCH review comments: any body → never 5xx', async () => {
    const text = A.bodyOf({ text: A.field(A.validText(TEXT_LIMITS.comment)) }, ['text']);
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        A.pathId,
        A.pathId,
        fc.boolean(),
        text,
        envelope(),
        async (create, measure, comment, sameMeasure, body, { contentType, headers, query }) => {
          const known = 'pool' in comment ? pick(pools.comments, comment.pool) : null;
          const measureSegment =
            known && sameMeasure ? encodeURIComponent(known.measureId) : pathSegment(measure, pools.measures);
          const commentSegment = known ? encodeURIComponent(known.id) : segment((comment as { raw: string }).raw);
          const path = create
            ? `/api/v1/measures/${measureSegment}/comments`
            : `/api/v1/measures/${measureSegment}/comments/${commentSegment}`;
          const response = await send({
            method: create ? 'post' : 'patch',
            path,
            body,
            contentType,
            headers,
            query,
          });
          if (create && response.status === 201)
            pools.comments.push({ measureId: response.body.measureId, id: response.body.id });
        },
      ),
      { numRuns: 60 },
    );
    await expectHealthy();
  });

  it('POST and PATCH fields of action and actors: any body → never 5xx', async () => {
    const name = A.field(A.validText(TEXT_LIMITS.name));
    const field = { name, description: A.field(option(A.validText(TEXT_LIMITS.description))) };
    const actor = { name, type: A.field(fc.constantFrom(...ACTOR_TYPES)) };
    const write = fc.oneof(
      fc.record({
        resource: fc.constant('fields-of-action' as const),
        create: fc.boolean(),
        body: A.bodyOf(field, ['name']),
      }),
      fc.record({
        resource: fc.constant('actors' as const),
        create: fc.boolean(),
        body: A.bodyOf(actor, ['name', 'type']),
      }),
    );
    await fc.assert(
      fc.asyncProperty(
        write,
        A.pathId,
        envelope(),
        async ({ resource, create, body }, id, { contentType, headers, query }) => {
          const pool = resource === 'actors' ? pools.actors : pools.fields;
          const path = create ? `/api/v1/${resource}` : `/api/v1/${resource}/${pathSegment(id, pool)}`;
          const response = await send({
            method: create ? 'post' : 'patch',
            path,
            body,
            contentType,
            headers,
            query,
          });
          if (create && response.status === 201) pool.push(response.body.id);
        },
      ),
      { numRuns: 80 },
    );
    await expectHealthy();
  });

  it('POST /users, PATCH /users/:id, POST /users/:id/password: any body → never 5xx', async () => {
    const name = A.field(A.validText(TEXT_LIMITS.name));
    const role = A.field(fc.constantFrom(...USER_ROLES));
    const actorId = A.field(option(fc.constantFrom(...pools.actors)), idLike());
    const write = fc.oneof(
      fc.record({
        kind: fc.constant('create' as const),
        body: A.bodyOf(
          {
            email: A.field(fc.emailAddress(), A.hostileEmail),
            name,
            role,
            password: A.field(A.validPassword),
            actorId,
          },
          ['email', 'name', 'role', 'password'],
        ),
      }),
      fc.record({
        kind: fc.constant('patch' as const),
        body: A.bodyOf({ name, role, actorId, active: A.field(fc.boolean()) }),
      }),
      fc.record({
        kind: fc.constant('password' as const),
        body: A.bodyOf({ password: A.field(A.validPassword) }, ['password']),
      }),
    );
    await fc.assert(
      fc.asyncProperty(
        write,
        A.pathId,
        fc.boolean(),
        envelope(),
        async ({ kind, body }, id, targetAdmin, { contentType, headers, query }) => {
          // The administrator itself is a target too (it may not demote or deactivate itself); the self-service user is not.
          const target = targetAdmin && kind === 'patch' ? encodeURIComponent(adminId) : pathSegment(id, pools.users);
          const path =
            kind === 'create'
              ? '/api/v1/users'
              : kind === 'patch'
                ? `/api/v1/users/${target}`
                : `/api/v1/users/${target}/password`;
          const response = await send({
            method: kind === 'patch' ? 'patch' : 'post',
            path,
            body,
            contentType,
            headers,
            query,
          });
          if (kind === 'create' && response.status === 201) pools.users.push(response.body.id);
        },
      ),
      { numRuns: 50 },
    );
    await expectHealthy();
  });

  it('POST /auth/login, /auth/password, /auth/tokens, /auth/logout and DELETE /auth/tokens/:id: any body → never 5xx', async () => {
    const password = A.field(fc.constantFrom(TEST_ADMIN.password, 'hostile-probe-secret-1', 'wrong-password-1'));
    const operation = fc.oneof(
      fc.record({
        kind: fc.constant('login' as const),
        body: A.bodyOf(
          {
            email: A.field(
              fc.constantFrom(TEST_ADMIN.email, ...pools.userEmails, 'nobody@example.org'),
              A.hostileEmail,
            ),
            password,
          },
          ['email', 'password'],
        ),
      }),
      fc.record({
        kind: fc.constant('password' as const),
        body: A.bodyOf(
          {
            currentPassword: A.field(fc.constantFrom(CURRENT_PASSWORD, 'wrong-password-1')),
            newPassword: A.field(A.validPassword),
          },
          ['currentPassword', 'newPassword'],
        ),
      }),
      fc.record({
        kind: fc.constant('tokens' as const),
        body: A.bodyOf({ name: A.field(A.validText(TEXT_LIMITS.tokenName)) }, ['name']),
      }),
      fc.record({ kind: fc.constant('revoke' as const), body: fc.constant(undefined) }),
      fc.record({ kind: fc.constant('logout' as const), body: fc.constant(undefined) }),
    );
    await fc.assert(
      fc.asyncProperty(
        operation,
        A.pathId,
        fc.nat(),
        envelope(),
        async ({ kind, body }, id, spare, { contentType, headers, query }) => {
          let sentBody = body;
          if (sentBody?.kind === 'entries') {
            const current = self.password;
            sentBody = {
              kind: 'entries',
              entries: sentBody.entries.map(([key, value]) => [
                key,
                'js' in value && value.js === CURRENT_PASSWORD ? A.js(current) : value,
              ]),
            };
          }
          const path = {
            login: '/api/v1/auth/login',
            password: '/api/v1/auth/password',
            tokens: '/api/v1/auth/tokens',
            logout: '/api/v1/auth/logout',
            revoke: `/api/v1/auth/tokens/${pathSegment(id, pools.tokens)}`,
          }[kind];
          const response = await send({
            method: kind === 'revoke' ? 'delete' : 'post',
            path,
            body: sentBody,
            contentType: sentBody ? contentType : undefined,
            headers,
            query,
            token: kind === 'login' ? null : undefined,
            // Logging out ends a session for good, so it uses the spare ones (later: an ended one → 401).
            session: kind === 'login' ? undefined : kind === 'logout' ? pick(self.spareSessions, spare) : self.session,
          });
          if (kind === 'tokens' && response.status === 201) pools.tokens.push(response.body.id);
          if (kind === 'password' && response.status === 204 && sentBody?.kind === 'entries') {
            const sentNew = sentBody.entries.filter(([key]) => key === 'newPassword').pop()?.[1];
            if (sentNew && 'js' in sentNew) self.password = sentNew.js as string;
          }
        },
      ),
      { numRuns: 60 },
    );
    await expectHealthy();
  });

  it('PUT, DELETE and other unrouted methods on every resource path → never 5xx', async () => {
    const paths = [
      '/api/v1/measures',
      '/api/v1/measures/:m',
      '/api/v1/measures/:m/status',
      '/api/v1/measures/:m/comments/:c',
      '/api/v1/actors/:a',
      '/api/v1/fields-of-action/:f',
      '/api/v1/users/:u',
      '/api/v1/audit',
      '/api/v1/auth/tokens',
      '/api/v1/public/measures',
      '/api/v1/health',
      '/api/v1/measures/statuses',
      '/api/v1/guidelines',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<Method>('put', 'delete', 'patch', 'post'),
        fc.constantFrom(...paths),
        A.pathId,
        A.bodyOf({ title: A.field(A.hostileText) }),
        envelope(),
        async (method, template, id, body, { contentType, headers, query }) => {
          const path = template
            .replace(':m', pathSegment(id, pools.measures))
            .replace(':c', encodeURIComponent(pick(pools.comments, 0).id))
            .replace(':a', pathSegment(id, pools.actors))
            .replace(':f', pathSegment(id, pools.fields))
            .replace(':u', pathSegment(id, pools.users));
          await send({
            method,
            path,
            body,
            contentType,
            headers,
            query,
            ifMatch: '"1"',
          });
        },
      ),
      { numRuns: 40 },
    );
    await expectHealthy();
  });

  it('every write endpoint answers a 1 MB body with 413 (or 400), never 5xx', async () => {
    const endpoints: [Method, string][] = [
      ['post', '/api/v1/measures'],
      ['patch', '/api/v1/measures/:m'],
      ['post', '/api/v1/measures/:m/status'],
      ['post', '/api/v1/measures/:m/progress'],
      ['post', '/api/v1/measures/:m/comments'],
      ['patch', '/api/v1/measures/:m/comments/:c'],
      ['post', '/api/v1/fields-of-action'],
      ['patch', '/api/v1/fields-of-action/:f'],
      ['post', '/api/v1/actors'],
      ['patch', '/api/v1/actors/:a'],
      ['post', '/api/v1/users'],
      ['patch', '/api/v1/users/:u'],
      ['post', '/api/v1/users/:u/password'],
      ['post', '/api/v1/auth/login'],
      ['post', '/api/v1/auth/password'],
      ['post', '/api/v1/auth/tokens'],
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...endpoints),
        fc.constantFrom('title', 'name', 'text', 'note', 'description', 'email'),
        fc.constantFrom('x', 'ä', '🤝🏽', '\u202E', "' OR 1=1 --"),
        async ([method, template], field, unit) => {
          const comment = pools.comments[0];
          const path = template
            .replace(':m', comment.measureId)
            .replace(':c', comment.id)
            .replace(':f', pools.fields[0])
            .replace(':a', pools.actors[0])
            .replace(':u', pools.users[0]);
          const response = await send({
            method,
            path,
            body: { kind: 'huge', field, unit },
            ifMatch: '"1"',
            token: path.endsWith('/login') ? null : undefined,
          });
          expect([400, 413]).toContain(response.status);
        },
      ),
      { numRuns: 3 },
    );
    await expectHealthy();
  });

  it('every list endpoint: any query string (SQL fragments, duplicates, broken escapes, very long) → never 5xx', async () => {
    const measures = measureQueryKeys();
    const lists: { path: (id: A.PathId) => string; keys: Record<string, fc.Arbitrary<string>>; anonymous?: boolean }[] =
      [
        { path: () => '/api/v1/measures', keys: measures },
        { path: () => '/api/v1/public/measures', keys: measures, anonymous: true },
        {
          path: () => '/api/v1/actors',
          keys: { ...pagination(), q: A.validText(10), type: fc.constantFrom(...ACTOR_TYPES) },
        },
        { path: () => '/api/v1/fields-of-action', keys: pagination() },
        { path: () => '/api/v1/users', keys: pagination() },
        {
          path: () => '/api/v1/audit',
          keys: {
            ...pagination(),
            action: fc.constantFrom('measure.created', 'auth.login', 'access.denied', 'auth.login_failed'),
          },
        },
        {
          path: (id) => `/api/v1/measures/${pathSegment(id, pools.measures)}/history`,
          keys: { ...pagination(), kind: fc.constantFrom(...HISTORY_KINDS) },
        },
        { path: (id) => `/api/v1/measures/${pathSegment(id, pools.measures)}/comments`, keys: pagination() },
      ];
    const request = fc
      .integer({ min: 0, max: lists.length - 1 })
      .chain((index) => fc.tuple(fc.constant(lists[index]), A.queryOf(lists[index].keys), A.pathId, A.extraHeaders));
    await fc.assert(
      fc.asyncProperty(request, async ([list, query, id, headers]) => {
        const response = await send({
          method: 'get',
          path: list.path(id),
          query,
          headers,
          token: list.anonymous ? null : undefined,
        });
        if (response.status === 200) {
          expect(response.body).toEqual(
            expect.objectContaining({
              items: expect.any(Array),
              total: expect.any(Number),
              page: expect.any(Number),
              limit: expect.any(Number),
            }),
          );
          expect(response.body.items.length).toBeLessThanOrEqual(response.body.limit);
        }
      }),
      { numRuns: 100 },
    );
    await expectHealthy();
  });

  it('stored nothing invalid, and polluted no prototype', async () => {
    const readAll = async <T>(path: string): Promise<T[]> => {
      const items: T[] = [];
      for (let page = 1; ; page++) {
        const body = (await api(app()).get(path).query({ page, limit: 100 }).expect(200)).body as Page<T>;
        items.push(...body.items);
        if (body.items.length < 100 || items.length >= body.total) return items;
      }
    };
    const actors = await readAll<Actor>('/api/v1/actors');
    const fields = await readAll<FieldOfAction>('/api/v1/fields-of-action');
    const measures = await readAll<Measure>('/api/v1/measures');
    const users = await readAll<User>('/api/v1/users');
    const sections = (await api(app()).get('/api/v1/guidelines').expect(200)).body as LeitbildSection[];
    const actorIds = new Set(actors.map((actor) => actor.id));
    const fieldIds = new Set(fields.map((field) => field.id));
    const allGuidelineIds = new Set(sections.flatMap((section) => section.guidelines.map((guideline) => guideline.id)));

    const problems: string[] = [];
    const check = (ok: boolean, what: string) => {
      if (!ok) problems.push(what);
    };
    const text = (value: unknown, limit: number, nullable: boolean) =>
      (nullable && value === null) || (typeof value === 'string' && codePoints(value) <= limit);
    const nonBlank = (value: unknown, limit: number) =>
      typeof value === 'string' && value.trim() !== '' && codePoints(value) <= limit;

    for (const measure of measures) {
      const label = `measure ${measure.id} ${JSON.stringify(measure).slice(0, 400)}`;
      check(nonBlank(measure.title, TEXT_LIMITS.title), `${label}: title`);
      check(text(measure.description, TEXT_LIMITS.description, true), `${label}: description`);
      check(
        measure.progress === null ||
          (Number.isInteger(measure.progress) && measure.progress >= 0 && measure.progress <= 100),
        `${label}: progress`,
      );
      check((MEASURE_STATUSES as readonly string[]).includes(measure.status), `${label}: status`);
      for (const key of ['plannedStart', 'plannedEnd', 'actualStart', 'actualEnd'] as const) {
        check(measure[key] === null || isRealDate(measure[key]), `${label}: ${key}`);
      }
      check(
        !(measure.plannedStart && measure.plannedEnd && measure.plannedEnd < measure.plannedStart),
        `${label}: planned end before planned start`,
      );
      check(
        !(measure.actualStart && measure.actualEnd && measure.actualEnd < measure.actualStart),
        `${label}: actual end before actual start`,
      );
      check(fieldIds.has(measure.fieldOfActionId), `${label}: fieldOfActionId`);
      check(measure.leadActorId === null || actorIds.has(measure.leadActorId), `${label}: leadActorId`);
      check(
        Array.isArray(measure.guidelineIds) &&
          measure.guidelineIds.every((id) => allGuidelineIds.has(id)) &&
          new Set(measure.guidelineIds).size === measure.guidelineIds.length,
        `${label}: guidelineIds`,
      );
      check(
        Array.isArray(measure.partnerActorIds) &&
          measure.partnerActorIds.every((id) => actorIds.has(id) && id !== measure.leadActorId) &&
          new Set(measure.partnerActorIds).size === measure.partnerActorIds.length,
        `${label}: partnerActorIds`,
      );
      check(
        text(measure.contact?.name ?? null, TEXT_LIMITS.name, true) &&
          text(measure.contact?.email ?? null, TEXT_LIMITS.email, true),
        `${label}: contact`,
      );
      check(
        measure.origin === null || (MEASURE_ORIGINS as readonly string[]).includes(measure.origin),
        `${label}: origin`,
      );
      check(
        measure.feasibility === null || (FEASIBILITY_VERDICTS as readonly string[]).includes(measure.feasibility),
        `${label}: feasibility`,
      );
      check(text(measure.feasibilityReason, TEXT_LIMITS.feasibilityReason, true), `${label}: feasibilityReason`);
      check(
        typeof measure.public === 'boolean' && Number.isInteger(measure.version) && measure.version >= 1,
        `${label}: public/version`,
      );
    }
    for (const actor of actors) {
      check(
        nonBlank(actor.name, TEXT_LIMITS.name) && (ACTOR_TYPES as readonly string[]).includes(actor.type),
        `actor ${JSON.stringify(actor)}`,
      );
    }
    check(new Set(actors.map((actor) => actor.name)).size === actors.length, 'actor names are unique');
    for (const field of fields) {
      check(
        nonBlank(field.name, TEXT_LIMITS.name) &&
          text(field.description, TEXT_LIMITS.description, true) &&
          typeof field.key === 'string' &&
          field.key.length > 0 &&
          field.key.length <= 64,
        `field of action ${JSON.stringify(field).slice(0, 300)}`,
      );
    }
    check(new Set(fields.map((field) => field.name)).size === fields.length, 'field of action names are unique');
    for (const user of users) {
      check(
        nonBlank(user.name, TEXT_LIMITS.name) &&
          text(user.email, TEXT_LIMITS.email, false) &&
          (USER_ROLES as readonly string[]).includes(user.role) &&
          (user.actorId === null || actorIds.has(user.actorId)),
        `user ${JSON.stringify(user)}`,
      );
    }
    expect(problems).toEqual([]);
    // Some of the generated writes really went through, so the checks above had something to check.
    expect(measures.length).toBeGreaterThan(3);

    // Every stored measure can be read alone, and the views built from all of them still answer.
    for (const measure of measures) await api(app()).get(`/api/v1/measures/${measure.id}`).expect(200);
    await api(app()).get('/api/v1/dashboard/summary').expect(200);
    await anonymous(app()).get('/api/v1/public/summary').expect(200);
    await anonymous(app()).get('/api/v1/public/measures').query({ limit: 100 }).expect(200);

    // The database itself agrees: no rows the API does not show, no dangling links, no invalid values.
    const dataSource = app().get(DataSource);
    const count = async (sql: string) => Number((await dataSource.query(sql))[0].n);
    expect(await count('SELECT COUNT(*) AS n FROM measure')).toBe(measures.length);
    expect(
      await count(
        `SELECT COUNT(*) AS n FROM measure WHERE progress < 0 OR progress > 100 OR status NOT IN (${MEASURE_STATUSES.map((s) => `'${s}'`).join(', ')})`,
      ),
    ).toBe(0);
    expect(
      await count(
        'SELECT COUNT(*) AS n FROM measure_guideline WHERE guideline_id NOT IN (SELECT id FROM guideline) OR measure_id NOT IN (SELECT id FROM measure)',
      ),
    ).toBe(0);
    expect(
      await count(
        'SELECT COUNT(*) AS n FROM measure_partner_actor WHERE actor_id NOT IN (SELECT id FROM actor) OR measure_id NOT IN (SELECT id FROM measure)',
      ),
    ).toBe(0);

    // No `__proto__` or `constructor.prototype` payload reached a prototype: neither here nor in rows the app builds.
    const [row] = (await dataSource.query('SELECT COUNT(*) AS n FROM measure')) as Record<string, unknown>[];
    for (const object of [{}, row, Object.create(Object.getPrototypeOf(row))]) {
      expect((object as Record<string, unknown>)['polluted']).toBeUndefined();
      expect((object as Record<string, unknown>)['isAdmin']).toBeUndefined();
    }
    expect(([] as unknown as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);

    // Seen at least once: success, validation error, and the other 4xx the properties aim at.
    const seen = [...statusCounts.keys()];
    expect(seen).toEqual(expect.arrayContaining([200, 201, 400, 404, 413, 415]));
  });
});

/** Inputs that once broke the product, each sent by a property that always contains it; on a database of their own. */
describe('hostile input: regression tests', () => {
  let test: TestApp;
  let catalogue: Catalog;
  const app = () => test.app;
  const runs = { numRuns: 15, endOnFailure: true };

  beforeAll(async () => {
    test = await startTestApp();
    catalogue = await seedCatalog(app());
  });
  afterAll(() => test.close());

  const field = () => catalogue.fields[0].id;
  const actor = () => catalogue.actors[0].id;
  const fresh = async () => createMeasure(app(), { title: 'Ziel', fieldOfActionId: field() });
  const expectBelow500 = (response: Response, what: string) => {
    if (response.status >= 500) throw new Error(`${what} → ${response.status} ${response.text}`);
  };

  it('refuses a title or name of only whitespace with 400 instead of storing ""', async () => {
    const blank = fc.string({
      unit: fc.constantFrom(' ', '\t', '\n', '\u00A0', '\u2003', '\u3000', '\uFEFF'),
      minLength: 1,
      maxLength: 5,
    });
    await fc.assert(
      fc.asyncProperty(
        blank,
        fc.constantFrom('measure', 'measure-patch', 'actor', 'actor-patch', 'field', 'field-patch'),
        async (text, target) => {
          let response: Response;
          if (target === 'measure')
            response = await api(app()).post('/api/v1/measures').send({ title: text, fieldOfActionId: field() });
          else if (target === 'measure-patch')
            response = await api(app())
              .patch(`/api/v1/measures/${(await fresh()).id}`)
              .set('If-Match', '"1"')
              .send({ title: text });
          else if (target === 'actor')
            response = await api(app()).post('/api/v1/actors').send({ name: text, type: 'other' });
          else if (target === 'actor-patch')
            response = await api(app()).patch(`/api/v1/actors/${actor()}`).send({ name: text });
          else if (target === 'field')
            response = await api(app()).post('/api/v1/fields-of-action').send({ name: text });
          else response = await api(app()).patch(`/api/v1/fields-of-action/${field()}`).send({ name: text });
          expectBelow500(response, target);
          expect(response.status).toBe(400);
        },
      ),
      runs,
    );
  });

  it('answers PATCH actors / fields of action with a null name or type below 500', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(['actors', 'name'], ['actors', 'type'], ['fields-of-action', 'name']),
        async ([resource, key]) => {
          const id = resource === 'actors' ? actor() : field();
          expectBelow500(
            await api(app())
              .patch(`/api/v1/${resource}/${id}`)
              .send({ [key]: null }),
            `PATCH ${resource} ${key}: null`,
          );
        },
      ),
      runs,
    );
  });

  it('answers an empty string as leadActorId / actorId below 500', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('measure', 'measure-patch', 'user', 'user-patch'),
        fc.nat(),
        async (target, n) => {
          let response: Response;
          if (target === 'measure')
            response = await api(app())
              .post('/api/v1/measures')
              .send({ title: 'x', fieldOfActionId: field(), leadActorId: '' });
          else if (target === 'measure-patch')
            response = await api(app())
              .patch(`/api/v1/measures/${(await fresh()).id}`)
              .set('If-Match', '"1"')
              .send({ leadActorId: '' });
          else if (target === 'user')
            response = await api(app())
              .post('/api/v1/users')
              .send({
                email: `u${n}-${Date.now()}@example.org`,
                name: 'U',
                role: 'editor',
                password: 'password-123',
                actorId: '',
              });
          else
            response = await api(app())
              .patch(`/api/v1/users/${(await api(app()).get('/api/v1/auth/me')).body.id}`)
              .send({ actorId: '' });
          expectBelow500(response, `${target} with an empty actor id`);
        },
      ),
      runs,
    );
  });

  it('answers U+0000 in a body, query or path below 500', async () => {
    const withNul = fc
      .tuple(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }))
      .map(([a, b]) => `${a}\u0000${b}`);
    await fc.assert(
      fc.asyncProperty(withNul, fc.constantFrom('title', 'actor', 'q', 'path'), async (text, where) => {
        let response: Response;
        if (where === 'title')
          response = await api(app()).post('/api/v1/measures').send({ title: text, fieldOfActionId: field() });
        else if (where === 'actor')
          response = await api(app()).post('/api/v1/actors').send({ name: text, type: 'other' });
        else if (where === 'q') response = await api(app()).get('/api/v1/measures').query({ q: text });
        else response = await api(app()).get(`/api/v1/measures/${encodeURIComponent(text)}`);
        expectBelow500(response, `U+0000 in ${where}`);
      }),
      runs,
    );
  });

  it('never answers 5xx to a title padded with variation selectors, and stores at most 200 code points', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 101, max: 200 }),
        fc.constantFrom('❤\uFE0F', '☺\uFE0E', 'a\uFE0F'),
        async (count, unit) => {
          const title = unit.repeat(count);
          const response = await api(app()).post('/api/v1/measures').send({ title, fieldOfActionId: field() });
          expectBelow500(response, `title of ${count} × ${JSON.stringify(unit)}`);
          if (response.status === 201) expect(codePoints(response.body.title)).toBeLessThanOrEqual(TEXT_LIMITS.title);
        },
      ),
      runs,
    );
  });

  it('answers deeply nested JSON in a body field below 500', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 3_000, max: 20_000 }),
        fc.constantFrom('title', 'guidelineIds', 'contact'),
        fc.boolean(),
        async (depth, key, arrays) => {
          const nested = arrays
            ? `${'['.repeat(depth)}${']'.repeat(depth)}`
            : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
          const body = `{"title":"x","fieldOfActionId":"${field()}",${JSON.stringify(key)}:${nested}}`;
          expectBelow500(
            await api(app()).post('/api/v1/measures').set('Content-Type', 'application/json').send(body),
            `${key} nested ${depth} deep`,
          );
        },
      ),
      runs,
    );
  });

  it('refuses the date 0000-MM-DD with 400', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('plannedStart', 'plannedEnd', 'actualStart', 'actualEnd'),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        async (key, month, day) => {
          const date = `0000-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const response = await api(app())
            .post('/api/v1/measures')
            .send({ title: 'x', fieldOfActionId: field(), [key]: date });
          expectBelow500(response, `${key} ${date}`);
          expect(response.status).toBe(400);
        },
      ),
      runs,
    );
  });

  it('starting work never puts actualStart after an existing actualEnd', async () => {
    const pastDate = fc
      .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2020-12-31T00:00:00Z'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10));
    await fc.assert(
      fc.asyncProperty(pastDate, async (actualEnd) => {
        const measure = await createMeasure(app(), { title: 'Ende vor Beginn', fieldOfActionId: field(), actualEnd });
        let version = measure.version;
        let last: Response | undefined;
        for (const status of ['in_review', 'planned', 'in_progress']) {
          last = await api(app())
            .post(`/api/v1/measures/${measure.id}/status`)
            .set('If-Match', `"${version}"`)
            .send({ status });
          if (last.status !== 200) return; // refusing is fine
          version = last.body.version;
        }
        const stored = last?.body as Measure;
        expect(stored.actualStart === null || stored.actualEnd === null || stored.actualStart <= stored.actualEnd).toBe(
          true,
        );
      }),
      runs,
    );
  });

  it('answers a login e-mail that grows when lower-cased below 500', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 128, max: 254 }), async (count) => {
        expectBelow500(
          await anonymous(app())
            .post('/api/v1/auth/login')
            .send({ email: 'İ'.repeat(count), password: 'x' }),
          `login as ${count} × İ`,
        );
      }),
      runs,
    );
  });

  it('answers an e-mail with a lone surrogate below 500', async () => {
    const lone = fc.constantFrom('\ud800', 'a\udc00@example.org', 'x@exa\udbffmple.org', '\udfff\ud800');
    await fc.assert(
      fc.asyncProperty(lone, fc.constantFrom('contact', 'contact-patch', 'user'), async (email, target) => {
        let response: Response;
        if (target === 'contact') {
          response = await api(app())
            .post('/api/v1/measures')
            .send({ title: 'x', fieldOfActionId: field(), contact: { email } });
        } else if (target === 'contact-patch') {
          const measure = await fresh();
          response = await api(app())
            .patch(`/api/v1/measures/${measure.id}`)
            .set('If-Match', '"1"')
            .send({ contact: { email } });
        } else {
          response = await api(app())
            .post('/api/v1/users')
            .send({ email, name: 'U', role: 'viewer', password: 'password-123' });
        }
        expectBelow500(response, `${target} e-mail ${JSON.stringify(email)}`);
      }),
      runs,
    );
  });

  it('answers a malformed percent escape or an over-long id in the path with the contract error body', async () => {
    const badSegment = fc.oneof(
      fc.constantFrom('%', '%E0%A4%A', '%zz', '%C3'),
      fc.integer({ min: 101, max: 2_000 }).map((length) => 'x'.repeat(length)),
    );
    await fc.assert(
      fc.asyncProperty(
        badSegment,
        fc.constantFrom('/api/v1/measures/', '/api/v1/actors/', '/api/v1/fields-of-action/'),
        async (escape, prefix) => {
          const response = await api(app()).get(`${prefix}${escape}`);
          expectBelow500(response, `GET ${prefix}${escape}`);
          expect(isContractError(response.body, response.status)).toBe(true);
        },
      ),
      runs,
    );
  });
});
