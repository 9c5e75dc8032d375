import type {
  OpenAPIObject,
  OperationObject,
  ResponseObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { PROBLEM_CODES } from '@leitbild-monitor/shared/contracts';
import { OPENAPI_PUBLIC_MARK } from '../http/request-context';
import { ERROR_DESCRIPTIONS, ERROR_RESPONSE_REF, ERROR_RESPONSE_SCHEMA } from './api-responses';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const WRITE_METHODS = new Set(['post', 'put', 'patch', 'delete']);

/** The name of the schema of a problem's code: the closed set PROBLEM_CODES of the shared contracts. */
export const PROBLEM_CODE_SCHEMA = 'ProblemCode';

/** The codes of PROBLEM_CODES, with the parameters each code's problems carry. */
export const PROBLEM_CODE_SCHEMA_OBJECT: SchemaObject = {
  type: 'string',
  enum: [...PROBLEM_CODES],
  description:
    'What is wrong, one code per rule (`PROBLEM_CODES` in the shared contracts). Parameters: ' +
    '`too_long` `{ max }`, `too_short` `{ min }`, `too_small` `{ min }`, `too_large` `{ max }`, ' +
    '`too_many_items` `{ max }`, `page_limit` `{ max }`, `nesting_too_deep` `{ max }`, ' +
    '`not_allowed_value` `{ allowed }`, ' +
    '`date_before_start` `{ other }`, `not_earlier` `{ other, otherDate }`, `period_too_long` `{ max }` (years), ' +
    '`illegal_transition` `{ from, to, allowed }`, `note_required` `{ status }`, `version_mismatch` `{ current }`, ' +
    '`edit_window_closed` `{ minutes }`, `rate_limited` `{ minutes }` (sign-in), `too_many_rows` `{ max }`, ' +
    '`too_many_columns` `{ max }`, `payload_too_large` `{ max }` (bytes, where known), `column_required` `{ column }`, ' +
    '`duplicate_column` `{ column }`, `duplicate_id` `{ row }`, `duplicate_entry` `{ row }`, ' +
    '`file_unreadable` `{ line }` (where known). Every other code has no parameters.',
};

/** `ProblemParams` of the shared contracts: the parameters of a problem code, e.g. `{ "max": 200 }`. */
export const PROBLEM_PARAMS_SCHEMA = {
  type: 'object' as const,
  description: 'The parameters of the code, e.g. `{ "max": 200 }`.',
  additionalProperties: {
    anyOf: [
      { type: 'string', nullable: true },
      { type: 'number' },
      { type: 'boolean' },
      { type: 'array', items: { type: 'string' } },
    ],
  },
};

/** The error body of every 4xx answer (`ApiError` of the shared contracts). */
export const ERROR_RESPONSE_SCHEMA_OBJECT: SchemaObject = {
  type: 'object',
  description: 'The body of every error answer. `message` is for people; clients act on `statusCode` and `problems`.',
  required: ['statusCode', 'error', 'message', 'problems'],
  properties: {
    statusCode: { type: 'integer', description: 'The HTTP status, repeated.', example: 400 },
    error: { type: 'string', description: 'The status text, e.g. `Bad Request`.', example: 'Bad Request' },
    message: {
      description: 'What went wrong, in English; one sentence per problem for validation errors.',
      oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
    },
    problems: {
      type: 'array',
      description: 'Each problem as data: the field (null for the request as a whole), a code and its parameters.',
      items: {
        type: 'object',
        required: ['field', 'code', 'params'],
        properties: {
          field: { type: 'string', nullable: true, example: 'plannedEnd' },
          code: { $ref: `#/components/schemas/${PROBLEM_CODE_SCHEMA}` },
          params: PROBLEM_PARAMS_SCHEMA,
        },
      },
    },
  },
};

/**
 * Completes what the decorators cannot say route by route, from the rules that hold for every route:
 * - public operations (`@Public()`) need no credentials (`security: []`);
 * - every other operation may answer 401, and writes 403 (CSRF header, roles);
 * - every operation may answer 429 (the rate limit is global) and 503 (the database cannot be used right now);
 *   with parameters or a body 400 (validation);
 *   with a path parameter 404; with a body 413 and 415;
 * - every error answer carries the `ErrorResponse` body.
 */
export function completeOpenApiDocument(document: OpenAPIObject): OpenAPIObject {
  document.components = document.components ?? {};
  document.components.schemas = {
    ...document.components.schemas,
    [ERROR_RESPONSE_SCHEMA]: ERROR_RESPONSE_SCHEMA_OBJECT,
    [PROBLEM_CODE_SCHEMA]: PROBLEM_CODE_SCHEMA_OBJECT,
  };
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method] as (OperationObject & Record<string, unknown>) | undefined;
      if (!operation) continue;
      const isPublic = operation[OPENAPI_PUBLIC_MARK] === true;
      delete operation[OPENAPI_PUBLIC_MARK];
      if (isPublic) operation.security = [];
      const statuses = [429, 503];
      if (!isPublic) statuses.push(401);
      if (!isPublic && WRITE_METHODS.has(method)) statuses.push(403);
      if ((operation.parameters ?? []).length > 0 || operation.requestBody) statuses.push(400);
      if (path.includes('{')) statuses.push(404);
      if (operation.requestBody) statuses.push(413, 415);
      for (const status of statuses) {
        operation.responses[status] ??= { description: ERROR_DESCRIPTIONS[status] };
      }
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) < 400 || !response || '$ref' in response) continue;
        const answer = response as ResponseObject;
        answer.content ??= { 'application/json': { schema: ERROR_RESPONSE_REF } };
      }
      operation.responses = sortedByStatus(operation.responses);
    }
  }
  return document;
}

function sortedByStatus<T>(responses: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)));
}
