import { MigrationInterface, QueryRunner, Table, TableCheck, TableForeignKey, TableIndex } from 'typeorm';

const id = (name = 'id') => ({ name, type: 'varchar', length: '36' });
const timestamp = (name: string) => ({ name, type: 'varchar', length: '24' });
const STATUS_KEYS = "'proposed', 'in_review', 'planned', 'in_progress', 'completed', 'on_hold', 'rejected'";

/**
 * Reporting dates ("Stichtage") and their snapshots. A snapshot row copies every value it shows (titles, names of
 * the field of action and the actors) and has no foreign key to the measure or the catalogue: it must say what
 * was true at the reporting date even after the measure, the field or an actor was changed or removed. Only the
 * link to its own reporting date is enforced, and deleting a reporting date takes its rows with it.
 */
export class ReportingDates1764057600000 implements MigrationInterface {
  name = 'ReportingDates1764057600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'reporting_date',
        columns: [
          { ...id(), isPrimary: true },
          { name: 'name', type: 'varchar', length: '200', isUnique: true },
          { name: 'reporting_date', type: 'date' },
          timestamp('created_at'),
          { ...id('created_by_id'), isNullable: true },
          { name: 'created_by_name', type: 'varchar', length: '200' },
          { name: 'measure_count', type: 'integer' },
        ],
        checks: [new TableCheck({ name: 'chk_reporting_date_count', expression: 'measure_count >= 0' })],
        indices: [new TableIndex({ name: 'idx_reporting_date_date', columnNames: ['reporting_date', 'created_at'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'reporting_snapshot_measure',
        columns: [
          { ...id('reporting_date_id'), isPrimary: true },
          { ...id('measure_id'), isPrimary: true },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'status', type: 'varchar', length: '20' },
          { name: 'progress', type: 'integer', isNullable: true },
          id('field_of_action_id'),
          { name: 'field_of_action_name', type: 'varchar', length: '200' },
          { name: 'field_of_action_position', type: 'integer' },
          { name: 'planned_start', type: 'date', isNullable: true },
          { name: 'planned_end', type: 'date', isNullable: true },
          { name: 'actual_start', type: 'date', isNullable: true },
          { name: 'actual_end', type: 'date', isNullable: true },
          { ...id('lead_actor_id'), isNullable: true },
          { name: 'lead_actor_name', type: 'varchar', length: '200', isNullable: true },
          { name: 'partner_actor_names', type: 'text' },
          { name: 'is_public', type: 'boolean' },
          { name: 'overdue', type: 'boolean' },
        ],
        checks: [
          new TableCheck({ name: 'chk_snapshot_status', expression: `status IN (${STATUS_KEYS})` }),
          new TableCheck({
            name: 'chk_snapshot_progress',
            expression: 'progress IS NULL OR (progress >= 0 AND progress <= 100)',
          }),
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['reporting_date_id'],
            referencedTableName: 'reporting_date',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
        // The primary key (reporting_date_id, measure_id) serves the reads of one snapshot; this one serves a
        // measure's history across reporting dates.
        indices: [new TableIndex({ name: 'idx_snapshot_measure', columnNames: ['measure_id'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('reporting_snapshot_measure');
    await queryRunner.dropTable('reporting_date');
  }
}
