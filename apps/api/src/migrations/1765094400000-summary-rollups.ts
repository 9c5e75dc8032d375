import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rules of the summary, as literals: a migration must build the same tables whenever it runs. They match
 * `ACTIVE_STATUSES`, `CLOSED_STATUSES` and `PROGRESS_EXCLUDED_STATUSES` of the shared domain lib;
 * `summary-rollups.api-spec.ts` compares the kept figures with a recomputation from those constants.
 */
const ACTIVE = `('planned', 'in_progress')`;
const CLOSED = `('completed', 'rejected')`;
const PROGRESS_EXCLUDED = `('rejected', 'on_hold')`;

type Dialect = 'sqlite' | 'postgres';

/** `YYYY-MM` of a date column (SQLite keeps `YYYY-MM-DD` text, PostgreSQL a `date`). */
const monthOfDate = (dialect: Dialect, column: string) =>
  dialect === 'postgres' ? `to_char(${column}, 'YYYY-MM')` : `substr(${column}, 1, 7)`;

/** `YYYY` of a date column. */
const yearOfDate = (dialect: Dialect, column: string) =>
  dialect === 'postgres' ? `to_char(${column}, 'YYYY')` : `substr(${column}, 1, 4)`;

/** Whether a measure row can become overdue: it has a planned end and is neither completed nor rejected. */
const canBeOverdue = (row: string) => `${row}.planned_end IS NOT NULL AND ${row}.status NOT IN ${CLOSED}`;
/**
 * The planned end's month of a measure that can become overdue; '' for one that cannot. Only the order of a
 * move's locks on PostgreSQL reads it.
 */
const endMonth = (dialect: Dialect, row: string) =>
  `CASE WHEN ${canBeOverdue(row)} THEN ${monthOfDate(dialect, `${row}.planned_end`)} ELSE '' END`;
/** The planned end's year of a measure that can become overdue; '' for one that cannot. */
const endYear = (dialect: Dialect, row: string) =>
  `CASE WHEN ${canBeOverdue(row)} THEN ${yearOfDate(dialect, `${row}.planned_end`)} ELSE '' END`;
const progressSum = (row: string) =>
  `CASE WHEN ${row}.progress IS NOT NULL AND ${row}.status NOT IN ${PROGRESS_EXCLUDED} THEN ${row}.progress ELSE 0 END`;
const progressBasis = (row: string) =>
  `CASE WHEN ${row}.progress IS NOT NULL AND ${row}.status NOT IN ${PROGRESS_EXCLUDED} THEN 1 ELSE 0 END`;

/**
 * The upserts that add to a kept count (a negative amount subtracts). With `slotted`, the key has the `slot` column
 * that migration RollupSlots1765267200001 adds on PostgreSQL.
 */
const addToMeasureRollup = (slotted = false) => `ON CONFLICT (field_of_action_id, status, is_public, end_year${
  slotted ? ', slot' : ''
}) DO UPDATE SET
  measures = measure_rollup.measures + excluded.measures,
  progress_sum = measure_rollup.progress_sum + excluded.progress_sum,
  progress_basis = measure_rollup.progress_basis + excluded.progress_basis`;
const addToOverdueRollup = (slotted = false) => `ON CONFLICT (end_month, field_of_action_id, status, is_public${
  slotted ? ', slot' : ''
}) DO UPDATE SET
  measures = overdue_rollup.measures + excluded.measures`;
const ADD_TO_GUIDELINE_ROLLUP = `ON CONFLICT (guideline_id, field_of_action_id, is_public) DO UPDATE SET
  active_measures = guideline_rollup.active_measures + excluded.active_measures`;
const ADD_TO_MILESTONE_ROLLUP = `ON CONFLICT (status, first_month, field_of_action_id, is_public) DO UPDATE SET
  measures = milestone_rollup.measures + excluded.measures`;

/**
 * One measure row (`NEW`/`OLD`) counted `sign` times into the roll-up per field, status, publication and year of
 * the planned end, and, if it can become overdue, into the count per month of the planned end. With `slot` (an SQL
 * expression), into that slot of the key.
 */
