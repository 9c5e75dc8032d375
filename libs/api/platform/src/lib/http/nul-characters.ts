import type { FastifyInstance } from 'fastify';
import { toApiError } from './api-exception.filter';

/** The path of the first string (or key) that contains U+0000, or null. */
export function findNulCharacter(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (typeof value !== 'object' || value === null || depth > 32) return null;
  for (const [key, item] of Object.entries(value)) {
    const itemPath = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    if (key.includes('\u0000')) return itemPath;
    const found = findNulCharacter(item, itemPath, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * PostgreSQL cannot store U+0000 in text and answers such a parameter with an error; no legitimate input
 * contains it. Every request with one in its path, query or body gets a 400 naming where, on both databases.
 */
export function rejectNulCharacters(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', async (request, reply) => {
    const where =
      findNulCharacter(request.params, '') ?? findNulCharacter(request.query, '') ?? findNulCharacter(request.body, '');
    const inPath = where === null && request.url.toLowerCase().includes('%00');
    if (where !== null || inPath) {
      await reply.status(400).send(toApiError(400, [`${where || 'the request path'} must not contain NUL characters`]));
    }
  });
}
