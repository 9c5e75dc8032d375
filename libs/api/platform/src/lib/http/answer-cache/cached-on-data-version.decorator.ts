import { applyDecorators, SetMetadata, UseInterceptors } from '@nestjs/common';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';
import { CACHED_ON_DATA_VERSION } from './answer-cache';
import { AnswerCacheInterceptor } from './answer-cache.interceptor';

const ETAG_HEADER = {
  ETag: {
    description:
      'Names this answer; send it back in If-None-Match to get 304 while nothing has changed. Routes that return ' +
      "a measure answer with the measure's version, as If-Match expects.",
    schema: { type: 'string' },
  },
};

/**
 * Declares that a `GET` route's answer depends only on the data in the database (everything the `data_version`
 * triggers watch: catalogue, measures, their links and history), the URL with its query, today's date and whether
 * the route is public — never on who exactly is asking among those its guards let through. Its `200` answers are
 * then kept per instance and served again, after the same guards (rate limit, authentication, role check) and with
 * the same headers, until any write moves the data version; every answer carries an `ETag`, and `If-None-Match`
 * with the current one is answered `304` without a body. See `AnswerCacheModule`.
 *
 * The interceptor that keeps and serves the answers is attached here, to these routes only: Nest wraps every
 * interceptor of a route in `AsyncResource.bind` and an rxjs pipeline on every request, which a global interceptor
 * would cost the routes that never cache (a `PATCH` among them) too.
 */
export const CachedOnDataVersion = () =>
  applyDecorators(
    SetMetadata(CACHED_ON_DATA_VERSION, true),
    UseInterceptors(AnswerCacheInterceptor),
    ApiHeader({
      name: 'If-None-Match',
      required: false,
      description: 'ETag of an answer already held: 304 without a body while the data has not changed.',
    }),
    ApiResponse({ status: 200, description: 'The answer, with its ETag.', headers: ETAG_HEADER }),
    ApiResponse({
      status: 304,
      description: 'Not modified: the answer named in If-None-Match is still current.',
      headers: ETAG_HEADER,
    }),
  );