const measureRollupRow = (dialect: Dialect, row: string, sign: 1 | -1, slot?: string) =>
  `INSERT INTO measure_rollup (field_of_action_id, status, is_public, end_year, measures, progress_sum, progress_basis${
    slot ? ', slot' : ''
  })
   VALUES (${row}.field_of_action_id, ${row}.status, ${row}.is_public, ${endYear(dialect, row)}, ${sign},
     ${sign} * (${progressSum(row)}), ${sign} * (${progressBasis(row)})${slot ? `, ${slot}` : ''})
   ${addToMeasureRollup(slot !== undefined)};
   INSERT INTO overdue_rollup (end_month, field_of_action_id, status, is_public, measures${slot ? ', slot' : ''})
   SELECT ${monthOfDate(dialect, `${row}.planned_end`)}, ${row}.field_of_action_id, ${row}.status, ${row}.is_public, ${sign}${
     slot ? `, ${slot}` : ''
   }
   WHERE ${canBeOverdue(row)}
   ${addToOverdueRollup(slot !== undefined)}`;

/**
 * The guideline links of measure `row`, counted `sign` times if it is active. PostgreSQL locks the kept rows in
 * guideline order (`ordered`), so two writes that change measures with the same guidelines cannot deadlock.
 */
const linksOfMeasure = (row: string, sign: 1 | -1, ordered = false) =>
  `INSERT INTO guideline_rollup (guideline_id, field_of_action_id, is_public, active_measures)
   SELECT mg.guideline_id, ${row}.field_of_action_id, ${row}.is_public, ${sign} FROM measure_guideline mg
   WHERE mg.measure_id = ${row}.id AND ${row}.status IN ${ACTIVE}${ordered ? ' ORDER BY mg.guideline_id' : ''}
   ${ADD_TO_GUIDELINE_ROLLUP}`;

/** The milestones of measure `row`, counted `sign` times under its field and publication (in key order, as above). */
const milestonesOfMeasure = (row: string, sign: 1 | -1, ordered = false) =>
  `INSERT INTO milestone_rollup (status, first_month, field_of_action_id, is_public, measures)
   SELECT ms.status, substr(ms.first_at, 1, 7), ${row}.field_of_action_id, ${row}.is_public, ${sign}
   FROM measure_milestone ms WHERE ms.measure_id = ${row}.id${ordered ? ' ORDER BY ms.status, substr(ms.first_at, 1, 7)' : ''}
   ${ADD_TO_MILESTONE_ROLLUP}`;

/** One guideline link (`NEW`/`OLD`) counted `sign` times if its measure is active. */
const linkRow = (row: string, sign: 1 | -1) =>
  `INSERT INTO guideline_rollup (guideline_id, field_of_action_id, is_public, active_measures)
   SELECT ${row}.guideline_id, m.field_of_action_id, m.is_public, ${sign} FROM measure m
   WHERE m.id = ${row}.measure_id AND m.status IN ${ACTIVE}
   ${ADD_TO_GUIDELINE_ROLLUP}`;

/** One milestone (`NEW`/`OLD`) counted `sign` times under its measure's field and publication. */
const milestoneRow = (row: string, sign: 1 | -1) =>
  `INSERT INTO milestone_rollup (status, first_month, field_of_action_id, is_public, measures)
   SELECT ${row}.status, substr(${row}.first_at, 1, 7), m.field_of_action_id, m.is_public, ${sign} FROM measure m
   WHERE m.id = ${row}.measure_id
   ${ADD_TO_MILESTONE_ROLLUP}`;

/** The columns of a measure that the kept figures depend on. */
const ROLLUP_COLUMNS = ['field_of_action_id', 'status', 'is_public', 'progress', 'planned_end'];
const changed = (columns: string[]) =>
  columns.map((column) => `OLD.${column} IS DISTINCT FROM NEW.${column}`).join(' OR ');
const changedSqlite = (columns: string[]) => columns.map((column) => `OLD.${column} IS NOT NEW.${column}`).join(' OR ');

/**
 * The body of PostgreSQL's `lbm_rollup_measure` trigger function. A changed key is subtracted and added in key
 * order, so two writes that move measures between the same two keys in opposite directions lock the rows in the
 * same order and cannot deadlock. `slot`: see measureRollupRow.
 */
export const postgresMeasureRollupBody = (slot?: string) =>
  `IF TG_OP IN ('UPDATE', 'DELETE') AND (TG_OP = 'DELETE'
           OR ROW(OLD.field_of_action_id, OLD.status, OLD.is_public, ${endMonth('postgres', 'OLD')})
           <= ROW(NEW.field_of_action_id, NEW.status, NEW.is_public, ${endMonth('postgres', 'NEW')})) THEN
         ${measureRollupRow('postgres', 'OLD', -1, slot)};
         IF TG_OP = 'UPDATE' THEN ${measureRollupRow('postgres', 'NEW', 1, slot)}; END IF;
       ELSIF TG_OP = 'UPDATE' THEN
         ${measureRollupRow('postgres', 'NEW', 1, slot)};
         ${measureRollupRow('postgres', 'OLD', -1, slot)};
       ELSE
         ${measureRollupRow('postgres', 'NEW', 1, slot)};
       END IF;
       IF TG_OP = 'UPDATE' AND (${changed(['field_of_action_id', 'status', 'is_public'])}) THEN
         ${linksOfMeasure('OLD', -1, true)};
         ${linksOfMeasure('NEW', 1, true)};
       END IF;
       IF TG_OP = 'UPDATE' AND (${changed(['field_of_action_id', 'is_public'])}) THEN
         ${milestonesOfMeasure('OLD', -1, true)};
         ${milestonesOfMeasure('NEW', 1, true)};
       END IF;`;

