import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PostgreSQL: audit entries take their ids from a sequence and are chained and sealed after their commit by the
 * sealer (libs/api/audit, audit-sealer.ts), so that writes no longer queue on the chain's head row. The sequence
 * starts after the highest id in use; existing entries and the head stay as they are, so an existing chain stays
 * valid and the sealer continues it. SQLite keeps numbering and sealing each entry under the head (one writer at a
 * time): nothing changes there.
 *
 * Stop every instance before starting the first one with this version: an instance of before would number its
 * entries from the head, clashing with the sequence's ids (such writes fail; none is lost or mis-chained).
 */
export class AuditSealer1765180800000 implements MigrationInterface {
  name = 'AuditSealer1765180800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type !== 'postgres') return;
    await queryRunner.query(`CREATE SEQUENCE audit_entry_id_seq AS integer OWNED BY audit_entry.id`);
    await queryRunner.query(
      `SELECT setval('audit_entry_id_seq', GREATEST(
         (SELECT COALESCE(MAX(last_id), 0) FROM audit_head), (SELECT COALESCE(MAX(id), 0) FROM audit_entry)) + 1, false)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type !== 'postgres') return;
    await queryRunner.query(`DROP SEQUENCE audit_entry_id_seq`);
  }
}
