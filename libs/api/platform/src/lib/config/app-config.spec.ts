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
      audit: { key: null, previousKeys: [], keyFile: 'data/audit.key', anchorFile: 'data/audit-anchors.log' },
      publicUrl: null,
      embedAllowedOrigins: [],
      passwordLogin: 'all',
      oidc: null,
      mail: { smtpUrl: null, from: 'Leitbild-Monitor <leitbild-monitor@localhost>', intervalMinutes: 5 },
    });
  });

  it('reads the e-mail settings and refuses a mail server address that is no smtp:// or smtps:// URL', () => {
    expect(
      loadAppConfig({
        SMTP_URL: 'smtps://monitor:geheim@mail.example.org:465',
        MAIL_FROM: 'Leitbild-Monitor <monitor@example.org>',
        NOTIFY_INTERVAL_MINUTES: '0',
      }).mail,
    ).toEqual({
      smtpUrl: 'smtps://monitor:geheim@mail.example.org:465',
      from: 'Leitbild-Monitor <monitor@example.org>',
      intervalMinutes: 0,
    });
    expect(() => loadAppConfig({ SMTP_URL: 'http://mail.example.org' })).toThrow(/SMTP_URL must be smtp:/);
    expect(() => loadAppConfig({ MAIL_FROM: 'no address' })).toThrow(/MAIL_FROM/);
    expect(() => loadAppConfig({ NOTIFY_INTERVAL_MINUTES: '-1' })).toThrow(/NOTIFY_INTERVAL_MINUTES/);
  });

  it('reads every setting and ignores unrelated variables', () => {
    const config = loadAppConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://lbm:secret@db:5432/lbm',
      ADMIN_EMAIL: 'admin@harburg.example',
      ADMIN_PASSWORD: 'correct horse battery',
      DEMO_DATA: 'false',
      AUDIT_KEY: 'AB'.repeat(32),
      HOME: '/root',
    });
    expect(config).toMatchObject({
      port: 8080,
      database: { type: 'postgres', url: 'postgres://lbm:secret@db:5432/lbm' },
      adminEmail: 'admin@harburg.example',
      demoData: false,
      audit: { key: 'ab'.repeat(32), previousKeys: [], keyFile: null, anchorFile: 'data/audit-anchors.log' },
    });
  });

  it('reads the sites that may embed the public charts, and stops the start for one that is not an origin', () => {
    expect(
      loadAppConfig({ EMBED_ALLOWED_ORIGINS: 'https://www.harburg.example, http://localhost:8080' })
        .embedAllowedOrigins,
    ).toEqual(['https://www.harburg.example', 'http://localhost:8080']);
    expect(() => loadAppConfig({ EMBED_ALLOWED_ORIGINS: 'https://www.harburg.example/seite' })).toThrow(
      /EMBED_ALLOWED_ORIGINS must be a comma-separated list of origins.*"https:\/\/www.harburg.example\/seite" is not one/,
    );
  });

  it('takes the audit key from AUDIT_KEY, needs it on PostgreSQL, and refuses anything but 32 to 64 bytes in hex', () => {
    const key = 'c3'.repeat(32);
    expect(
      loadAppConfig({
        DATABASE_URL: 'sqlite:/srv/lbm/db.sqlite',
        AUDIT_KEY: key,
        AUDIT_PREVIOUS_KEYS: ` ${'d4'.repeat(32)}, ${'E5'.repeat(48)} `,
        AUDIT_ANCHOR_FILE: '/var/log/lbm/anchors.log',
      }).audit,
    ).toEqual({
      key,
      previousKeys: ['d4'.repeat(32), 'e5'.repeat(48)],
      keyFile: '/srv/lbm/audit.key',
      anchorFile: '/var/log/lbm/anchors.log',
    });
    expect(() => loadAppConfig({ DATABASE_URL: 'postgres://lbm@db/lbm' })).toThrow(/AUDIT_KEY must be set/);
    for (const bad of ['ab'.repeat(31), 'ab'.repeat(65), 'zz'.repeat(32), `${'ab'.repeat(32)}a`])
      expect(() => loadAppConfig({ AUDIT_KEY: bad })).toThrow(/AUDIT_KEY must be 64 to 128 hexadecimal/);
    expect(() => loadAppConfig({ AUDIT_PREVIOUS_KEYS: `${key},secret` })).toThrow(/AUDIT_PREVIOUS_KEYS/);
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

describe('loadAppConfig: single sign-on', () => {
  const sso = {
    PUBLIC_URL: 'https://leitbild.example.org/',
    OIDC_ISSUER: 'https://login.example.org/realms/staff',
    OIDC_CLIENT_ID: 'leitbild-monitor',
    OIDC_CLIENT_SECRET: 'client-secret',
    OIDC_ROLE_MAP: JSON.stringify({
      'lbm-admins': 'admin',
      '/Sozialraum': { role: 'editor', actor: 'Bezirksamt Harburg – Sozialraummanagement' },
      viewers: { role: 'viewer' },
    }),
  };
  const problemsOf = (env: Record<string, string>): string => {
    try {
      loadAppConfig(env);
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidConfigError);
      return (error as Error).message;
    }
    throw new Error('the settings were accepted');
  };

  it('reads the provider, the role map in its order, the redirect URI and the defaults', () => {
    const config = loadAppConfig(sso);
    expect(config.publicUrl).toBe('https://leitbild.example.org');
    expect(config.passwordLogin).toBe('all');
    expect(config.oidc).toEqual({
      issuer: 'https://login.example.org/realms/staff',
      clientId: 'leitbild-monitor',
      clientSecret: 'client-secret',
      scopes: 'openid profile email',
      roleClaim: 'groups',
      roleMap: [
        ['lbm-admins', { role: 'admin', actor: null }],
        ['/Sozialraum', { role: 'editor', actor: 'Bezirksamt Harburg – Sozialraummanagement' }],
        ['viewers', { role: 'viewer', actor: null }],
      ],
      label: null,
      redirectUri: 'https://leitbild.example.org/api/v1/auth/oidc/callback',
      postLogoutRedirectUri: 'https://leitbild.example.org/login',
    });
    expect(
      loadAppConfig({
        ...sso,
        OIDC_CLIENT_SECRET: '',
        OIDC_SCOPES: ' openid  profile email groups ',
        OIDC_ROLE_CLAIM: 'realm_access.roles',
        OIDC_LABEL: 'Mit dem Harburg-Konto anmelden',
        PASSWORD_LOGIN: 'admins',
      }),
    ).toMatchObject({
      passwordLogin: 'admins',
      oidc: {
        clientSecret: null,
        scopes: 'openid profile email groups',
        roleClaim: 'realm_access.roles',
        label: 'Mit dem Harburg-Konto anmelden',
      },
    });
  });

  it('accepts an http issuer on a loopback address only', () => {
    for (const issuer of ['http://127.0.0.1:8080', 'http://localhost:8080/realms/test', 'http://[::1]:8080'])
      expect(loadAppConfig({ ...sso, OIDC_ISSUER: issuer }).oidc?.issuer).toBe(issuer);
    for (const issuer of [
      'http://login.example.org',
      'http://10.0.0.5',
      'ftp://login.example.org',
      'login.example.org',
    ])
      expect(problemsOf({ ...sso, OIDC_ISSUER: issuer })).toMatch(
        /OIDC_ISSUER must be the provider’s issuer URL over https/,
      );
    expect(problemsOf({ ...sso, OIDC_ISSUER: 'https://login.example.org/?x=1' })).toMatch(/OIDC_ISSUER/);
  });

  it('takes the settings all together or not at all', () => {
    expect(problemsOf({ OIDC_ISSUER: sso.OIDC_ISSUER, PUBLIC_URL: sso.PUBLIC_URL })).toMatch(
      /OIDC_CLIENT_ID, OIDC_ROLE_MAP must be set too/,
    );
    expect(problemsOf({ OIDC_CLIENT_SECRET: 'x', OIDC_LABEL: 'y' })).toMatch(
      /OIDC_CLIENT_SECRET, OIDC_LABEL set without OIDC_ISSUER/,
    );
    expect(problemsOf({ ...sso, PUBLIC_URL: '' })).toMatch(/PUBLIC_URL must be set with OIDC_ISSUER/);
    expect(problemsOf({ ...sso, PUBLIC_URL: 'http://leitbild.example.org' })).toMatch(/PUBLIC_URL must be https/);
    expect(loadAppConfig({ ...sso, PUBLIC_URL: 'http://127.0.0.1:3000' }).oidc?.redirectUri).toBe(
      'http://127.0.0.1:3000/api/v1/auth/oidc/callback',
    );
    expect(problemsOf({ PUBLIC_URL: 'leitbild.example.org' })).toMatch(/PUBLIC_URL must be the address/);
    // PUBLIC_URL alone is fine (links in e-mails); so is http without single sign-on.
    expect(loadAppConfig({ PUBLIC_URL: 'http://leitbild.intranet' }).publicUrl).toBe('http://leitbild.intranet');
  });

  it('names the bad entry of the role map', () => {
    expect(problemsOf({ ...sso, OIDC_ROLE_MAP: '{lbm-admins: admin}' })).toMatch(/OIDC_ROLE_MAP .* not valid JSON/);
    expect(problemsOf({ ...sso, OIDC_ROLE_MAP: '{}' })).toMatch(/OIDC_ROLE_MAP .* at least one entry/);
    expect(problemsOf({ ...sso, OIDC_ROLE_MAP: '["admin"]' })).toMatch(/OIDC_ROLE_MAP .* at least one entry/);
    expect(problemsOf({ ...sso, OIDC_ROLE_MAP: '{"lbm-admins": "superuser"}' })).toMatch(
      /OIDC_ROLE_MAP: the entry "lbm-admins" must be one of admin, editor, reviewer, viewer/,
    );
    expect(problemsOf({ ...sso, OIDC_ROLE_MAP: '{"x": {"role": "editor", "acter": "A"}}' })).toMatch(
      /OIDC_ROLE_MAP: the entry "x"/,
    );
    expect(problemsOf({ ...sso, OIDC_ROLE_MAP: '{"x": {"role": "editor", "actor": 5}}' })).toMatch(
      /OIDC_ROLE_MAP: the actor of "x"/,
    );
  });

  it('knows three password modes and needs single sign-on to turn passwords off', () => {
    expect(loadAppConfig({ ...sso, PASSWORD_LOGIN: 'off' }).passwordLogin).toBe('off');
    expect(loadAppConfig({ PASSWORD_LOGIN: 'admins' }).passwordLogin).toBe('admins');
    expect(problemsOf({ ...sso, PASSWORD_LOGIN: 'none' })).toMatch(/PASSWORD_LOGIN must be all \(default\), admins/);
    expect(problemsOf({ PASSWORD_LOGIN: 'off' })).toMatch(/PASSWORD_LOGIN=off needs single sign-on/);
  });

  it('refuses scopes without openid and a role claim path with empty parts', () => {
    expect(problemsOf({ ...sso, OIDC_SCOPES: 'profile email' })).toMatch(/OIDC_SCOPES must be scopes/);
    expect(problemsOf({ ...sso, OIDC_ROLE_CLAIM: 'realm_access..roles' })).toMatch(/OIDC_ROLE_CLAIM must name/);
  });
});