/**
 * Fills the kept figures from the existing rows; also used after a bulk load that bypassed the triggers
 * (tools/bench/generate.mjs holds the same statements).
 */
export function rollupFillStatements(dialect: Dialect): string[] {
  return [
    `INSERT INTO measure_rollup (field_of_action_id, status, is_public, end_year, measures, progress_sum, progress_basis)
     SELECT m.field_of_action_id, m.status, m.is_public, ${endYear(dialect, 'm')}, COUNT(*),
       SUM(${progressSum('m')}), SUM(${progressBasis('m')})
     FROM measure m GROUP BY m.field_of_action_id, m.status, m.is_public, ${endYear(dialect, 'm')}`,
    `INSERT INTO overdue_rollup (end_month, field_of_action_id, status, is_public, measures)
     SELECT ${monthOfDate(dialect, 'm.planned_end')}, m.field_of_action_id, m.status, m.is_public, COUNT(*)
     FROM measure m WHERE ${canBeOverdue('m')}
     GROUP BY ${monthOfDate(dialect, 'm.planned_end')}, m.field_of_action_id, m.status, m.is_public`,
    `INSERT INTO guideline_rollup (guideline_id, field_of_action_id, is_public, active_measures)
     SELECT mg.guideline_id, m.field_of_action_id, m.is_public, COUNT(*)
     FROM measure_guideline mg INNER JOIN measure m ON m.id = mg.measure_id
     WHERE m.status IN ${ACTIVE} GROUP BY mg.guideline_id, m.field_of_action_id, m.is_public`,
    `INSERT INTO milestone_rollup (status, first_month, field_of_action_id, is_public, measures)
     SELECT ms.status, substr(ms.first_at, 1, 7), m.field_of_action_id, m.is_public, COUNT(*)
     FROM measure_milestone ms INNER JOIN measure m ON m.id = ms.measure_id
     GROUP BY ms.status, substr(ms.first_at, 1, 7), m.field_of_action_id, m.is_public`,
  ];
}

/**
 * The summaries' counts, kept up to date on every write instead of recomputed from all measures (issue 15: a
 * summary right after a write took 150–180 ms at 100,000 measures, the cost of recomputing it):
 *
 * - `measure_rollup`: per field of action, status, publication and year of the planned end (only for measures
 *   that can become overdue, '' otherwise) the number of measures and the sum and basis of the progress mean.
 * - `overdue_rollup`: per month of the planned end, field, status and publication the measures that can become
 *   overdue. Overdue is counted from the kept years before the current one, the kept months of the current year
 *   before the current month, and the measures of the current month through the planned-end index: the figure
 *   depends on the day, the kept rows do not, and a summary reads a few hundred of them whatever the history.
 * - `guideline_rollup`: per guideline, field of action and publication the active measures linked to it.
 * - `milestone_rollup`: per status, month, field of action and publication the measures whose status first
 *   reached it in that month (the timeline; days at the edges of a period are read from `measure_milestone`).
 * - Indexes for the earliest creation (all measures, or the published ones) that the timeline starts from.
 *
 * Triggers keep them right whoever writes (the register, an import, seeding, deletion, any later script):
 * on the measures (only when a column they depend on changes), their guideline links and their milestones.
 * Deleting a measure first deletes its links and milestones in a `BEFORE DELETE` trigger, so their triggers
 * still find the measure's field and publication (the foreign keys would cascade after it is gone). Fields of
 * action and guidelines cannot be removed while measures refer to them, and their names are read from their
 * own tables, so catalogue changes need no trigger.
 */
