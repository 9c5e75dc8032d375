import type { OpenAPIObject } from '@nestjs/swagger';
import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';

/**
 * Checks every answer of the in-process API against the OpenAPI document the API serves: the status must be
 * documented for the operation, the content type too, and a JSON body must match the documented schema — where
 * an object schema lists its properties, no others may be sent (so the document cannot lag behind the API).
 * Mismatches are collected here and fail the test that caused them (see openapi-response-check.setup.ts).
 */
const mismatches: string[] = [];

/** The mismatches since the last call. */
export function takeResponseMismatches(): string[] {
  return mismatches.splice(0, mismatches.length);
}

const DOCUMENT_ID = 'openapi.json';

export function checkResponsesAgainstDocument(fastify: FastifyInstance, document: OpenAPIObject): void {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const strict = JSON.parse(JSON.stringify(document).replace(/"#\/components\//g, `"${DOCUMENT_ID}#/components/`));
  closeObjectSchemas(strict.components);
  allowNullReferences(strict.components);
  ajv.addSchema({ $id: DOCUMENT_ID, components: strict.components });
  const validators = new Map<string, ValidateFunction>();

  fastify.addHook('onSend', async (request, reply, payload) => {
    const route = request.routeOptions.url;
    if (!route) return payload;
    const path = route.replace(/:(\w+)/g, '{$1}');
    const method = request.method.toLowerCase();
    const operation = strict.paths[path]?.[method];
    if (!operation) return payload; // not part of the API (dashboard files, API reference pages)
    const where = `${request.method} ${request.url} → ${reply.statusCode}`;
    const status = String(reply.statusCode);
    const responses = operation.responses ?? {};
    const response = responses[status] ?? responses[`${status[0]}XX`] ?? responses.default;
    if (!response) {
      mismatches.push(`${where}: status ${status} is not documented for ${method.toUpperCase()} ${path}`);
      return payload;
    }
    const body = typeof payload === 'string' || Buffer.isBuffer(payload) ? payload.toString() : null;
    const hasBody = payload !== null && payload !== undefined && body !== '';
    if (!hasBody) return payload;
    const contentType = mediaType(String(reply.getHeader('content-type') ?? ''));
    const documented = Object.entries((response.content ?? {}) as Record<string, { schema?: object }>).find(
      ([type]) => mediaType(type) === contentType,
    );
    if (!documented) {
      mismatches.push(
        `${where}: content type ${contentType || '(none)'} is not documented (documented: ` +
          `${Object.keys(response.content ?? {}).join(', ') || 'no body'})`,
      );
      return payload;
    }
    const [, media] = documented;
    if (contentType !== 'application/json' || body === null || !media.schema) return payload;
    const key = `${method} ${path} ${status}`;
    let validate = validators.get(key);
    if (!validate) {
      validate = ajv.compile(media.schema);
      validators.set(key, validate);
    }
    if (!validate(JSON.parse(body))) {
      const errors = (validate.errors ?? [])
        .slice(0, 5)
        .map((error) => `${error.instancePath || '/'} ${error.message} ${JSON.stringify(error.params)}`);
      mismatches.push(`${where}: the body does not match the documented schema:\n  ${errors.join('\n  ')}`);
    }
    return payload;
  });
}

function mediaType(value: string): string {
  return value.split(';')[0].trim().toLowerCase();
}

/**
 * Object schemas that list their properties get `additionalProperties: false` (unless they say otherwise), so an
 * answer with an undocumented field fails. Members of an `allOf` are left open: they describe part of an object.
 */
function closeObjectSchemas(node: unknown, isAllOfMember = false): void {
  if (Array.isArray(node)) {
    for (const item of node) closeObjectSchemas(item, isAllOfMember);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const schema = node as Record<string, unknown>;
  if (schema['properties'] && !isAllOfMember && schema['additionalProperties'] === undefined) {
    schema['additionalProperties'] = false;
  }
  for (const [key, value] of Object.entries(schema)) {
    closeObjectSchemas(value, key === 'allOf');
  }
}

/**
 * `{ nullable: true, allOf: [{ $ref }] }` is how @nestjs/swagger writes a nullable reference in OpenAPI 3.0, and how
 * client generators read `X | null`; JSON Schema validators apply `nullable` only to `type`, so the reference
 * would still refuse null. Rewritten here as "null, or the referenced schema".
 */
function allowNullReferences(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) allowNullReferences(item);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const schema = node as Record<string, unknown>;
  for (const value of Object.values(schema)) allowNullReferences(value);
  if (schema['nullable'] === true && Array.isArray(schema['allOf'])) {
    const allOf = schema['allOf'];
    delete schema['allOf'];
    delete schema['nullable'];
    delete schema['type'];
    schema['anyOf'] = [{ type: 'null' }, { allOf }];
  }
}
