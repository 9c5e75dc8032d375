import { isoToday } from '@leitbild-monitor/shared/domain';
import { CanActivate, ForbiddenException, Injectable, Logger, OnModuleInit, RequestMethod, Type } from '@nestjs/common';
import { METHOD_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, ExternalContextCreator, HttpAdapterHost, MetadataScanner, Reflector } from '@nestjs/core';
import { FORBIDDEN_MESSAGE, GuardsConsumer, GuardsContextCreator } from '@nestjs/core/guards';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DataVersion } from '../../database/data-version';
import { ApiExceptionFilter } from '../api-exception.filter';
import { IS_PUBLIC } from '../request-context';
import { answerKey, AnswerStore, dataVersionEtag, ifNoneMatchHolds, StoredAnswer, Visibility } from './answer-store';

const JSON_TYPE = 'application/json; charset=utf-8';

/** A route declared `@CachedOnDataVersion()`, as found at startup. */
export interface CachedRoute {
  controller: Type<unknown>;
  instance: object;
  handler: (...args: unknown[]) => unknown;
  visibility: Visibility;
  /** Every guard Nest applies to the route (global, controller, method), in Nest's order. */
  guards: CanActivate[];
}

type Request = FastifyRequest;

/** Metadata key of `@CachedOnDataVersion()`, read through the Reflector. */
export const CACHED_ON_DATA_VERSION = 'cachedOnDataVersion';

/**
 * The one cache of answers on the data version. Routes opt in with `@CachedOnDataVersion()`; they are found at
 * startup through the DiscoveryService and the Reflector. Answers are computed inside Nest's chain (guards, pipes,
 * the route) and kept by `AnswerCacheInterceptor`, which also serves them there. A stored answer can also be served
 * as the request arrives (a Fastify `onRequest` hook), skipping the routing, interceptor and pipe work that costs
 * several times more than the answer itself — but only after the route's guards have run exactly as Nest runs them
 * (rate limit, authentication, role check, with their headers and their refusals through the application's
 * exception filter), and with the headers Fastify's own hooks (helmet) have already set. The data version is read
 * on every request, so no answer is older than the last write any instance committed.
 */
