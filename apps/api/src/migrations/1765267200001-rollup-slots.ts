import { MigrationInterface, QueryRunner } from 'typeorm';
import { postgresMeasureRollupBody } from './1765094400000-summary-rollups';

/** How many rows one key of the measure counts is spread over on PostgreSQL. */
const SLOTS = 16;
/** The slot a transaction writes to: picked by its transaction id, the same for all its rows. */
const SLOT_OF_TRANSACTION = `(txid_current() % ${SLOTS})::smallint`;

const SLOTTED = [
  {
    table: 'measure_rollup',
    key: 'field_of_action_id, status, is_public, end_year',
    sums: ['measures', 'progress_sum', 'progress_basis'],
  },
  { table: 'overdue_rollup', key: 'end_month, field_of_action_id, status, is_public', sums: ['measures'] },
];

/**
 * PostgreSQL: the kept counts per field of action and status (`measure_rollup`, `overdue_rollup`) get a `slot` in
 * their key. A write's trigger added to the one row of its key and held that row's lock to its commit, so writes to
 * measures of the same field and status waited for each other's commits (what was left of the lock waits in the
 * benchmark once the data version was spread: DataVersionSlots1765267200000). A transaction now adds to the slot
 * its transaction id picks; the summary's queries already sum over every row of a key, so they read the same
 * figures. Existing rows stay in slot 0. SQLite writes one transaction at a time and keeps its tables as they are.
 */
export class RollupSlots1765267200001 implements MigrationInterface {
  name = 'RollupSlots1765267200001';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type !== 'postgres') return;
    for (const { table, key } of SLOTTED) {
      await queryRunner.query(`ALTER TABLE ${table} ADD COLUMN slot smallint NOT NULL DEFAULT 0`);
      await queryRunner.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_pkey`);
      await queryRunner.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_pkey PRIMARY KEY (${key}, slot)`);
    }
    await this.replaceTriggerFunction(queryRunner, postgresMeasureRollupBody(SLOT_OF_TRANSACTION));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type !== 'postgres') return;
    await this.replaceTriggerFunction(queryRunner, postgresMeasureRollupBody());
    for (const { table, key, sums } of SLOTTED) {
      // Every slot's counts added into slot 0, then the other slots removed.
      await queryRunner.query(
        `UPDATE ${table} AS target SET ${sums.map((sum) => `${sum} = totals.${sum}`).join(', ')}
         FROM (SELECT ${key}, ${sums.map((sum) => `SUM(${sum}) AS ${sum}`).join(', ')} FROM ${table} GROUP BY ${key}) AS totals
         WHERE target.slot = 0 AND ${key
           .split(', ')
           .map((column) => `target.${column} = totals.${column}`)
           .join(' AND ')}`,
      );
      await queryRunner.query(
        `INSERT INTO ${table} (${key}, ${sums.join(', ')}, slot)
         SELECT ${key}, ${sums.map((sum) => `SUM(${sum})`).join(', ')}, 0 FROM ${table} AS source
         WHERE NOT EXISTS (SELECT 1 FROM ${table} AS zero WHERE zero.slot = 0 AND ${key
           .split(', ')
           .map((column) => `zero.${column} = source.${column}`)
           .join(' AND ')})
         GROUP BY ${key}`,
      );
      await queryRunner.query(`DELETE FROM ${table} WHERE slot <> 0`);
      await queryRunner.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_pkey`);
      await queryRunner.query(`ALTER TABLE ${table} DROP COLUMN slot`);
      await queryRunner.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_pkey PRIMARY KEY (${key})`);
    }
  }

  private async replaceTriggerFunction(queryRunner: QueryRunner, body: string): Promise<void> {
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION lbm_rollup_measure() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         ${body}
         RETURN NULL;
       END $$`,
    );
  }
}
