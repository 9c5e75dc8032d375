import type { FastifyInstance } from 'fastify';
import { toApiError } from './api-exception.filter';
import { problem, ProblemWithMessage } from './api-problem.exception';

/** Deeper JSON than any request of the API needs; deeper input would overflow the stack of the DTO mapping. */
export const MAX_INPUT_DEPTH = 16;

/**
 * What is wrong with a parsed input, naming where: a string or key with U+0000 (PostgreSQL cannot store it),
 * one that is not well-formed Unicode (a lone surrogate cannot be encoded as UTF-8), or nesting deeper than
 * MAX_INPUT_DEPTH. Null when the input is fine.
 */
export function unsafeInputProblem(value: unknown, path: string): string | null {
  return findUnsafeInput(value, path, 0)?.message ?? null;
}

/** The same as a problem (`invalid_text` or `nesting_too_deep`, at the field's path) with its sentence. */
export function findUnsafeInput(value: unknown, path: string, depth = 0): ProblemWithMessage | null {
  if (typeof value === 'string') return textProblem(value, path || 'the request', path);
  if (typeof value !== 'object' || value === null) return null;
  if (depth >= MAX_INPUT_DEPTH) {
    return {
      problem: problem('nesting_too_deep', path || null, { max: MAX_INPUT_DEPTH }),
      message: `${path || 'the body'} is nested more than ${MAX_INPUT_DEPTH} levels deep`,
    };
  }
  for (const [key, item] of Object.entries(value)) {
    const itemPath = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    const found =
      textProblem(key, `the key ${JSON.stringify(itemPath)}`, itemPath) ?? findUnsafeInput(item, itemPath, depth + 1);
    if (found) return found;
  }
  return null;
}

/** A high surrogate without its low half, or a low one without its high half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function textProblem(text: string, where: string, field: string): ProblemWithMessage | null {
  const found = (message: string) => ({ problem: problem('invalid_text', field || null), message });
  if (text.includes('\u0000')) return found(`${where} must not contain NUL characters`);
  if (LONE_SURROGATE.test(text)) return found(`${where} must be well-formed Unicode text`);
  return null;
}

/**
 * Checks path parameters, query and body of every request before anything else sees them, and answers
 * unsafe input with a 400 naming where — the same on both databases.
 */
export function rejectUnsafeInput(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', async (request, reply) => {
    const found =
      findUnsafeInput(request.params, '') ??
      findUnsafeInput(request.query, '') ??
      findUnsafeInput(request.body, '') ??
      (request.url.toLowerCase().includes('%00')
        ? { problem: problem('invalid_text'), message: 'the request path must not contain NUL characters' }
        : null);
    if (found) await reply.status(400).send(toApiError(400, [found.message], [found.problem]));
  });
}
