import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AnswerCache } from './answer-cache';

/**
 * Answers cached on the data version, for every route declared `@CachedOnDataVersion()`: the cache with its
 * Fastify hook. The decorator attaches `AnswerCacheInterceptor` to its routes, which finds the cache here (global).
 * Needs `DataVersion` (TransactionModule).
 */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [AnswerCache],
  exports: [AnswerCache],
})
export class AnswerCacheModule {}
