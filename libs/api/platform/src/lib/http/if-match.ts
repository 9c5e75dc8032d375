import { HttpStatus } from '@nestjs/common';
import { ApiProblemException, invalid, problem } from './api-problem.exception';

/** The entity tag of a record version, as sent in `ETag` and expected back in `If-Match`. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/**
 * Reads the version a client based its change on. Missing → 428 (the contract demands optimistic locking
 * on every update); anything that is not one of our entity tags → 400.
 */
export function requiredVersionFromIfMatch(header: string | string[] | undefined): number {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || value.trim() === '') {
    throw new ApiProblemException(
      HttpStatus.PRECONDITION_REQUIRED,
      problem('if_match_required', 'If-Match'),
      'If-Match header is required: send the ETag of the version you edited',
    );
  }
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(value);
  if (!match) throw invalid('If-Match', 'if_match_malformed', 'If-Match must be the ETag of the record, e.g. "3"');
  return Number(match[1]);
}
