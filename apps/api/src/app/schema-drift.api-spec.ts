import { databaseOptions, parseDatabaseUrl } from '@leitbild-monitor/api/platform';
import { DataSource } from 'typeorm';
import { ENTITIES } from '../entities';
import { MIGRATIONS } from '../migrations';
import { freshDatabase } from '../test/test-app';

/**
 * The entities and the migrated schema agree: TypeORM's schema diff of the entities against a database built by
 * every migration is empty. An entity change without its migration fails here instead of at a customer's start.
 *
 * What the diff covers: tables with an entity, their columns (type, length, nullability, default, uniqueness),
 * primary keys, indexes (name, columns, uniqueness — not the sort order), foreign keys (name, referenced table,
 * ON DELETE/ON UPDATE) and checks (by name only). Tables without an entity (`data_version`, `measure_milestone`)
 * and triggers are outside it.
 */
describe('schema drift', () => {
  it('finds nothing to change between the entities and a freshly migrated database', async () => {
    const database = await freshDatabase();
    const options = databaseOptions(parseDatabaseUrl(database.url), ENTITIES, MIGRATIONS);
    const dataSource = new DataSource({ ...options, migrationsRun: false } as typeof options);
    try {
      await dataSource.initialize();
      await dataSource.runMigrations({ transaction: 'each' });
      const diff = await dataSource.driver.createSchemaBuilder().log();
      expect(diff.upQueries.map((query) => query.query)).toEqual([]);
    } finally {
      if (dataSource.isInitialized) await dataSource.destroy();
      await database.drop();
    }
  });
});
