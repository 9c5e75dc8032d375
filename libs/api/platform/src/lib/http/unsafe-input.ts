import type { FastifyInstance } from 'fastify';
import { toApiError } from './api-exception.filter';

/** Deeper JSON than any request of the API needs; deeper input would overflow the stack of the DTO mapping. */
export const MAX_INPUT_DEPTH = 16;

/**
 * What is wrong with a parsed input, naming where: a string or key with U+0000 (PostgreSQL cannot store it),
 * one that is not well-formed Unicode (a lone surrogate cannot be encoded as UTF-8), or nesting deeper than
 * MAX_INPUT_DEPTH. Null when the input is fine.
 */
export function unsafeInputProblem(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return textProblem(value, path || 'the request');
  if (typeof value !== 'object' || value === null) return null;
  if (depth >= MAX_INPUT_DEPTH) return `${path || 'the body'} is nested more than ${MAX_INPUT_DEPTH} levels deep`;
  for (const [key, item] of Object.entries(value)) {
    const itemPath = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    const problem =
      textProblem(key, `the key ${JSON.stringify(itemPath)}`) ?? unsafeInputProblem(item, itemPath, depth + 1);
    if (problem) return problem;
  }
  return null;
}

/** A high surrogate without its low half, or a low one without its high half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function textProblem(text: string, where: string): string | null {
  if (text.includes('\u0000')) return `${where} must not contain NUL characters`;
  if (LONE_SURROGATE.test(text)) return `${where} must be well-formed Unicode text`;
  return null;
}

/**
 * Checks path parameters, query and body of every request before anything else sees them, and answers
 * unsafe input with a 400 naming where — the same on both databases.
 */
export function rejectUnsafeInput(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', async (request, reply) => {
    const problem =
      unsafeInputProblem(request.params, '') ??
      unsafeInputProblem(request.query, '') ??
      unsafeInputProblem(request.body, '') ??
      (request.url.toLowerCase().includes('%00') ? 'the request path must not contain NUL characters' : null);
    if (problem) await reply.status(400).send(toApiError(400, [problem]));
  });
}
