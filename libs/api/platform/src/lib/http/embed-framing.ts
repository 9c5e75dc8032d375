import type { FastifyInstance, FastifyReply } from 'fastify';

/** The one page other sites may frame: the public summary charts (docs/public-site.md, "Embedding"). */
export const EMBED_PAGE_PATH = '/public/embed';

/** The `frame-ancestors` sources for the embed page: the allowed origins, or `'none'` when there are none. */
export function embedFrameAncestors(origins: readonly string[]): string {
  return origins.length > 0 ? origins.join(' ') : "'none'";
}

/**
 * Lets the sites named in EMBED_ALLOWED_ORIGINS frame the embed page, and only that page: its answer gets
 * `frame-ancestors` with those origins in the Content-Security-Policy helmet wrote, and no `X-Frame-Options` (whose
 * SAMEORIGIN would refuse them in browsers that read it). Every other answer keeps `frame-ancestors 'none'`.
 */
export function allowEmbedding(fastify: FastifyInstance, origins: readonly string[]): void {
  const sources = embedFrameAncestors(origins);
  fastify.addHook('onSend', async (request, reply, payload) => {
    if (request.url.split('?')[0] !== EMBED_PAGE_PATH) return payload;
    const policy = reply.getHeader('content-security-policy');
    if (typeof policy === 'string') {
      void reply.header(
        'content-security-policy',
        policy.replace(/frame-ancestors [^;]*/, `frame-ancestors ${sources}`),
      );
    }
    if (origins.length > 0) removeHeader(reply, 'x-frame-options');
    return payload;
  });
}

/** Helmet writes its headers on the raw response, Fastify keeps its own: both must go. */
function removeHeader(reply: FastifyReply, name: string): void {
  reply.removeHeader(name);
  reply.raw.removeHeader(name);
}
