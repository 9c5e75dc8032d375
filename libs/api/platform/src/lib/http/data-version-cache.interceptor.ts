import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { isoToday } from '@leitbild-monitor/shared/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { from, map, Observable, of, switchMap } from 'rxjs';
import { DataVersion } from '../database/data-version';
import type { AuthenticatedRequest } from './request-context';

/**
 * Read routes whose answers depend only on the catalogue and the measures (all versioned by `data_version`),
 * the caller and today's date. Comments, users, tokens, the audit log and anything per session are not cached.
 */
export const DATA_VERSION_CACHED_ROUTES: ReadonlySet<string> = new Set([
  '/api/v1/dashboard/summary',
  '/api/v1/public/summary',
  '/api/v1/measures',
  '/api/v1/measures/:id',
  '/api/v1/public/measures',
  '/api/v1/public/measures/:id',
]);

/** Answers kept per instance, their total size, and the largest one worth keeping. */
const MAX_ENTRIES = 2000;
const MAX_TOTAL_BYTES = 32 * 1024 * 1024;
const MAX_BODY_BYTES = 512 * 1024;
const JSON_TYPE = 'application/json; charset=utf-8';

interface Entry {
  version: string;
  body: string;
  etag: string | undefined;
}

/**
 * Keeps the serialised answers of the read routes above and serves them again while the data version has not
 * moved: the register's pages, measure pages and both summaries are read far more often than anything changes,
 * and at city scale (100,000 measures) counting a filtered page alone costs milliseconds. The key is the caller
 * (user id, or anonymous), the URL with its query and today's date (overdue depends on it); the data version is
 * read from the database on every request, so an answer is never older than the last write committed by any
 * instance. Runs after the guards: authentication and role checks happen as before, and only 200 answers that
 * passed validation are kept.
 */
@Injectable()
export class DataVersionCacheInterceptor implements NestInterceptor {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  /** The newest version stored; entries of older versions can never be served again and are dropped. */
  private newest = 0;

  constructor(private readonly dataVersion: DataVersion) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest & AuthenticatedRequest>();
    if (request.method !== 'GET' || !DATA_VERSION_CACHED_ROUTES.has(request.routeOptions?.url ?? '')) {
      return next.handle();
    }
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const key = `${request.principal?.userId ?? 'anonymous'} ${isoToday()} ${request.url}`;
    return from(this.dataVersion.read()).pipe(
      switchMap(({ version, mark }) => {
        const cached = this.entries.get(key);
        if (cached?.version === version) {
          // Most recently used last, so the oldest entry is the first to go.
          this.entries.delete(key);
          this.entries.set(key, cached);
          return of(this.send(reply, cached));
        }
        return next.handle().pipe(map((value) => this.remember(key, version, mark, reply, value)));
      }),
    );
  }

  private remember(key: string, version: string, mark: number, reply: FastifyReply, value: unknown): unknown {
    if (reply.statusCode !== 200 || value === undefined) return value;
    if (!this.dataVersion.isClean(mark)) return value;
    const body = JSON.stringify(value);
    const etag = reply.getHeader('etag');
    const entry = { version, body, etag: typeof etag === 'string' ? etag : undefined };
    const number = Number(version.split(':')[0]);
    if (number > this.newest) {
      this.newest = number;
      this.entries.clear();
      this.bytes = 0;
    }
    if (body.length <= MAX_BODY_BYTES && number === this.newest) {
      this.forget(key);
      while (this.entries.size >= MAX_ENTRIES || this.bytes + body.length > MAX_TOTAL_BYTES) {
        this.forget(this.entries.keys().next().value as string);
      }
      this.entries.set(key, entry);
      this.bytes += body.length;
    }
    return this.send(reply, entry);
  }

  private forget(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.body.length;
  }

  /** A string with a JSON content type is sent by Fastify as it is, without serialising it again. */
  private send(reply: FastifyReply, entry: Entry): string {
    void reply.header('content-type', JSON_TYPE);
    if (entry.etag) void reply.header('ETag', entry.etag);
    return entry.body;
  }
}
