import { DataSource } from 'typeorm';
import { api, createMeasure, seedCatalog } from '../test/fixtures';
import { startTestApp, TestApp } from '../test/test-app';

/**
 * PostgreSQL: the kept counts per field of action and status are spread over slots picked by transaction id
 * (migration RollupSlots1765267200001), so writes to measures of one field and status do not wait for each other's
 * commits. The figures are the sums over the slots; undoing the migration folds them back into one row per key.
 */
describe('kept counts in slots (PostgreSQL)', () => {
  jest.setTimeout(90_000);
  let test: TestApp;

  // A database of its own, removed again by close.
  beforeAll(async () => {
    test = await startTestApp();
  });
  afterAll(() => test.close());

  const counts = async () =>
    (await test.app.get(DataSource).query(
      `SELECT field_of_action_id, status, is_public, end_year, SUM(measures)::int AS measures,
         SUM(progress_sum)::int AS progress_sum, SUM(progress_basis)::int AS progress_basis
       FROM measure_rollup GROUP BY 1, 2, 3, 4 HAVING SUM(measures) <> 0 ORDER BY 1, 2, 3, 4`,
    )) as Record<string, unknown>[];
  const rowsPerKey = async () =>
    Number(
      (
        await test.app.get(DataSource).query(
          `SELECT MAX(n)::int AS n FROM (SELECT COUNT(*) AS n FROM measure_rollup GROUP BY field_of_action_id, status,
             is_public, end_year) AS keys`,
        )
      )[0].n,
    );

  it('spreads one key over several slots, and folds them back when the migration is undone', async () => {
    const catalogue = await seedCatalog(test.app);
    const measures = [];
    for (let index = 0; index < 6; index++) {
      measures.push(await createMeasure(test.app, { title: `Slot ${index}`, fieldOfActionId: catalogue.fields[0].id }));
    }
    // Each edit is a transaction of its own, with the next transaction id: the same key, different slots.
    for (const [index, measure] of measures.entries()) {
      await api(test.app)
        .patch(`/api/v1/measures/${measure.id}`)
        .set('If-Match', `"${measure.version}"`)
        .send({ progress: 10 * (index + 1) })
        .expect(200);
    }
    const kept = await counts();
    expect(kept).toContainEqual(
      expect.objectContaining({ field_of_action_id: catalogue.fields[0].id, measures: 6, progress_sum: 210 }),
    );
    expect(await rowsPerKey()).toBeGreaterThan(1);

    const dataSource = test.app.get(DataSource);
    // Undone with the migrations after it, as an operator rolls back to the release before it.
    const applied = async () =>
      ((await dataSource.query('SELECT name FROM migrations')) as { name: string }[]).map((row) => row.name);
    while ((await applied()).includes('RollupSlots1765267200001')) {
      await dataSource.undoLastMigration({ transaction: 'each' });
    }
    expect(await rowsPerKey()).toBe(1);
    expect(await counts()).toEqual(kept);

    await dataSource.runMigrations({ transaction: 'each' });
    await api(test.app)
      .patch(`/api/v1/measures/${measures[0].id}`)
      .set('If-Match', `"${measures[0].version + 1}"`)
      .send({ progress: 0 })
      .expect(200);
    expect(await counts()).toContainEqual(
      expect.objectContaining({ field_of_action_id: catalogue.fields[0].id, measures: 6, progress_sum: 200 }),
    );
  });
});
