import { MeasureImportService } from '@leitbild-monitor/api/transfer';
import type { ImportResult } from '@leitbild-monitor/shared/contracts';
import { api, seedCatalog, userWithToken } from '../test/fixtures';
import { startTestApp, startTestAppOn, TestApp } from '../test/test-app';

/**
 * One import per user also across API instances over one PostgreSQL database: the second instance knows nothing
 * of the import running on the first but its advisory lock. Runs only in the PostgreSQL API suite.
 */
describe('one import per user across two API instances on PostgreSQL', () => {
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    first = await startTestApp();
    if (first.config.database.type !== 'postgres') throw new Error('this test needs PostgreSQL');
    second = await startTestAppOn(first.config.database.url);
    await seedCatalog(first.app);
  });

  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  const file = Buffer.from('\uFEFFTitel;Handlungsfeld\r\nGleichzeitig;Ehrenamt\r\n', 'utf8');
  const upload = (test: TestApp, token?: string) =>
    api(test.app, token).post('/api/v1/measures/import').query({ mode: 'dry-run' }).attach('file', file, 'a.csv');

  it('refuses an import on one instance while the same user imports on the other, and lets the next one in', async () => {
    // The first instance's import is held at a known point: the file read, the rows not yet.
    const importer = first.app.get(MeasureImportService);
    const original = importer.import.bind(importer);
    let entered!: () => void;
    let release!: () => void;
    const started = new Promise<void>((resolve) => (entered = resolve));
    const held = new Promise<void>((resolve) => (release = resolve));
    const spy = jest.spyOn(importer, 'import').mockImplementationOnce(async (...args) => {
      entered();
      await held;
      return original(...args);
    });
    try {
      const running = upload(first).then((response) => response);
      await started;
      const refused = await upload(second).expect(429);
      expect(refused.body.problems).toEqual([{ field: null, code: 'import_in_progress', params: {} }]);

      const other = await userWithToken(second.app, { email: 'import-elsewhere@example.org', role: 'editor' });
      expect(((await upload(second, other.token).expect(200)).body as ImportResult).errorCount).toBe(0);

      release();
      expect((await running).status).toBe(200);
      expect(((await upload(second).expect(200)).body as ImportResult).created).toBe(1);
    } finally {
      release();
      spy.mockRestore();
    }
  });
});
