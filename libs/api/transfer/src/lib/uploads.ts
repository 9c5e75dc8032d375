import fastifyMultipart from '@fastify/multipart';
import { ApiProblemException, problem, toApiError } from '@leitbild-monitor/api/platform';
import type { ProblemCode, ProblemParams } from '@leitbild-monitor/shared/contracts';
import { IMPORT_MAX_BYTES } from '@leitbild-monitor/shared/contracts';
import { HttpException, HttpStatus } from '@nestjs/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** The routes that take a file upload; every other route keeps answering multipart bodies with 415. */
export const UPLOAD_ROUTES: ReadonlySet<string> = new Set([
  '/api/v1/measures/import',
  '/api/v1/pages/gebaerdensprache/video',
  '/api/v1/indicators/values/import',
]);

/** Room for the multipart envelope (boundaries, part headers) around the file itself. */
const ENVELOPE_BYTES = 16 * 1024;

const TOO_LARGE = `file: the file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB (the limit); split it into smaller files`;

/** A problem of the uploaded file (the multipart field `file`). */
export function fileProblem(
  status: HttpStatus | number,
  code: ProblemCode,
  message: string,
  params: ProblemParams = {},
): ApiProblemException {
  return new ApiProblemException(status, problem(code, 'file', params), message);
}

const tooLarge = () =>
  fileProblem(HttpStatus.PAYLOAD_TOO_LARGE, 'payload_too_large', TOO_LARGE, { max: IMPORT_MAX_BYTES });
const notMultipart = () =>
  fileProblem(
    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
    'unsupported_media_type',
    'file: send the file as multipart/form-data in the field "file"',
  );

/**
 * File uploads (multipart/form-data) for the import: one file of at most IMPORT_MAX_BYTES, almost no other
 * fields. Routes not in UPLOAD_ROUTES refuse multipart bodies with 415 before anything reads them, as they
 * refuse every body that is not JSON.
 */
export async function registerFileUploads(fastify: FastifyInstance): Promise<void> {
  await fastify.register(fastifyMultipart, {
    limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 2, fieldSize: 1024, parts: 3, headerPairs: 100 },
  });
  fastify.addHook('onRequest', async (request, reply) => {
    const type = request.headers['content-type'] ?? '';
    if (!/^multipart\//i.test(type) || UPLOAD_ROUTES.has(request.routeOptions.url ?? '')) return;
    await reply
      .status(415)
      .send(toApiError(415, `Content-Type: ${type.split(';')[0]} is not accepted here; send JSON`));
  });
}

/**
 * The uploaded file of a request, read into memory only up to the limit: a declared length above it is
 * refused before reading, and a stream that turns out longer is cut off with 413.
 */
export async function readUploadedFile(request: FastifyRequest): Promise<{ fileName: string; content: Buffer }> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > IMPORT_MAX_BYTES + ENVELOPE_BYTES) throw tooLarge();
  if (!request.isMultipart()) throw notMultipart();
  try {
    const part = await request.file();
    if (!part) throw fileProblem(400, 'file_missing', 'file: no file was sent; send it in the multipart field "file"');
    if (part.fieldname !== 'file') {
      throw fileProblem(
        400,
        'file_missing',
        `file: the file must be sent in the field "file", not "${part.fieldname}"`,
      );
    }
    const content = await part.toBuffer();
    // toBuffer() does not always throw when the limit cuts the stream off (when the cut comes with the
    // stream's last chunk it returns the first IMPORT_MAX_BYTES): the truncated flag is what counts.
    if (part.file.truncated) throw tooLarge();
    if (content.length === 0) throw fileProblem(400, 'file_empty', 'file: the file is empty');
    return { fileName: part.filename ?? '', content };
  } catch (error) {
    if (error instanceof HttpException) throw error;
    const code = (error as { code?: string }).code ?? '';
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
      throw fileProblem(
        HttpStatus.PAYLOAD_TOO_LARGE,
        'payload_too_large',
        'file: send exactly one file in the field "file" and nothing else',
      );
    }
    if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') throw notMultipart();
    throw fileProblem(400, 'malformed_request', 'file: the upload could not be read (malformed multipart body)');
  }
}
