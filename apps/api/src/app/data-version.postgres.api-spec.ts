import { DataVersion } from '@leitbild-monitor/api/platform';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { freshDatabase, startTestAppOn, TestApp } from '../test/test-app';

/**
 * PostgreSQL: every committing write bumps the data version in a deferred trigger. With one row, that row's lock
 * was held through each commit's WAL flush and every other commit waited for it; the version is now spread over
 * rows picked by transaction id (migration DataVersionSlots1765267200000), and DataVersion reads their sum.
 */
describe('data version of concurrent commits (PostgreSQL)', () => {
  jest.setTimeout(60_000);
  let database: { url: string; drop: () => Promise<void> };
  let test: TestApp;
  const clients: Client[] = [];

  beforeAll(async () => {
    database = await freshDatabase();
    test = await startTestAppOn(database.url);
  });
  afterAll(async () => {
    for (const client of clients) await client.end().catch(() => undefined);
    await test.close();
    await database.drop();
  });

  async function connect(): Promise<Client> {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    clients.push(client);
    return client;
  }

  /** Starts a transaction whose id picks another version row than `other`'s (a later id may wrap onto it). */
  async function beginApartFrom(client: Client, other: number | null): Promise<number> {
    for (;;) {
      await client.query('BEGIN');
      const slot = Number((await client.query('SELECT txid_current() % 16 AS slot')).rows[0].slot);
      if (slot !== other) return slot;
      await client.query('ROLLBACK');
    }
  }

  it('lets a write commit while another holds its version row, and each commit changes the version', async () => {
    const version = () => test.app.get(DataVersion).current();
    const [fieldOfAction] = await test.app.get(DataSource).query('SELECT id FROM field_of_action LIMIT 1');
    const first = await connect();
    const second = await connect();
    const before = await version();

    // The first write runs its deferred triggers now and keeps its transaction open: it holds its version row.
    const firstSlot = await beginApartFrom(first, null);
    await first.query(`UPDATE field_of_action SET description = 'held open' WHERE id = $1`, [fieldOfAction.id]);
    await first.query('SET CONSTRAINTS ALL IMMEDIATE');

    // A second write commits meanwhile; with a single row it would wait for the first and hit the timeout.
    await beginApartFrom(second, firstSlot);
    await second.query(`SET LOCAL lock_timeout = '3s'`);
    await second.query(`UPDATE leitbild_section SET code = code WHERE id = (SELECT MIN(id) FROM leitbild_section)`);
    await second.query('COMMIT');
    const afterSecond = await version();
    expect(afterSecond).not.toBe(before);

    await first.query('COMMIT');
    const afterFirst = await version();
    expect(afterFirst).not.toBe(afterSecond);
    expect(Number(afterFirst.split(':')[0])).toBeGreaterThan(Number(afterSecond.split(':')[0]));
  });
});
