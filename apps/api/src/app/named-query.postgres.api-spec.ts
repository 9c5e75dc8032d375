import { isUniqueViolation, namedQuery, TransactionRunner } from '@leitbild-monitor/api/platform';
import { DataSource, QueryFailedError } from 'typeorm';
import { startTestApp, TestApp } from '../test/test-app';

/**
 * PostgreSQL: namedQuery runs its statements as named prepared statements, parsed and planned once per connection
 * (see named-query.ts), and reports errors as TypeORM does.
 */
describe('namedQuery on PostgreSQL', () => {
  jest.setTimeout(60_000);
  let test: TestApp;

  // A database of its own, removed again by close.
  beforeAll(async () => {
    test = await startTestApp();
  });
  afterAll(() => test.close());

  it('prepares a statement once on a connection and runs it with new values', async () => {
    const statement = 'SELECT CAST(:value AS integer) + 1 AS next, :label::text AS label';
    const prepared = await test.app.get(TransactionRunner).run(async (manager) => {
      const answers = [];
      for (let value = 1; value <= 3; value++)
        answers.push(...(await namedQuery(manager, statement, { value, label: 'x' })));
      const rows = await manager.query(
        `SELECT name, statement FROM pg_prepared_statements WHERE statement LIKE '%AS next%'`,
      );
      return { answers, rows };
    });
    expect(prepared.answers).toEqual([
      { next: 2, label: 'x' },
      { next: 3, label: 'x' },
      { next: 4, label: 'x' },
    ]);
    expect(prepared.rows).toEqual([
      {
        name: expect.stringMatching(/^lbm_[0-9a-f]{20}$/),
        statement: 'SELECT CAST($1 AS integer) + 1 AS next, $2::text AS label',
      },
    ]);
  });

  it('reports a failing statement as QueryFailedError, so a unique violation is recognised', async () => {
    const manager = test.app.get(DataSource).manager;
    await manager.query('CREATE TABLE named_query_probe (id integer PRIMARY KEY)');
    await namedQuery(manager, 'INSERT INTO named_query_probe (id) VALUES (:id)', { id: 1 });
    const failure = await namedQuery(manager, 'INSERT INTO named_query_probe (id) VALUES (:id)', { id: 1 }).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(QueryFailedError);
    expect(isUniqueViolation(failure)).toBe(true);
  });
});
