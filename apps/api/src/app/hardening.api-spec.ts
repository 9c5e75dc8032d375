import { anonymous, api } from '../test/fixtures';
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
});
