import type { Actor, FieldOfAction, LeitbildSection, Measure, Page } from '@leitbild-monitor/shared/contracts';
import { isProblemCode } from '@leitbild-monitor/shared/contracts';
import type { FastifyInstance } from 'fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHash } from 'node:crypto';
import request from 'supertest';

const defaultTokens = new WeakMap<NestFastifyApplication, string>();

/** Makes `api(app)` send this personal API token. */
export function useToken(app: NestFastifyApplication, token: string): void {
  defaultTokens.set(app, token);
}

/**
 * supertest against the in-process server, signed in with a bearer token: by default the administrator's,
 * `null` for an anonymous caller.
 */
export function api(app: NestFastifyApplication, token: string | null = defaultTokens.get(app) ?? null) {
  const server = request(app.getHttpServer());
  const withToken = (test: request.Test) => (token ? test.set('Authorization', `Bearer ${token}`) : test);
  return {
    get: (url: string) => withToken(server.get(url)),
    post: (url: string) => withToken(server.post(url)),
    patch: (url: string) => withToken(server.patch(url)),
    put: (url: string) => withToken(server.put(url)),
    delete: (url: string) => withToken(server.delete(url)),
  };
}

export function anonymous(app: NestFastifyApplication) {
  return api(app, null);
}

/** A browser-like session: the cookies to send and the CSRF token to echo in X-XSRF-TOKEN. */
export interface Session {
  cookie: string;
  csrf: string;
  userId: string;
}

