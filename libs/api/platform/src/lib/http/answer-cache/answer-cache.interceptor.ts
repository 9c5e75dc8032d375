import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { from, lastValueFrom, Observable } from 'rxjs';
import { AnswerCache } from './answer-cache';

/**
 * Attached by `@CachedOnDataVersion()` to its routes; answers them from the cache the AnswerCache keeps (it found
 * those routes at startup through the Reflector), or computes, keeps and sends their answer with its ETag. Runs
 * after the guards, like every interceptor: who may not see an answer never gets it from here.
 */
@Injectable()
export class AnswerCacheInterceptor implements NestInterceptor {
  constructor(private readonly cache: AnswerCache) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const route = this.cache.routeOf(context.getHandler());
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    if (!route || request.method !== 'GET') return next.handle();
    const reply = http.getResponse<FastifyReply>();
    return from(this.cache.answerInChain(route, request, reply, () => lastValueFrom(next.handle())));
  }
}
