import { MigrationInterface, QueryRunner, Table, TableCheck, TableForeignKey, TableIndex } from 'typeorm';

const id = (name = 'id') => ({ name, type: 'varchar', length: '36' });
const timestamp = (name: string) => ({ name, type: 'varchar', length: '24' });
const STATUS_KEYS = "'proposed', 'in_review', 'planned', 'in_progress', 'completed', 'on_hold', 'rejected'";

/**
 * The first schema: catalogue (fields of action, Leitbild sections and guidelines, actors), measures with
 * their link tables, and the measure history. Written with TypeORM's schema API so the same migration runs on
 * SQLite and PostgreSQL; the checks keep invalid rows out even if a bug slipped past validation.
 */
export class InitialSchema1763884800000 implements MigrationInterface {
  name = 'InitialSchema1763884800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'field_of_action',
        columns: [
          { ...id(), isPrimary: true },
          { name: 'key', type: 'varchar', length: '64', isUnique: true },
          { name: 'name', type: 'varchar', length: '200', isUnique: true },
          { name: 'description', type: 'text', isNullable: true },
          { name: 'position', type: 'integer' },
          timestamp('created_at'),
          timestamp('updated_at'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'leitbild_section',
        columns: [
          { ...id(), isPrimary: true },
          { name: 'code', type: 'varchar', length: '16', isUnique: true },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'motto', type: 'varchar', length: '500', isNullable: true },
          { name: 'position', type: 'integer' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'guideline',
        columns: [
          { ...id(), isPrimary: true },
          id('section_id'),
          { name: 'code', type: 'varchar', length: '16', isUnique: true },
          { name: 'text', type: 'text' },
          { name: 'position', type: 'integer' },
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['section_id'],
            referencedTableName: 'leitbild_section',
            referencedColumnNames: ['id'],
          }),
        ],
        indices: [new TableIndex({ name: 'idx_guideline_section', columnNames: ['section_id'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'actor',
        columns: [
          { ...id(), isPrimary: true },
          { name: 'name', type: 'varchar', length: '200', isUnique: true },
          { name: 'type', type: 'varchar', length: '32' },
          timestamp('created_at'),
          timestamp('updated_at'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'measure',
        columns: [
          { ...id(), isPrimary: true },
          { name: 'version', type: 'integer' },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'description', type: 'text', isNullable: true },
          { name: 'status', type: 'varchar', length: '20' },
          { name: 'status_note', type: 'text', isNullable: true },
          { name: 'progress', type: 'integer', isNullable: true },
          id('field_of_action_id'),
          { ...id('lead_actor_id'), isNullable: true },
          { name: 'contact_name', type: 'varchar', length: '200', isNullable: true },
          { name: 'contact_email', type: 'varchar', length: '254', isNullable: true },
          { name: 'origin', type: 'varchar', length: '32', isNullable: true },
          { name: 'planned_start', type: 'date', isNullable: true },
          { name: 'planned_end', type: 'date', isNullable: true },
          { name: 'actual_start', type: 'date', isNullable: true },
          { name: 'actual_end', type: 'date', isNullable: true },
          { name: 'is_public', type: 'boolean' },
          { name: 'feasibility', type: 'varchar', length: '32', isNullable: true },
          { name: 'feasibility_reason', type: 'text', isNullable: true },
          timestamp('created_at'),
          timestamp('updated_at'),
        ],
        checks: [
          new TableCheck({
            name: 'chk_measure_progress',
            expression: 'progress IS NULL OR (progress >= 0 AND progress <= 100)',
          }),
          new TableCheck({ name: 'chk_measure_status', expression: `status IN (${STATUS_KEYS})` }),
          new TableCheck({ name: 'chk_measure_version', expression: 'version >= 1' }),
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['field_of_action_id'],
            referencedTableName: 'field_of_action',
            referencedColumnNames: ['id'],
          }),
          new TableForeignKey({
            columnNames: ['lead_actor_id'],
            referencedTableName: 'actor',
            referencedColumnNames: ['id'],
          }),
        ],
        indices: [
          // The list filters and the summary's GROUP BY.
          new TableIndex({ name: 'idx_measure_field_status', columnNames: ['field_of_action_id', 'status'] }),
          new TableIndex({ name: 'idx_measure_status', columnNames: ['status'] }),
          new TableIndex({ name: 'idx_measure_lead_actor', columnNames: ['lead_actor_id'] }),
          new TableIndex({ name: 'idx_measure_planned_end', columnNames: ['planned_end'] }),
          new TableIndex({ name: 'idx_measure_updated_at', columnNames: ['updated_at'] }),
          new TableIndex({ name: 'idx_measure_public', columnNames: ['is_public'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'measure_guideline',
        columns: [
          { ...id('measure_id'), isPrimary: true },
          { ...id('guideline_id'), isPrimary: true },
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['measure_id'],
            referencedTableName: 'measure',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
          new TableForeignKey({
            columnNames: ['guideline_id'],
            referencedTableName: 'guideline',
            referencedColumnNames: ['id'],
          }),
        ],
        indices: [new TableIndex({ name: 'idx_measure_guideline_guideline', columnNames: ['guideline_id'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'measure_partner_actor',
        columns: [
          { ...id('measure_id'), isPrimary: true },
          { ...id('actor_id'), isPrimary: true },
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['measure_id'],
            referencedTableName: 'measure',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
          new TableForeignKey({
            columnNames: ['actor_id'],
            referencedTableName: 'actor',
            referencedColumnNames: ['id'],
          }),
        ],
        indices: [new TableIndex({ name: 'idx_measure_partner_actor_actor', columnNames: ['actor_id'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'measure_history',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          id('measure_id'),
          { name: 'kind', type: 'varchar', length: '20' },
          timestamp('at'),
          { ...id('author_id'), isNullable: true },
          { name: 'author_name', type: 'varchar', length: '200' },
          { name: 'changes', type: 'text' },
          { name: 'note', type: 'text', isNullable: true },
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['measure_id'],
            referencedTableName: 'measure',
            referencedColumnNames: ['id'],
          }),
        ],
        indices: [
          new TableIndex({ name: 'idx_measure_history_measure', columnNames: ['measure_id', 'id'] }),
          new TableIndex({ name: 'idx_measure_history_at', columnNames: ['at'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'measure_history',
      'measure_partner_actor',
      'measure_guideline',
      'measure',
      'actor',
      'guideline',
      'leitbild_section',
      'field_of_action',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
