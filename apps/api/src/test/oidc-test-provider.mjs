// A real OpenID Connect provider (oidc-provider) for the API and browser tests of single sign-on, in a process of its
// own: oidc-provider is ESM-only, which Jest's CommonJS runtime cannot load. It prints one line
// `OIDC-TEST-PROVIDER {"issuer": …}` on stdout once it listens.
//
// Settings (environment):
//   OIDC_TEST_PORT      port on 127.0.0.1 (default 0: a free one)
//   OIDC_TEST_CLIENTS   JSON list of clients: [{ client_id, client_secret, redirect_uris, post_logout_redirect_uris }]
//   OIDC_TEST_ACCOUNTS  JSON object: login → { password, claims: { email, name, groups, … } }
//
// Test controls (plain HTTP, JSON bodies), besides the provider's own routes:
//   PUT /__test/accounts/:login   { password, claims }   adds or changes an account (e.g. its groups)
//   PUT /__test/tamper            { mode, claims? }      the next token answer carries a forged ID token:
//        mode "nonce" | "issuer" | "audience" | "foreign-key" (signed by a key the provider never published) |
//        "claims" (the given claims merged in, signed with the provider's own key) | null (no forgery)
//
// The login form is the provider's own (no development shortcut): user name and password, checked.
import { generateKeyPair, exportJWK, decodeJwt, SignJWT } from 'jose';
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const clients = JSON.parse(process.env.OIDC_TEST_CLIENTS ?? '[]');
const accounts = new Map(Object.entries(JSON.parse(process.env.OIDC_TEST_ACCOUNTS ?? '{}')));
let tamper = null;

const signingKey = await generateKeyPair('RS256', { extractable: true });
const foreignKey = await generateKeyPair('RS256', { extractable: true });
const signingJwk = { ...(await exportJWK(signingKey.privateKey)), kid: 'test-signing-key', alg: 'RS256', use: 'sig' };

const server = createServer();
await new Promise((resolve) => server.listen(Number(process.env.OIDC_TEST_PORT ?? 0), '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const page = (title, body) => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;

const provider = new Provider(issuer, {
  clients: clients.map((client) => ({
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
    ...client,
  })),
  jwks: { keys: [signingJwk] },
  cookies: { keys: ['oidc-test-provider-cookie-key'] },
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name', 'given_name', 'family_name', 'preferred_username'],
    groups: ['groups'],
    roles: ['realm_access'],
  },
  scopes: ['openid', 'email', 'profile', 'groups', 'roles'],
  pkce: { required: () => true },
  features: {
    devInteractions: { enabled: false },
    rpInitiatedLogout: {
      enabled: true,
      logoutSource: async (ctx, form) => {
        ctx.body = page(
          'Sign out',
          `${form}<p>Sign out of the test provider?</p>
          <button type="submit" form="op.logoutForm" name="logout" value="yes">Yes, sign me out</button>`,
        );
      },
      postLogoutSuccessSource: async (ctx) => {
        ctx.body = page('Signed out', '<p>You are signed out of the test provider.</p>');
      },
    },
  },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  // No consent screen: the product is a first-party client of the administration's provider, as usual there.
  loadExistingGrant: async (ctx) => {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    const grant = grantId
      ? await ctx.oidc.provider.Grant.find(grantId)
      : new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope(ctx.oidc.params.scope ?? 'openid');
    await grant.save();
    return grant;
  },
  findAccount: async (_ctx, sub) => ({
    accountId: sub,
    claims: async () => ({ sub, ...(accounts.get(sub)?.claims ?? {}) }),
  }),
  ttl: { Session: 3600, Grant: 3600, Interaction: 600, AccessToken: 600, AuthorizationCode: 60, IdToken: 600 },
});

// A forged ID token in the next token answer, when a test asked for one.
provider.use(async (ctx, next) => {
  await next();
  if (!tamper || ctx.path !== '/token' || typeof ctx.body?.id_token !== 'string') return;
  const { mode, claims = {} } = tamper;
  tamper = null;
  const payload = decodeJwt(ctx.body.id_token);
  if (mode === 'nonce') payload.nonce = 'a-nonce-this-login-never-sent';
  if (mode === 'issuer') payload.iss = 'http://127.0.0.1:1/another-provider';
  if (mode === 'audience') payload.aud = 'another-client';
  if (mode === 'claims') Object.assign(payload, claims);
  const key = mode === 'foreign-key' ? foreignKey.privateKey : signingKey.privateKey;
  ctx.body = {
    ...ctx.body,
    id_token: await new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid: signingJwk.kid }).sign(key),
  };
});

async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function send(response, status, type, body) {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}

/** The provider's own sign-in form: user name and password, with labels. */
async function interaction(request, response, uid, action) {
  const details = await provider.interactionDetails(request, response);
  if (details.uid !== uid || details.prompt.name !== 'login') return send(response, 400, 'text/plain', 'unexpected');
  const form = (error) =>
    page(
      'Sign in to the test provider',
      `${error ? `<p role="alert">${escapeHtml(error)}</p>` : ''}
      <form method="post" action="/interaction/${escapeHtml(uid)}/login">
        <p><label for="username">User name</label> <input id="username" name="username" autocomplete="username" required></p>
        <p><label for="password">Password</label> <input id="password" name="password" type="password" required></p>
        <p><button type="submit">Sign in</button></p>
      </form>`,
    );
  if (action !== 'login') return send(response, 200, 'text/html; charset=utf-8', form(null));
  const fields = new URLSearchParams(await readBody(request));
  const login = fields.get('username') ?? '';
  const account = accounts.get(login);
  if (!account || account.password !== fields.get('password'))
    return send(response, 200, 'text/html; charset=utf-8', form('User name or password is wrong.'));
  await provider.interactionFinished(
    request,
    response,
    { login: { accountId: login } },
    { mergeWithLastSubmission: false },
  );
}

async function control(request, response, path) {
  const body = request.method === 'PUT' ? JSON.parse((await readBody(request)) || 'null') : null;
  const account = /^\/__test\/accounts\/([^/]+)$/.exec(path);
  if (request.method === 'PUT' && account) {
    accounts.set(decodeURIComponent(account[1]), body);
  } else if (request.method === 'PUT' && path === '/__test/tamper') {
    tamper = body?.mode ? body : null;
  } else {
    return send(response, 404, 'text/plain', 'unknown test control');
  }
  send(response, 204, 'text/plain', '');
}

const callback = provider.callback();
server.on('request', (request, response) => {
  const path = new URL(request.url, issuer).pathname;
  const match = /^\/interaction\/([^/]+)(?:\/(login))?$/.exec(path);
  const handled = path.startsWith('/__test/')
    ? control(request, response, path)
    : match
      ? interaction(request, response, match[1], match[2])
      : Promise.resolve(callback(request, response));
  handled.catch((error) => {
    console.error(error);
    if (!response.headersSent) send(response, 500, 'text/plain', String(error));
  });
});

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
console.log(`OIDC-TEST-PROVIDER ${JSON.stringify({ issuer })}`);
