import type { Problem, ProblemCode, ProblemParams } from '@leitbild-monitor/shared/contracts';
import { HttpException, HttpStatus } from '@nestjs/common';

/** A problem as data, with the English sentence that says it for people. */
export interface ProblemWithMessage {
  problem: Problem;
  message: string;
}

/** One problem: `problem('too_long', 'title', { max: 200 })`; the field is null for the request as a whole. */
export function problem(code: ProblemCode, field: string | null = null, params: ProblemParams = {}): Problem {
  return { field, code, params };
}

/**
 * The one exception the API throws for a request it refuses: the HTTP status, the problems as data (the body's
 * `problems`) and the English message for people (`message`: one string, or one per problem). The exception
 * filter turns it into the error body; the import reads `entries` to turn each problem into a row error.
 */
export class ApiProblemException extends HttpException {
  readonly problems: Problem[];
  /** Each problem with its sentence, when there is one sentence per problem. */
  readonly entries: ProblemWithMessage[];
  /** Headers the answer carries besides the error body (`Retry-After` of a 429). */
  readonly headers: Record<string, string> = {};

  constructor(status: HttpStatus | number, problems: Problem | Problem[], message: string | string[]) {
    super({ message }, status);
    this.problems = ([] as Problem[]).concat(problems);
    const messages = ([] as string[]).concat(message);
    this.entries =
      messages.length === this.problems.length
        ? this.problems.map((item, index) => ({ problem: item, message: messages[index] }))
        : this.problems.map((item) => ({ problem: item, message: messages.join('; ') }));
  }

  /** One sentence per problem; `message` is a list when there are several (as validation errors are). */
  static of(status: HttpStatus | number, entries: ProblemWithMessage[], asList = entries.length > 1) {
    const messages = entries.map((entry) => entry.message);
    return new ApiProblemException(
      status,
      entries.map((entry) => entry.problem),
      asList ? messages : messages[0],
    );
  }

  /** Adds a header to the answer, e.g. `Retry-After` for 429 and 503. */
  withHeader(name: string, value: string): this {
    this.headers[name.toLowerCase()] = value;
    return this;
  }

  /** The message, as sent: one string or a list. */
  get messageText(): string | string[] {
    return (this.getResponse() as { message: string | string[] }).message;
  }
}

/** 400 for one field: `invalid('date', 'date_in_future', 'date must not be after today')`. */
export function invalid(
  field: string | null,
  code: ProblemCode,
  message: string,
  params: ProblemParams = {},
  asList = false,
): ApiProblemException {
  return new ApiProblemException(HttpStatus.BAD_REQUEST, problem(code, field, params), asList ? [message] : message);
}

/** 404: no such record (or not visible to the caller). */
export function notFound(message: string, field: string | null = null): ApiProblemException {
  return new ApiProblemException(HttpStatus.NOT_FOUND, problem('not_found', field), message);
}

/** 403: the caller may not do this, for the reason the code names. */
export function forbidden(code: ProblemCode, message: string, params: ProblemParams = {}): ApiProblemException {
  return new ApiProblemException(HttpStatus.FORBIDDEN, problem(code, null, params), message);
}

/** 409: the change conflicts with the stored state (a duplicate name, a transition). */
export function conflict(
  code: ProblemCode,
  field: string | null,
  message: string,
  params: ProblemParams = {},
): ApiProblemException {
  return new ApiProblemException(HttpStatus.CONFLICT, problem(code, field, params), message);
}

/** 401: not signed in, or the credentials are not (or no longer) valid. */
export function unauthorized(code: ProblemCode, message: string): ApiProblemException {
  return new ApiProblemException(HttpStatus.UNAUTHORIZED, problem(code), message);
}
