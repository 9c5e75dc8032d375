import type { AuditEntry, Page, User } from '@leitbild-monitor/shared/contracts';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHash } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { anonymous, api, Catalog, seedCatalog, Session, signIn, userWithToken, withSession } from '../test/fixtures';
import { Forgery, ProviderAccount, signInAtProvider, startTestProvider, TestProvider } from '../test/oidc-provider';
import { startTestApp, startTestAppOn, TEST_ADMIN, TestApp } from '../test/test-app';

/** The product's address as the provider knows it (the in-process app is reached by supertest, not by it). */
const PUBLIC_URL = 'http://127.0.0.1:4399';
const CLIENT = { client_id: 'leitbild-monitor', client_secret: 'a-client-secret-of-the-tests' };
const SOZIALRAUM = 'Bezirksamt Harburg – Sozialraummanagement';

const account = (email: string, name: string, groups: string[]): ProviderAccount => ({
  password: `${email.split('@')[0]}-password`,
  claims: { email, email_verified: true, name, groups },
});

const ACCOUNTS: Record<string, ProviderAccount> = {
  erika: account('erika.sozialraum@example.org', 'Erika Sozialraum', ['staff', '/lbm/sozialraum']),
  ada: account('ada.admin@example.org', 'Ada Admin', ['lbm-admins']),
  nora: account('nora.nobody@example.org', 'Nora Niemand', ['staff', 'kantine']),
  paula: account('paula.preview@example.org', 'Paula Preview', ['lbm-admins']),
  copycat: account(TEST_ADMIN.email, 'Someone Else', ['lbm-viewers']),
  ghost: account('gina.ghost@example.org', 'Gina Ghost', ['lbm-ghost']),
  vera: account('vera.viewer@example.org', 'Vera Viewer', ['lbm-viewers']),
};

const ROLE_MAP = {
  'lbm-admins': 'admin',
  '/lbm/sozialraum': { role: 'editor', actor: SOZIALRAUM },
  'lbm-viewers': 'viewer',
  'lbm-ghost': { role: 'editor', actor: 'Ein Akteur, den es nicht gibt' },
};

const ssoSettings = (issuer: string): Record<string, string> => ({
  PUBLIC_URL,
  OIDC_ISSUER: issuer,
  OIDC_CLIENT_ID: CLIENT.client_id,
  OIDC_CLIENT_SECRET: CLIENT.client_secret,
  OIDC_SCOPES: 'openid profile email groups',
  OIDC_ROLE_CLAIM: 'groups',
  OIDC_ROLE_MAP: JSON.stringify(ROLE_MAP),
});

async function startProvider(): Promise<TestProvider> {
  return startTestProvider({
    clients: [
      {
        ...CLIENT,
        redirect_uris: [`${PUBLIC_URL}/api/v1/auth/oidc/callback`],
        post_logout_redirect_uris: [`${PUBLIC_URL}/login`],
      },
    ],
    accounts: ACCOUNTS,
  });
}

function cookieOf(response: request.Response, name: string): { value: string; attributes: string } | null {
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const cookie = cookies.find((line) => line.startsWith(`${name}=`));
  if (!cookie) return null;
  const [pair, ...attributes] = cookie.split(';');
  return { value: pair.slice(name.length + 1), attributes: attributes.join(';') };
}

/** A sign-in started in one browser: the provider's address and the browser-binding cookie. */
interface Started {
  location: string;
  browser: string;
}

async function startSignIn(app: NestFastifyApplication, returnTo?: string): Promise<Started> {
  const query = returnTo === undefined ? '' : `?returnTo=${encodeURIComponent(returnTo)}`;
  const response = await anonymous(app).get(`/api/v1/auth/oidc/login${query}`).expect(302);
  const browser = cookieOf(response, 'lbm_oidc');
  if (!browser) throw new Error(`no sign-in started: ${response.headers['location']}`);
  return { location: response.headers['location'] as string, browser: browser.value };
}

/** The product's callback as the browser calls it: path and query of the provider's redirect, with the cookie. */
function callback(app: NestFastifyApplication, url: URL, browser: string | null) {
  const call = request(app.getHttpServer()).get(`${url.pathname}${url.search}`);
  return browser === null ? call : call.set('Cookie', `lbm_oidc=${browser}`);
}

