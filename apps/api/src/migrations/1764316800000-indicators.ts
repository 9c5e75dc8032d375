import { MigrationInterface, QueryRunner, Table, TableCheck, TableForeignKey, TableIndex } from 'typeorm';

const id = (name = 'id') => ({ name, type: 'varchar', length: '36' });
const timestamp = (name: string) => ({ name, type: 'varchar', length: '24' });
const number = (name: string) => ({ name, type: 'double precision' });
const references = (column: string, table: string, onDelete?: 'CASCADE') =>
  new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete });

/** New tables whose writes move the data version, as those of the measures do (see ScaleIndexes1764144000000). */
const VERSIONED_TABLES = [
  'indicator',
  'indicator_guideline',
  'indicator_value',
  'indicator_goal',
  'indicator_history',
  'measure_indicator',
];

/**
 * Indicators ("Kennzahlen"): the indicator with its guidelines, its values (one per date) and goals (one per date),
 * its history (a corrected value keeps the old one there), the many-to-many link to measures (`shows_progress`
 * when the indicator shows that measure's progress) and the frozen indicators of reporting dates. `state` and
 * `progress` are the shared rule's result, stored with every write so the list can filter and sort by them.
 * Snapshot rows copy every value they show and reference only their reporting date, as the measures' do.
 *
 * Only tables, indexes and triggers are added; no existing row changes.
 */
