import { isDashboardPath } from '@leitbild-monitor/shared/contracts';

/** Where a sign-in goes when it was given no usable place: the overview, as after a password sign-in. */
export const DEFAULT_RETURN_TO = '/overview';

const MAX_LENGTH = 2000;

/**
 * `returnTo` of a single sign-on, accepted only as a page of this dashboard: one leading slash (not `//host` or
 * `/\host`, which browsers read as another host), no backslashes, control characters or dot segments (also not
 * percent-encoded ones, which browsers resolve), a path the dashboard has (`isDashboardPath`: not `/api/…`), and
 * not the sign-in page itself. Anything else is ignored: the default is used instead.
 */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length > MAX_LENGTH) return DEFAULT_RETURN_TO;
  // eslint-disable-next-line no-control-regex
  if (!/^\/(?![/\\])/.test(value) || /[\u0000-\u001f\u007f\\]/.test(value)) return DEFAULT_RETURN_TO;
  const path = value.split(/[?#]/)[0];
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return DEFAULT_RETURN_TO;
  }
  if (decoded.split('/').some((segment) => segment === '.' || segment === '..') || /[\\]|^\/\//.test(decoded))
    return DEFAULT_RETURN_TO;
  if (!isDashboardPath(path) || /^\/login(?:\/|$)/.test(path)) return DEFAULT_RETURN_TO;
  return value;
}