/** The session a callback answer opened, or null. */
function sessionOf(response: request.Response): Session | null {
  const session = cookieOf(response, 'lbm_session');
  const xsrf = cookieOf(response, 'XSRF-TOKEN');
  if (!session || !session.value || !xsrf) return null;
  return { cookie: `lbm_session=${session.value}; XSRF-TOKEN=${xsrf.value}`, csrf: xsrf.value, userId: '' };
}

describe('single sign-on with OpenID Connect', () => {
  let provider: TestProvider;
  let test: TestApp;
  let catalog: Catalog;
  const app = () => test.app;

  beforeAll(async () => {
    provider = await startProvider();
    test = await startTestApp(ssoSettings(provider.issuer));
    catalog = await seedCatalog(test.app);
  });
  afterAll(async () => {
    await test?.close();
    await provider?.stop();
  });

  /** The whole sign-in of a provider account, from the product's start to its answer to the callback. */
  async function signInWithProvider(login: string, options: { returnTo?: string; forge?: Forgery } = {}) {
    const started = await startSignIn(app(), options.returnTo);
    const back = await signInAtProvider(started.location, login, ACCOUNTS[login].password);
    if (options.forge) await provider.forgeNextIdToken(options.forge);
    const response = await callback(app(), back, started.browser).expect(302);
    return { response, location: response.headers['location'] as string, session: sessionOf(response), back, started };
  }

  async function me(session: Session | null): Promise<User | null> {
    if (!session) return null;
    const response = await withSession(app(), session).get('/api/v1/auth/me');
    return response.status === 200 ? (response.body as User) : null;
  }

  async function userByEmail(email: string): Promise<User | undefined> {
    const page = (await api(app()).get('/api/v1/users?limit=100').expect(200)).body as Page<User>;
    return page.items.find((user) => user.email === email);
  }

  async function audit(action: string): Promise<AuditEntry[]> {
    return ((await api(app()).get(`/api/v1/audit?action=${action}&limit=100`).expect(200)).body as Page<AuditEntry>)
      .items;
  }

  /** Asserts the refusal the sign-in page shows, and that no session came with it. */
  function expectRefused(result: { location: string; session: Session | null }, reason: string): void {
    expect(result.location).toBe(`/login?sso=${reason}`);
    expect(result.session).toBeNull();
  }

  it('tells the sign-in page what is offered, without a sign-in', async () => {
    const response = await anonymous(app()).get('/api/v1/auth/providers').expect(200);
    expect(response.body).toEqual({ password: 'all', oidc: { label: null, loginUrl: '/api/v1/auth/oidc/login' } });
  });

  it('sends the browser to the provider with PKCE, state and nonce, bound by an HttpOnly SameSite=Lax cookie', async () => {
    const response = await anonymous(app()).get('/api/v1/auth/oidc/login?returnTo=%2Fmeasures').expect(302);
    const location = new URL(response.headers['location'] as string);
    expect(`${location.origin}${location.pathname}`).toBe(`${provider.issuer}/auth`);
    expect(Object.fromEntries(location.searchParams)).toEqual({
      client_id: CLIENT.client_id,
      redirect_uri: `${PUBLIC_URL}/api/v1/auth/oidc/callback`,
      response_type: 'code',
      scope: 'openid profile email groups',
      state: expect.stringMatching(/^[\w-]{40,}$/),
      nonce: expect.stringMatching(/^[\w-]{40,}$/),
      code_challenge: expect.stringMatching(/^[\w-]{43}$/),
      code_challenge_method: 'S256',
    });
    const cookie = cookieOf(response, 'lbm_oidc');
    expect(cookie?.value).toMatch(/^[\w-]{43}$/);
    expect(cookie?.attributes).toMatch(/HttpOnly/);
    expect(cookie?.attributes).toMatch(/SameSite=Lax/);
    expect(cookie?.attributes).toMatch(/Path=\/api\/v1\/auth\/oidc/);
    expect(cookie?.attributes).toMatch(/Max-Age=600/);
  });

  it('creates a new user at the first sign-in with the mapped role and actor, and lands where they wanted', async () => {
    const sozialraum = catalog.actors.find((actor) => actor.name === SOZIALRAUM);
    const result = await signInWithProvider('erika', { returnTo: '/measures?status=planned' });

    expect(result.location).toBe('/measures?status=planned');
    expect(cookieOf(result.response, 'lbm_oidc')?.value).toBe('');
    const user = await me(result.session);
    expect(user).toMatchObject({
      email: 'erika.sozialraum@example.org',
      name: 'Erika Sozialraum',
      role: 'editor',
      actorId: sozialraum?.id,
      active: true,
    });
    // The session works like a password sign-in's: cookies, CSRF for writes.
    const session = result.session as Session;
    await withSession(app(), session).post('/api/v1/auth/tokens').send({ name: 'sso' }).expect(201);

    const created = (await audit('user.create')).find((entry) => entry.targetId === user?.id);
    expect(created?.details).toMatchObject({
      source: 'oidc',
      issuer: provider.issuer,
      subject: 'erika',
      role: 'editor',
      actorId: sozialraum?.id,
    });
    expect(created?.actorLabel).toBe('single sign-on');
    const login = (await audit('auth.oidc_login')).find((entry) => entry.targetId === user?.id);
    expect(login).toMatchObject({ userId: user?.id, details: { source: 'oidc', subject: 'erika' } });
  });

  it('has no password for such an account: no password opens it, and none can be set', async () => {
    await signInWithProvider('erika');
    const user = (await userByEmail('erika.sozialraum@example.org')) as User;
    const dataSource = app().get(DataSource);
    const parameter = dataSource.options.type === 'postgres' ? '$1' : '?';
    const [row] = await dataSource.query(
      `SELECT password_hash, oidc_issuer, oidc_subject FROM app_user WHERE id = ${parameter}`,
      [user.id],
    );
    expect(row).toEqual({ password_hash: null, oidc_issuer: provider.issuer, oidc_subject: 'erika' });
    for (const password of ['', 'null', 'erika-password', ACCOUNTS['erika'].password])
      await anonymous(app()).post('/api/v1/auth/login').send({ email: user.email, password }).expect(401);
    expect((await audit('auth.login_failed'))[0].details).toEqual({ reason: 'single_sign_on_account' });
    const reset = await api(app())
      .post(`/api/v1/users/${user.id}/password`)
      .send({ password: 'ein-neues-langes-kennwort' });
    expect(reset.status).toBe(409);
    expect(reset.body.problems[0].code).toBe('single_sign_on_account');
  });

  it('evaluates the role at every sign-in: a change at the provider takes effect and is audited', async () => {
    const first = await signInWithProvider('erika');
    expect((await me(first.session))?.role).toBe('editor');

    await provider.setAccount('erika', {
      ...ACCOUNTS['erika'],
      claims: { ...ACCOUNTS['erika'].claims, name: 'Erika Leitung', groups: ['lbm-admins'] },
    });
    try {
      const second = await signInWithProvider('erika');
      const user = await me(second.session);
      expect(user).toMatchObject({ role: 'admin', actorId: null, name: 'Erika Leitung' });
      // The rights changed: the session opened with the old ones ended.
      expect(await me(first.session)).toBeNull();
      const change = (await audit('user.role_change')).find((entry) => entry.targetId === user?.id);
      expect(change?.details).toMatchObject({
        source: 'oidc',
        role: { from: 'editor', to: 'admin' },
        name: { from: 'Erika Sozialraum', to: 'Erika Leitung' },
      });
    } finally {
      await provider.setAccount('erika', ACCOUNTS['erika']);
    }
    expect((await me((await signInWithProvider('erika')).session))?.role).toBe('editor');
  });

  it('reads the role claim from the ID token first, and from userinfo only where the token has none', async () => {
    // userinfo says administrator; the (re-signed, otherwise genuine) ID token says viewer.
    const result = await signInWithProvider('paula', {
      forge: { mode: 'claims', claims: { groups: ['lbm-viewers'] } },
    });
    expect((await me(result.session))?.role).toBe('viewer');
  });

  it('finishes on another instance than the one that started: the sign-in under way is in the database', async () => {
    const database = test.config.database;
    const other = await startTestAppOn(
      database.type === 'sqlite' ? `sqlite:${database.path}` : database.url,
      ssoSettings(provider.issuer),
    );
    try {
      const started = await startSignIn(app(), '/leitbild');
      const back = await signInAtProvider(started.location, 'vera', ACCOUNTS['vera'].password);
      const answer = await callback(other.app, back, started.browser).expect(302);
      expect(answer.headers['location']).toBe('/leitbild');
      expect((await me(sessionOf(answer)))?.email).toBe('vera.viewer@example.org');
    } finally {
      await other.close();
    }
  });

  it('refuses an account whose groups map to no role, creates nothing, and records why', async () => {
    const result = await signInWithProvider('nora');

    expectRefused(result, 'no_role');
    expect(await userByEmail('nora.nobody@example.org')).toBeUndefined();
    const refusal = (await audit('auth.oidc_refused')).find((entry) => entry.actorLabel === 'nora.nobody@example.org');
    expect(refusal?.details).toMatchObject({ reason: 'no_role', subject: 'nora', claimValues: ['staff', 'kantine'] });
  });

  it('refuses an answer with a wrong state, and takes the right one afterwards', async () => {
    const started = await startSignIn(app());
    const back = await signInAtProvider(started.location, 'vera', ACCOUNTS['vera'].password);
    const forged = new URL(back);
    forged.searchParams.set('state', 'a-state-this-product-never-sent');

    const wrong = await callback(app(), forged, started.browser).expect(302);
    expectRefused({ location: wrong.headers['location'], session: sessionOf(wrong) }, 'failed');

    const right = await callback(app(), back, started.browser).expect(302);
    expect(right.headers['location']).toBe('/overview');
    expect((await me(sessionOf(right)))?.email).toBe('vera.viewer@example.org');
  });

  it('refuses a replayed answer and a code redeemed before', async () => {
    const first = await signInWithProvider('vera');
    expect(first.session).not.toBeNull();

    const replayed = await callback(app(), first.back, first.started.browser).expect(302);
    expectRefused({ location: replayed.headers['location'], session: sessionOf(replayed) }, 'failed');

    // The used code under a new, genuine sign-in's state: the provider refuses the code.
    const second = await startSignIn(app());
    const reused = new URL(first.back);
    reused.searchParams.set('state', new URL(second.location).searchParams.get('state') as string);
    const answer = await callback(app(), reused, second.browser).expect(302);
    expectRefused({ location: answer.headers['location'], session: sessionOf(answer) }, 'failed');
  });

  it('uses a sign-in up at its first answer: the same answer again fails even when its code was never redeemed', async () => {
    const started = await startSignIn(app());
    const back = await signInAtProvider(started.location, 'vera', ACCOUNTS['vera'].password);
    // The first arrival is refused before the code is redeemed (no browser cookie) ...
    const first = await callback(app(), back, null).expect(302);
    expectRefused({ location: first.headers['location'], session: sessionOf(first) }, 'failed');
    // ... and the pending sign-in is gone with it: the right browser with the unused code gets nothing either.
    const again = await callback(app(), back, started.browser).expect(302);
    expectRefused({ location: again.headers['location'], session: sessionOf(again) }, 'failed');
    const dataSource = app().get(DataSource);
    const id = createHash('sha256')
      .update(back.searchParams.get('state') as string)
      .digest('hex');
    const parameter = dataSource.options.type === 'postgres' ? '$1' : '?';
    expect(await dataSource.query(`SELECT id FROM oidc_login WHERE id = ${parameter}`, [id])).toEqual([]);
  });

  it('refuses an answer that reaches another browser than the one that started the sign-in', async () => {
    const started = await startSignIn(app());
    const back = await signInAtProvider(started.location, 'vera', ACCOUNTS['vera'].password);
    const elsewhere = await callback(app(), back, null).expect(302);
    expectRefused({ location: elsewhere.headers['location'], session: sessionOf(elsewhere) }, 'failed');

    const other = await startSignIn(app());
    const back2 = await signInAtProvider(other.location, 'vera', ACCOUNTS['vera'].password);
    const wrongCookie = await callback(app(), back2, started.browser).expect(302);
    expectRefused({ location: wrongCookie.headers['location'], session: sessionOf(wrongCookie) }, 'failed');
  });

  it.each([
    ['a wrong nonce', { mode: 'nonce' }],
    ['an ID token of another issuer', { mode: 'issuer' }],
    ['an ID token for another client (audience)', { mode: 'audience' }],
    ['an ID token signed by another provider', { mode: 'foreign-key' }],
  ] as [string, Forgery][])('refuses %s, without a session', async (_what, forgery) => {
    const before = (await audit('auth.oidc_refused')).length;
    const result = await signInWithProvider('vera', { forge: forgery });

    expectRefused(result, 'failed');
    const refusals = await audit('auth.oidc_refused');
    expect(refusals).toHaveLength(before + 1);
    expect(refusals[0].details).toMatchObject({ reason: 'failed' });
  });

  it('accepts the same ID token re-signed unchanged (so the refusals above are the checks at work)', async () => {
    const result = await signInWithProvider('vera', { forge: { mode: 'claims', claims: {} } });
    expect((await me(result.session))?.email).toBe('vera.viewer@example.org');
  });

  it('ends a sign-in the user cancelled at the provider on the sign-in page', async () => {
    const started = await startSignIn(app());
    const state = new URL(started.location).searchParams.get('state') as string;
    const cancelled = new URL(`${PUBLIC_URL}/api/v1/auth/oidc/callback`);
    cancelled.search = new URLSearchParams({ error: 'access_denied', state, iss: provider.issuer }).toString();
    const response = await callback(app(), cancelled, started.browser).expect(302);
    expectRefused({ location: response.headers['location'], session: sessionOf(response) }, 'cancelled');
  });

  it.each(['https://evil.example/', '//evil.example/overview', '/api/v1/users', '/\\evil.example', '/login'])(
    'ignores returnTo %s and goes to the overview',
    async (returnTo) => {
      const result = await signInWithProvider('vera', { returnTo });
      expect(result.location).toBe('/overview');
      expect(result.session).not.toBeNull();
    },
  );

  it('refuses an e-mail address another account has, instead of merging the accounts', async () => {
    const result = await signInWithProvider('copycat');
    expectRefused(result, 'email_taken');
    const admin = (await userByEmail(TEST_ADMIN.email)) as User;
    expect(admin.role).toBe('admin');
    expect((await audit('auth.oidc_refused'))[0].details).toMatchObject({ reason: 'email_taken', subject: 'copycat' });
  });

  it('refuses a role map entry that names an unknown actor, and creates nothing', async () => {
    const result = await signInWithProvider('ghost');
    expectRefused(result, 'misconfigured');
    expect(await userByEmail('gina.ghost@example.org')).toBeUndefined();
  });

  it('keeps a deactivated user out, whatever the provider says', async () => {
    await signInWithProvider('ada');
    const ada = (await userByEmail('ada.admin@example.org')) as User;
    await api(app()).patch(`/api/v1/users/${ada.id}`).send({ active: false }).expect(200);
    try {
      const result = await signInWithProvider('ada');
      expectRefused(result, 'inactive');
      expect((await audit('auth.oidc_refused'))[0].details).toMatchObject({ reason: 'inactive', subject: 'ada' });
      expect(((await userByEmail('ada.admin@example.org')) as User).active).toBe(false);
    } finally {
      await api(app()).patch(`/api/v1/users/${ada.id}`).send({ active: true }).expect(200);
    }
  });

  it('signs out of a single sign-on session at the provider too (RP-initiated logout)', async () => {
    const result = await signInWithProvider('vera');
    const session = result.session as Session;
    const response = await withSession(app(), session).post('/api/v1/auth/logout').expect(200);
    const redirect = new URL(response.body.redirectTo as string);
    expect(`${redirect.origin}${redirect.pathname}`).toBe(`${provider.issuer}/session/end`);
    expect(redirect.searchParams.get('post_logout_redirect_uri')).toBe(`${PUBLIC_URL}/login`);
    expect(redirect.searchParams.get('id_token_hint')).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(await me(session)).toBeNull();

    // The provider accepts that sign-out request: its page goes on to confirm it (the browser test follows it).
    const atProvider = await fetch(redirect, { redirect: 'manual' });
    expect(atProvider.status).toBe(200);
    expect(await atProvider.text()).toContain(`action="${provider.issuer}/session/end/confirm"`);

    // A password session signs out as before.
    const password = await signIn(app(), TEST_ADMIN.email, TEST_ADMIN.password);
    await withSession(app(), password).post('/api/v1/auth/logout').expect(204);
  });

  describe('PASSWORD_LOGIN', () => {
    let editor: { id: string; token: string; password: string };
    let adminToken: string;

    beforeAll(async () => {
      editor = await userWithToken(app(), { email: 'pw-editor@example.org', role: 'editor' });
      adminToken = (await userWithToken(app(), { email: 'pw-admin@example.org', role: 'admin' })).token;
    });
    afterAll(async () => {
      test = await test.restart({ ...ssoSettings(provider.issuer), PASSWORD_LOGIN: 'all' });
    });

    it('admins: refuses an editor’s correct password with a clear problem, and lets an administrator in', async () => {
      test = await test.restart({ ...ssoSettings(provider.issuer), PASSWORD_LOGIN: 'admins' });
      const refused = await anonymous(app())
        .post('/api/v1/auth/login')
        .send({ email: 'pw-editor@example.org', password: editor.password })
        .expect(403);
      expect(refused.body.problems).toEqual([{ field: null, code: 'password_login_admins_only', params: {} }]);
      expect(cookieOf(refused, 'lbm_session')).toBeNull();
      // A wrong password gets the usual answer: the mode reveals nothing to someone without the password.
      await anonymous(app())
        .post('/api/v1/auth/login')
        .send({ email: 'pw-editor@example.org', password: 'not-the-password' })
        .expect(401);
      await signIn(app(), TEST_ADMIN.email, TEST_ADMIN.password);
      // API tokens are not sign-ins: the editor's keeps working.
      await api(app(), editor.token).get('/api/v1/auth/me').expect(200);
      expect((await anonymous(app()).get('/api/v1/auth/providers').expect(200)).body.password).toBe('admins');
      // Single sign-on is unaffected.
      expect((await me((await signInWithProvider('vera')).session))?.role).toBe('viewer');
    });

    it('off: refuses every password sign-in, the administrator’s too', async () => {
      test = await test.restart({ ...ssoSettings(provider.issuer), PASSWORD_LOGIN: 'off' });
      for (const [email, password] of [
        [TEST_ADMIN.email, TEST_ADMIN.password],
        ['pw-editor@example.org', editor.password],
        ['nobody@example.org', 'whatever-password'],
      ]) {
        const response = await anonymous(app()).post('/api/v1/auth/login').send({ email, password }).expect(403);
        expect(response.body.problems[0].code).toBe('password_login_off');
      }
      await api(app(), adminToken).get('/api/v1/users').expect(200);
      const refusals = (
        (await api(app(), adminToken).get('/api/v1/audit?action=auth.login_failed&limit=3').expect(200))
          .body as Page<AuditEntry>
      ).items;
      expect(refusals.map((entry) => entry.details['reason'])).toEqual(Array(3).fill('password_login_off'));
      expect((await me((await signInWithProvider('vera')).session))?.role).toBe('viewer');
    });
  });

  describe('when the provider is down', () => {
    it('ends an answer whose code cannot be redeemed, and a new sign-in, on the sign-in page without a session', async () => {
      const started = await startSignIn(app());
      const back = await signInAtProvider(started.location, 'vera', ACCOUNTS['vera'].password);
      await provider.stop();

      const answer = await callback(app(), back, started.browser).expect(302);
      expectRefused({ location: answer.headers['location'], session: sessionOf(answer) }, 'unavailable');

      // A fresh start has not met the provider yet: it starts anyway, and the sign-in ends on the sign-in page.
      test = await test.restart(ssoSettings(provider.issuer));
      expect((await anonymous(app()).get('/api/v1/auth/providers').expect(200)).body.oidc).not.toBeNull();
      const response = await anonymous(app()).get('/api/v1/auth/oidc/login').expect(302);
      expect(response.headers['location']).toBe('/login?sso=unavailable');
      expect(cookieOf(response, 'lbm_oidc')).toBeNull();
      expect((await audit('auth.oidc_refused')).slice(0, 2).map((entry) => entry.details['reason'])).toEqual([
        'unavailable',
        'unavailable',
      ]);
    });
  });
});

describe('without single sign-on', () => {
  let test: TestApp;
  beforeAll(async () => (test = await startTestApp()));
  afterAll(() => test.close());

  it('offers passwords only, and its routes answer 404', async () => {
    expect((await anonymous(test.app).get('/api/v1/auth/providers').expect(200)).body).toEqual({
      password: 'all',
      oidc: null,
    });
    for (const path of ['/api/v1/auth/oidc/login', '/api/v1/auth/oidc/callback?code=x&state=y'])
      expect((await anonymous(test.app).get(path).expect(404)).body.problems[0].code).toBe('not_found');
  });
});