@Injectable()
export class AnswerCache implements OnModuleInit {
  private readonly logger = new Logger(AnswerCache.name);
  readonly store = new AnswerStore();
  private readonly routesByHandler = new Map<unknown, CachedRoute>();
  /** Filled as each route first answers through the chain: Fastify's route URL → route. */
  private readonly routesByUrl = new Map<string, CachedRoute>();
  private readonly guardsConsumer = new GuardsConsumer();
  private readonly errors = new ApiExceptionFilter();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly contextCreator: ExternalContextCreator,
    private readonly adapterHost: HttpAdapterHost,
    private readonly dataVersion: DataVersion,
  ) {}

  onModuleInit(): void {
    this.discoverRoutes();
    const fastify = this.adapterHost.httpAdapter?.getInstance?.() as FastifyInstance | undefined;
    if (typeof fastify?.addHook !== 'function') return;
    // Added after the plugins createApp registers (cookies, helmet), so their onRequest hooks have run.
    fastify.addHook('onRequest', async (request, reply) => {
      if (request.method !== 'GET' || this.routesByUrl.size === 0) return;
      const route = this.routesByUrl.get(request.routeOptions.url ?? '');
      if (!route) return;
      // Returning the reply tells Fastify the answer is sent and the rest of the chain is skipped.
      if (await this.answerOnArrival(route, request, reply)) return reply;
    });
  }

  /** The route of a handler, if it is declared cached. */
  routeOf(handler: unknown): CachedRoute | undefined {
    return this.routesByHandler.get(handler);
  }

  /**
   * Inside Nest's chain, after the guards: the stored answer, or the route's answer computed by `compute` (shared
   * with concurrent requests for the same answer) and kept.
   */
  async answerInChain(
    route: CachedRoute,
    request: Request,
    reply: FastifyReply,
    compute: () => Promise<unknown>,
  ): Promise<unknown> {
    const url = request.routeOptions.url;
    if (url && !this.routesByUrl.has(url)) this.routesByUrl.set(url, route);
    // Read before computing: a write committed meanwhile makes the answer newer than its key, never older.
    const version = await this.dataVersion.current();
    const today = isoToday();
    const key = answerKey(url ?? '', request.url, route.visibility, today);
    const stored = this.store.get(key, version);
    if (stored) return this.respond(request, reply, stored, route.visibility);
    // No await between the lookups and `share` below: requests arriving together find the first one's computation.
    const running = this.store.pending(key, version);
    if (running) {
      const shared = await running;
      if (shared) return this.respond(request, reply, shared, route.visibility);
    }

    let settle: (answer: StoredAnswer | null) => void = () => undefined;
    this.store.share(key, version, new Promise((resolve) => (settle = resolve)));
    try {
      const value = await compute();
      if (reply.statusCode !== 200 || value === undefined) {
        settle(null);
        return value;
      }
      const own = reply.getHeader('etag');
      const answer: StoredAnswer = {
        version,
        body: Buffer.from(JSON.stringify(value)),
        etag: typeof own === 'string' ? own : dataVersionEtag(version, today),
      };
      this.store.put(key, answer);
      settle(answer);
      return this.respond(request, reply, answer, route.visibility);
    } catch (error) {
      settle(null);
      throw error;
    }
  }

  /**
   * As the request arrives: a stored answer of the current data version, after the route's guards. Returns
   * false (and has done nothing, counted nothing) when there is no such answer: then Nest's chain answers.
   */
  private async answerOnArrival(route: CachedRoute, request: Request, reply: FastifyReply): Promise<boolean> {
    let version: string;
    try {
      version = await this.dataVersion.current();
    } catch {
      return false; // the chain answers, and reports the database's failure as any other request would
    }
    const key = answerKey(request.routeOptions.url ?? '', request.url, route.visibility, isoToday());
    const stored = this.store.get(key, version);
    if (!stored) return false;
    const args = [request, reply];
    try {
      const allowed = await this.guardsConsumer.tryActivate(route.guards, args, route.instance, route.handler, 'http');
      if (!allowed) throw new ForbiddenException(FORBIDDEN_MESSAGE);
    } catch (error) {
      // As Nest does with a guard's refusal: the application's exception filter (registered globally by createApp).
      const host = new ExecutionContextHost(args, route.controller, route.handler);
      host.setType('http');
      this.errors.catch(error, host);
      return true;
    }
    await reply.send(this.respond(request, reply, stored, route.visibility));
    return true;
  }

  /** ETag and caching headers for the stored answer; `304` without a body when the caller already holds it. */
  private respond(
    request: Request,
    reply: FastifyReply,
    answer: StoredAnswer,
    visibility: Visibility,
  ): Buffer | undefined {
    void reply
      .header('etag', answer.etag)
      .header('cache-control', visibility === 'public' ? 'no-cache' : 'private, no-cache');
    if (ifNoneMatchHolds(request.headers['if-none-match'], answer.etag)) {
      void reply.status(304);
      return undefined;
    }
    void reply.header('content-type', JSON_TYPE);
    return answer.body;
  }

  private discoverRoutes(): void {
    // Nest's own computation of the guards of a handler; ExternalContextCreator keeps it as a private field.
    const guardsCreator = (this.contextCreator as unknown as { guardsContextCreator?: GuardsContextCreator })
      .guardsContextCreator;
    if (!guardsCreator) throw new Error('AnswerCache: this version of @nestjs/core hides its guards context creator');
    for (const wrapper of this.discovery.getControllers()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || !wrapper.metatype) continue;
      const controller = wrapper.metatype as Type<unknown>;
      const prototype = Object.getPrototypeOf(instance) as Record<string, (...args: unknown[]) => unknown>;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name];
        if (!this.reflector.get<boolean>(CACHED_ON_DATA_VERSION, handler)) continue;
        if (this.reflector.get<RequestMethod>(METHOD_METADATA, handler) !== RequestMethod.GET) {
          throw new Error(`@CachedOnDataVersion() on ${controller.name}.${name}: only GET routes can be cached`);
        }
        const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [handler, controller]);
        this.routesByHandler.set(handler, {
          controller,
          instance,
          handler,
          visibility: isPublic ? 'public' : 'signed-in',
          guards: guardsCreator.create(instance, handler, wrapper.host?.token as string),
        });
      }
    }
    this.logger.debug(`${this.routesByHandler.size} routes cached on the data version`);
  }
}
