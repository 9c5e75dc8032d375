import type { Measure } from '@leitbild-monitor/shared/contracts';
import { Logger } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { BetterSqlite3QueryRunner } from 'typeorm/driver/better-sqlite3/BetterSqlite3QueryRunner';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { api, Catalog, createMeasure, seedCatalog } from '../test/fixtures';
import { startTestApp, TEST_DATABASE, TestApp } from '../test/test-app';

/** What each driver reports when the disk is full, as TypeORM passes it on (`driverError`). */
function diskFull(): QueryFailedError {
  const driverError =
    TEST_DATABASE === 'postgres'
      ? Object.assign(new Error('could not extend file: No space left on device'), { code: '53100' })
      : Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
  return new QueryFailedError('COMMIT', [], driverError);
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

  it('answers 503 with Retry-After when the commit fails for lack of space, saves nothing, and saves the retry', async () => {
    const measure = await createMeasure(test.app, {
      title: 'Sprachcafé im Bürgerhaus',
      fieldOfActionId: catalogue.fields[0].id,
      plannedStart: '2027-01-01',
      plannedEnd: '2027-12-31',
    });
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const runner = TEST_DATABASE === 'postgres' ? PostgresQueryRunner : BetterSqlite3QueryRunner;
    jest.spyOn(runner.prototype, 'commitTransaction').mockImplementationOnce(async function (this: {
      rollbackTransaction(): Promise<void>;
    }) {
      // The database refused the COMMIT: the transaction ends without a trace, as after a real SQLITE_FULL.
      await this.rollbackTransaction();
      throw diskFull();
    });

    const refused = await api(test.app)
      .patch(`/api/v1/measures/${measure.id}`)
      .set('If-Match', '"1"')
      .send({ progress: 30 })
      .expect(503);
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
  });
});
