import { applyDecorators, Type } from '@nestjs/common';
import { ApiExtraModels, ApiHeader, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import type { ReferenceObject, SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { PageDto } from './page.dto';

/** The name of the one error schema every 4xx answer of the document refers to. */
export const ERROR_RESPONSE_SCHEMA = 'ErrorResponse';
export const ERROR_RESPONSE_REF: ReferenceObject = { $ref: `#/components/schemas/${ERROR_RESPONSE_SCHEMA}` };

/** What each error status means in this API, as the document says it. */
export const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'The request is malformed or breaks a validation rule; `message` and `problems` name the field.',
  401: 'Not signed in, or the session or token has ended.',
  403: 'The role does not allow this, or a write with a session cookie lacks `X-XSRF-TOKEN`.',
  404: 'No such record (or not visible to the caller).',
  409: 'The change conflicts with the current state (a duplicate, or a transition the lifecycle does not allow).',
  412: 'Someone saved the record in between (`If-Match` is stale); nothing was written.',
  413: 'The request body is too large.',
  415: 'The content type is not accepted (JSON, or multipart for uploads).',
  422: 'The request is well-formed but cannot be carried out as a whole; nothing was written.',
  428: '`If-Match` is missing.',
  429: 'Too many requests from this client address; try again later.',
  503: 'The database cannot store or read data right now (a full disk, a lost connection); nothing was saved. Try again after `Retry-After` seconds.',
};

/** Error answers of an operation, each with the shared `ErrorResponse` body: `@ApiErrorResponses(404, 409)`. */
export function ApiErrorResponses(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({ status, description: ERROR_DESCRIPTIONS[status] ?? 'Error.', schema: ERROR_RESPONSE_REF }),
    ),
  );
}

/** The `ETag` header of answers that carry a record's version. */
export const ETAG_RESPONSE_HEADER = {
  ETag: {
    description: 'The version of the record, e.g. `"3"`; send it back in `If-Match` to change the record.',
    schema: { type: 'string' },
  },
};

/**
 * An optimistic-locking write: the `If-Match` header (required) and its answers — 412 when the version is stale,
 * 428 when the header is missing, 400 when it is not an entity tag.
 */
export function ApiIfMatch(): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiHeader({
      name: 'If-Match',
      required: true,
      description: 'ETag of the version the change is based on, e.g. `"3"`.',
      schema: { type: 'string' },
    }),
    ApiErrorResponses(400, 412, 428),
  );
}

/**
 * An answer with a JSON body of `type` (a DTO class, or `[DtoClass]` for a list): `@ApiJsonResponse(MeasureDto)`,
 * `@ApiJsonResponse(MeasureDto, { status: 201, headers: ETAG_RESPONSE_HEADER })`. The body is declared as a schema
 * reference instead of `type`, so a decorator that describes the same answer too (its headers, `@CachedOnDataVersion`)
 * adds to it whatever the order of the decorators, instead of replacing the body.
 */
export function ApiJsonResponse(
  type: Type<unknown> | [Type<unknown>],
  options: { status?: number; description?: string; headers?: Record<string, unknown> } = {},
): MethodDecorator & ClassDecorator {
  const model = Array.isArray(type) ? type[0] : type;
  const reference = { $ref: getSchemaPath(model) };
  return applyDecorators(
    ApiExtraModels(model),
    ApiResponse({
      status: options.status ?? 200,
      description: options.description ?? (options.status === 201 ? 'Created.' : 'OK.'),
      headers: options.headers as never,
      schema: Array.isArray(type) ? { type: 'array', items: reference } : reference,
    }),
  );
}

/** The schema of a page of `item`: the generic `Page` with its `items` narrowed to the item type. */
export function pageSchema(item: Type<unknown>): SchemaObject {
  return {
    allOf: [
      { $ref: getSchemaPath(PageDto) },
      {
        type: 'object',
        required: ['items'],
        properties: { items: { type: 'array', items: { $ref: getSchemaPath(item) } } },
      },
    ],
  };
}

/** `200` with a page of `item` (`Page<T>` of the shared contracts): `@ApiPageResponse(MeasureListItemDto)`. */
export function ApiPageResponse(item: Type<unknown>, description?: string): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(PageDto, item),
    ApiResponse({ status: 200, description: description ?? 'A page of the list.', schema: pageSchema(item) }),
  );
}
