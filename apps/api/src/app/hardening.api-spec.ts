import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { anonymous, api, createMeasure, seedCatalog } from '../test/fixtures';
import { startTestApp, TestApp } from '../test/test-app';

describe('hardening', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp();
  });
  afterAll(() => test.close());
  const app = () => test.app;

  it('sends security headers with a strict Content-Security-Policy', async () => {
    const response = await anonymous(app()).get('/api/v1/health').expect(200);
    const csp = response.headers['content-security-policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('keeps CORS closed: no other origin is allowed to read answers', async () => {
    const preflight = await anonymous(app())
      .delete('/api/v1/measures/x')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'DELETE');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const simple = await anonymous(app())
      .get('/api/v1/public/summary')
      .set('Origin', 'https://evil.example')
      .expect(200);
    expect(simple.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('names no framework in errors', async () => {
    const response = await api(app()).get('/api/v1/nothing');
    expect(JSON.stringify(response.body)).not.toMatch(/nest|fastify|express|typeorm/i);
    expect(response.headers['server']).toBeUndefined();
  });

  it('limits the request rate per client address with 429', async () => {
    const limited = await startTestApp({ RATE_LIMIT_PER_MINUTE: '30' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 40; i++) statuses.push((await anonymous(limited.app).get('/api/v1/public/summary')).status);
      expect(statuses.slice(0, 10).every((status) => status === 200)).toBe(true);
      expect(statuses).toContain(429);
      const blocked = await anonymous(limited.app).get('/api/v1/public/summary').expect(429);
      expect(blocked.body).toEqual({
        statusCode: 429,
        error: 'Too Many Requests',
        message: 'too many requests from this address; try again in a minute',
        problems: [{ field: null, code: 'rate_limited', params: {} }],
      });
      expect(blocked.headers['retry-after']).toBeDefined();
    } finally {
      await limited.close();
    }
  });

  it('counts the request rate per client address across all routes, not per route', async () => {
    const limited = await startTestApp({ RATE_LIMIT_PER_MINUTE: '10' });
    try {
      const routes = ['/api/v1/public/summary', '/api/v1/public/measures', '/api/v1/health', '/api/v1/auth/me'];
      const statuses: number[] = [];
      for (const route of routes)
        for (let i = 0; i < 10; i++) statuses.push((await anonymous(limited.app).get(route)).status);
      // Signing in for the test took two requests of the ten; every route after that shares the rest.
      expect(statuses.filter((status) => status !== 429).length).toBeLessThanOrEqual(10);
      expect(statuses.slice(-10)).toEqual(Array(10).fill(429));
    } finally {
      await limited.close();
    }
  });

  it('lets no cache keep answers with personal data: no-store on every signed-in answer', async () => {
    const catalog = await seedCatalog(app());
    const measure = await createMeasure(app(), {
      title: 'Sprechstunde im Stadtteilbüro',
      fieldOfActionId: catalog.fields[0].id,
      contact: { name: 'Anna Arslan', email: 'anna.arslan@example.org' },
    });
    const signedIn = [
      '/api/v1/auth/me',
      '/api/v1/users',
      '/api/v1/audit',
      '/api/v1/measures',
      `/api/v1/measures/${measure.id}`,
      '/api/v1/dashboard/summary',
    ];
    for (const url of signedIn) {
      const first = await api(app()).get(url).expect(200);
      expect({ url, cacheControl: first.headers['cache-control'] }).toEqual({ url, cacheControl: 'no-store' });
      // The second answer may come from the server's answer cache: the same header.
      const again = await api(app()).get(url).expect(200);
      expect({ url, cacheControl: again.headers['cache-control'] }).toEqual({ url, cacheControl: 'no-store' });
    }
    const refused = await anonymous(app()).get('/api/v1/users').expect(401);
    expect(refused.headers['cache-control']).toBe('no-store');
    // Public data may be kept and revalidated.
    const open = await anonymous(app()).get('/api/v1/public/summary').expect(200);
    expect(open.headers['cache-control']).toBe('no-cache');
  });

  it('times out a request whose body trickles in, instead of holding the connection for ever', async () => {
    const slow = await startTestApp({ REQUEST_TIMEOUT_SECONDS: '1' });
    try {
      await slow.app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = slow.app.getHttpServer().address() as AddressInfo;
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1');
        let received = '';
        socket.on('data', (chunk) => (received += chunk.toString('latin1')));
        socket.on('close', () => resolve(received));
        socket.on('error', reject);
        socket.write(
          'POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n' +
            'Content-Length: 100\r\n\r\n{',
        );
        // One more byte now and then, as a slow-body attack does; the server must end it regardless.
        const trickle = setInterval(() => socket.writable && socket.write(' '), 200);
        socket.on('close', () => clearInterval(trickle));
      });
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
    } finally {
      await slow.close();
    }
  });
});
