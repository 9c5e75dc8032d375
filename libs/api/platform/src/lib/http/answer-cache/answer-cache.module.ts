import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR, DiscoveryModule } from '@nestjs/core';
import { AnswerCache } from './answer-cache';
import { AnswerCacheInterceptor } from './answer-cache.interceptor';

/**
 * Answers cached on the data version, for every route declared `@CachedOnDataVersion()`: the cache with its
 * Fastify hook, and the global interceptor. Needs `DataVersion` (TransactionModule).
 */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [AnswerCache, { provide: APP_INTERCEPTOR, useClass: AnswerCacheInterceptor }],
  exports: [AnswerCache],
})
export class AnswerCacheModule {}
