import { InvalidConfigError, loadAppConfig } from './app-config';

describe('loadAppConfig', () => {
  it('has working defaults: port 3000, SQLite under ./data, demo data on', () => {
    expect(loadAppConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      database: { type: 'sqlite', path: './data/leitbild-monitor.db' },
      adminEmail: null,
      adminPassword: null,
      demoData: true,
      leitbildFile: null,
      dashboardDir: null,
      sessionIdleMinutes: 30,
      sessionMaxHours: 12,
      rateLimitPerMinute: 600,
      requestTimeoutSeconds: 60,
      trustedProxies: [],
      backup: { dir: 'data/backups', intervalHours: 24, keep: 14 },
    });
  });

  it('reads every setting and ignores unrelated variables', () => {
    const config = loadAppConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://lbm:secret@db:5432/lbm',
      ADMIN_EMAIL: 'admin@harburg.example',
      ADMIN_PASSWORD: 'correct horse battery',
      DEMO_DATA: 'false',
      HOME: '/root',
    });
    expect(config).toMatchObject({
      port: 8080,
      database: { type: 'postgres', url: 'postgres://lbm:secret@db:5432/lbm' },
      adminEmail: 'admin@harburg.example',
      demoData: false,
    });
  });

  it('names every bad setting at once', () => {
    try {
      loadAppConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        ADMIN_EMAIL: 'nope',
        ADMIN_PASSWORD: 'short',
        DEMO_DATA: 'maybe',
      });
      throw new Error('expected an error');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidConfigError);
      const message = (error as Error).message;
      for (const name of ['PORT', 'DATABASE_URL', 'ADMIN_EMAIL', 'ADMIN_PASSWORD', 'DEMO_DATA'])
        expect(message).toContain(name);
    }
  });

  it('refuses a port out of range and a password without an e-mail', () => {
    expect(() => loadAppConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadAppConfig({ ADMIN_PASSWORD: 'long enough password' })).toThrow(/ADMIN_EMAIL/);
  });

  it('listens on loopback unless HOST names another address', () => {
    expect(loadAppConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadAppConfig({ HOST: '::' }).host).toBe('::');
    expect(() => loadAppConfig({ HOST: 'example.org' })).toThrow(/HOST/);
  });

  it('trusts proxies by address or network, never by a count', () => {
    expect(loadAppConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1,uniquelocal' }).trustedProxies).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
      '::1',
      'uniquelocal',
    ]);
    for (const value of ['1', '2', '10.0.0.0/33', 'proxy.example.org', '127.0.0.1 10.0.0.1', 'true'])
      expect(() => loadAppConfig({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY must list the addresses/);
  });
});
