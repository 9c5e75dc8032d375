/** Where the dashboard goes after signing in when no (usable) return address was given. */
export const DEFAULT_AFTER_SIGN_IN = '/overview';

/**
 * Accepts only a path inside the dashboard: one leading slash, not `//host` or `/\host` (which browsers treat
 * as another host), no control characters, and not the login page itself (which would loop).
 */
export function safeReturnUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 2000) {
    return null;
  }
  // eslint-disable-next-line no-control-regex
  if (!/^\/(?![/\\])/.test(value) || /[\u0000-\u001f\u007f\\]/.test(value)) {
    return null;
  }
  if (/^\/login(?:[/?#]|$)/.test(value)) {
    return null;
  }
  return value;
}
