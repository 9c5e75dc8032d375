import {
  PASSWORD_LOGIN_MODES,
  type PasswordLogin,
  USER_ROLES,
  type UserRole,
} from '@leitbild-monitor/shared/contracts';

/** What one value of the role claim grants: a role, and for an editor of one actor that actor (by name or id). */
export interface OidcRoleGrant {
  role: UserRole;
  actor: string | null;
}

/** Single sign-on with the administration's OpenID Connect provider (docs/sso.md). */
export interface OidcConfig {
  issuer: string;
  clientId: string;
  /** null: a public client, which authenticates by PKCE alone. */
  clientSecret: string | null;
  scopes: string;
  /** Where the role is in the claims: a claim name, or a dotted path such as `realm_access.roles`. */
  roleClaim: string;
  /** Claim value → what it grants, in the order of OIDC_ROLE_MAP. */
  roleMap: [string, OidcRoleGrant][];
  /** The sign-in button's text; null: the dashboard's own ("Mit Dienstkonto anmelden"). */
  label: string | null;
  /** PUBLIC_URL + /api/v1/auth/oidc/callback. */
  redirectUri: string;
  /** Where the provider sends the browser after signing out there: the dashboard's sign-in page. */
  postLogoutRedirectUri: string;
}

/** The single sign-on settings as read from the environment, before their rules are checked. */
export interface SsoVariables {
  PUBLIC_URL?: string;
  PASSWORD_LOGIN?: string;
  OIDC_ISSUER?: string;
  OIDC_CLIENT_ID?: string;
  OIDC_CLIENT_SECRET?: string;
  OIDC_SCOPES?: string;
  OIDC_ROLE_CLAIM?: string;
  OIDC_ROLE_MAP?: string;
  OIDC_LABEL?: string;
}

export const SSO_ENV_KEYS = [
  'PUBLIC_URL',
  'PASSWORD_LOGIN',
  'OIDC_ISSUER',
  'OIDC_CLIENT_ID',
  'OIDC_CLIENT_SECRET',
  'OIDC_SCOPES',
  'OIDC_ROLE_CLAIM',
  'OIDC_ROLE_MAP',
  'OIDC_LABEL',
] as const;

export const DEFAULT_OIDC_SCOPES = 'openid profile email';
export const DEFAULT_OIDC_ROLE_CLAIM = 'groups';
export const OIDC_CALLBACK_PATH = '/api/v1/auth/oidc/callback';

const MAX_ROLE_MAP_ENTRIES = 500;
const MAX_CLAIM_VALUE_LENGTH = 500;
const MAX_ACTOR_LENGTH = 200;
const MAX_LABEL_LENGTH = 100;

/** Loopback addresses, where plain http stays on the machine (trials, tests). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** https://, or http:// on a loopback address only; no credentials, query or fragment. */
function isSecureOrLoopbackUrl(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
}

function hasNoExtras(url: URL): boolean {
  return url.username === '' && url.password === '' && url.search === '' && url.hash === '';
}

/** The product's address as people reach it, without a trailing slash; null with a problem when malformed. */
export function parsePublicUrl(value: string | undefined, problems: string[]): string | null {
  if (value === undefined) return null;
  const url = parseUrl(value);
  if (!url || !['http:', 'https:'].includes(url.protocol) || !hasNoExtras(url)) {
    problems.push(
      'PUBLIC_URL must be the address people reach the product at, e.g. https://leitbild.example.org (http or https, no query)',
    );
    return null;
  }
  return url.href.replace(/\/+$/, '');
}

/** Reads OIDC_ROLE_MAP: a JSON object from claim value to a role or to `{ "role", "actor" }`. */
export function parseRoleMap(value: string, problems: string[]): [string, OidcRoleGrant][] {
  const rule =
    'OIDC_ROLE_MAP must be a JSON object from claim value to a role (admin, editor, reviewer, viewer) or to ' +
    '{ "role": "editor", "actor": "<actor name or id>" }, e.g. {"lbm-admins": "admin", "lbm-editors": "editor"}';
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    problems.push(`${rule}; it is not valid JSON`);
    return [];
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || Object.keys(parsed).length === 0) {
    problems.push(`${rule}; it is not an object with at least one entry`);
    return [];
  }
  const entries = Object.entries(parsed as Record<string, unknown>);
  if (entries.length > MAX_ROLE_MAP_ENTRIES) {
    problems.push(`OIDC_ROLE_MAP may have at most ${MAX_ROLE_MAP_ENTRIES} entries`);
    return [];
  }
  const map: [string, OidcRoleGrant][] = [];
  for (const [claimValue, grant] of entries) {
    const name = JSON.stringify(claimValue);
    if (claimValue.trim() === '' || claimValue.length > MAX_CLAIM_VALUE_LENGTH) {
      problems.push(`OIDC_ROLE_MAP: the claim value ${name} must be 1 to ${MAX_CLAIM_VALUE_LENGTH} characters long`);
      continue;
    }
    const role = typeof grant === 'string' ? grant : (grant as { role?: unknown } | null)?.role;
    const actor = typeof grant === 'object' && grant !== null ? (grant as { actor?: unknown }).actor : undefined;
    const extra =
      typeof grant === 'object' && grant !== null && !Array.isArray(grant)
        ? Object.keys(grant).filter((key) => key !== 'role' && key !== 'actor')
        : [];
    if (typeof role !== 'string' || !(USER_ROLES as readonly string[]).includes(role) || extra.length > 0) {
      problems.push(
        `OIDC_ROLE_MAP: the entry ${name} must be one of ${USER_ROLES.join(', ')} or { "role": …, "actor": … }`,
      );
      continue;
    }
    if (
      actor !== undefined &&
      actor !== null &&
      (typeof actor !== 'string' || actor.trim() === '' || actor.length > MAX_ACTOR_LENGTH)
    ) {
      problems.push(`OIDC_ROLE_MAP: the actor of ${name} must be an actor's name or id (1 to 200 characters)`);
      continue;
    }
    map.push([claimValue, { role: role as UserRole, actor: typeof actor === 'string' ? actor.trim() : null }]);
  }
  return map;
}

