import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log becomes a keyed chain: each entry names the key that sealed it (`key_id`, derived from the key),
 * and the chain's head names the last one's. Existing entries keep their values and no key id: they are the
 * unkeyed chain of before, which the first keyed entry seals at the next start (docs/security.md, "Audit log").
 *
 * Plain ADD COLUMN on both databases, so SQLite does not rebuild the (possibly large) table.
 */
export class AuditKeyIds1764576000000 implements MigrationInterface {
  name = 'AuditKeyIds1764576000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE audit_entry ADD COLUMN key_id varchar(16)`);
    await queryRunner.query(`ALTER TABLE audit_head ADD COLUMN last_key_id varchar(16)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE audit_head DROP COLUMN last_key_id`);
    await queryRunner.query(`ALTER TABLE audit_entry DROP COLUMN key_id`);
  }
}
