import { MeasureFilters, MeasuresService } from '@leitbild-monitor/api/measures';
import { readSpreadsheet } from '@leitbild-monitor/api/transfer';
import type { MeasureListItem } from '@leitbild-monitor/shared/contracts';
import { Logger } from '@nestjs/common';
import { get, IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Catalog, createMeasure, createToken, seedCatalog, signIn } from '../test/fixtures';
import { takeResponseMismatches } from '../test/openapi-response-check';
import { startTestApp, TEST_ADMIN, TestApp } from '../test/test-app';

const MEASURES = 7;
/** Slices of two measures: seven measures are four slices, the last one short. */
const SLICE = 2;

interface Download {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** Pieces as they arrived. */
  chunks: number;
  /** The connection ended before the answer did (a chunked answer without its last chunk). */
  brokenOff: boolean;
}

/** The exports as a client over a real connection sees them: a download ends complete or breaks off. */
describe('exports stream to the client', () => {
  let test: TestApp;
  let catalog: Catalog;
  let token: string;
  let origin: string;
  let service: MeasuresService;
  let original: MeasuresService['eachSlice'];

  beforeAll(async () => {
    test = await startTestApp();
    catalog = await seedCatalog(test.app);
    token = await createToken(test.app, await signIn(test.app, TEST_ADMIN.email, TEST_ADMIN.password), 'export');
    for (let index = 1; index <= MEASURES; index += 1) {
      await createMeasure(test.app, {
        title: `Streaming ${index}`,
        fieldOfActionId: catalog.fields[0].id,
        public: index % 2 === 1,
      });
    }
    await test.app.listen({ port: 0, host: '127.0.0.1' });
    origin = `http://127.0.0.1:${(test.app.getHttpServer().address() as AddressInfo).port}`;
    service = test.app.get(MeasuresService);
    original = service.eachSlice.bind(service);
  });
  afterAll(() => test?.close());
  afterEach(() => jest.restoreAllMocks());

  /** The register read in slices of SLICE measures, each slice passed through `around` (which may wait or fail). */
  function slicedRegister(around: (slice: MeasureListItem[], index: number) => Promise<void> = async () => undefined) {
    const read: number[] = [];
    jest.spyOn(service, 'eachSlice').mockImplementation(async function* (filters: MeasureFilters, options = {}) {
      let index = 0;
      for await (const slice of original(filters, { ...options, sliceSize: SLICE })) {
        await around(slice, index);
        read.push(index);
        index += 1;
        yield slice;
      }
    });
    return read;
  }

  function download(
    path: string,
    onFirstBytes: () => void = () => undefined,
    headers: Record<string, string> = {},
  ): Promise<Download> {
    return new Promise((resolve, reject) => {
      const options = { headers: { authorization: `Bearer ${token}`, ...headers } };
      const request = get(`${origin}${path}`, options, (response) => {
        const parts: Buffer[] = [];
        const done = (brokenOff: boolean) =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(parts),
            chunks: parts.length,
            brokenOff,
          });
        response.on('data', (chunk: Buffer) => {
          if (parts.length === 0) onFirstBytes();
          parts.push(chunk);
        });
        response.on('end', () => done(false));
        response.on('error', () => done(true));
        response.on('aborted', () => done(true));
      });
      request.on('error', reject);
    });
  }

  it.each(['csv', 'json', 'xlsx'] as const)(
    'sends the %s file slice by slice: the first bytes arrive before the last slice is read, the file is the same',
    async (format) => {
      const whole = await download(`/api/v1/measures/export?format=${format}`);
      let firstBytes: () => void = () => undefined;
      const arrived = new Promise<void>((resolve) => (firstBytes = resolve));
      // The second slice waits until the client holds the first bytes: a server that built the whole file first
      // would never send them, and the download would not end.
      const read = slicedRegister(async (_slice, index) => {
        if (index === 1) await arrived;
      });
      const sliced = await download(`/api/v1/measures/export?format=${format}`, firstBytes);
      expect(read).toEqual([0, 1, 2, 3]);
      expect(sliced.status).toBe(200);
      expect(sliced.brokenOff).toBe(false);
      expect(sliced.chunks).toBeGreaterThan(1);
      expect(sliced.headers['content-type']).toBe(whole.headers['content-type']);
      expect(sliced.headers['content-disposition']).toMatch(
        new RegExp(`^attachment; filename="massnahmen-\\d{4}-\\d{2}-\\d{2}\\.${format}"$`),
      );
      expect(sliced.headers['content-disposition']).toBe(whole.headers['content-disposition']);
      expect(sliced.headers['cache-control']).toBe('no-store');
      if (format === 'xlsx') {
        // A workbook carries the time it was written: the same rows, not the same bytes.
        const rows = async (file: Buffer) => (await readSpreadsheet('m.xlsx', file)).rows.map((row) => row.cells);
        expect(await rows(sliced.body)).toEqual(await rows(whole.body));
        expect((await rows(sliced.body)).length).toBeGreaterThanOrEqual(MEASURES);
      } else {
        expect(sliced.body.equals(whole.body)).toBe(true);
        expect(sliced.body.toString('utf8')).toContain('Streaming 7');
      }
    },
  );

  it.each(['csv', 'json', 'xlsx'] as const)(
    'breaks the %s download off when a slice fails after the first bytes, and logs the failure',
    async (format) => {
      const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
      slicedRegister(async (_slice, index) => {
        if (index === 2) throw new Error('connection lost');
      });
      const broken = await download(`/api/v1/measures/export?format=${format}`);
      expect(broken.status).toBe(200);
      expect(broken.brokenOff).toBe(true);
      expect(broken.body.toString('utf8')).not.toContain('Streaming 7');
      expect(logged).toHaveBeenCalledWith(
        expect.stringMatching(/^The export massnahmen-.* failed while it was sent/),
        expect.objectContaining({ message: 'connection lost' }),
      );
      // The server goes on answering.
      jest.restoreAllMocks();
      expect((await download(`/api/v1/measures/export?format=${format}`)).brokenOff).toBe(false);
    },
  );

  it('breaks a compressed download off as well, though its first bytes may still be in zlib when the slice fails', async () => {
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    slicedRegister(async (_slice, index) => {
      // Right after the first slice: zlib has not given back a byte of it yet.
      if (index === 1) throw new Error('connection lost');
    });
    const broken = await download('/api/v1/measures/export?format=csv', undefined, { 'accept-encoding': 'gzip' });
    expect(broken.status).toBe(200);
    expect(broken.headers['content-encoding']).toBe('gzip');
    expect(broken.brokenOff).toBe(true);
  });

  it('answers a failure before the first byte with an error document, as any request', async () => {
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    slicedRegister(async () => {
      throw new Error('connection lost');
    });
    const failed = await download('/api/v1/measures/export?format=csv');
    expect(failed.status).toBe(500);
    expect(failed.headers['content-type']).toMatch(/json/);
    expect(JSON.parse(failed.body.toString('utf8'))).toMatchObject({ statusCode: 500 });
    // No route documents 500, the answer to a failure nobody planned for; here it is the point of the test.
    expect(takeResponseMismatches()).toEqual([expect.stringContaining('status 500 is not documented')]);
  });

  it('streams the open data in slices as well, published measures only', async () => {
    const whole = await download('/api/v1/public/measures/export?format=csv');
    const read = slicedRegister();
    const sliced = await download('/api/v1/public/measures/export?format=csv');
    expect(read).toEqual([0, 1]);
    expect(sliced.body.equals(whole.body)).toBe(true);
    const text = sliced.body.toString('utf8');
    expect(text).toContain('Streaming 7');
    expect(text).not.toContain('Streaming 6');
  });
});
