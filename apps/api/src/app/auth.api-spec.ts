import { DataSource } from 'typeorm';
import { anonymous, api, createToken, signIn, userWithToken, withSession } from '../test/fixtures';
import { pinClock, releaseClock } from '../test/clock';
import { startTestApp, TEST_ADMIN, TestApp, writeDirectly } from '../test/test-app';

describe('sign-in, sessions and tokens', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp();
  });
  afterAll(() => test.close());
  const app = () => test.app;

  it('signs in with a HttpOnly, SameSite=Strict session cookie and a readable XSRF-TOKEN cookie', async () => {
    const response = await anonymous(app()).post('/api/v1/auth/login').send(TEST_ADMIN).expect(200);
    expect(response.body).toMatchObject({
      email: TEST_ADMIN.email,
      role: 'admin',
      name: 'Systemverwaltung',
      id: expect.any(String),
    });
    expect(response.body.passwordHash).toBeUndefined();
    const cookies = ([] as string[]).concat(response.headers['set-cookie']);
    const session = cookies.find((cookie) => cookie.startsWith('lbm_session='));
    const xsrf = cookies.find((cookie) => cookie.startsWith('XSRF-TOKEN='));
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Strict/);
    expect(session).not.toMatch(/Secure/); // plain http in tests; Secure is set when served over https
    expect(xsrf).not.toMatch(/HttpOnly/);
    expect(xsrf).toMatch(/SameSite=Strict/);
  });

  it('answers wrong passwords and unknown e-mails alike with 401', async () => {
    const wrong = await anonymous(app())
      .post('/api/v1/auth/login')
      .send({ email: TEST_ADMIN.email, password: 'wrong-password' })
      .expect(401);
    const unknown = await anonymous(app())
      .post('/api/v1/auth/login')
      .send({ email: 'nobody@example.org', password: 'wrong-password' })
      .expect(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.message).toBe('e-mail or password is wrong');
  });

  it('has no default password', async () => {
    // Three tries only: five failures would lock the account for the tests that follow.
    for (const password of ['admin', 'password', 'changeme']) {
      await anonymous(app()).post('/api/v1/auth/login').send({ email: TEST_ADMIN.email, password }).expect(401);
    }
    await anonymous(app()).post('/api/v1/auth/login').send({ email: 'admin@localhost', password: 'admin' }).expect(401);
  });

  it('tells who is signed in, and 401 without a session', async () => {
    const session = await signIn(app(), TEST_ADMIN.email, TEST_ADMIN.password);
    const me = await withSession(app(), session).get('/api/v1/auth/me').expect(200);
    expect(me.body).toMatchObject({ email: TEST_ADMIN.email, role: 'admin' });
    await anonymous(app()).get('/api/v1/auth/me').expect(401);
  });

  it('kills the session on the server at sign-out: the old cookie gets 401', async () => {
    const session = await signIn(app(), TEST_ADMIN.email, TEST_ADMIN.password);
    await withSession(app(), session).post('/api/v1/auth/logout').expect(204);
    await withSession(app(), session).get('/api/v1/auth/me').expect(401);
    await withSession(app(), session).get('/api/v1/measures').expect(401);
  });

  it('issues a new session id at sign-in and ends the one the client came with', async () => {
    const first = await signIn(app(), TEST_ADMIN.email, TEST_ADMIN.password);
    const again = await anonymous(app())
      .post('/api/v1/auth/login')
      .set('Cookie', first.cookie)
      .send(TEST_ADMIN)
      .expect(200);
    const cookies = ([] as string[]).concat(again.headers['set-cookie']);
    const newSession = cookies.find((cookie) => cookie.startsWith('lbm_session='))?.split(';')[0];
    expect(newSession).toBeDefined();
    expect(first.cookie).not.toContain(newSession as string);
    await withSession(app(), first).get('/api/v1/auth/me').expect(401);
  });

  it('refuses writes made with a session but without the CSRF header (403), and accepts them with it', async () => {
    const session = await signIn(app(), TEST_ADMIN.email, TEST_ADMIN.password);
    const body = { name: 'CSRF-Prüfung' };
    const missing = await anonymous(app())
      .post('/api/v1/fields-of-action')
      .set('Cookie', session.cookie)
      .send(body)
      .expect(403);
    expect(missing.body.message).toContain('X-XSRF-TOKEN');
    await anonymous(app())
      .post('/api/v1/fields-of-action')
      .set('Cookie', session.cookie)
      .set('X-XSRF-TOKEN', 'forged')
      .send(body)
      .expect(403);
    await withSession(app(), session).post('/api/v1/fields-of-action').send(body).expect(201);
  });

  it('lets scripts use personal API tokens without CSRF; tokens are listed without their secret and can be revoked', async () => {
    const session = await signIn(app(), TEST_ADMIN.email, TEST_ADMIN.password);
    const created = await withSession(app(), session)
      .post('/api/v1/auth/tokens')
      .send({ name: 'Export-Skript' })
      .expect(201);
    expect(created.body).toEqual({ id: expect.any(String), token: expect.stringMatching(/^lbm_/) });
    const token = created.body.token as string;
    await api(app(), token).post('/api/v1/fields-of-action').send({ name: 'Per Token' }).expect(201);

    const listed = await api(app(), token).get('/api/v1/auth/tokens').expect(200);
    const entry = listed.body.find((item: { id: string }) => item.id === created.body.id);
    expect(entry).toMatchObject({ name: 'Export-Skript', prefix: token.slice(0, 12), lastUsedAt: expect.any(String) });
    expect(JSON.stringify(listed.body)).not.toContain(token);

    await withSession(app(), session).delete(`/api/v1/auth/tokens/${created.body.id}`).expect(204);
    await api(app(), token).get('/api/v1/measures').expect(401);
    await withSession(app(), session).delete(`/api/v1/auth/tokens/${created.body.id}`).expect(404);
    await api(app(), 'lbm_made-up').get('/api/v1/measures').expect(401);
  });

  it('stores only hashes of passwords, sessions and tokens', async () => {
    const session = await signIn(app(), TEST_ADMIN.email, TEST_ADMIN.password);
    const token = await createToken(app(), session, 'hash check');
    const dataSource = app().get(DataSource);
    const dump = JSON.stringify([
      await dataSource.query('SELECT * FROM app_user'),
      await dataSource.query('SELECT * FROM session'),
      await dataSource.query('SELECT * FROM api_token'),
    ]);
    expect(dump).not.toContain(TEST_ADMIN.password);
    expect(dump).not.toContain(token);
    expect(dump).not.toContain(session.cookie.split(';')[0].split('=')[1]);
    expect(dump).toContain('$argon2id$v=19$m=19456,p=1,t=2$');
  });

  it('ends sessions after the idle timeout', async () => {
    const session = await signIn(app(), TEST_ADMIN.email, TEST_ADMIN.password);
    const longAgo = new Date(Date.now() - 31 * 60_000).toISOString();
    await writeDirectly(app(), `UPDATE session SET last_seen_at = '${longAgo}' WHERE user_id = '${session.userId}'`);
    await withSession(app(), session).get('/api/v1/auth/me').expect(401);
  });

  it('ends sessions after the absolute timeout, however active', async () => {
    const session = await signIn(app(), TEST_ADMIN.email, TEST_ADMIN.password);
    const longAgo = new Date(Date.now() - 13 * 3_600_000).toISOString();
    await writeDirectly(app(), `UPDATE session SET created_at = '${longAgo}' WHERE user_id = '${session.userId}'`);
    await withSession(app(), session).get('/api/v1/auth/me').expect(401);
  });

  describe('user management', () => {
    it('lets an admin create users; validates e-mail, role and password length; refuses duplicates', async () => {
      const created = await api(app())
        .post('/api/v1/users')
        .send({ email: 'Neu@Example.org', name: 'Neue Kollegin', role: 'editor', password: 'long enough 1' })
        .expect(201);
      expect(created.body).toMatchObject({ email: 'neu@example.org', role: 'editor', active: true, actorId: null });
      await api(app())
        .post('/api/v1/users')
        .send({ email: 'neu@example.org', name: 'X', role: 'editor', password: 'long enough 1' })
        .expect(409);
      const bad = await api(app())
        .post('/api/v1/users')
        .send({ email: 'x', name: '', role: 'boss', password: 'short' })
        .expect(400);
      expect(bad.body.message).toEqual(
        expect.arrayContaining([
          'email must be an email',
          'name should not be empty',
          expect.stringMatching(/^role must be one of/),
          'password must be between 8 and 128 characters long',
        ]),
      );
      await api(app())
        .post('/api/v1/users')
        .send({ email: 'y@example.org', name: 'Y', role: 'viewer', password: 'p'.repeat(129) })
        .expect(400);
      const list = await api(app()).get('/api/v1/users').expect(200);
      expect(list.body.items.map((user: { email: string }) => user.email)).toContain('neu@example.org');
      expect(JSON.stringify(list.body)).not.toContain('argon2');
    });

    it('ends a deactivated user’s sessions and tokens at once', async () => {
      const user = await userWithToken(app(), { email: 'leaving@example.org', role: 'editor' });
      const session = await signIn(app(), 'leaving@example.org', user.password);
      await withSession(app(), session).get('/api/v1/auth/me').expect(200);
      await api(app()).patch(`/api/v1/users/${user.id}`).send({ active: false }).expect(200);
      await withSession(app(), session).get('/api/v1/auth/me').expect(401);
      await api(app(), user.token).get('/api/v1/measures').expect(401);
      await anonymous(app())
        .post('/api/v1/auth/login')
        .send({ email: 'leaving@example.org', password: user.password })
        .expect(401);
    });

    it('does not revive a deactivated user’s API tokens when the account is activated again', async () => {
      const user = await userWithToken(app(), { email: 'returning@example.org', role: 'editor' });
      await api(app(), user.token).get('/api/v1/auth/me').expect(200);
      await api(app()).patch(`/api/v1/users/${user.id}`).send({ active: false }).expect(200);
      await api(app()).patch(`/api/v1/users/${user.id}`).send({ active: true }).expect(200);
      await api(app(), user.token).get('/api/v1/auth/me').expect(401);
      await signIn(app(), 'returning@example.org', user.password);
    });

    it('refuses common passwords and passwords with the e-mail address or name, at the field', async () => {
      const refused = async (request: ReturnType<ReturnType<typeof api>['post']>, field: string, code: string) => {
        const answer = await request.expect(400);
        expect(answer.body.problems).toEqual([{ field, code, params: {} }]);
      };
      const person = { email: 'jonas.berger@example.org', name: 'Jonas Berger', role: 'editor' };
      await refused(
        api(app())
          .post('/api/v1/users')
          .send({ ...person, password: 'password' }),
        'password',
        'password_too_common',
      );
      await refused(
        api(app())
          .post('/api/v1/users')
          .send({ ...person, password: '12345678' }),
        'password',
        'password_too_common',
      );
      await refused(
        api(app())
          .post('/api/v1/users')
          .send({ ...person, password: 'jonas.berger@example.org' }),
        'password',
        'password_contains_personal_data',
      );
      await refused(
        api(app())
          .post('/api/v1/users')
          .send({ ...person, password: 'Berger-Harburg-7' }),
        'password',
        'password_contains_personal_data',
      );
      const user = await userWithToken(app(), person);
      await refused(
        api(app()).post(`/api/v1/users/${user.id}/password`).send({ password: 'iloveyou' }),
        'password',
        'password_too_common',
      );
      const session = await signIn(app(), person.email, user.password);
      await refused(
        withSession(app(), session)
          .post('/api/v1/auth/password')
          .send({ currentPassword: user.password, newPassword: 'jonas-2026-neu' }),
        'newPassword',
        'password_contains_personal_data',
      );
      // Nothing changed: the old password still works.
      await signIn(app(), person.email, user.password);
    });

    it('changes a role (ending sessions) and refuses an admin demoting themselves', async () => {
      const user = await userWithToken(app(), { email: 'promoted@example.org', role: 'viewer' });
      const session = await signIn(app(), 'promoted@example.org', user.password);
      const changed = await api(app()).patch(`/api/v1/users/${user.id}`).send({ role: 'reviewer' }).expect(200);
      expect(changed.body.role).toBe('reviewer');
      await withSession(app(), session).get('/api/v1/auth/me').expect(401);
      const admin = (await api(app()).get('/api/v1/auth/me').expect(200)).body;
      await api(app()).patch(`/api/v1/users/${admin.id}`).send({ role: 'viewer' }).expect(400);
      await api(app()).patch(`/api/v1/users/${admin.id}`).send({ active: false }).expect(400);
      await api(app()).patch('/api/v1/users/unknown').send({ name: 'X' }).expect(404);
    });

    it('resets a password (admin) and lets users change their own, ending other sessions and all tokens', async () => {
      const user = await userWithToken(app(), { email: 'forgetful@example.org', role: 'viewer' });
      await api(app(), user.token).get('/api/v1/auth/me').expect(200);
      await api(app()).post(`/api/v1/users/${user.id}/password`).send({ password: 'brand new secret' }).expect(204);
      await api(app(), user.token).get('/api/v1/auth/me').expect(401);
      await anonymous(app())
        .post('/api/v1/auth/login')
        .send({ email: 'forgetful@example.org', password: user.password })
        .expect(401);
      const first = await signIn(app(), 'forgetful@example.org', 'brand new secret');
      const second = await signIn(app(), 'forgetful@example.org', 'brand new secret');
      const wrong = await withSession(app(), first)
        .post('/api/v1/auth/password')
        .send({ currentPassword: 'nope', newPassword: 'another secret' })
        .expect(400);
      expect(wrong.body.message).toBe('currentPassword is wrong');
      await withSession(app(), first)
        .post('/api/v1/auth/password')
        .send({ currentPassword: 'brand new secret', newPassword: 'another secret' })
        .expect(204);
      await withSession(app(), first).get('/api/v1/auth/me').expect(200);
      await withSession(app(), second).get('/api/v1/auth/me').expect(401);
      await signIn(app(), 'forgetful@example.org', 'another secret');
    });
  });
});

