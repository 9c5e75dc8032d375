/** Roles, from most to least rights. */
export const USER_ROLES = ['admin', 'editor', 'reviewer', 'viewer'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const PASSWORD_LIMITS = { min: 8, max: 128 } as const;

export interface User {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  /** The actor the user works for; an editor with one may change only that actor's measures. */
  actorId: string | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface CreateUserRequest {
  email: string;
  name: string;
  role: UserRole;
  password: string;
  actorId?: string | null;
}

export interface UpdateUserRequest {
  name?: string;
  role?: UserRole;
  actorId?: string | null;
  active?: boolean;
}

export interface ResetPasswordRequest {
  password: string;
}

export interface ChangeOwnPasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export interface ApiToken {
  id: string;
  name: string;
  /** The first characters of the token, to recognise it; the token itself is shown only once. */
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface CreateApiTokenRequest {
  name: string;
}

export interface CreatedApiToken {
  id: string;
  token: string;
}

/** Who may sign in with a password (setting PASSWORD_LOGIN): everyone, administrators only, or nobody. */
export const PASSWORD_LOGIN_MODES = ['all', 'admins', 'off'] as const;
export type PasswordLogin = (typeof PASSWORD_LOGIN_MODES)[number];

/** `GET /auth/providers`: what the sign-in page offers. */
export interface AuthProviders {
  password: PasswordLogin;
  /** Single sign-on with the administration's OpenID Connect provider; null when not configured. */
  oidc: {
    /** The button's text (OIDC_LABEL); null: the dashboard's own ("Mit Dienstkonto anmelden"). */
    label: string | null;
    /** Where the browser goes to sign in; add `?returnTo=<dashboard path>`. */
    loginUrl: string;
  } | null;
}

/** `POST /auth/logout` of a single sign-on session: the browser goes on to the provider to sign out there too. */
export interface LogoutResult {
  redirectTo: string;
}

/**
 * Why a single sign-on ended without a session: the `sso` query parameter of the sign-in page it returns to.
 * `failed`: the provider's answer did not check out (state, code, nonce, issuer, audience, signature) or came too
 * late; `unavailable`: the provider could not be reached; `cancelled`: the user cancelled at the provider;
 * `no_role`: the account's claims map to no role; `inactive`: the account is deactivated here;
 * `email_taken`: another account of the product has the e-mail address; `misconfigured`: the role map names an
 * unknown actor, or the provider sent no e-mail address.
 */
export const SSO_REFUSAL_REASONS = [
  'failed',
  'unavailable',
  'cancelled',
  'no_role',
  'inactive',
  'email_taken',
  'misconfigured',
] as const;
export type SsoRefusalReason = (typeof SSO_REFUSAL_REASONS)[number];