/**
 * Checks the single sign-on settings together and returns them: all-or-nothing (issuer, client id and role map
 * come together), an issuer over https (http only on a loopback address), PUBLIC_URL for the redirect URI.
 * Every problem is added to `problems`, naming the variable.
 */
export function parseSsoSettings(
  env: SsoVariables,
  problems: string[],
): { publicUrl: string | null; passwordLogin: PasswordLogin; oidc: OidcConfig | null } {
  const before = problems.length;
  const publicUrl = parsePublicUrl(env.PUBLIC_URL, problems);
  const passwordLogin = (env.PASSWORD_LOGIN ?? 'all') as PasswordLogin;
  if (!(PASSWORD_LOGIN_MODES as readonly string[]).includes(passwordLogin))
    problems.push('PASSWORD_LOGIN must be all (default), admins (administrators only) or off');

  const required = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_ROLE_MAP'] as const;
  const optional = ['OIDC_CLIENT_SECRET', 'OIDC_SCOPES', 'OIDC_ROLE_CLAIM', 'OIDC_LABEL'] as const;
  const given = required.filter((key) => env[key] !== undefined);
  if (given.length === 0) {
    const stray = optional.filter((key) => env[key] !== undefined);
    if (stray.length > 0)
      problems.push(`${stray.join(', ')} set without OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_ROLE_MAP (single sign-on)`);
    if (passwordLogin === 'off')
      problems.push('PASSWORD_LOGIN=off needs single sign-on (OIDC_ISSUER, …): nobody could sign in otherwise');
    return { publicUrl, passwordLogin, oidc: null };
  }
  if (given.length < required.length) {
    const missing = required.filter((key) => env[key] === undefined);
    problems.push(
      `${missing.join(', ')} must be set too: single sign-on needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_ROLE_MAP`,
    );
  }

  const issuerUrl = env.OIDC_ISSUER !== undefined ? parseUrl(env.OIDC_ISSUER) : null;
  if (env.OIDC_ISSUER !== undefined && (!issuerUrl || !isSecureOrLoopbackUrl(issuerUrl) || !hasNoExtras(issuerUrl)))
    problems.push(
      'OIDC_ISSUER must be the provider’s issuer URL over https:// (e.g. https://login.example.org/realms/staff); ' +
        'http:// only on a loopback address (http://127.0.0.1:8080, http://localhost:8080)',
    );
  const clientId = env.OIDC_CLIENT_ID?.trim() ?? '';
  if (env.OIDC_CLIENT_ID !== undefined && (clientId === '' || clientId.length > 255))
    problems.push('OIDC_CLIENT_ID must be the client id registered at the provider (1 to 255 characters)');
  const scopes = (env.OIDC_SCOPES ?? DEFAULT_OIDC_SCOPES).trim().split(/\s+/);
  if (!scopes.includes('openid') || !scopes.every((scope) => /^[\x21\x23-\x5b\x5d-\x7e]{1,100}$/.test(scope)))
    problems.push('OIDC_SCOPES must be scopes separated by spaces, among them openid (default: openid profile email)');
  const roleClaim = (env.OIDC_ROLE_CLAIM ?? DEFAULT_OIDC_ROLE_CLAIM).trim();
  if (roleClaim === '' || roleClaim.length > 300 || roleClaim.split('.').some((part) => part === ''))
    problems.push('OIDC_ROLE_CLAIM must name a claim or a dotted path to one, e.g. groups, realm_access.roles or role');
  const roleMap = env.OIDC_ROLE_MAP !== undefined ? parseRoleMap(env.OIDC_ROLE_MAP, problems) : [];
  const label = env.OIDC_LABEL?.trim() || null;
  if (label !== null && label.length > MAX_LABEL_LENGTH)
    problems.push(`OIDC_LABEL must be at most ${MAX_LABEL_LENGTH} characters long`);
  if (env.PUBLIC_URL === undefined)
    problems.push(
      'PUBLIC_URL must be set with OIDC_ISSUER: the redirect URI is PUBLIC_URL + /api/v1/auth/oidc/callback',
    );
  else if (publicUrl !== null && !isSecureOrLoopbackUrl(new URL(publicUrl)))
    problems.push(
      'PUBLIC_URL must be https:// with single sign-on (the provider sends the sign-in back to it); http:// only on a loopback address',
    );

  if (problems.length > before || !issuerUrl || publicUrl === null) return { publicUrl, passwordLogin, oidc: null };
  return {
    publicUrl,
    passwordLogin,
    oidc: {
      issuer: env.OIDC_ISSUER as string,
      clientId,
      clientSecret: env.OIDC_CLIENT_SECRET || null,
      scopes: scopes.join(' '),
      roleClaim,
      roleMap,
      label,
      redirectUri: `${publicUrl}${OIDC_CALLBACK_PATH}`,
      postLogoutRedirectUri: `${publicUrl}/login`,
    },
  };
}
