import { MigrationInterface, QueryRunner, Table, TableCheck, TableForeignKey, TableIndex } from 'typeorm';

const id = (name = 'id') => ({ name, type: 'varchar', length: '36' });
const timestamp = (name: string) => ({ name, type: 'varchar', length: '24' });

/** New tables whose writes move the data version, as those of the measures do (see ScaleIndexes1764144000000). */
const VERSIONED_TABLES = ['meeting_body', 'meeting'];

/** The bodies every installation starts with; administrators rename, add and remove them. Fixed ids: seeded once. */
const DEFAULT_BODIES = [
  { id: '6d1f0a2e-7a53-4c1e-9b0e-2f6f0c1a0001', name: 'Integrationsrat', position: 0 },
  { id: '6d1f0a2e-7a53-4c1e-9b0e-2f6f0c1a0002', name: 'Bezirksversammlung', position: 1 },
  { id: '6d1f0a2e-7a53-4c1e-9b0e-2f6f0c1a0003', name: 'Ausschuss für Soziales, Arbeit und Integration', position: 2 },
  { id: '6d1f0a2e-7a53-4c1e-9b0e-2f6f0c1a0004', name: 'Jugendhilfeausschuss', position: 3 },
];

/**
 * Meetings of the council's bodies (issue 17): `meeting_body` is the list administrators keep, seeded with the usual
 * bodies; `meeting` a meeting of one body with its start (UTC ISO), place, link to the council information system and
 * the reporting date taken for it (unlinked when that reporting date is deleted). A body named by a meeting cannot be
 * deleted (the foreign key restricts).
 *
 * Only tables, indexes, triggers and the default bodies are added; no existing row changes.
 */
export class Meetings1764662400000 implements MigrationInterface {
  name = 'Meetings1764662400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.options.type === 'postgres';
    await queryRunner.createTable(
      new Table({
        name: 'meeting_body',
        columns: [
          { ...id(), isPrimary: true },
          { name: 'name', type: 'varchar', length: '200', isUnique: true },
          { name: 'position', type: 'integer' },
          timestamp('created_at'),
        ],
        checks: [new TableCheck({ name: 'chk_meeting_body_position', expression: 'position >= 0' })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'meeting',
        columns: [
          { ...id(), isPrimary: true },
          { name: 'version', type: 'integer' },
          id('body_id'),
          { name: 'title', type: 'varchar', length: '200' },
          timestamp('starts_at'),
          { name: 'place', type: 'varchar', length: '200', isNullable: true },
          { name: 'url', type: 'varchar', length: '500', isNullable: true },
          { ...id('reporting_date_id'), isNullable: true, isUnique: true },
          timestamp('created_at'),
          timestamp('updated_at'),
        ],
        checks: [new TableCheck({ name: 'chk_meeting_version', expression: 'version >= 1' })],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['body_id'],
            referencedTableName: 'meeting_body',
            referencedColumnNames: ['id'],
          }),
          new TableForeignKey({
            columnNames: ['reporting_date_id'],
            referencedTableName: 'reporting_date',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          }),
        ],
        indices: [
          new TableIndex({ name: 'idx_meeting_starts', columnNames: ['starts_at'] }),
          new TableIndex({ name: 'idx_meeting_body', columnNames: ['body_id', 'starts_at'] }),
        ],
      }),
    );
    const now = new Date().toISOString();
    for (const body of DEFAULT_BODIES) {
      await queryRunner.query(
        postgres
          ? 'INSERT INTO meeting_body (id, name, position, created_at) VALUES ($1, $2, $3, $4)'
          : 'INSERT INTO meeting_body (id, name, position, created_at) VALUES (?, ?, ?, ?)',
        [body.id, body.name, body.position, now],
      );
    }

    for (const table of VERSIONED_TABLES) {
      if (postgres) {
        await queryRunner.query(
          `CREATE CONSTRAINT TRIGGER trg_data_version_${table} AFTER INSERT OR UPDATE OR DELETE ON ${table}
           DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lbm_bump_data_version()`,
        );
        continue;
      }
      for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
        await queryRunner.query(
          `CREATE TRIGGER trg_data_version_${table}_${event.toLowerCase()} AFTER ${event} ON ${table}
           BEGIN
             UPDATE data_version SET version = version + 1, stamp = lower(hex(randomblob(16))) WHERE id = 1;
           END`,
        );
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.options.type === 'postgres';
    for (const table of VERSIONED_TABLES) {
      if (postgres) await queryRunner.query(`DROP TRIGGER trg_data_version_${table} ON ${table}`);
      else
        for (const event of ['insert', 'update', 'delete'])
          await queryRunner.query(`DROP TRIGGER trg_data_version_${table}_${event}`);
    }
    await queryRunner.dropTable('meeting');
    await queryRunner.dropTable('meeting_body');
  }
}
