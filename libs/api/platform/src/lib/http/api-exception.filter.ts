import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ApiError } from '@leitbild-monitor/shared/contracts';
import type { FastifyReply } from 'fastify';
import { STATUS_CODES } from 'node:http';

/** Turns any thrown value into the contract's error body; never leaks a stack trace or framework name. */
export function toApiError(status: number, message: unknown): ApiError {
  const text =
    Array.isArray(message) && message.every((item) => typeof item === 'string')
      ? (message as string[])
      : typeof message === 'string' && message.length > 0
        ? message
        : (STATUS_CODES[status] ?? 'Error');
  return { statusCode: status, error: STATUS_CODES[status] ?? 'Error', message: text };
}

@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const { status, body } = this.describe(exception);
    void reply.status(status).header('content-type', 'application/json; charset=utf-8').send(body);
  }

  private describe(exception: unknown): { status: number; body: ApiError } {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const message = typeof response === 'object' && response !== null ? (response as { message?: unknown }).message : response;
      return { status, body: toApiError(status, message) };
    }
    const clientError = clientErrorOf(exception);
    if (clientError) return clientError;
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    const status = HttpStatus.INTERNAL_SERVER_ERROR;
    return { status, body: toApiError(status, 'Internal server error') };
  }
}

/**
 * Errors raised by the HTTP server itself (malformed JSON, a body over the limit, an unsupported content
 * type) carry a 4xx `statusCode`; they keep their status but get the contract's body with a plain message.
 */
export function clientErrorOf(error: unknown): { status: number; body: ApiError } | null {
  if (typeof error !== 'object' || error === null) return null;
  const status = (error as { statusCode?: unknown }).statusCode;
  if (typeof status !== 'number' || status < 400 || status >= 500) return null;
  const code = (error as { code?: unknown }).code;
  const message = typeof code === 'string' && code in SERVER_ERROR_MESSAGES ? SERVER_ERROR_MESSAGES[code] : STATUS_CODES[status];
  return { status, body: toApiError(status, message) };
}

const SERVER_ERROR_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'body is not valid JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'body must not be empty when content-type is application/json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'body is larger than the allowed limit',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'content-type must be application/json',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'content-length does not match the body',
  FST_ERR_CTP_INVALID_TYPE: 'content-type header is invalid',
};
