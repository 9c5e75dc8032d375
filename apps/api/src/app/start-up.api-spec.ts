import { createServer } from 'node:net';
import { anonymous, api } from '../test/fixtures';
import { startTestApp, TestApp } from '../test/test-app';

/**
 * Libraries that only single sign-on, e-mail, the changes feed, spreadsheets, page texts and reports need: loaded
 * on their first use, so a start and the ordinary requests do not carry their memory (issue 15). Each has its
 * loader beside the code that uses it.
 */
const LOADED_ON_FIRST_USE = ['openid-client', 'nodemailer', 'feed', 'sanitize-html', 'exceljs', 'pdfkit'];

/** A loopback port nothing listens on (one the system just handed out and took back). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Which of `names` this test file's module registry has loaded (Jest's `require.cache` lists it). */
function loaded(names: readonly string[] = LOADED_ON_FIRST_USE): string[] {
  const paths = Object.keys(require.cache);
  return names.filter((name) => paths.some((path) => path.includes(`/node_modules/${name}/`)));
}

describe('a start', () => {
  let test: TestApp | undefined;
  afterEach(async () => {
    await test?.close();
    test = undefined;
  });

  it('loads none of the libraries of first use for ordinary requests, and one when its feature is used', async () => {
    test = await startTestApp();
    await anonymous(test.app).get('/api/v1/health').expect(200);
    await anonymous(test.app).get('/api/v1/public/summary').expect(200);
    await api(test.app).get('/api/v1/dashboard/summary').expect(200);
    await api(test.app).get('/api/v1/measures?limit=50').expect(200);
    expect(loaded()).toEqual([]);

    // The check sees a library once it is loaded: the first feed brings its writer and the escaping of its texts.
    await anonymous(test.app).get('/api/v1/public/feed.atom').expect(200);
    expect(loaded(['feed', 'sanitize-html'])).toEqual(['feed', 'sanitize-html']);
  });

  it('with single sign-on and e-mail configured, loads openid-client at the first sign-in there, and nodemailer not at start', async () => {
    const nowhere = await closedPort();
    test = await startTestApp({
      PUBLIC_URL: 'http://127.0.0.1:4398',
      // No provider listens there: the sign-in ends on the sign-in page, after the library was needed.
      OIDC_ISSUER: `http://127.0.0.1:${nowhere}/realms/none`,
      OIDC_CLIENT_ID: 'leitbild-monitor',
      OIDC_CLIENT_SECRET: 'a-client-secret-of-the-tests',
      OIDC_ROLE_MAP: JSON.stringify({ 'lbm-admins': 'admin' }),
      SMTP_URL: `smtp://monitor:Brief-Kasten-42@127.0.0.1:${nowhere}`,
      MAIL_FROM: 'Leitbild-Monitor <monitor@example.org>',
    });
    await anonymous(test.app).get('/api/v1/auth/providers').expect(200);
    expect(loaded(['openid-client', 'nodemailer'])).toEqual([]);

    const signIn = await anonymous(test.app).get('/api/v1/auth/oidc/login').expect(302);
    expect(signIn.headers['location']).toBe('/login?sso=unavailable');
    expect(loaded(['openid-client', 'nodemailer'])).toEqual(['openid-client']);
  });
});
