import { SummaryRollupService } from '@leitbild-monitor/api/summary';
import { TransactionRunner } from '@leitbild-monitor/api/platform';
import type { DashboardSummary, Measure, MeasureStatus, SummaryQuery } from '@leitbild-monitor/shared/contracts';
import { allowedNextStatuses, STATUSES_REQUIRING_NOTE } from '@leitbild-monitor/shared/domain';
import fc from 'fast-check';
import { pinClock, releaseClock } from '../test/clock';
import { api, Catalog, createMeasure, seedCatalog } from '../test/fixtures';
import { startTestApp, TEST_DATABASE, TestApp, writeDirectly } from '../test/test-app';

/**
 * The summaries' counts are kept on write by triggers (migration 1765094400000). After random writes through the
 * API (register, status changes, progress, publication, guideline links, field of action, imports), writes
 * straight into the database (as a script or another program would) and deletions, the kept figures must equal
 * a recomputation from all measures, for the signed-in and the public summary, whole or narrowed to a field,
 * for the default period and for periods that start and end inside a month — also after the clock moves on, so
 * measures become overdue and milestones fall into other months.
 */
describe('summary counts kept on write', () => {
  const START = '2030-02-12T10:00:00.000Z';
  const SEED = 20261206;
  let test: TestApp;
  let catalogue: Catalog;
  let summaries: SummaryRollupService;
  const measures: Measure[] = [];
  let clock = Date.parse(START);

  beforeAll(async () => {
    pinClock(START);
    test = await startTestApp();
    catalogue = await seedCatalog(test.app);
    summaries = test.app.get(SummaryRollupService);
  }, 120_000);
  afterAll(async () => {
    await test.close();
    releaseClock();
  }, 60_000);

  /** A write behind the API's back, in PostgreSQL's placeholders, sent as the database expects it. */
  const sql = (text: string, parameters: unknown[]) =>
    writeDirectly(
      test.app,
      TEST_DATABASE === 'postgres' ? text : text.replace(/\$\d+/g, '?'),
      TEST_DATABASE === 'postgres'
        ? parameters
        : parameters.map((value) => (typeof value === 'boolean' ? Number(value) : value)),
    );

  /**
   * The product keeps every measure with its history; a script (or a future feature) that removes one deletes
   * its history and comments first. Links and milestones go with the measure.
   */
  async function deleteMeasure(id: string): Promise<void> {
    await test.app.get(TransactionRunner).run(async (manager) => {
      const run = (text: string) => manager.query(TEST_DATABASE === 'postgres' ? text : text.replace('$1', '?'), [id]);
      await run(`DELETE FROM review_comment WHERE measure_id = $1`);
      await run(`DELETE FROM measure_history WHERE measure_id = $1`);
      await run(`DELETE FROM measure WHERE id = $1`);
    });
  }

  const day = (offsetDays: number) => new Date(clock + offsetDays * 86_400_000).toISOString().slice(0, 10);

  async function current(measure: Measure): Promise<Measure> {
    return (await api(test.app).get(`/api/v1/measures/${measure.id}`).expect(200)).body as Measure;
  }

  type Operation =
    | {
        kind: 'create';
        field: number;
        progress: number | null;
        endOffset: number | null;
        isPublic: boolean;
        links: number[];
      }
    | { kind: 'status'; measure: number; choice: number }
    | {
        kind: 'patch';
        measure: number;
        field: number | null;
        progress: number | null;
        endOffset: number | null;
        isPublic: boolean | null;
        links: number[] | null;
      }
    | {
        kind: 'sql';
        measure: number;
        field: number;
        isPublic: boolean;
        progress: number | null;
        endOffset: number | null;
      }
    | { kind: 'import'; rows: { field: number; progress: number | null; endOffset: number | null }[] }
    | { kind: 'delete'; measure: number }
    | { kind: 'rename'; field: number }
    | { kind: 'clock'; days: number };

  const index = fc.nat({ max: 1000 });
  const endOffset = fc.option(fc.integer({ min: -120, max: 120 }), { nil: null });
  const progress = fc.option(fc.integer({ min: 0, max: 100 }), { nil: null });
  const links = fc.uniqueArray(fc.nat({ max: 7 }), { maxLength: 3 });
  const operation: fc.Arbitrary<Operation> = fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant('create' as const),
        field: index,
        progress,
        endOffset,
        isPublic: fc.boolean(),
        links,
      }),
    },
    { weight: 12, arbitrary: fc.record({ kind: fc.constant('status' as const), measure: index, choice: index }) },
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant('patch' as const),
        measure: index,
        field: fc.option(index, { nil: null }),
        progress,
        endOffset,
        isPublic: fc.option(fc.boolean(), { nil: null }),
        links: fc.option(links, { nil: null }),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('sql' as const),
        measure: index,
        field: index,
        isPublic: fc.boolean(),
        progress,
        endOffset,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('import' as const),
        rows: fc.array(fc.record({ field: index, progress, endOffset }), { minLength: 1, maxLength: 4 }),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), measure: index }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('rename' as const), field: index }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('clock' as const), days: fc.integer({ min: 1, max: 75 }) }) },
  );

  const pick = <T>(list: readonly T[], at: number): T => list[at % list.length];

  async function apply(op: Operation): Promise<void> {
    const fields = catalogue.fields;
    const guidelines = catalogue.guidelines;
    switch (op.kind) {
      case 'create': {
        const body: Record<string, unknown> = {
          title: `Maßnahme ${measures.length + 1}`,
          fieldOfActionId: pick(fields, op.field).id,
          public: op.isPublic,
          guidelineIds: op.links.map((at) => pick(guidelines, at).id),
        };
        if (op.progress !== null) body['progress'] = op.progress;
        if (op.endOffset !== null) body['plannedEnd'] = day(op.endOffset);
        measures.push(await createMeasure(test.app, body));
        return;
      }
      case 'status': {
        if (measures.length === 0) return;
        const measure = await current(pick(measures, op.measure));
        const status = pick(allowedNextStatuses(measure.status), op.choice) as MeasureStatus;
        const body = STATUSES_REQUIRING_NOTE.includes(status) ? { status, note: 'Grund' } : { status };
        await api(test.app)
          .post(`/api/v1/measures/${measure.id}/status`)
          .set('If-Match', `"${measure.version}"`)
          .send(body)
          .expect(200);
        return;
      }
      case 'patch': {
        if (measures.length === 0) return;
        const measure = await current(pick(measures, op.measure));
        const body: Record<string, unknown> = {};
        if (op.field !== null) body['fieldOfActionId'] = pick(fields, op.field).id;
        if (op.progress !== null && measure.status !== 'completed') body['progress'] = op.progress;
        if (op.endOffset !== null) body['plannedEnd'] = day(op.endOffset);
        if (op.isPublic !== null) body['public'] = op.isPublic;
        if (op.links !== null) body['guidelineIds'] = op.links.map((at) => pick(guidelines, at).id);
        await api(test.app)
          .patch(`/api/v1/measures/${measure.id}`)
          .set('If-Match', `"${measure.version}"`)
          .send(body)
          .expect(200);
        return;
      }
      case 'sql': {
        if (measures.length === 0) return;
        const measure = pick(measures, op.measure);
        await sql(
          `UPDATE measure SET field_of_action_id = $1, is_public = $2, progress = $3, planned_end = $4, version = version + 1 WHERE id = $5`,
          [
            pick(fields, op.field).id,
            op.isPublic,
            op.progress,
            op.endOffset === null ? null : day(op.endOffset),
            measure.id,
          ],
        );
        return;
      }
      case 'import': {
        const lines = op.rows.map((row, at) =>
          [
            `Import ${measures.length + at + 1}`,
            pick(fields, row.field).name,
            row.progress ?? '',
            row.endOffset === null ? '' : day(row.endOffset),
          ].join(';'),
        );
        const file = `\uFEFFTitel;Handlungsfeld;Fortschritt;Geplantes Ende\r\n${lines.join('\r\n')}\r\n`;
        const result = await api(test.app)
          .post('/api/v1/measures/import')
          .query({ mode: 'commit' })
          .attach('file', Buffer.from(file, 'utf8'), 'massnahmen.csv')
          .expect(200);
        expect(result.body.errors).toEqual([]);
        const imported = await sql(`SELECT id FROM measure WHERE title LIKE 'Import %' ORDER BY created_at, id`, []);
        const known = new Set(measures.map((measure) => measure.id));
        for (const row of imported as { id: string }[])
          if (!known.has(row.id)) measures.push(await current({ id: row.id } as Measure));
        return;
      }
      case 'delete': {
        if (measures.length === 0) return;
        const [measure] = measures.splice(op.measure % measures.length, 1);
        await deleteMeasure(measure.id);
        return;
      }
      case 'rename': {
        const at = op.field % fields.length;
        const name = `${fields[at].name.replace(/ \(umbenannt \d+\)$/, '')} (umbenannt ${op.field})`;
        fields[at] = (
          await api(test.app).patch(`/api/v1/fields-of-action/${fields[at].id}`).send({ name }).expect(200)
        ).body;
        return;
      }
      case 'clock':
        clock += op.days * 86_400_000;
        jest.setSystemTime(clock);
        return;
    }
  }

  /** The kept summary and the recomputed one, without the moment each was made. */
  async function compare(options: { publicOnly?: boolean; query?: SummaryQuery }): Promise<void> {
    const strip = (summary: DashboardSummary) => ({ ...summary, generatedAt: null });
    const [kept, recomputed] = [await summaries.summary(options), await summaries.recomputed(options)];
    expect(strip(kept)).toEqual(strip(recomputed));
  }

  async function compareAll(): Promise<void> {
    const field = catalogue.fields[1].id;
    const periods: SummaryQuery[] = [
      {},
      { from: day(-200), to: day(-3) },
      { from: day(-40), to: day(0) },
      { from: day(-10), to: day(-5) },
    ];
    for (const publicOnly of [false, true])
      for (const period of periods) {
        await compare({ publicOnly, query: period });
        await compare({ publicOnly, query: { ...period, fieldOfAction: field } });
      }
  }

  it('equal a recomputation from all measures after random writes, imports and deletions', async () => {
    const [operations] = fc.sample(fc.array(operation, { minLength: 100, maxLength: 100 }), { seed: SEED, numRuns: 1 });
    for (const [step, op] of operations.entries()) {
      await apply(op);
      if (step % 10 === 9) await compareAll();
    }
    const counted = await summaries.summary();
    expect(counted.totals.total).toBe(measures.length);
    // The random writes reached what the kept counts distinguish: several statuses, linked active measures, overdue.
    expect(counted.totals.total).toBeGreaterThan(10);
    expect(Object.values(counted.totals.byStatus).filter((count) => count > 0).length).toBeGreaterThanOrEqual(4);
    expect(counted.totals.byStatus.planned + counted.totals.byStatus.in_progress).toBeGreaterThan(0);
    expect(counted.guidelines.filter((guideline) => guideline.activeMeasures > 0).length).toBeGreaterThan(2);
    expect(counted.totals.overdue).toBeGreaterThan(0);
  }, 300_000);

  it('count a measure created in one transaction with its links, and none after it is deleted', async () => {
    const field = catalogue.fields[2].id;
    const before = await summaries.summary({ query: { fieldOfAction: field } });
    const measure = await createMeasure(test.app, {
      title: 'Gelöscht',
      fieldOfActionId: field,
      progress: 40,
      plannedEnd: day(-1),
      guidelineIds: [catalogue.guidelines[0].id],
    });
    const during = await summaries.summary({ query: { fieldOfAction: field } });
    expect(during.totals.total).toBe(before.totals.total + 1);
    expect(during.totals.overdue).toBe(before.totals.overdue + 1);
    await deleteMeasure(measure.id);
    const after = await summaries.summary({ query: { fieldOfAction: field } });
    expect({ ...after, generatedAt: null }).toEqual({
      ...before,
      generatedAt: null,
      recentChanges: after.recentChanges,
    });
    await compareAll();
  });
});