export class SummaryRollups1765094400000 implements MigrationInterface {
  name = 'SummaryRollups1765094400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const dialect: Dialect = queryRunner.connection.options.type === 'postgres' ? 'postgres' : 'sqlite';
    const big = dialect === 'postgres' ? 'bigint' : 'integer';
    await queryRunner.query(
      `CREATE TABLE measure_rollup (
        field_of_action_id varchar(36) NOT NULL,
        status varchar(20) NOT NULL,
        is_public boolean NOT NULL,
        end_year varchar(4) NOT NULL,
        measures ${big} NOT NULL,
        progress_sum ${big} NOT NULL,
        progress_basis ${big} NOT NULL,
        PRIMARY KEY (field_of_action_id, status, is_public, end_year)
      )`,
    );
    // Read by a range of months (those of the current year before the current month): the month comes first.
    await queryRunner.query(
      `CREATE TABLE overdue_rollup (
        end_month varchar(7) NOT NULL,
        field_of_action_id varchar(36) NOT NULL,
        status varchar(20) NOT NULL,
        is_public boolean NOT NULL,
        measures ${big} NOT NULL,
        PRIMARY KEY (end_month, field_of_action_id, status, is_public)
      )`,
    );
    await queryRunner.query(
      `CREATE TABLE guideline_rollup (
        guideline_id varchar(36) NOT NULL,
        field_of_action_id varchar(36) NOT NULL,
        is_public boolean NOT NULL,
        active_measures ${big} NOT NULL,
        PRIMARY KEY (guideline_id, field_of_action_id, is_public)
      )`,
    );
    await queryRunner.query(
      `CREATE TABLE milestone_rollup (
        status varchar(20) NOT NULL,
        first_month varchar(7) NOT NULL,
        field_of_action_id varchar(36) NOT NULL,
        is_public boolean NOT NULL,
        measures ${big} NOT NULL,
        PRIMARY KEY (status, first_month, field_of_action_id, is_public)
      )`,
    );
    for (const statement of rollupFillStatements(dialect)) await queryRunner.query(statement);
    // The overdue measures of the current month are read through this index (a month's measures at most).
    await queryRunner.query(
      `CREATE INDEX idx_measure_planned_end_rollup ON measure (planned_end, status, field_of_action_id, is_public)`,
    );
    // The earliest creation, of all measures or of the published ones: one index step instead of a scan.
    await queryRunner.query(`CREATE INDEX idx_measure_created_at ON measure (created_at)`);
    await queryRunner.query(`CREATE INDEX idx_measure_public_created_at ON measure (is_public, created_at)`);
    if (dialect === 'postgres') await this.postgresTriggers(queryRunner);
    else await this.sqliteTriggers(queryRunner);
  }

  private async sqliteTriggers(queryRunner: QueryRunner): Promise<void> {
    const trigger = (name: string, head: string, ...statements: string[]) =>
      queryRunner.query(`CREATE TRIGGER ${name} ${head} BEGIN ${statements.map((s) => `${s};`).join(' ')} END`);
    await trigger('trg_rollup_measure_insert', 'AFTER INSERT ON measure', measureRollupRow('sqlite', 'NEW', 1));
    await trigger(
      'trg_rollup_measure_update',
      `AFTER UPDATE OF ${ROLLUP_COLUMNS.join(', ')} ON measure WHEN ${changedSqlite(ROLLUP_COLUMNS)}`,
      measureRollupRow('sqlite', 'OLD', -1),
      measureRollupRow('sqlite', 'NEW', 1),
    );
    await trigger(
      'trg_rollup_measure_links_update',
      `AFTER UPDATE OF field_of_action_id, status, is_public ON measure
       WHEN ${changedSqlite(['field_of_action_id', 'status', 'is_public'])}`,
      linksOfMeasure('OLD', -1),
      linksOfMeasure('NEW', 1),
    );
    await trigger(
      'trg_rollup_measure_milestones_update',
      `AFTER UPDATE OF field_of_action_id, is_public ON measure
       WHEN ${changedSqlite(['field_of_action_id', 'is_public'])}`,
      milestonesOfMeasure('OLD', -1),
      milestonesOfMeasure('NEW', 1),
    );
    await trigger(
      'trg_rollup_measure_before_delete',
      'BEFORE DELETE ON measure',
      'DELETE FROM measure_guideline WHERE measure_id = OLD.id',
      'DELETE FROM measure_milestone WHERE measure_id = OLD.id',
    );
    await trigger('trg_rollup_measure_delete', 'AFTER DELETE ON measure', measureRollupRow('sqlite', 'OLD', -1));
    await trigger('trg_rollup_link_insert', 'AFTER INSERT ON measure_guideline', linkRow('NEW', 1));
    await trigger('trg_rollup_link_update', 'AFTER UPDATE ON measure_guideline', linkRow('OLD', -1), linkRow('NEW', 1));
    await trigger('trg_rollup_link_delete', 'AFTER DELETE ON measure_guideline', linkRow('OLD', -1));
    await trigger('trg_rollup_milestone_insert', 'AFTER INSERT ON measure_milestone', milestoneRow('NEW', 1));
    await trigger(
      'trg_rollup_milestone_update',
      'AFTER UPDATE ON measure_milestone',
      milestoneRow('OLD', -1),
      milestoneRow('NEW', 1),
    );
    await trigger('trg_rollup_milestone_delete', 'AFTER DELETE ON measure_milestone', milestoneRow('OLD', -1));
  }

  private async postgresTriggers(queryRunner: QueryRunner): Promise<void> {
    const fn = (name: string, body: string) =>
      queryRunner.query(
        `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
           ${body}
           RETURN NULL;
         END $$`,
      );
    // A changed key is subtracted and added in key order, so two writes that move measures between the same
    // two keys in opposite directions lock the rows in the same order and cannot deadlock. (The links' and
    // milestones' rows of one move are locked in key order among themselves; two opposite moves of measures with
    // the same guidelines between two fields at the same moment could still deadlock, and PostgreSQL would then
    // abort one of them.)
    await fn('lbm_rollup_measure', postgresMeasureRollupBody());
    await queryRunner.query(
      `CREATE TRIGGER trg_rollup_measure AFTER INSERT OR DELETE ON measure
       FOR EACH ROW EXECUTE FUNCTION lbm_rollup_measure()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_rollup_measure_update AFTER UPDATE OF ${ROLLUP_COLUMNS.join(', ')} ON measure
       FOR EACH ROW WHEN (${changed(ROLLUP_COLUMNS)}) EXECUTE FUNCTION lbm_rollup_measure()`,
    );
    await queryRunner.query(
      `CREATE FUNCTION lbm_rollup_measure_before_delete() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         DELETE FROM measure_guideline WHERE measure_id = OLD.id;
         DELETE FROM measure_milestone WHERE measure_id = OLD.id;
         RETURN OLD;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_rollup_measure_before_delete BEFORE DELETE ON measure
       FOR EACH ROW EXECUTE FUNCTION lbm_rollup_measure_before_delete()`,
    );
    await fn(
      'lbm_rollup_link',
      `IF TG_OP IN ('UPDATE', 'DELETE') THEN ${linkRow('OLD', -1)}; END IF;
       IF TG_OP IN ('INSERT', 'UPDATE') THEN ${linkRow('NEW', 1)}; END IF;`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_rollup_link AFTER INSERT OR UPDATE OR DELETE ON measure_guideline
       FOR EACH ROW EXECUTE FUNCTION lbm_rollup_link()`,
    );
    await fn(
      'lbm_rollup_milestone',
      `IF TG_OP IN ('UPDATE', 'DELETE') THEN ${milestoneRow('OLD', -1)}; END IF;
       IF TG_OP IN ('INSERT', 'UPDATE') THEN ${milestoneRow('NEW', 1)}; END IF;`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_rollup_milestone AFTER INSERT OR UPDATE OR DELETE ON measure_milestone
       FOR EACH ROW EXECUTE FUNCTION lbm_rollup_milestone()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.options.type === 'postgres';
    if (postgres) {
      for (const [name, table] of [
        ['trg_rollup_measure', 'measure'],
        ['trg_rollup_measure_update', 'measure'],
        ['trg_rollup_measure_before_delete', 'measure'],
        ['trg_rollup_link', 'measure_guideline'],
        ['trg_rollup_milestone', 'measure_milestone'],
      ])
        await queryRunner.query(`DROP TRIGGER ${name} ON ${table}`);
      for (const name of [
        'lbm_rollup_measure',
        'lbm_rollup_measure_before_delete',
        'lbm_rollup_link',
        'lbm_rollup_milestone',
      ])
        await queryRunner.query(`DROP FUNCTION ${name}()`);
    } else {
      for (const name of [
        'measure_insert',
        'measure_update',
        'measure_links_update',
        'measure_milestones_update',
        'measure_before_delete',
        'measure_delete',
        'link_insert',
        'link_update',
        'link_delete',
        'milestone_insert',
        'milestone_update',
        'milestone_delete',
      ])
        await queryRunner.query(`DROP TRIGGER trg_rollup_${name}`);
    }
    for (const index of ['idx_measure_public_created_at', 'idx_measure_created_at', 'idx_measure_planned_end_rollup'])
      await queryRunner.query(`DROP INDEX ${index}`);
    for (const table of ['milestone_rollup', 'guideline_rollup', 'overdue_rollup', 'measure_rollup'])
      await queryRunner.query(`DROP TABLE ${table}`);
  }
}
