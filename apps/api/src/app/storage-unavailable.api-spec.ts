import type { Measure } from '@leitbild-monitor/shared/contracts';
import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { QueryFailedError } from 'typeorm';
import { BetterSqlite3QueryRunner } from 'typeorm/driver/better-sqlite3/BetterSqlite3QueryRunner';
import { api, Catalog, createMeasure, seedCatalog } from '../test/fixtures';
import { startTestApp, TEST_DATABASE, TestApp } from '../test/test-app';

const MEASURE_UPDATE = /^\s*UPDATE\s+"?measure"?\s/i;

/**
 * Makes the database run out of space once, in the transaction that updates a measure — other transactions go on
 * meanwhile (on PostgreSQL the audit sealer commits every 250 ms) and must not take the failure instead. Returns
 * how often it failed.
 * - SQLite: the `COMMIT` of that transaction fails with SQLITE_FULL (as when the WAL cannot grow); the runner
 *   rolls the transaction back.
 * - PostgreSQL: the `UPDATE` itself fails with 53100 (disk full), sent as the prepared statement the measures'
 *   writes use, straight through node-postgres.
 */
function runOutOfSpaceOnce(): () => number {
  let failures = 0;
  if (TEST_DATABASE === 'postgres') {
    const query = Client.prototype.query as (...args: unknown[]) => unknown;
    jest.spyOn(Client.prototype, 'query').mockImplementation(function (this: Client, ...args: unknown[]) {
      const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string } | null)?.text;
      if (failures === 0 && typeof text === 'string' && MEASURE_UPDATE.test(text)) {
        failures++;
        return Promise.reject(
          Object.assign(new Error('could not extend file: No space left on device'), { code: '53100' }),
        );
      }
      return query.apply(this, args);
    } as never);
    return () => failures;
  }
  const updatedMeasure = new WeakSet<object>();
  const query = BetterSqlite3QueryRunner.prototype.query;
  jest.spyOn(BetterSqlite3QueryRunner.prototype, 'query').mockImplementation(function (
    this: BetterSqlite3QueryRunner,
    sql: string,
    ...rest: unknown[]
  ) {
    if (MEASURE_UPDATE.test(sql)) updatedMeasure.add(this);
    return (query as (...args: unknown[]) => Promise<never>).call(this, sql, ...rest);
  });
  const commit = BetterSqlite3QueryRunner.prototype.commitTransaction;
  jest.spyOn(BetterSqlite3QueryRunner.prototype, 'commitTransaction').mockImplementation(async function (
    this: BetterSqlite3QueryRunner,
  ) {
    if (failures === 0 && updatedMeasure.has(this)) {
      failures++;
      await this.rollbackTransaction();
      const driverError = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
      throw new QueryFailedError('COMMIT', [], driverError);
    }
    return commit.call(this);
  });
  return () => failures;
}

describe('a database that cannot take a write', () => {
  let test: TestApp;
  let catalogue: Catalog;

  beforeAll(async () => {
    test = await startTestApp();
    catalogue = await seedCatalog(test.app);
  });
  afterAll(() => test.close());
  afterEach(() => jest.restoreAllMocks());

  it('answers 503 with Retry-After when the database is out of space, saves nothing, and saves the retry', async () => {
    const measure = await createMeasure(test.app, {
      title: 'Sprachcafé im Bürgerhaus',
      fieldOfActionId: catalogue.fields[0].id,
      plannedStart: '2027-01-01',
      plannedEnd: '2027-12-31',
    });
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const failures = runOutOfSpaceOnce();

    const refused = await api(test.app)
      .patch(`/api/v1/measures/${measure.id}`)
      .set('If-Match', '"1"')
      .send({ progress: 30 })
      .expect(503);
    expect(failures()).toBe(1);
    expect(refused.headers['retry-after']).toBe('5');
    expect(refused.body).toMatchObject({
      statusCode: 503,
      problems: [{ field: null, code: 'service_unavailable', params: {} }],
    });
    expect(refused.body.message).toContain('nothing was saved');
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('The database could not be used'));

    const unchanged = (await api(test.app).get(`/api/v1/measures/${measure.id}`).expect(200)).body as Measure;
    expect(unchanged).toMatchObject({ version: 1, progress: null });

    const retried = await api(test.app)
      .patch(`/api/v1/measures/${measure.id}`)
      .set('If-Match', '"1"')
      .send({ progress: 30 })
      .expect(200);
    expect(retried.body).toMatchObject({ version: 2, progress: 30 });
    expect(failures()).toBe(1);
  });
});