describe('parallel sign-in attempts', () => {
  // An instance of its own: the many failures also count against the test client's address.
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp();
  });
  afterAll(() => test.close());

  it('lets at most five of many parallel guesses reach the password check', async () => {
    await userWithToken(test.app, { email: 'parallel@example.org', role: 'viewer' });
    const answers = await Promise.all(
      Array.from({ length: 25 }, () =>
        anonymous(test.app).post('/api/v1/auth/login').send({ email: 'parallel@example.org', password: 'guess-1234' }),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(20);
  });
});

describe('throttling failed sign-ins by account and address', () => {
  // The tests reach the server from 127.0.0.1; trusting that address as a proxy lets them act as many clients.
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp({ TRUST_PROXY: '127.0.0.1' });
  });
  afterAll(async () => {
    releaseClock();
    await test.close();
  });
  afterEach(() => releaseClock());

  const attempt = (from: string, email: string, password: string) =>
    anonymous(test.app).post('/api/v1/auth/login').set('X-Forwarded-For', from).send({ email, password });

  it('delays an address that keeps failing at an account, and never the right password from another address', async () => {
    pinClock('2026-03-02T09:00:00.000Z');
    const { password } = await userWithToken(test.app, { email: 'target@example.org', role: 'admin' });
    for (let failure = 0; failure < 5; failure++)
      await attempt('203.0.113.66', 'target@example.org', 'nope-1234').expect(401);
    const refused = await attempt('203.0.113.66', 'target@example.org', password).expect(429);
    expect(refused.headers['retry-after']).toBe('30');
    expect(refused.body.problems).toEqual([
      { field: null, code: 'sign_in_throttled', params: { seconds: 30, minutes: 1 } },
    ]);
    // The owner of the account, at another address, is not locked out by someone else's guessing.
    await attempt('198.51.100.7', 'target@example.org', password).expect(200);
    // Waiting is enough; refused attempts meanwhile did not count as failures or prolong the wait.
    for (let refusedAttempt = 0; refusedAttempt < 10; refusedAttempt++)
      await attempt('203.0.113.66', 'target@example.org', 'nope-1234').expect(429);
    jest.setSystemTime(Date.now() + 31_000);
    await attempt('203.0.113.66', 'target@example.org', 'nope-1234').expect(401);
    // ... and each further failure doubles the wait: 60 seconds now.
    const longer = await attempt('203.0.113.66', 'target@example.org', password).expect(429);
    expect(Number(longer.headers['retry-after'])).toBeGreaterThan(55);
    expect(Number(longer.headers['retry-after'])).toBeLessThanOrEqual(60);
    jest.setSystemTime(Date.now() + 61_000);
    await attempt('203.0.113.66', 'target@example.org', password).expect(200);
  });

  it('keeps the owner in although one wrong attempt every three minutes goes on for hours', async () => {
    pinClock('2026-03-03T09:00:00.000Z');
    const { password } = await userWithToken(test.app, { email: 'chief@example.org', role: 'admin' });
    const statuses: number[] = [];
    for (let round = 0; round < 40; round++) {
      statuses.push((await attempt('203.0.113.99', 'chief@example.org', 'guess-1234')).status);
      jest.setSystemTime(Date.now() + 3 * 60_000);
    }
    // The attacker's address got 5 free tries, then only a few more as the wait doubled.
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(12);
    expect(statuses.slice(-5)).toEqual([429, 429, 429, 429, 429]);
    await attempt('198.51.100.20', 'chief@example.org', password).expect(200);
  });

  it('throttles unknown accounts the same way, so 429 reveals no accounts', async () => {
    for (let failure = 0; failure < 5; failure++)
      await attempt('203.0.113.5', 'ghost@example.org', 'x-123456').expect(401);
    await attempt('203.0.113.5', 'ghost@example.org', 'x-123456').expect(429);
  });

  it('stops an address that tries many accounts, and only that address', async () => {
    const { password } = await userWithToken(test.app, { email: 'sprayed@example.org', role: 'viewer' });
    for (let account = 0; account < 30; account++)
      await attempt('203.0.113.200', `spray-${account}@example.org`, 'Sommer2026!').expect(401);
    await attempt('203.0.113.200', 'sprayed@example.org', password).expect(429);
    await attempt('198.51.100.30', 'sprayed@example.org', password).expect(200);
  });
});

