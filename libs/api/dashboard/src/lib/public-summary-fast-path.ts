import {
  APP_CONFIG,
  AppConfig,
  DataVersion,
  SlidingWindowRateLimitStorage,
  toApiError,
} from '@leitbild-monitor/api/platform';
import { isoToday } from '@leitbild-monitor/shared/domain';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DashboardSummaryService } from './dashboard-summary.service';

/** The one URL answered here: the public summary without filters, as the transparency page asks for it. */
export const PUBLIC_SUMMARY_PATH = '/api/v1/public/summary';
const RATE_WINDOW_MS = 60_000;

interface Prepared {
  key: string;
  body: Buffer;
  etag: string;
}

/**
 * The public summary is the product's most requested answer — anonymous, the same for everybody, changing only
 * when the data does. Its plain form (no filters, no credentials) is answered at the HTTP layer from bytes
 * serialised once per data version, before Nest's guard, interceptor and pipe chain, which costs several times
 * more than the answer itself. What that chain would do for this request is done here too: the rate limit per
 * client address (RATE_LIMIT_PER_MINUTE, counted for this route as the throttler counts per route), and the
 * security headers, which Fastify's helmet hook has set before this one runs. The data version is read on every
 * request, so the answer is never older than the last write of any instance. Requests with a query, an
 * Authorization header (a bad token must still get its 401) or another method go the usual way.
 * Browsers get an ETag and `304 Not Modified` while the data has not changed.
 */
@Injectable()
export class PublicSummaryFastPath implements OnModuleInit {
  private readonly limiter = new SlidingWindowRateLimitStorage();
  private prepared: Prepared | null = null;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly summaries: DashboardSummaryService,
    private readonly dataVersion: DataVersion,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance?.() as FastifyInstance | undefined;
    if (typeof fastify?.addHook !== 'function') return;
    fastify.addHook('onRequest', async (request, reply) => {
      if (request.method !== 'GET' || request.url !== PUBLIC_SUMMARY_PATH) return;
      if (request.headers.authorization !== undefined) return;
      // Returning the reply tells Fastify the answer is sent and the rest of the chain is skipped.
      return this.answer(request, reply);
    });
  }

  private async answer(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const limit = this.config.rateLimitPerMinute;
    const counted = this.limiter.hit(request.ip, RATE_WINDOW_MS, limit, RATE_WINDOW_MS, 'public-summary');
    if (counted.isBlocked) {
      return reply
        .status(429)
        .header('retry-after', String(counted.timeToBlockExpire))
        .send(toApiError(429, 'too many requests from this address; try again in a minute'));
    }
    const prepared = await this.current();
    void reply.header('etag', prepared.etag).header('cache-control', 'no-cache');
    if (request.headers['if-none-match'] === prepared.etag) return reply.status(304).send();
    return reply.header('content-type', 'application/json; charset=utf-8').send(prepared.body);
  }

  private async current(): Promise<Prepared> {
    const { version, mark } = await this.dataVersion.read();
    const key = `${version} ${isoToday()}`;
    if (this.prepared?.key === key) return this.prepared;
    const summary = await this.summaries.summary({ publicOnly: true });
    const prepared = {
      key,
      body: Buffer.from(JSON.stringify(summary)),
      etag: `"${Buffer.from(key).toString('base64url')}"`,
    };
    if (this.dataVersion.isClean(mark)) this.prepared = prepared;
    return prepared;
  }
}
