import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { api } from '../test/fixtures';
import { startTestApp, TestApp } from '../test/test-app';

describe('platform: health, OpenAPI, errors and the served dashboard', () => {
  let test: TestApp;
  let dashboardDir: string;

  beforeAll(async () => {
    dashboardDir = mkdtempSync(join(tmpdir(), 'lbm-dashboard-'));
    writeFileSync(
      join(dashboardDir, 'index.html'),
      '<!doctype html><html lang="de"><title>Leitbild-Monitor</title></html>',
    );
    writeFileSync(join(dashboardDir, 'main-ABC.js'), 'console.log(1);');
    test = await startTestApp({ DASHBOARD_DIR: dashboardDir });
  });
  afterAll(async () => {
    await test.close();
    rmSync(dashboardDir, { recursive: true, force: true });
  });
  const app = () => test.app;

  it('answers health when the database answers', async () => {
    await api(app()).get('/api/v1/health').expect(200, { status: 'ok' });
  });

  it('serves an OpenAPI document that names every route of the contract', async () => {
    const document = (await api(app()).get('/api/openapi.json').expect(200)).body;
    expect(document.openapi).toMatch(/^3\./);
    for (const path of [
      '/api/v1/health',
      '/api/v1/fields-of-action',
      '/api/v1/guidelines',
      '/api/v1/actors',
      '/api/v1/measures',
      '/api/v1/measures/statuses',
      '/api/v1/measures/{id}',
      '/api/v1/measures/{id}/status',
      '/api/v1/measures/{id}/history',
      '/api/v1/dashboard/summary',
    ]) {
      expect(Object.keys(document.paths)).toContain(path);
    }
    const createMeasure = document.components.schemas.CreateMeasureDto;
    expect(createMeasure.required).toEqual(expect.arrayContaining(['title', 'fieldOfActionId']));
    expect(createMeasure.properties.title.maxLength).toBe(200);
    expect(document.paths['/api/v1/measures/{id}'].patch.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'If-Match', in: 'header', required: true })]),
    );
    expect(document.paths['/api/v1/dashboard/summary'].get.description).toContain('neither rejected nor on_hold');
    // Public operations need no credentials; all others name cookie and bearer.
    expect(document.paths['/api/v1/health'].get.security).toEqual([]);
    expect(document.paths['/api/v1/public/summary'].get.security).toEqual([]);
    expect(document.paths['/api/v1/auth/login'].post.security).toEqual([]);
    expect(document.paths['/api/v1/measures'].get.security).toBeUndefined();
    expect(document.security).toEqual([{ cookie: [] }, { bearer: [] }]);
    expect(JSON.stringify(document)).not.toContain('x-public');
  });

  it('serves a browsable view of the API', async () => {
    const response = await api(app()).get('/api/docs').redirects(1).expect(200);
    expect(response.text).toContain('swagger-ui');
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const response = await api(app()).get('/api/v1/nothing-here').expect(404);
    expect(response.body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: expect.any(String),
      problems: [{ field: null, code: 'not_found', params: {} }],
    });
    await api(app()).post('/api/v1/nothing-here').send({}).expect(404);
  });

  it('serves the dashboard files and its index page for the dashboard routes', async () => {
    const script = await api(app()).get('/main-ABC.js').expect(200);
    expect(script.text).toBe('console.log(1);');
    for (const path of ['/', '/overview', '/measures/123', '/leitbild?x=1', '/public', '/admin/users', '/login']) {
      const page = await api(app()).get(path).expect(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.text).toContain('<html lang="de">');
    }
  });

  it('answers paths outside the dashboard routes with 404 and the dashboard page, which says so', async () => {
    for (const path of ['/sitemap.xml', '/gibt-es-nicht/123', '/wp-login.php', '/overviews', '/Public', '/.env']) {
      const page = await api(app()).get(path).expect(404);
      expect([path, page.headers['content-type']]).toEqual([path, expect.stringMatching(/^text\/html/)]);
      expect(page.text).toContain('<html lang="de">');
    }
    // HEAD as GET, without a body; other methods outside the API are not routes at all.
    await request(app().getHttpServer()).head('/gibt-es-nicht').expect(404);
    await request(app().getHttpServer()).head('/overview').expect(200);
  });

  it('serves a robots.txt that lets search engines read the public pages only', async () => {
    const response = await api(app()).get('/robots.txt').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    const lines = response.text.split('\n').filter((line) => line && !line.startsWith('#'));
    expect(lines).toEqual([
      'User-agent: *',
      'Allow: /public',
      'Allow: /barrierefreiheit',
      'Allow: /leichte-sprache',
      'Allow: /gebaerdensprache',
      'Allow: /impressum',
      'Allow: /datenschutz',
      // What a crawler needs to render the public page: its scripts, styles, translations and public data.
      'Allow: /*.js$',
      'Allow: /*.css$',
      'Allow: /i18n/',
      'Allow: /api/v1/public/',
      'Disallow: /',
    ]);
  });

  it('never leaks a stack trace or framework name in an error', async () => {
    const response = await api(app()).post('/api/v1/measures').set('content-type', 'application/json').send('{');
    expect(JSON.stringify(response.body)).not.toMatch(/at .*\.js|Nest|Fastify|TypeORM/i);
  });
});
