import { MigrationInterface, QueryRunner, Table, TableCheck, TableForeignKey, TableIndex } from 'typeorm';

const id = (name = 'id') => ({ name, type: 'varchar', length: '36' });
const timestamp = (name: string) => ({ name, type: 'varchar', length: '24' });
const toUser = (column: string) =>
  new TableForeignKey({
    columnNames: [column],
    referencedTableName: 'app_user',
    referencedColumnNames: ['id'],
    onDelete: 'CASCADE',
  });

/**
 * Reminders by e-mail (issue 17): each user's frequency and language (`notification_preference`), the installation's
 * limits and digest time (`notification_settings`, one row), every e-mail claimed, sent or failed
 * (`notification_delivery`, also the send log) and every notice given to a recipient (`notification_notice`, so
 * none is sent twice). Only tables and indexes are added; no existing row changes.
 */
export class Notifications1764748800000 implements MigrationInterface {
  name = 'Notifications1764748800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'notification_preference',
        columns: [
          { ...id('user_id'), isPrimary: true },
          { name: 'frequency', type: 'varchar', length: '16' },
          { name: 'language', type: 'varchar', length: '2' },
          timestamp('updated_at'),
        ],
        checks: [
          new TableCheck({
            name: 'chk_notification_preference_frequency',
            expression: "frequency IN ('off', 'immediate', 'daily', 'weekly')",
          }),
          new TableCheck({ name: 'chk_notification_preference_language', expression: "language IN ('de', 'en')" }),
        ],
        foreignKeys: [toUser('user_id')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'notification_settings',
        columns: [
          { name: 'id', type: 'varchar', length: '16', isPrimary: true },
          { name: 'stale_days', type: 'integer' },
          { name: 'digest_hour', type: 'integer' },
          { name: 'time_zone', type: 'varchar', length: '64' },
          { name: 'weekly_weekday', type: 'integer' },
          timestamp('updated_at'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'notification_delivery',
        columns: [
          { ...id(), isPrimary: true },
          id('recipient_id'),
          { name: 'recipient_email', type: 'varchar', length: '254' },
          { name: 'delivery_key', type: 'varchar', length: '100' },
          { name: 'digest', type: 'varchar', length: '16' },
          { name: 'kinds', type: 'varchar', length: '200' },
          { name: 'subject', type: 'varchar', length: '300' },
          { name: 'body_text', type: 'text' },
          { name: 'body_html', type: 'text' },
          { name: 'unsubscribe_url', type: 'text' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'attempts', type: 'integer' },
          timestamp('created_at'),
          { ...timestamp('claimed_at'), isNullable: true },
          { ...timestamp('next_attempt_at'), isNullable: true },
          { ...timestamp('sent_at'), isNullable: true },
          { name: 'error', type: 'text', isNullable: true },
        ],
        checks: [
          new TableCheck({
            name: 'chk_notification_delivery_status',
            expression: "status IN ('pending', 'sending', 'sent', 'failed')",
          }),
        ],
        foreignKeys: [toUser('recipient_id')],
        indices: [
          new TableIndex({
            name: 'idx_notification_delivery_key',
            columnNames: ['recipient_id', 'delivery_key'],
            isUnique: true,
          }),
          new TableIndex({ name: 'idx_notification_delivery_due', columnNames: ['status', 'next_attempt_at'] }),
          new TableIndex({ name: 'idx_notification_delivery_created', columnNames: ['created_at'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'notification_notice',
        columns: [
          { ...id('recipient_id'), isPrimary: true },
          { name: 'notice_key', type: 'varchar', length: '200', isPrimary: true },
          id('delivery_id'),
          timestamp('created_at'),
        ],
        foreignKeys: [
          toUser('recipient_id'),
          new TableForeignKey({
            columnNames: ['delivery_id'],
            referencedTableName: 'notification_delivery',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
        indices: [new TableIndex({ name: 'idx_notification_notice_delivery', columnNames: ['delivery_id'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('notification_notice');
    await queryRunner.dropTable('notification_delivery');
    await queryRunner.dropTable('notification_settings');
    await queryRunner.dropTable('notification_preference');
  }
}
