import { MigrationInterface, QueryRunner, Table, TableCheck, TableForeignKey, TableIndex } from 'typeorm';

const id = (name = 'id') => ({ name, type: 'varchar', length: '36' });
const timestamp = (name: string) => ({ name, type: 'varchar', length: '24' });

/**
 * Accounts and sessions, personal API tokens, failed sign-ins, the hash-chained audit log and the council's
 * review comments.
 */
export class AccountsAuditReviews1763971200000 implements MigrationInterface {
  name = 'AccountsAuditReviews1763971200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'app_user',
        columns: [
          { ...id(), isPrimary: true },
          { name: 'email', type: 'varchar', length: '254', isUnique: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'role', type: 'varchar', length: '16' },
          { ...id('actor_id'), isNullable: true },
          { name: 'active', type: 'boolean' },
          { name: 'password_hash', type: 'varchar', length: '255' },
          timestamp('created_at'),
          timestamp('updated_at'),
        ],
        checks: [
          new TableCheck({ name: 'chk_user_role', expression: "role IN ('admin', 'editor', 'reviewer', 'viewer')" }),
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['actor_id'],
            referencedTableName: 'actor',
            referencedColumnNames: ['id'],
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'session',
        columns: [
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          id('user_id'),
          { name: 'csrf_token', type: 'varchar', length: '64' },
          timestamp('created_at'),
          timestamp('last_seen_at'),
          { name: 'client_address', type: 'varchar', length: '64', isNullable: true },
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['user_id'],
            referencedTableName: 'app_user',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
        indices: [
          new TableIndex({ name: 'idx_session_user', columnNames: ['user_id'] }),
          new TableIndex({ name: 'idx_session_created', columnNames: ['created_at'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'api_token',
        columns: [
          { ...id(), isPrimary: true },
          id('user_id'),
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'prefix', type: 'varchar', length: '12' },
          { name: 'token_hash', type: 'varchar', length: '64', isUnique: true },
          timestamp('created_at'),
          { ...timestamp('last_used_at'), isNullable: true },
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['user_id'],
            referencedTableName: 'app_user',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
        indices: [new TableIndex({ name: 'idx_api_token_user', columnNames: ['user_id'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'login_failure',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'email', type: 'varchar', length: '254' },
          { name: 'client_address', type: 'varchar', length: '64', isNullable: true },
          timestamp('at'),
        ],
        indices: [
          new TableIndex({ name: 'idx_login_failure_email', columnNames: ['email', 'at'] }),
          new TableIndex({ name: 'idx_login_failure_address', columnNames: ['client_address', 'at'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'audit_entry',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true },
          timestamp('at'),
          { ...id('user_id'), isNullable: true },
          { name: 'actor_label', type: 'varchar', length: '254', isNullable: true },
          { name: 'client_address', type: 'varchar', length: '64', isNullable: true },
          { name: 'action', type: 'varchar', length: '64' },
          { name: 'target_type', type: 'varchar', length: '32', isNullable: true },
          { name: 'target_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'details', type: 'text' },
          { name: 'previous_hash', type: 'varchar', length: '64' },
          { name: 'hash', type: 'varchar', length: '64' },
        ],
        indices: [new TableIndex({ name: 'idx_audit_entry_action', columnNames: ['action', 'id'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'audit_head',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true },
          { name: 'last_id', type: 'integer' },
          { name: 'last_hash', type: 'varchar', length: '64' },
        ],
        checks: [new TableCheck({ name: 'chk_audit_head_single_row', expression: 'id = 1' })],
      }),
    );
    await queryRunner.query(`INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, 0, '${'0'.repeat(64)}')`);
    await queryRunner.createTable(
      new Table({
        name: 'review_comment',
        columns: [
          { ...id(), isPrimary: true },
          id('measure_id'),
          id('author_id'),
          { name: 'author_name', type: 'varchar', length: '200' },
          { name: 'text', type: 'text' },
          timestamp('created_at'),
          timestamp('updated_at'),
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['measure_id'],
            referencedTableName: 'measure',
            referencedColumnNames: ['id'],
          }),
          new TableForeignKey({
            columnNames: ['author_id'],
            referencedTableName: 'app_user',
            referencedColumnNames: ['id'],
          }),
        ],
        indices: [new TableIndex({ name: 'idx_review_comment_measure', columnNames: ['measure_id', 'created_at'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'review_comment',
      'audit_head',
      'audit_entry',
      'login_failure',
      'api_token',
      'session',
      'app_user',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
