import { HttpErrorResponse } from '@angular/common/http';

/** Why a change was not saved, in terms the page can explain. */
export type WriteFailure =
  | 'conflict'
  | 'illegal-transition'
  | 'forbidden'
  | 'invalid'
  | 'not-found'
  | 'sign-in-required'
  | 'unavailable';

export function writeFailureOf(error: unknown): WriteFailure {
  if (!(error instanceof HttpErrorResponse)) {
    return 'unavailable';
  }
  switch (error.status) {
    case 412:
    case 428:
      return 'conflict';
    case 409:
      return 'illegal-transition';
    case 403:
      return 'forbidden';
    case 400:
      return 'invalid';
    case 404:
      return 'not-found';
    case 401:
      return 'sign-in-required';
    default:
      return 'unavailable';
  }
}
