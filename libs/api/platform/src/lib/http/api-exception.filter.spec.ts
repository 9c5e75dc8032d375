import { BadRequestException, HttpException, Logger, NotFoundException } from '@nestjs/common';
import { ApiExceptionFilter, toApiError } from './api-exception.filter';

function capture(exception: unknown) {
  const sent: { status?: number; body?: unknown } = {};
  const reply = {
    status(code: number) {
      sent.status = code;
      return reply;
    },
    header() {
      return reply;
    },
    send(body: unknown) {
      sent.body = body;
      return reply;
    },
  };
  const host = { switchToHttp: () => ({ getResponse: () => reply }) };
  new ApiExceptionFilter().catch(exception, host as never);
  return sent;
}

describe('ApiExceptionFilter', () => {
  it('keeps the validation messages as a list', () => {
    expect(capture(new BadRequestException(['title must be a string']))).toEqual({
      status: 400,
      body: { statusCode: 400, error: 'Bad Request', message: ['title must be a string'] },
    });
  });

  it('keeps a single message as a string', () => {
    expect(capture(new NotFoundException('no measure with id x')).body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'no measure with id x',
    });
    expect(capture(new HttpException({ message: 'If-Match header is required' }, 428)).body).toMatchObject({
      statusCode: 428,
      error: 'Precondition Required',
    });
  });

  it('hides unexpected errors behind a plain 500', () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const sent = capture(new Error('SQLITE_CORRUPT at /work/x.ts:12'));
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('SQLITE_CORRUPT'));
    expect(sent).toEqual({ status: 500, body: toApiError(500, 'Internal server error') });
    expect(JSON.stringify(sent.body)).not.toContain('SQLITE');
  });
});
