import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';

/**
 * Single sign-on with OpenID Connect (docs/sso.md):
 *
 * - `app_user.oidc_issuer` + `oidc_subject`: the provider's account a user is matched by (never by e-mail), unique
 *   together; null for password accounts (NULLs never collide in a unique index, on either database).
 * - `app_user.password_hash` may be null: an account created by single sign-on has no password, so no password
 *   opens it (the password check treats null as "no account"). On PostgreSQL a plain `DROP NOT NULL`; SQLite cannot
 *   change a column, so TypeORM rebuilds the table (copy, drop, rename — with foreign keys off while migrations
 *   run, so sessions, tokens and the rows that name their author keep pointing at it).
 * - `session.oidc_id_token`: the provider's ID token of a session that came from it, sent back at sign-out as
 *   `id_token_hint` so the provider ends its session too (RP-initiated logout).
 * - `oidc_login`: sign-ins under way, between the redirect to the provider and its answer — keyed by the SHA-256
 *   of `state`, bound to the browser by the hash of an HttpOnly cookie, holding the PKCE verifier, the nonce and
 *   where to go afterwards; deleted when the answer arrives (one use), expired after ten minutes. In the database,
 *   so the answer may reach any instance.
 *
 * Existing rows keep their values.
 */
export class SingleSignOn1764403200000 implements MigrationInterface {
  name = 'SingleSignOn1764403200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.options.type === 'postgres';
    if (postgres) {
      await queryRunner.query(`ALTER TABLE app_user ALTER COLUMN password_hash DROP NOT NULL`);
    } else {
      await queryRunner.changeColumn(
        'app_user',
        'password_hash',
        new TableColumn({ name: 'password_hash', type: 'varchar', length: '255', isNullable: true }),
      );
    }
    await queryRunner.query(`ALTER TABLE app_user ADD COLUMN oidc_issuer varchar(500)`);
    await queryRunner.query(`ALTER TABLE app_user ADD COLUMN oidc_subject varchar(255)`);
    await queryRunner.createIndex(
      'app_user',
      new TableIndex({ name: 'idx_user_oidc', columnNames: ['oidc_issuer', 'oidc_subject'], isUnique: true }),
    );
    await queryRunner.query(`ALTER TABLE session ADD COLUMN oidc_id_token text`);
    await queryRunner.createTable(
      new Table({
        name: 'oidc_login',
        columns: [
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'browser_hash', type: 'varchar', length: '64' },
          { name: 'code_verifier', type: 'varchar', length: '128' },
          { name: 'nonce', type: 'varchar', length: '128' },
          { name: 'return_to', type: 'varchar', length: '2000' },
          { name: 'created_at', type: 'varchar', length: '24' },
        ],
        indices: [new TableIndex({ name: 'idx_oidc_login_created', columnNames: ['created_at'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('oidc_login');
    await queryRunner.query(`ALTER TABLE session DROP COLUMN oidc_id_token`);
    await queryRunner.dropIndex('app_user', 'idx_user_oidc');
    await queryRunner.query(`ALTER TABLE app_user DROP COLUMN oidc_subject`);
    await queryRunner.query(`ALTER TABLE app_user DROP COLUMN oidc_issuer`);
  }
}
