import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes of the measure table whose columns begin another index of it: every query they served, the longer index
 * serves as well (a lookup by its first columns), so they only cost every write. Inserting a measure updates each
 * index of the table, a `PATCH` each index on `updated_at`: with these five dropped, sixteen indexes became eleven,
 * and an import of 20,000 rows inserts about a sixth faster (docs/performance.md).
 */
const PREFIX_INDEXES: { name: string; columns: string; coveredBy: string }[] = [
  {
    name: 'idx_measure_field_status',
    columns: 'field_of_action_id, status',
    coveredBy: 'idx_measure_field_status_newest',
  },
  { name: 'idx_measure_status', columns: 'status', coveredBy: 'idx_measure_status_newest' },
  { name: 'idx_measure_updated_at', columns: 'updated_at', coveredBy: 'idx_measure_newest' },
  { name: 'idx_measure_public', columns: 'is_public', coveredBy: 'idx_measure_public_created_at' },
  { name: 'idx_measure_planned_end', columns: 'planned_end', coveredBy: 'idx_measure_planned_end_rollup' },
];

export class RedundantMeasureIndexes1765353600000 implements MigrationInterface {
  name = 'RedundantMeasureIndexes1765353600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const index of PREFIX_INDEXES) await queryRunner.query(`DROP INDEX IF EXISTS ${index.name}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of PREFIX_INDEXES) {
      await queryRunner.query(`CREATE INDEX IF NOT EXISTS ${index.name} ON measure (${index.columns})`);
    }
  }
}
