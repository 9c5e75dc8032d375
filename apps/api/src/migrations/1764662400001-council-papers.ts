import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';

const TABLE = 'measure_council_paper';

/**
 * Council papers on measures (issue 17): the papers ("Drucksachen") and decisions a measure comes from or reports to,
 * in the order given, each with its reference and optional title, date and link. Removed with their measure. Writes
 * move the data version, as those of the measures do (see ScaleIndexes1764144000000): the measure's cached answers
 * carry the list.
 *
 * Only a table, its index and triggers are added; no existing row changes.
 */
export class CouncilPapers1764662400001 implements MigrationInterface {
  name = 'CouncilPapers1764662400001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.options.type === 'postgres';
    await queryRunner.createTable(
      new Table({
        name: TABLE,
        columns: [
          { name: 'measure_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'position', type: 'integer', isPrimary: true },
          { name: 'reference', type: 'varchar', length: '40' },
          { name: 'title', type: 'varchar', length: '300', isNullable: true },
          { name: 'paper_date', type: 'date', isNullable: true },
          { name: 'url', type: 'varchar', length: '500', isNullable: true },
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['measure_id'],
            referencedTableName: 'measure',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
        indices: [new TableIndex({ name: 'idx_measure_council_paper_reference', columnNames: ['reference'] })],
      }),
    );
    if (postgres) {
      await queryRunner.query(
        `CREATE CONSTRAINT TRIGGER trg_data_version_${TABLE} AFTER INSERT OR UPDATE OR DELETE ON ${TABLE}
         DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lbm_bump_data_version()`,
      );
      return;
    }
    for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
      await queryRunner.query(
        `CREATE TRIGGER trg_data_version_${TABLE}_${event.toLowerCase()} AFTER ${event} ON ${TABLE}
         BEGIN
           UPDATE data_version SET version = version + 1, stamp = lower(hex(randomblob(16))) WHERE id = 1;
         END`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(`DROP TRIGGER trg_data_version_${TABLE} ON ${TABLE}`);
    } else {
      for (const event of ['insert', 'update', 'delete']) {
        await queryRunner.query(`DROP TRIGGER trg_data_version_${TABLE}_${event}`);
      }
    }
    await queryRunner.dropTable(TABLE);
  }
}
