import type { FastifyInstance } from 'fastify';
import type { AuthenticatedRequest } from './request-context';

/**
 * Keeps API answers out of browser and proxy caches: every answer to a signed-in caller carries
 * `Cache-Control: no-store` (they hold personal data — names, e-mail addresses, the audit log — that must not stay
 * on a shared office computer or in a proxy), whatever the route set; anonymous answers too, unless their route
 * chose a policy (the public data revalidated with `no-cache`). The server's own answer cache is unaffected.
 */
export function keepApiAnswersOutOfCaches(fastify: FastifyInstance, apiPrefix: string): void {
  fastify.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith(apiPrefix)) return payload;
    if ((request as AuthenticatedRequest).principal || !reply.hasHeader('cache-control')) {
      reply.header('cache-control', 'no-store');
    }
    return payload;
  });
}
