import type { OidcConfig } from '@leitbild-monitor/api/platform';
import { Logger } from '@nestjs/common';
// The one file that speaks openid-client (6.x, ESM-only: Node >= 20.19 loads it with require(); Jest transforms it,
// see apps/api/jest.api.config.cts). Everything else uses the small interface below.
import type * as OpenIdClient from 'openid-client';
import type { Claims } from './oidc-claims';

let library: typeof OpenIdClient | undefined;

/**
 * openid-client with its JOSE and OAuth libraries (about 7 MB of memory), loaded with the first single sign-on rather
 * than at every start: most installations sign in with passwords, and those with a provider need it only when someone
 * signs in there. A plain require keeps the secrets of a sign-in synchronous.
 */
function openIdClient(): typeof OpenIdClient {
  library ??= require('openid-client') as typeof OpenIdClient;
  return library;
}

/** The secrets of one sign-in: `state` and `nonce` go to the provider, the PKCE verifier only as its S256 hash. */
export interface SignInSecrets {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** A checked answer of the provider: the ID token (signature, issuer, audience, nonce, expiry verified). */
export interface ProviderSignIn {
  idToken: string;
  /** The ID token's claims. */
  claims: Claims;
  /** The userinfo endpoint's claims for the same subject; null when the provider has none. */
  userinfo(): Promise<Claims | null>;
}

/**
 * Why the provider's answer led to no sign-in: `unavailable` — the provider could not be reached or failed
 * (network, timeout, 5xx); `cancelled` — the user cancelled there (`error=access_denied`); `failed` — anything
 * that did not check out (state, code, PKCE, nonce, issuer, audience, signature, expiry).
 */
export class OidcError extends Error {
  constructor(
    readonly reason: 'unavailable' | 'cancelled' | 'failed',
    message: string,
    /** The library's error behind it. */
    readonly origin: unknown = null,
  ) {
    super(message);
    this.name = 'OidcError';
  }
}

const REQUEST_TIMEOUT_SECONDS = 10;
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH']);

/** Whether an error (or one of its causes) says the provider could not be reached or failed on its side. */
function isUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 6; depth++) {
    if (current instanceof TypeError && /fetch failed/i.test(current.message)) return true;
    const { name, code, status, cause } = current as { name?: string; code?: string; status?: number; cause?: unknown };
    if (name === 'TimeoutError' || name === 'AbortError') return true;
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || code.startsWith('UND_ERR_'))) return true;
    if (typeof status === 'number' && status >= 500) return true;
    if (current instanceof Response && current.status >= 500) return true;
    current = cause;
  }
  return false;
}

function toOidcError(error: unknown, what: string): OidcError {
  if (error instanceof OidcError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof openIdClient().AuthorizationResponseError)
    return new OidcError(error.error === 'access_denied' ? 'cancelled' : 'failed', `${what}: ${detail}`, error);
  return new OidcError(isUnavailable(error) ? 'unavailable' : 'failed', `${what}: ${detail}`, error);
}

/**
 * The OpenID Connect relying party: authorization code flow with PKCE (S256), `state` and `nonce`. The provider's
 * metadata is discovered at the first sign-in, not at start, so a provider that is down does not stop the product
 * from starting; a failed discovery is tried again at the next sign-in.
 */
export class OidcClient {
  private readonly logger = new Logger('SingleSignOn');
  private configuration: Promise<OpenIdClient.Configuration> | null = null;

  constructor(private readonly settings: OidcConfig) {}

  static newSecrets(): SignInSecrets {
    const client = openIdClient();
    return { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier() };
  }

  /** Where to send the browser to sign in. */
  async authorizationUrl(secrets: SignInSecrets): Promise<URL> {
    const configuration = await this.discovered();
    const client = openIdClient();
    return client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.settings.redirectUri,
      scope: this.settings.scopes,
      response_type: 'code',
      state: secrets.state,
      nonce: secrets.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(secrets.codeVerifier),
      code_challenge_method: 'S256',
    });
  }

  /**
   * Checks the provider's answer (the callback's query string) and redeems its code: `state` and `iss` of the
   * answer, then the token endpoint with the PKCE verifier, then the ID token — its signature against the
   * provider's published keys (not only TLS, so a token from elsewhere fails on a plain-http trial too), issuer,
   * audience, expiry and nonce.
   */
  async finish(query: string, secrets: SignInSecrets): Promise<ProviderSignIn> {
    const configuration = await this.discovered();
    const callback = new URL(this.settings.redirectUri);
    callback.search = query;
    const client = openIdClient();
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    try {
      tokens = await client.authorizationCodeGrant(configuration, callback, {
        pkceCodeVerifier: secrets.codeVerifier,
        expectedState: secrets.state,
        expectedNonce: secrets.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      throw toOidcError(error, 'the provider’s answer was refused');
    }
    const claims = tokens.claims();
    if (!tokens.id_token || !claims) throw new OidcError('failed', 'the provider sent no ID token');
    const subject = claims.sub;
    return {
      idToken: tokens.id_token,
      claims: { ...claims },
      userinfo: async () => {
        if (!configuration.serverMetadata().userinfo_endpoint) return null;
        try {
          return { ...(await client.fetchUserInfo(configuration, tokens.access_token, subject)) };
        } catch (error) {
          throw toOidcError(error, 'userinfo');
        }
      },
    };
  }

  /**
   * The provider's RP-initiated logout for a session of this ID token, coming back to the sign-in page; null when
   * the provider offers none (or cannot be reached: the product's own session has ended either way).
   */
  async endSessionUrl(idToken: string): Promise<URL | null> {
    try {
      const configuration = await this.discovered();
      if (!configuration.serverMetadata().end_session_endpoint) return null;
      return openIdClient().buildEndSessionUrl(configuration, {
        id_token_hint: idToken,
        post_logout_redirect_uri: this.settings.postLogoutRedirectUri,
      });
    } catch (error) {
      this.logger.warn(`No sign-out at the provider: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  }

  private discovered(): Promise<OpenIdClient.Configuration> {
    this.configuration ??= this.discover().catch((error: unknown) => {
      this.configuration = null;
      throw toOidcError(error, `discovery of ${this.settings.issuer}`);
    });
    return this.configuration;
  }

  private async discover(): Promise<OpenIdClient.Configuration> {
    const client = openIdClient();
    const insecure = new URL(this.settings.issuer).protocol === 'http:';
    const secret = this.settings.clientSecret;
    const configuration = await client.discovery(
      new URL(this.settings.issuer),
      this.settings.clientId,
      secret ? { client_secret: secret } : {},
      secret ? client.ClientSecretBasic(secret) : client.None(),
      {
        timeout: REQUEST_TIMEOUT_SECONDS,
        // http only on a loopback address, which the settings check enforced.
        execute: [...(insecure ? [client.allowInsecureRequests] : []), client.enableNonRepudiationChecks],
      },
    );
    this.logger.log(`Provider ${this.settings.issuer} discovered`);
    return configuration;
  }
}
