import { APP_CONFIG, AppConfig, ApiProblemException, mediaDirectory, problem } from '@leitbild-monitor/api/platform';
import type { SignVideo, SignVideoType } from '@leitbild-monitor/shared/contracts';
import { SIGN_VIDEO_MAX_BYTES } from '@leitbild-monitor/shared/contracts';
import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';

/** Where the public site plays and downloads the video from. */
export const SIGN_VIDEO_URL = '/api/v1/public/pages/gebaerdensprache/video';

const EXTENSIONS: Record<SignVideoType, string> = { 'video/mp4': 'mp4', 'video/webm': 'webm' };
const FILE_BASE = 'gebaerdensprache';
/** Room for the multipart envelope (boundaries, part headers) around the file itself. */
const ENVELOPE_BYTES = 16 * 1024;

const fileProblem = (status: number, code: Parameters<typeof problem>[0], message: string, params = {}) =>
  new ApiProblemException(status, problem(code, 'file', params), message);
const tooLarge = () =>
  fileProblem(
    HttpStatus.PAYLOAD_TOO_LARGE,
    'payload_too_large',
    `file: the video is larger than ${SIGN_VIDEO_MAX_BYTES / 1024 / 1024} MB (the limit)`,
    { max: SIGN_VIDEO_MAX_BYTES },
  );

/**
 * The type of a video by its first bytes, not by its name: MP4 (an ISO base media file: `ftyp` box first) or
 * WebM (an EBML header whose document type is `webm`); null for anything else.
 */
export function sniffVideoType(head: Buffer): SignVideoType | null {
  if (head.length >= 12 && head.subarray(4, 8).toString('latin1') === 'ftyp') return 'video/mp4';
  if (head.length >= 4 && head.readUInt32BE(0) === 0x1a45dfa3 && head.subarray(0, 64).includes('webm', 0, 'latin1')) {
    return 'video/webm';
  }
  return null;
}

/**
 * The sign-language video on disk, beside the database (a folder `media`; on PostgreSQL in ./data/media): not in
 * the database, so backups of the database stay small and the file is served with range requests as it is.
 */
@Injectable()
export class SignVideoStore {
  readonly directory: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.directory = config.database.type === 'sqlite' ? mediaDirectory(config.database.path) : join('data', 'media');
  }

  /** The stored video's file name, type, size and time, or null. */
  async current(): Promise<(SignVideo & { fileName: string }) | null> {
    for (const [type, extension] of Object.entries(EXTENSIONS) as [SignVideoType, string][]) {
      const fileName = `${FILE_BASE}.${extension}`;
      const stats = await stat(join(this.directory, fileName)).catch(() => null);
      if (stats?.isFile()) {
        return { fileName, url: SIGN_VIDEO_URL, type, size: stats.size, uploadedAt: stats.mtime.toISOString() };
      }
    }
    return null;
  }

  async describe(): Promise<SignVideo | null> {
    const video = await this.current();
    if (!video) return null;
    return { url: video.url, type: video.type, size: video.size, uploadedAt: video.uploadedAt };
  }

  /**
   * Stores the uploaded video (multipart field `file`), streamed to a temporary file and checked by its content;
   * replaces the previous one only when the new one is complete and is MP4 or WebM.
   */
  async upload(request: FastifyRequest): Promise<SignVideo> {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > SIGN_VIDEO_MAX_BYTES + ENVELOPE_BYTES) throw tooLarge();
    if (!request.isMultipart()) {
      throw fileProblem(
        415,
        'unsupported_media_type',
        'file: send the video as multipart/form-data in the field "file"',
      );
    }
    await mkdir(this.directory, { recursive: true });
    const temporary = join(this.directory, `.upload-${process.pid}-${Date.now()}`);
    try {
      const part = await request.file({ limits: { fileSize: SIGN_VIDEO_MAX_BYTES, files: 1 } });
      if (!part || part.fieldname !== 'file') {
        throw fileProblem(400, 'file_missing', 'file: no video was sent; send it in the multipart field "file"');
      }
      await pipeline(part.file, createWriteStream(temporary));
      if (part.file.truncated) throw tooLarge();
      const type = await this.typeOf(temporary);
      const size = (await stat(temporary)).size;
      if (size === 0) throw fileProblem(400, 'file_empty', 'file: the file is empty');
      if (!type) {
        throw fileProblem(
          415,
          'file_type_unsupported',
          'file: the file is neither an MP4 nor a WebM video (judged by its content)',
        );
      }
      for (const extension of Object.values(EXTENSIONS)) {
        await rm(join(this.directory, `${FILE_BASE}.${extension}`), { force: true });
      }
      await rename(temporary, join(this.directory, `${FILE_BASE}.${EXTENSIONS[type]}`));
      const stored = await this.describe();
      if (!stored) throw new Error('the stored video could not be read back');
      return stored;
    } catch (error) {
      if (error instanceof HttpException) throw error;
      const code = (error as { code?: string }).code ?? '';
      if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
      if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
        throw fileProblem(413, 'payload_too_large', 'file: send exactly one file in the field "file" and nothing else');
      }
      if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') {
        throw fileProblem(415, 'unsupported_media_type', 'file: send the video as multipart/form-data');
      }
      throw error;
    } finally {
      await rm(temporary, { force: true });
    }
  }

  /** Removes the video; the page then says in text that there is none yet. */
  async remove(): Promise<void> {
    for (const extension of Object.values(EXTENSIONS)) {
      await rm(join(this.directory, `${FILE_BASE}.${extension}`), { force: true });
    }
  }

  private async typeOf(path: string): Promise<SignVideoType | null> {
    const handle = await open(path, 'r');
    try {
      const head = Buffer.alloc(64);
      const { bytesRead } = await handle.read(head, 0, 64, 0);
      return sniffVideoType(head.subarray(0, bytesRead));
    } finally {
      await handle.close();
    }
  }
}