describe('client addresses behind a reverse proxy', () => {
  it('ignores X-Forwarded-For from an address that is not a trusted proxy', async () => {
    const test = await startTestApp({ TRUST_PROXY: '10.0.0.0/8' });
    try {
      const statuses: number[] = [];
      for (let guess = 0; guess < 33; guess++) {
        const answer = await anonymous(test.app)
          .post('/api/v1/auth/login')
          .set('X-Forwarded-For', `203.0.113.${guess + 1}`)
          .send({ email: `victim-${guess}@example.org`, password: 'guess-1234' });
        statuses.push(answer.status);
      }
      expect(statuses.slice(0, 30).every((status) => status === 401)).toBe(true);
      expect(statuses.slice(30)).toEqual([429, 429, 429]);
      const failures = await api(test.app).get('/api/v1/audit?action=auth.login_failed&limit=100').expect(200);
      const addresses = new Set(failures.body.items.map((entry: { clientAddress: string }) => entry.clientAddress));
      expect([...addresses]).toEqual([expect.stringMatching(/^(::ffff:)?127\.0\.0\.1$/)]);
    } finally {
      await test.close();
    }
  });

  it('takes the client address from a trusted proxy', async () => {
    const test = await startTestApp({ TRUST_PROXY: '127.0.0.1' });
    try {
      await anonymous(test.app)
        .post('/api/v1/auth/login')
        .set('X-Forwarded-For', '203.0.113.77')
        .send({ email: 'someone@example.org', password: 'guess-1234' })
        .expect(401);
      const failures = await api(test.app).get('/api/v1/audit?action=auth.login_failed').expect(200);
      expect(failures.body.items[0].clientAddress).toBe('203.0.113.77');
    } finally {
      await test.close();
    }
  });
});

describe('the first administrator', () => {
  it('is not created with a common password: the server refuses to start and says why', async () => {
    await expect(startTestApp({ ADMIN_EMAIL: 'chef@example.org', ADMIN_PASSWORD: 'password1' })).rejects.toThrow(
      /ADMIN_PASSWORD is one of the most common passwords/,
    );
  });

  it('gets a generated password, printed once, when ADMIN_PASSWORD is not set', async () => {
    const warnings: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write');
    const { Logger } = await import('@nestjs/common');
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation((message: unknown) => {
      warnings.push(String(message));
    });
    // startTestApp signs in with ADMIN_PASSWORD; here the admin is created without one, so sign-in is skipped.
    const test = await startTestApp({ ADMIN_EMAIL: 'first@example.org', ADMIN_PASSWORD: '' }).catch(
      (error: Error) => error,
    );
    warn.mockRestore();
    spy.mockRestore();
    expect(test).toBeInstanceOf(Error);
    const line = warnings.find((message) => message.startsWith('First administrator created: first@example.org'));
    expect(line).toMatch(/with the password \S{20,} /);
  });
});