export class Indicators1764316800000 implements MigrationInterface {
  name = 'Indicators1764316800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.options.type === 'postgres';
    await queryRunner.createTable(
      new Table({
        name: 'indicator',
        columns: [
          { ...id(), isPrimary: true },
          { name: 'version', type: 'integer' },
          { name: 'code', type: 'varchar', length: '20', isUnique: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'description', type: 'text', isNullable: true },
          { name: 'unit', type: 'varchar', length: '40' },
          { name: 'desired_trend', type: 'varchar', length: '10' },
          { name: 'time_resolution', type: 'varchar', length: '10' },
          { name: 'source', type: 'varchar', length: '200', isNullable: true },
          id('field_of_action_id'),
          { ...id('responsible_actor_id'), isNullable: true },
          { name: 'is_public', type: 'boolean' },
          { name: 'due_every', type: 'varchar', length: '10', isNullable: true },
          { name: 'due_month_day', type: 'varchar', length: '5', isNullable: true },
          { name: 'baseline_date', type: 'date', isNullable: true },
          { name: 'state', type: 'varchar', length: '10' },
          { ...number('progress'), isNullable: true },
          timestamp('created_at'),
          timestamp('updated_at'),
        ],
        checks: [
          new TableCheck({ name: 'chk_indicator_version', expression: 'version >= 1' }),
          new TableCheck({ name: 'chk_indicator_trend', expression: "desired_trend IN ('increase', 'decrease')" }),
          new TableCheck({
            name: 'chk_indicator_resolution',
            expression: "time_resolution IN ('year', 'quarter', 'month')",
          }),
          new TableCheck({
            name: 'chk_indicator_due_every',
            expression: "due_every IS NULL OR due_every IN ('year', 'quarter', 'month')",
          }),
          new TableCheck({
            name: 'chk_indicator_state',
            expression: "state IN ('on_track', 'off_track', 'reached', 'no_data')",
          }),
          new TableCheck({
            name: 'chk_indicator_progress',
            expression: 'progress IS NULL OR (progress >= 0 AND progress <= 100)',
          }),
        ],
        foreignKeys: [references('field_of_action_id', 'field_of_action'), references('responsible_actor_id', 'actor')],
        indices: [
          // The list: by field of action in code order, by state (filter and the summary), by actor, published.
          new TableIndex({ name: 'idx_indicator_field', columnNames: ['field_of_action_id', 'code'] }),
          new TableIndex({ name: 'idx_indicator_state', columnNames: ['state'] }),
          new TableIndex({ name: 'idx_indicator_actor', columnNames: ['responsible_actor_id'] }),
          new TableIndex({ name: 'idx_indicator_public', columnNames: ['is_public'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'indicator_guideline',
        columns: [
          { ...id('indicator_id'), isPrimary: true },
          { ...id('guideline_id'), isPrimary: true },
        ],
        foreignKeys: [references('indicator_id', 'indicator', 'CASCADE'), references('guideline_id', 'guideline')],
        indices: [new TableIndex({ name: 'idx_indicator_guideline_guideline', columnNames: ['guideline_id'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'indicator_value',
        columns: [
          { ...id('indicator_id'), isPrimary: true },
          { name: 'value_date', type: 'date', isPrimary: true },
          number('value'),
          { name: 'note', type: 'text', isNullable: true },
          { ...id('entered_by_id'), isNullable: true },
          { name: 'entered_by_name', type: 'varchar', length: '200' },
          timestamp('entered_at'),
        ],
        foreignKeys: [references('indicator_id', 'indicator', 'CASCADE')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'indicator_goal',
        columns: [
          { ...id('indicator_id'), isPrimary: true },
          { name: 'goal_date', type: 'date', isPrimary: true },
          number('value'),
        ],
        foreignKeys: [references('indicator_id', 'indicator', 'CASCADE')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'indicator_history',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          id('indicator_id'),
          { name: 'kind', type: 'varchar', length: '20' },
          timestamp('at'),
          { ...id('author_id'), isNullable: true },
          { name: 'author_name', type: 'varchar', length: '200' },
          { name: 'subject_date', type: 'date', isNullable: true },
          { name: 'changes', type: 'text' },
        ],
        foreignKeys: [references('indicator_id', 'indicator')],
        indices: [new TableIndex({ name: 'idx_indicator_history_indicator', columnNames: ['indicator_id', 'id'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'measure_indicator',
        columns: [
          { ...id('measure_id'), isPrimary: true },
          { ...id('indicator_id'), isPrimary: true },
          { name: 'shows_progress', type: 'boolean' },
        ],
        foreignKeys: [
          references('measure_id', 'measure', 'CASCADE'),
          references('indicator_id', 'indicator', 'CASCADE'),
        ],
        indices: [new TableIndex({ name: 'idx_measure_indicator_indicator', columnNames: ['indicator_id'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'reporting_snapshot_indicator',
        columns: [
          { ...id('reporting_date_id'), isPrimary: true },
          { ...id('indicator_id'), isPrimary: true },
          { name: 'code', type: 'varchar', length: '20' },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'unit', type: 'varchar', length: '40' },
          { name: 'desired_trend', type: 'varchar', length: '10' },
          id('field_of_action_id'),
          { name: 'field_of_action_name', type: 'varchar', length: '200' },
          { name: 'field_of_action_position', type: 'integer' },
          { name: 'is_public', type: 'boolean' },
          { name: 'state', type: 'varchar', length: '10' },
          { ...number('progress'), isNullable: true },
          // Every value dated on or before the reporting date and every goal, as JSON lists of { date, value }.
          { name: 'point_values', type: 'text' },
          { name: 'goals', type: 'text' },
          { name: 'baseline_date', type: 'date', isNullable: true },
        ],
        checks: [
          new TableCheck({
            name: 'chk_snapshot_indicator_state',
            expression: "state IN ('on_track', 'off_track', 'reached', 'no_data')",
          }),
        ],
        foreignKeys: [references('reporting_date_id', 'reporting_date', 'CASCADE')],
        indices: [new TableIndex({ name: 'idx_snapshot_indicator', columnNames: ['indicator_id'] })],
      }),
    );

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
    for (const table of [
      'reporting_snapshot_indicator',
      'measure_indicator',
      'indicator_history',
      'indicator_goal',
      'indicator_value',
      'indicator_guideline',
      'indicator',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
