import { MigrationInterface, QueryRunner } from 'typeorm';

/** How many rows the data version is spread over on PostgreSQL. */
const SLOTS = 16;

/**
 * PostgreSQL: the data version is spread over 16 rows instead of one. Every committing write bumped the same row
 * in a deferred trigger, so it held that row's lock through its commit's WAL flush, and the next committing write
 * waited for it: commits ran one at a time, bounded by the disk's flush time, whatever the number of instances.
 * Now a transaction bumps the row its transaction id picks, so concurrent commits mostly take different rows.
 * DataVersion reads the sum of the versions and a digest of the stamps: any commit changes the sum, and the change
 * still becomes visible with the commit itself, so a cache keyed on it stays as fresh as before. SQLite has one
 * writer at a time and keeps its single row.
 */
export class DataVersionSlots1765267200000 implements MigrationInterface {
  name = 'DataVersionSlots1765267200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type !== 'postgres') return;
    await queryRunner.query(`ALTER TABLE data_version DROP CONSTRAINT IF EXISTS data_version_id_check`);
    await queryRunner.query(
      `ALTER TABLE data_version ADD CONSTRAINT chk_data_version_slot CHECK (id BETWEEN 1 AND ${SLOTS})`,
    );
    await queryRunner.query(
      `INSERT INTO data_version (id, version, stamp)
       SELECT slot, 0, md5(random()::text || slot::text) FROM generate_series(2, ${SLOTS}) AS slot`,
    );
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION lbm_bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         UPDATE data_version SET version = version + 1, stamp = md5(random()::text || clock_timestamp()::text)
         WHERE id = 1 + (txid_current() % ${SLOTS});
         RETURN NULL;
       END $$`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type !== 'postgres') return;
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION lbm_bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         UPDATE data_version SET version = version + 1, stamp = md5(random()::text || clock_timestamp()::text)
         WHERE id = 1;
         RETURN NULL;
       END $$`,
    );
    // The single row continues above every sum read before, so no cached answer matches it by chance.
    await queryRunner.query(
      `UPDATE data_version SET version = (SELECT SUM(version) + 1 FROM data_version),
         stamp = md5(random()::text || clock_timestamp()::text) WHERE id = 1`,
    );
    await queryRunner.query(`DELETE FROM data_version WHERE id > 1`);
    await queryRunner.query(`ALTER TABLE data_version DROP CONSTRAINT chk_data_version_slot`);
    await queryRunner.query(`ALTER TABLE data_version ADD CONSTRAINT data_version_id_check CHECK (id = 1)`);
  }
}
