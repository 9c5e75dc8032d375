import { HARBURG_CATALOG, HARBURG_DEMO, loadCatalog, loadDemoMeasures } from '@leitbild-monitor/api/demo-data';
import { databaseOptions, parseDatabaseUrl } from '@leitbild-monitor/api/platform';
import { DataSource } from 'typeorm';
import { ENTITIES } from '../entities';
import { MIGRATIONS } from '../migrations';
import { api } from '../test/fixtures';
import { freshDatabase, startTestAppOn } from '../test/test-app';

/** Every row of every table, in a stable order, to prove an upgrade changed none of them. */
async function snapshot(dataSource: DataSource, tables: string[]): Promise<Record<string, unknown[]>> {
  const rows: Record<string, unknown[]> = {};
  for (const table of tables) rows[table] = await dataSource.query(`SELECT * FROM "${table}" ORDER BY 1`);
  return rows;
}

async function tablesOf(dataSource: DataSource): Promise<string[]> {
  const query =
    dataSource.options.type === 'postgres'
      ? "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'"
      : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'migrations'";
  return ((await dataSource.query(query)) as { name: string }[]).map((row) => row.name).sort();
}

/**
 * Upgrading keeps data: a database filled under the first release's schema is taken through every later
 * migration one at a time, and after each step every row that was there is there unchanged.
 */
describe('migration safety', () => {
  it('applies all migrations step by step to a filled first-release database and keeps every row', async () => {
    const database = await freshDatabase();
    try {
      const options = databaseOptions(parseDatabaseUrl(database.url), ENTITIES, []);
      const step = async (count: number) => {
        const dataSource = new DataSource({
          ...options,
          migrations: MIGRATIONS.slice(0, count),
          migrationsRun: false,
        } as typeof options);
        await dataSource.initialize();
        await dataSource.runMigrations({ transaction: 'each' });
        return dataSource;
      };

      const first = await step(1);
      await first.transaction(async (manager) => {
        await loadCatalog(manager, HARBURG_CATALOG);
        await loadDemoMeasures(manager, HARBURG_DEMO);
      });
      const firstTables = await tablesOf(first);
      let before = await snapshot(first, firstTables);
      expect(before['measure']).toHaveLength(40);
      expect(before['measure_history'].length).toBeGreaterThan(100);
      await first.destroy();

      for (let count = 2; count <= MIGRATIONS.length; count++) {
        const next = await step(count);
        const after = await snapshot(next, firstTables);
        expect(after).toEqual(before);
        before = after;
        await next.destroy();
      }

      // The upgraded database serves the product as it is.
      const app = await startTestAppOn(database.url);
      try {
        const measures = (await api(app.app).get('/api/v1/measures').expect(200)).body;
        expect(measures.total).toBe(40);
      } finally {
        await app.close();
      }
    } finally {
      await database.drop();
    }
  });
});
