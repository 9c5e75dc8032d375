import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { Catalog, createMeasure, createToken, seedCatalog, signIn } from '../test/fixtures';
import { startTestApp, TEST_ADMIN, TestApp } from '../test/test-app';
import { loadAppConfig } from '@leitbild-monitor/api/platform';
import { COMPRESSION_THRESHOLD_BYTES, createApp, dashboardCacheControl, IMMUTABLE_CACHE_CONTROL } from './create-app';
import { buildOpenApiDocument, openApiDocuments } from './openapi-document';

/** What a browser asks for; light-my-request hands back the bytes as sent, compressed or not. */
const BROWSER = 'gzip, deflate, br, zstd';

function decoded(encoding: string | undefined, body: Buffer): string {
  if (encoding === 'br') return brotliDecompressSync(body).toString();
  if (encoding === 'gzip') return gunzipSync(body).toString();
  if (encoding === undefined) return body.toString();
  throw new Error(`unexpected content-encoding ${encoding}`);
}

/** The delivery of answers and files: compression by Accept-Encoding and caching headers (issue 15). */
describe('delivery: compressed answers and files, and how long browsers keep them', () => {
  let test: TestApp;
  let dashboardDir: string;
  let token: string;
  let catalog: Catalog;
  const script = `console.log(${JSON.stringify('Leitbild '.repeat(400))});`;

  beforeAll(async () => {
    dashboardDir = mkdtempSync(join(tmpdir(), 'lbm-delivery-'));
    writeFileSync(
      join(dashboardDir, 'index.html'),
      `<!doctype html><html lang="de"><title>Leitbild-Monitor</title>${'<!-- x -->'.repeat(200)}</html>`,
    );
    writeFileSync(join(dashboardDir, 'main-HDG2QY3F.js'), script);
    writeFileSync(join(dashboardDir, 'favicon.ico'), Buffer.alloc(2000, 1));
    // The build's step, on this folder: .br and .gz beside every text file.
    execFileSync(process.execPath, [join(__dirname, '../../../../tools/scripts/precompress.mjs'), dashboardDir]);
    test = await startTestApp({ DASHBOARD_DIR: dashboardDir });
    token = await createToken(test.app, await signIn(test.app, TEST_ADMIN.email, TEST_ADMIN.password), 'delivery');
    catalog = await seedCatalog(test.app);
  });
  afterAll(async () => {
    await test?.close();
    rmSync(dashboardDir, { recursive: true, force: true });
  });
  const get = (url: string, headers: Record<string, string> = {}) =>
    test.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}`, ...headers } });

  describe('API answers', () => {
    it('are compressed with brotli or gzip as the request accepts, and sent as they are without Accept-Encoding', async () => {
      const identity = await get('/api/openapi.json');
      expect(identity.statusCode).toBe(200);
      expect(identity.headers['content-encoding']).toBeUndefined();
      const document = identity.rawPayload.toString();
      expect(document.length).toBeGreaterThan(COMPRESSION_THRESHOLD_BYTES);

      const br = await get('/api/openapi.json', { 'accept-encoding': BROWSER });
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers['vary']).toMatch(/accept-encoding/i);
      expect(br.rawPayload.length).toBeLessThan(document.length / 4);
      expect(decoded('br', br.rawPayload)).toBe(document);

      const gzip = await get('/api/openapi.json', { 'accept-encoding': 'gzip' });
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(gzip.headers['vary']).toMatch(/accept-encoding/i);
      expect(decoded('gzip', gzip.rawPayload)).toBe(document);

      const refused = await get('/api/openapi.json', { 'accept-encoding': 'br;q=0, gzip;q=0, identity' });
      expect(refused.headers['content-encoding']).toBeUndefined();
      expect(refused.rawPayload.toString()).toBe(document);
    });

    it('leave small answers as they are', async () => {
      const health = await get('/api/v1/health', { 'accept-encoding': BROWSER });
      expect(health.statusCode).toBe(200);
      expect(health.headers['content-encoding']).toBeUndefined();
      expect(health.json()).toEqual({ status: 'ok' });
    });

    it('keep the answer cache’s ETag and 304 when compressed, and the same bytes whether cached or computed', async () => {
      for (let index = 0; index < 12; index++) {
        await createMeasure(test.app, {
          title: `Maßnahme ${index} mit einem Titel, der die Zusammenfassung über ein Kilobyte bringt`,
          fieldOfActionId: catalog.fields[index % catalog.fields.length].id,
          public: true,
        });
      }
      const first = await get('/api/v1/dashboard/summary', { 'accept-encoding': BROWSER });
      expect(first.statusCode).toBe(200);
      const etag = first.headers['etag'] as string;
      expect(etag).toBeTruthy();
      const body = decoded(first.headers['content-encoding'] as string | undefined, first.rawPayload);
      expect(body.length).toBeGreaterThan(COMPRESSION_THRESHOLD_BYTES);
      expect(first.headers['content-encoding']).toBe('br');

      // The second is served from the answer cache as the request arrives: compressed all the same.
      const cached = await get('/api/v1/dashboard/summary', { 'accept-encoding': 'gzip' });
      expect(cached.headers['content-encoding']).toBe('gzip');
      expect(cached.headers['etag']).toBe(etag);
      expect(decoded('gzip', cached.rawPayload)).toBe(body);

      const notModified = await get('/api/v1/dashboard/summary', { 'accept-encoding': BROWSER, 'if-none-match': etag });
      expect(notModified.statusCode).toBe(304);
      expect(notModified.rawPayload.length).toBe(0);

      const plain = await get('/api/v1/dashboard/summary');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.rawPayload.toString()).toBe(body);
    });

    it('send spreadsheets as they are (already compressed) and CSV compressed', async () => {
      const xlsx = await get('/api/v1/measures/export?format=xlsx', { 'accept-encoding': BROWSER });
      expect(xlsx.statusCode).toBe(200);
      expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
      expect(xlsx.headers['content-encoding']).toBeUndefined();
      expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');

      const csv = await get('/api/v1/measures/export?format=csv', { 'accept-encoding': BROWSER });
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-encoding']).toBe('br');
      expect(decoded('br', csv.rawPayload)).toContain('Maßnahme 11');
    });

    it('keep PATCH with If-Match working when the answer is compressed', async () => {
      const measure = await createMeasure(test.app, {
        title: 'Eine Maßnahme',
        description: 'Beschreibung '.repeat(200),
        fieldOfActionId: catalog.fields[0].id,
      });
      const read = await get(`/api/v1/measures/${measure.id}`, { 'accept-encoding': BROWSER });
      expect(read.headers['content-encoding']).toBe('br');
      const patched = await test.app.inject({
        method: 'PATCH',
        url: `/api/v1/measures/${measure.id}`,
        headers: {
          authorization: `Bearer ${token}`,
          'accept-encoding': BROWSER,
          'if-match': read.headers['etag'] as string,
          'content-type': 'application/json',
        },
        payload: { title: 'Eine geänderte Maßnahme' },
      });
      expect(patched.statusCode).toBe(200);
      expect(JSON.parse(decoded(patched.headers['content-encoding'] as string, patched.rawPayload)).title).toBe(
        'Eine geänderte Maßnahme',
      );
    });
  });

  describe('the dashboard’s files', () => {
    it('are sent precompressed by Accept-Encoding, with Vary, and as they are without it', async () => {
      const br = await get('/main-HDG2QY3F.js', { 'accept-encoding': BROWSER });
      expect(br.statusCode).toBe(200);
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers['content-type']).toMatch(/javascript/);
      expect(br.headers['vary']).toMatch(/accept-encoding/i);
      expect(decoded('br', br.rawPayload)).toBe(script);

      const gzip = await get('/main-HDG2QY3F.js', { 'accept-encoding': 'gzip' });
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(decoded('gzip', gzip.rawPayload)).toBe(script);

      const identity = await get('/main-HDG2QY3F.js');
      expect(identity.headers['content-encoding']).toBeUndefined();
      expect(identity.headers['vary']).toMatch(/accept-encoding/i);
      expect(identity.rawPayload.toString()).toBe(script);
    });

    it('are kept for a year when their name carries a hash, and revalidated otherwise', async () => {
      for (const encoding of [BROWSER, 'identity']) {
        const hashed = await get('/main-HDG2QY3F.js', { 'accept-encoding': encoding });
        expect(hashed.headers['cache-control']).toBe(IMMUTABLE_CACHE_CONTROL);
        const icon = await get('/favicon.ico', { 'accept-encoding': encoding });
        expect(icon.headers['cache-control']).toBe('no-cache');
      }
      // index.html, for every dashboard route, compressed and revalidated; and its 304.
      for (const path of ['/public', '/overview', '/measures/123']) {
        const page = await get(path, { 'accept-encoding': BROWSER });
        expect([path, page.statusCode, page.headers['cache-control']]).toEqual([path, 200, 'no-cache']);
        expect(page.headers['content-encoding']).toBe('br');
        expect(decoded('br', page.rawPayload)).toContain('<html lang="de">');
        const again = await get(path, { 'accept-encoding': BROWSER, 'if-none-match': page.headers['etag'] as string });
        expect(again.statusCode).toBe(304);
      }
      const robots = await get('/robots.txt');
      expect(robots.headers['cache-control']).toBe('public, max-age=3600');
    });

    it('tell hashed names from others as the Angular build writes them', () => {
      for (const name of [
        'main-HDG2QY3F.js',
        'chunk-OYSSS636.js.br',
        'styles-O7HSKH32.css',
        'media/font-AB12CD34.woff2',
      ])
        expect([name, dashboardCacheControl(`/dist/${name}`)]).toEqual([name, IMMUTABLE_CACHE_CONTROL]);
      for (const name of ['index.html', 'index.html.gz', 'i18n/de.json', 'favicon.ico', 'main.js', 'chunk-abc.js'])
        expect([name, dashboardCacheControl(`/dist/${name}`)]).toEqual([name, 'no-cache']);
    });
  });

  describe('the OpenAPI document', () => {
    it('is not built at start, but on its first request, and then is the document the application describes', async () => {
      const folder = mkdtempSync(join(tmpdir(), 'lbm-openapi-start-'));
      const app = await createApp(
        loadAppConfig({
          DATABASE_URL: `sqlite:${join(folder, 'a.db')}`,
          DEMO_DATA: 'false',
          BACKUP_INTERVAL_HOURS: '0',
        }),
        { logger: false },
      );
      try {
        await app.init();
        await app.getHttpAdapter().getInstance().ready();
        await app.inject({ method: 'GET', url: '/api/v1/health' });
        expect(openApiDocuments.built.has(app)).toBe(false);
        const served = await app.inject({ method: 'GET', url: '/api/openapi.json' });
        expect(served.statusCode).toBe(200);
        expect(openApiDocuments.built.has(app)).toBe(true);
        expect(served.json()).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument(app))));
        // Built once: the same object for every later request and for openApiDocuments.
        expect(openApiDocuments.get(app)).toBe(openApiDocuments.get(app));
        expect((await app.inject({ method: 'GET', url: '/api/openapi.json' })).body).toBe(served.body);
      } finally {
        await app.close();
        rmSync(folder, { recursive: true, force: true });
      }
    });
  });
});
