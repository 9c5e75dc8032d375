import { MigrationInterface, QueryRunner, Table, TableCheck, TableIndex } from 'typeorm';

const id = (name = 'id') => ({ name, type: 'varchar', length: '36' });
const timestamp = (name: string) => ({ name, type: 'varchar', length: '24' });

/**
 * The public site's legal pages and barrier reports: `page_text` holds the edited text of a page in one language
 * (no row: the shipped default is served; the sign-language video lies on disk, not here); `barrier_report` the reports
 * sent through the accessibility statement's form (no address, no account).
 *
 * Only tables and indexes are added; no existing row changes.
 */
export class PublicPages1764489600000 implements MigrationInterface {
  name = 'PublicPages1764489600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'page_text',
        columns: [
          { ...id(), isPrimary: true },
          { name: 'slug', type: 'varchar', length: '40' },
          { name: 'lang', type: 'varchar', length: '2' },
          { name: 'version', type: 'integer' },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'content', type: 'text' },
          { name: 'checked_by', type: 'varchar', length: '200', isNullable: true },
          { name: 'checked_on', type: 'varchar', length: '10', isNullable: true },
          { name: 'updated_by', type: 'varchar', length: '200', isNullable: true },
          { ...timestamp('updated_at'), isNullable: true },
        ],
        checks: [
          new TableCheck({ name: 'chk_page_text_version', expression: 'version >= 1' }),
          new TableCheck({
            name: 'chk_page_text_slug',
            expression:
              "slug IN ('barrierefreiheit', 'leichte-sprache', 'gebaerdensprache', 'impressum', 'datenschutz')",
          }),
          new TableCheck({ name: 'chk_page_text_lang', expression: "lang IN ('de', 'en')" }),
        ],
        indices: [new TableIndex({ name: 'idx_page_text_slug_lang', columnNames: ['slug', 'lang'], isUnique: true })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'barrier_report',
        columns: [
          { ...id(), isPrimary: true },
          { name: 'message', type: 'text' },
          { name: 'page', type: 'varchar', length: '300', isNullable: true },
          timestamp('created_at'),
        ],
        indices: [new TableIndex({ name: 'idx_barrier_report_created', columnNames: ['created_at'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('barrier_report');
    await queryRunner.dropTable('page_text');
  }
}