export async function signIn(app: NestFastifyApplication, email: string, password: string): Promise<Session> {
  const response = await request(app.getHttpServer()).post('/api/v1/auth/login').send({ email, password });
  if (response.status !== 200)
    throw new Error(`sign-in as ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const value = (name: string) =>
    cookies
      .find((cookie) => cookie.startsWith(`${name}=`))
      ?.split(';')[0]
      .split('=')[1] ?? '';
  return {
    cookie: `lbm_session=${value('lbm_session')}; XSRF-TOKEN=${value('XSRF-TOKEN')}`,
    csrf: value('XSRF-TOKEN'),
    userId: response.body.id,
  };
}

/** supertest with a session's cookies and (for writes) its CSRF header. */
export function withSession(app: NestFastifyApplication, session: Session) {
  const server = request(app.getHttpServer());
  return {
    get: (url: string) => server.get(url).set('Cookie', session.cookie),
    post: (url: string) => server.post(url).set('Cookie', session.cookie).set('X-XSRF-TOKEN', session.csrf),
    patch: (url: string) => server.patch(url).set('Cookie', session.cookie).set('X-XSRF-TOKEN', session.csrf),
    delete: (url: string) => server.delete(url).set('Cookie', session.cookie).set('X-XSRF-TOKEN', session.csrf),
  };
}

export async function createToken(app: NestFastifyApplication, session: Session, name: string): Promise<string> {
  const response = await withSession(app, session).post('/api/v1/auth/tokens').send({ name });
  if (response.status !== 201)
    throw new Error(`token creation failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.token as string;
}

/** Creates a user (as the administrator) and returns an API token of theirs. */
export async function userWithToken(
  app: NestFastifyApplication,
  user: { email: string; role: string; name?: string; actorId?: string | null },
): Promise<{ id: string; token: string; password: string }> {
  // Unique per user, and without the e-mail address in it (which the password rule refuses).
  const password = `pw-${createHash('sha256').update(user.email).digest('hex').slice(0, 16)}`;
  const created = await api(app)
    .post('/api/v1/users')
    .send({ name: user.name ?? user.email, password, ...user });
  if (created.status !== 201)
    throw new Error(`user creation failed: ${created.status} ${JSON.stringify(created.body)}`);
  const session = await signIn(app, user.email, password);
  return { id: created.body.id, token: await createToken(app, session, 'tests'), password };
}

export interface Catalog {
  fields: FieldOfAction[];
  guidelines: LeitbildSection['guidelines'];
  actors: Actor[];
}

/** The catalogue the tests build on: the bundled Leitbild and fields of action, plus three actors. */
export async function seedCatalog(app: NestFastifyApplication): Promise<Catalog> {
  const fields = (await api(app).get('/api/v1/fields-of-action').expect(200)).body as Page<FieldOfAction>;
  const sections = (await api(app).get('/api/v1/guidelines').expect(200)).body as LeitbildSection[];
  const actors: Actor[] = [];
  for (const [name, type] of [
    ['Bezirksamt Harburg – Sozialraummanagement', 'administration'],
    ['Harburger Integrationsrat', 'council'],
    ['Lokale Partnerschaften Harburg', 'network'],
  ]) {
    actors.push((await api(app).post('/api/v1/actors').send({ name, type }).expect(201)).body);
  }
  return { fields: fields.items, guidelines: sections.flatMap((section) => section.guidelines), actors };
}

export async function createMeasure(app: NestFastifyApplication, body: Record<string, unknown>): Promise<Measure> {
  const response = await api(app).post('/api/v1/measures').send(body);
  if (response.status !== 201) throw new Error(`create failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as Measure;
}

export async function countMeasures(app: NestFastifyApplication): Promise<number> {
  return ((await api(app).get('/api/v1/measures').expect(200)).body as Page<Measure>).total;
}

/**
 * What is wrong with an error answer's body, or null when it is the contract's: `statusCode` (the status),
 * `error`, `message` (a string or a list of strings) and `problems` — a non-empty list of `{ field, code, params }`
 * with `field` a string or null, `code` one of PROBLEM_CODES and `params` an object — and nothing else.
 */
export function errorBodyProblem(body: unknown, status: number): string | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'the body is not an object';
  const { statusCode, error, message, problems } = body as Record<string, unknown>;
  const keys = Object.keys(body).sort().join(',');
  if (keys !== 'error,message,problems,statusCode') return `the body has the keys ${keys}`;
  if (statusCode !== status) return `statusCode ${String(statusCode)} is not the status ${status}`;
  if (typeof error !== 'string' || error.length === 0) return 'error is not a text';
  if (!(typeof message === 'string' || (Array.isArray(message) && message.every((item) => typeof item === 'string'))))
    return 'message is neither a text nor a list of texts';
  if (!Array.isArray(problems) || problems.length === 0) return 'problems is not a non-empty list';
  for (const item of problems as Record<string, unknown>[]) {
    const wellFormed =
      typeof item === 'object' &&
      item !== null &&
      Object.keys(item).sort().join(',') === 'code,field,params' &&
      (item['field'] === null || typeof item['field'] === 'string') &&
      isProblemCode(item['code']) &&
      typeof item['params'] === 'object' &&
      item['params'] !== null &&
      !Array.isArray(item['params']);
    if (!wellFormed) return `the problem ${JSON.stringify(item)} is not { field, code (of PROBLEM_CODES), params }`;
  }
  return null;
}

const malformedErrorBodies: string[] = [];

/** The error answers since the last call whose body is not the contract's (see errorBodyProblem). */
export function takeMalformedErrorBodies(): string[] {
  return malformedErrorBodies.splice(0, malformedErrorBodies.length);
}

/**
 * Checks the body of every 4xx and 5xx answer of the in-process API, API route or not (a 404 for an unknown path,
 * a 413 or 429 from Fastify and its plugins): error-body-check.setup.ts fails the test during which one was not
 * the contract's.
 */
export function checkErrorBodies(fastify: FastifyInstance): void {
  fastify.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode < 400 || !request.url.startsWith('/api/')) return payload;
    const text = typeof payload === 'string' || Buffer.isBuffer(payload) ? payload.toString() : null;
    let body: unknown = text;
    try {
      body = text === null ? null : JSON.parse(text);
    } catch {
      // not JSON: reported below
    }
    // A commit of a file with errors answers 422 with the import's result, row errors with their codes included.
    const isImportResult = reply.statusCode === 422 && Array.isArray((body as { errors?: unknown } | null)?.errors);
    const problem = isImportResult ? null : errorBodyProblem(body, reply.statusCode);
    if (problem) {
      malformedErrorBodies.push(`${request.method} ${request.url} → ${reply.statusCode}: ${problem}`);
    }
    return payload;
  });
}

/**
 * The rows of a table, for tests that check that a failed or dry-run write left nothing behind. In `audit_entry` the
 * `audit.entry_skipped` entries do not count: on PostgreSQL the sealer records that way the ids a rolled-back
 * transaction took from the sequence (docs/security.md) — they belong to the chain, not to the write.
 */
export async function countRows(
  dataSource: { query: (sql: string) => Promise<{ n: string | number }[]> },
  table: string,
): Promise<number> {
  const where = table === 'audit_entry' ? " WHERE action <> 'audit.entry_skipped'" : '';
  return Number((await dataSource.query(`SELECT COUNT(*) AS n FROM ${table}${where}`))[0].n);
}
