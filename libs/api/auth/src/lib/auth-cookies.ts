import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'lbm_session';
/** Angular's HttpClient reads this cookie and sends its value back as X-XSRF-TOKEN. */
export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'x-xsrf-token';

function baseOptions(request: FastifyRequest) {
  return { path: '/', sameSite: 'strict' as const, secure: request.protocol === 'https' };
}

export function setSessionCookies(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  csrfToken: string,
): void {
  void reply.setCookie(SESSION_COOKIE, token, { ...baseOptions(request), httpOnly: true });
  setXsrfCookie(request, reply, csrfToken);
}

/** Readable by the dashboard's script on purpose: that is how the double-submit check works. */
export function setXsrfCookie(request: FastifyRequest, reply: FastifyReply, csrfToken: string): void {
  void reply.setCookie(XSRF_COOKIE, csrfToken, { ...baseOptions(request), httpOnly: false });
}

export function clearSessionCookies(request: FastifyRequest, reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, { ...baseOptions(request), httpOnly: true });
  void reply.clearCookie(XSRF_COOKIE, baseOptions(request));
}
