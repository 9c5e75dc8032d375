import { BadRequestException, HttpException, Logger, NotFoundException } from '@nestjs/common';
import {
  ApiExceptionFilter,
  recordedRefusal,
  RefusalRecorder,
  STORAGE_RETRY_AFTER_SECONDS,
  toApiError,
} from './api-exception.filter';
import { ApiProblemException, forbidden, problem } from './api-problem.exception';

function capture(
  exception: unknown,
  connection: { destroyed: boolean } = { destroyed: false },
  recordRefusal?: RefusalRecorder,
) {
  const sent: { status?: number; body?: unknown; headers?: Record<string, string> } = {};
  const reply = {
    raw: { destroyed: false, socket: connection },
    headers(values: Record<string, string>) {
      if (Object.keys(values).length > 0) sent.headers = values;
      return reply;
    },
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
  const request = { method: 'PATCH', url: '/api/v1/measures/m1' };
  const host = { switchToHttp: () => ({ getResponse: () => reply, getRequest: () => request }) };
  new ApiExceptionFilter(recordRefusal).catch(exception, host as never);
  return sent;
}

/** Lets the filter's promise chain (record, then answer) run to its end. */
const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('ApiExceptionFilter', () => {
  it('keeps the validation messages as a list', () => {
    expect(capture(new BadRequestException(['title must be a string']))).toEqual({
      status: 400,
      body: {
        statusCode: 400,
        error: 'Bad Request',
        message: ['title must be a string'],
        problems: [{ field: null, code: 'malformed_request', params: {} }],
      },
    });
  });

  it('answers a database that cannot be used with 503 and Retry-After, and logs the cause', () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const diskFull = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    const sent = capture(diskFull);
    expect(sent.status).toBe(503);
    expect(sent.headers).toEqual({ 'retry-after': String(STORAGE_RETRY_AFTER_SECONDS) });
    expect(sent.body).toMatchObject({
      statusCode: 503,
      error: 'Service Unavailable',
      problems: [{ field: null, code: 'service_unavailable', params: {} }],
    });
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('database or disk is full'));
    logged.mockRestore();
  });

  it('keeps a single message as a string', () => {
    expect(capture(new NotFoundException('no measure with id x')).body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'no measure with id x',
      problems: [{ field: null, code: 'not_found', params: {} }],
    });
    expect(capture(new HttpException({ message: 'If-Match header is required' }, 428)).body).toMatchObject({
      statusCode: 428,
      error: 'Precondition Required',
      problems: [{ field: null, code: 'if_match_required', params: {} }],
    });
  });

  it('hides unexpected errors behind a plain 500', () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const sent = capture(new Error('SQLITE_CORRUPT at /work/x.ts:12'));
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('SQLITE_CORRUPT'));
    expect(sent).toEqual({ status: 500, body: toApiError(500, 'Internal server error') });
    expect(JSON.stringify(sent.body)).not.toContain('SQLITE');
  });

  it('sends the problems of an ApiProblemException as they are, and English for people beside them', () => {
    const exception = new ApiProblemException(
      409,
      problem('illegal_transition', 'status', { from: 'proposed', to: 'completed', allowed: ['in_review'] }),
      'status: a measure cannot change from proposed to completed',
    );
    expect(capture(exception)).toEqual({
      status: 409,
      body: {
        statusCode: 409,
        error: 'Conflict',
        message: 'status: a measure cannot change from proposed to completed',
        problems: [
          {
            field: 'status',
            code: 'illegal_transition',
            params: { from: 'proposed', to: 'completed', allowed: ['in_review'] },
          },
        ],
      },
    });
  });

  it('gives what the framework throws a problem by status', () => {
    expect(capture(new HttpException('Request body is too large', 413)).body).toMatchObject({
      problems: [{ field: null, code: 'payload_too_large', params: {} }],
    });
    expect(capture(new HttpException('ThrottlerException: Too Many Requests', 429)).body).toMatchObject({
      problems: [{ field: null, code: 'rate_limited', params: {} }],
    });
    expect(capture(new HttpException('I am a teapot', 418)).body).toMatchObject({
      problems: [{ field: null, code: 'request_failed', params: {} }],
    });
  });

  it('sends the headers an exception asks for, such as Retry-After', () => {
    const throttled = new ApiProblemException(429, problem('sign_in_throttled', null, { seconds: 30 }), 'wait');
    expect(capture(throttled.withHeader('Retry-After', '30')).headers).toEqual({ 'retry-after': '30' });
  });

  it('answers nothing when the client is gone', () => {
    expect(capture(new Error('aborted'), { destroyed: true })).toEqual({});
  });

  describe('refusals (403)', () => {
    const refusal = () => forbidden('not_lead_or_partner', 'not your measure');

    it('records a refusal before it answers it', async () => {
      const recorded: string[] = [];
      let finish: () => void = () => undefined;
      const sent = capture(refusal(), undefined, (request, error) => {
        recorded.push(`${request.method} ${request.url}: ${error.message}`);
        return new Promise<void>((resolve) => (finish = resolve));
      });
      await settled();
      expect(recorded).toEqual(['PATCH /api/v1/measures/m1: not your measure']);
      expect(sent.status).toBeUndefined();
      finish();
      await settled();
      expect(sent.status).toBe(403);
    });

    it('does not record a refusal again that a guard has recorded, nor other errors', async () => {
      const recorder = jest.fn(async () => undefined);
      const sent = capture(recordedRefusal(refusal()), undefined, recorder);
      capture(new NotFoundException(), undefined, recorder);
      capture(new HttpException('Request body is too large', 413), undefined, recorder);
      await settled();
      expect(recorder).not.toHaveBeenCalled();
      expect(sent.status).toBe(403);
    });

    it('still answers 403 when the refusal cannot be recorded', async () => {
      const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
      const sent = capture(refusal(), undefined, async () => {
        throw new Error('database is locked');
      });
      await settled();
      expect(sent.status).toBe(403);
      expect(logged).toHaveBeenCalledWith(expect.stringContaining('database is locked'));
      logged.mockRestore();
    });
  });
});
