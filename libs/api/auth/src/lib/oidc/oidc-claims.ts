import type { OidcRoleGrant } from '@leitbild-monitor/api/platform';
import { TEXT_LIMITS, USER_ROLES } from '@leitbild-monitor/shared/contracts';

/** Claims as the provider sent them (ID token or userinfo). */
export type Claims = Record<string, unknown>;

/**
 * The value at a claim path: a claim of exactly that name first (AD FS names claims by URI, dots included, e.g.
 * `http://schemas.microsoft.com/ws/2008/06/identity/claims/role`), else the dotted path through nested objects
 * (`realm_access.roles`, `resource_access.leitbild-monitor.roles`). undefined when there is none.
 */
export function claimAt(claims: Claims | null | undefined, path: string): unknown {
  if (!claims) return undefined;
  if (Object.prototype.hasOwnProperty.call(claims, path)) return claims[path];
  let current: unknown = claims;
  for (const part of path.split('.')) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, part)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** The values of a role claim as strings: one value or a list (groups, roles); anything else counts as none. */
export function claimValues(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list
    .filter((item): item is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof item))
    .map(String);
}

/**
 * What the claim values grant through the role map: of the entries whose claim value the user has, the one with
 * the most rights (admin, editor, reviewer, viewer); among equal roles the first in the map's order. null: none.
 */
export function grantFor(values: readonly string[], roleMap: readonly [string, OidcRoleGrant][]): OidcRoleGrant | null {
  const held = new Set(values);
  let best: OidcRoleGrant | null = null;
  for (const [value, grant] of roleMap) {
    if (!held.has(value)) continue;
    if (!best || USER_ROLES.indexOf(grant.role) < USER_ROLES.indexOf(best.role)) best = grant;
  }
  return best;
}

const looksLikeEmail = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= TEXT_LIMITS.email && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim().replace(/\s+/g, ' ') : null;

/**
 * E-mail address and name from the claims of the first source that has them: `email` (AD FS may send only `upn`,
 * Keycloak's `preferred_username` is often the address); the name from `name`, else given and family name, else
 * the user name, else the address. Cut to the columns' lengths.
 */
export function profileOf(...sources: (Claims | null | undefined)[]): { email: string | null; name: string | null } {
  const first = (read: (claims: Claims) => string | null) => {
    for (const claims of sources) {
      const value = claims ? read(claims) : null;
      if (value) return value;
    }
    return null;
  };
  const email = first(
    (claims) => [claims['email'], claims['upn'], claims['preferred_username']].find(looksLikeEmail)?.trim() ?? null,
  );
  const name =
    first((claims) => text(claims['name'])) ??
    first((claims) => text([claims['given_name'], claims['family_name']].filter(text).join(' '))) ??
    first((claims) => text(claims['preferred_username'])) ??
    email;
  return {
    email: email ? [...email.toLowerCase()].slice(0, TEXT_LIMITS.email).join('') : null,
    name: name ? [...name].slice(0, 200).join('') : null,
  };
}
