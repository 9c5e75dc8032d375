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
      const message =
        typeof response === 'object' && response !== null ? (response as { message?: unknown }).message : response;
      return { status, body: toApiError(status, message) };
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    const status = HttpStatus.INTERNAL_SERVER_ERROR;
    return { status, body: toApiError(status, 'Internal server error') };
  }
}
