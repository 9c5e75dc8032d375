import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ApiError, Problem, ProblemCode } from '@leitbild-monitor/shared/contracts';
import { isProblemCode } from '@leitbild-monitor/shared/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Socket } from 'node:net';
import { STATUS_CODES } from 'node:http';
import { isStorageUnavailable } from '../database/storage-unavailable';
import { ApiProblemException, problem } from './api-problem.exception';

/**
 * The problem of an answer that names no rule of ours: what the framework and its plugins throw (a route that
 * does not exist, a body Fastify cannot parse or that is too large, the rate limiter), by status.
 */
const CODE_BY_STATUS: Partial<Record<number, ProblemCode>> = {
  400: 'malformed_request',
  401: 'sign_in_required',
  403: 'forbidden_role',
  404: 'not_found',
  405: 'method_not_allowed',
  412: 'version_mismatch',
  413: 'payload_too_large',
  408: 'request_timeout',
  415: 'unsupported_media_type',
  428: 'if_match_required',
  429: 'rate_limited',
  431: 'headers_too_large',
  503: 'service_unavailable',
};

/** When a client should try again after the database could not be used (`Retry-After` of that 503). */
export const STORAGE_RETRY_AFTER_SECONDS = 5;

/** The one problem of an answer without problems of its own: field null, the code by status. */
export function genericProblems(status: number): Problem[] {
  return [problem(CODE_BY_STATUS[status] ?? (status >= 500 ? 'internal_error' : 'request_failed'))];
}

/** Turns any thrown value into the contract's error body; never leaks a stack trace or framework name. */
export function toApiError(status: number, message: unknown, problems: Problem[] = genericProblems(status)): ApiError {
  const text =
    Array.isArray(message) && message.every((item) => typeof item === 'string')
      ? (message as string[])
      : typeof message === 'string' && message.length > 0
        ? message
        : (STATUS_CODES[status] ?? 'Error');
  return { statusCode: status, error: STATUS_CODES[status] ?? 'Error', message: text, problems };
}

/** Writes a refusal (403) down before it is answered: the audit log's `access.denied` (set up by createApp). */
export type RefusalRecorder = (request: FastifyRequest, refusal: HttpException) => Promise<void>;

const RECORDED_REFUSALS = new WeakSet<object>();

/**
 * Marks a refusal that whoever throws it has recorded already (the guards record theirs with the details they know),
 * so the filter does not record it again. Returns the refusal, for `throw recordedRefusal(forbidden(...))`.
 */
export function recordedRefusal<T extends HttpException>(refusal: T): T {
  RECORDED_REFUSALS.add(refusal);
  return refusal;
}

@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  /**
   * `recordRefusal` is called for every 403 not marked `recordedRefusal`: a service's check of one record, refused
   * inside the transaction that the refusal rolls back, so it can only be written down here, after it. Recording
   * refusals here rather than in a global interceptor keeps Nest's interceptor pipeline (an `AsyncResource.bind`
   * and an rxjs chain per request) off routes that have no interceptor of their own: 13 % of a `PATCH`'s CPU.
   */
  constructor(private readonly recordRefusal?: RefusalRecorder) {}

  catch(thrown: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    // The client is gone (it aborted, or the server ended a request that did not arrive in time and answered it
    // with 408 already): whatever failed while reading its body is no fault of ours, and there is no one to tell.
    if (reply.raw.destroyed || reply.raw.socket?.destroyed) return;
    const exception = this.storageUnavailable(thrown) ?? thrown;
    const { status, body } = this.describe(exception);
    const answer = () => {
      if (exception instanceof ApiProblemException) reply.headers(exception.headers);
      void reply.status(status).header('content-type', 'application/json; charset=utf-8').send(body);
    };
    if (status !== HttpStatus.FORBIDDEN || !this.recordRefusal || RECORDED_REFUSALS.has(exception as object)) {
      answer();
      return;
    }
    // Answered once it is written down: whoever reads the audit log after the 403 finds it there.
    const failed = (what: string) => (error: unknown) =>
      this.logger.error(`${what}: ${error instanceof Error ? error.message : String(error)}`);
    this.recordRefusal(http.getRequest<FastifyRequest>(), exception as HttpException)
      .catch(failed('a refusal could not be recorded'))
      .then(answer)
      .catch(failed('a refusal could not be answered'));
  }

  /**
   * A database that cannot take the request now (a full disk, an I/O error, a lost connection; see
   * isStorageUnavailable): the transaction was rolled back, so nothing was saved, and the same request may succeed
   * in a moment — 503 with `Retry-After`, not the 500 of a fault in the program. Logged like one, for the operator.
   */
  private storageUnavailable(thrown: unknown): ApiProblemException | null {
    if (thrown instanceof HttpException || !isStorageUnavailable(thrown)) return null;
    this.logger.error(
      `The database could not be used: ${thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown)}`,
    );
    return new ApiProblemException(
      HttpStatus.SERVICE_UNAVAILABLE,
      problem('service_unavailable'),
      'The database cannot store or read data right now; nothing was saved. Try again in a few seconds.',
    ).withHeader('retry-after', String(STORAGE_RETRY_AFTER_SECONDS));
  }

  private describe(exception: unknown): { status: number; body: ApiError } {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const message =
        typeof response === 'object' && response !== null ? (response as { message?: unknown }).message : response;
      const problems = exception instanceof ApiProblemException ? exception.problems : problemsIn(response);
      return { status, body: toApiError(status, message, problems ?? genericProblems(status)) };
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    const status = HttpStatus.INTERNAL_SERVER_ERROR;
    return { status, body: toApiError(status, 'Internal server error') };
  }
}

/** Problems an HttpException built by hand carries in its response (`{ message, problems }`), if well-formed. */
function problemsIn(response: unknown): Problem[] | undefined {
  const problems = (response as { problems?: unknown } | null)?.problems;
  if (!Array.isArray(problems) || problems.length === 0) return undefined;
  const wellFormed = problems.every(
    (item: Partial<Problem> | null) =>
      typeof item === 'object' &&
      item !== null &&
      isProblemCode(item.code) &&
      (item.field === null || typeof item.field === 'string') &&
      typeof item.params === 'object' &&
      item.params !== null,
  );
  return wellFormed ? (problems as Problem[]) : undefined;
}

/**
 * Fastify's `clientErrorHandler`: what Node's HTTP parser refuses before any route sees it (headers too large, a
 * request that does not arrive in time, bytes that are no HTTP) gets the contract's error body with its problem,
 * as Fastify's own handler does without `problems`.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const message =
    status === 408 ? 'Client Timeout' : status === 431 ? 'Exceeded maximum allowed HTTP header size' : 'Client Error';
  const body = JSON.stringify(toApiError(status, message));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
