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
