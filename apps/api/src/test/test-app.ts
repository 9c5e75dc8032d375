import { AppConfig, loadAppConfig, TransactionRunner } from '@leitbild-monitor/api/platform';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createApp } from '../app/create-app';
import { openApiDocuments } from '../app/openapi-document';
import { checkErrorBodies, useToken, signIn, createToken } from './fixtures';
import { checkResponsesAgainstDocument } from './openapi-response-check';

/** Which database the API tests run against: `sqlite` (default) or `postgres` (needs TEST_POSTGRES_URL). */
export const TEST_DATABASE = process.env['API_TEST_DATABASE'] === 'postgres' ? 'postgres' : 'sqlite';

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  /** Starts the same database again in a new application instance (a restart). */
  restart(overrides?: Record<string, string>): Promise<TestApp>;
  close(): Promise<void>;
}

/**
 * Changes rows behind the API's back, as a test arranging a state the API would not make (an old timestamp, a
 * tampered entry). It goes through the application's TransactionRunner: on SQLite the application's shared
 * connection is read-only and the runner's write connection is the one that may write.
 */
export function writeDirectly(app: NestFastifyApplication, sql: string, parameters: unknown[] = []): Promise<unknown> {
  return app.get(TransactionRunner).run((manager) => manager.query(sql, parameters));
}

/** A fresh, empty database of the kind under test; `drop` removes it. */
export async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (TEST_DATABASE === 'sqlite') {
    const folder = mkdtempSync(join(tmpdir(), 'lbm-api-test-'));
    return {
      url: `sqlite:${join(folder, 'test.db')}`,
      drop: async () => rmSync(folder, { recursive: true, force: true }),
    };
  }
  const adminUrl = process.env['TEST_POSTGRES_URL'];
  if (!adminUrl) throw new Error('API_TEST_DATABASE=postgres needs TEST_POSTGRES_URL');
  const name = `lbm_test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" ENCODING 'UTF8' TEMPLATE template0`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
      rmSync(auditSettingsFor(url.toString())['AUDIT_ANCHOR_FILE'], { force: true });
    },
  };
}

export const TEST_ADMIN = { email: 'admin@example.org', password: 'test-first-password-1' };

/** The audit key of PostgreSQL test databases, which need one (SQLite ones generate theirs beside the file). */
export const TEST_AUDIT_KEY = 'a1'.repeat(32);

/**
 * The audit settings a database gets by default: none for SQLite (key file and anchors beside the database); for
 * PostgreSQL the test key and an anchor file of its own in the temporary folder, the same at every restart.
 */
function auditSettingsFor(databaseUrl: string): Record<string, string> {
  if (databaseUrl.startsWith('sqlite:')) return {};
  const name = new URL(databaseUrl).pathname.slice(1);
  return { AUDIT_KEY: TEST_AUDIT_KEY, AUDIT_ANCHOR_FILE: join(tmpdir(), 'lbm-api-test-anchors', `${name}.log`) };
}

/** The settings a command (audit:verify, backup, restore) needs to act on the test app's database and log. */
export function commandEnv(config: AppConfig): Record<string, string> {
  const env: Record<string, string> = {
    DATABASE_URL: config.database.type === 'sqlite' ? `sqlite:${config.database.path}` : config.database.url,
    AUDIT_ANCHOR_FILE: config.audit.anchorFile,
  };
  if (config.audit.key) env['AUDIT_KEY'] = config.audit.key;
  if (config.audit.previousKeys.length > 0) env['AUDIT_PREVIOUS_KEYS'] = config.audit.previousKeys.join(',');
  return env;
}

async function start(databaseUrl: string, env: Record<string, string>, drop: () => Promise<void>): Promise<TestApp> {
  const config = loadAppConfig({
    DATABASE_URL: databaseUrl,
    DEMO_DATA: 'false',
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    RATE_LIMIT_PER_MINUTE: '1000000',
    // The e-mail scheduler stays off: a test drives the NotificationDispatcher itself, with a pinned clock.
    NOTIFY_INTERVAL_MINUTES: '0',
    ...auditSettingsFor(databaseUrl),
    ...env,
  });
  const app = await createApp(config, { logger: false });
  const document = openApiDocuments.get(app);
  if (!document) throw new Error('the application built no OpenAPI document');
  checkResponsesAgainstDocument(app.getHttpAdapter().getInstance(), document);
  checkErrorBodies(app.getHttpAdapter().getInstance());
  // A start refused while the modules start (a setting judged against the database) leaves nothing open.
  await app.init().catch(async (error: unknown) => {
    await app.close().catch(() => undefined);
    throw error;
  });
  await app.getHttpAdapter().getInstance().ready();
  // With PASSWORD_LOGIN=off nobody signs in with a password: a test then uses a token it made before.
  if (config.passwordLogin !== 'off') await signInAsAdmin(app);
  return {
    app,
    config,
    restart: async (overrides = {}) => {
      await app.close();
      return start(databaseUrl, { ...env, ...overrides }, drop);
    },
    close: async () => {
      await app.close();
      await drop();
    },
  };
}

/** Starts the API in-process on an existing database (which the test owns and removes itself). */
export function startTestAppOn(databaseUrl: string, env: Record<string, string> = {}): Promise<TestApp> {
  return start(databaseUrl, env, async () => undefined);
}

/** Starts the API in-process on a fresh database built by the real migrations. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await freshDatabase();
  return start(database.url, env, database.drop);
}

/** Every request of `api(app)` then carries an administrator's API token. */
async function signInAsAdmin(app: NestFastifyApplication): Promise<void> {
  const session = await signIn(app, TEST_ADMIN.email, TEST_ADMIN.password);
  useToken(app, await createToken(app, session, 'tests'));
}
