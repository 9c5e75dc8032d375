import {
  CanActivate,
  Controller,
  ExecutionContext,
  ForbiddenException,
  Get,
  Global,
  Injectable,
  Module,
  Post,
  Query,
  Res,
  UnauthorizedException,
} from '@nestjs/common';
import { APP_GUARD, Reflector } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DataVersion } from '../../database/data-version';
import { ApiExceptionFilter } from '../api-exception.filter';
import { IS_PUBLIC, Public } from '../request-context';
import { AnswerCache } from './answer-cache';
import { AnswerCacheModule } from './answer-cache.module';
import { CachedOnDataVersion } from './cached-on-data-version.decorator';

/** The data version as the tests set it. */
class FakeDataVersion {
  version = '1:a';
  async current() {
    return this.version;
  }
}

/** Stands in for the product's guards: public routes pass, others need `x-role: admin`. */
@Injectable()
class RoleGuard implements CanActivate {
  calls = 0;
  constructor(private readonly reflector: Reflector) {}
  canActivate(context: ExecutionContext): boolean {
    this.calls += 1;
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const role = context.switchToHttp().getRequest<FastifyRequest>().headers['x-role'];
    if (!role) throw new UnauthorizedException('sign in first');
    if (role !== 'admin') throw new ForbiddenException('your role may not do this');
    return true;
  }
}

@Controller('t')
class TestController {
  calls = 0;

  @Public()
  @Get('open')
  @CachedOnDataVersion()
  open(@Query('q') q?: string) {
    this.calls += 1;
    return { q: q ?? null, computed: this.calls };
  }

  @Get('admins')
  @CachedOnDataVersion()
  admins() {
    this.calls += 1;
    return { secret: 'for admins', computed: this.calls };
  }

  @Get('own-etag')
  @CachedOnDataVersion()
  ownEtag(@Res({ passthrough: true }) reply: FastifyReply) {
    this.calls += 1;
    void reply.header('ETag', '"7"');
    return { version: 7 };
  }

  @Get('missing')
  @Public()
  @CachedOnDataVersion()
  missing() {
    this.calls += 1;
    throw new ForbiddenException('no');
  }

  @Public()
  @Get('plain')
  plain() {
    this.calls += 1;
    return { plain: true };
  }
}

/** As TransactionModule provides it to every module. */
@Global()
@Module({ providers: [{ provide: DataVersion, useClass: FakeDataVersion }], exports: [DataVersion] })
class FakeDataVersionModule {}

@Module({
  imports: [FakeDataVersionModule, AnswerCacheModule],
  controllers: [TestController],
  providers: [RoleGuard, { provide: APP_GUARD, useExisting: RoleGuard }],
})
class TestModule {}

describe('AnswerCache with @CachedOnDataVersion()', () => {
  let app: NestFastifyApplication;
  let fastify: FastifyInstance;
  let controller: TestController;
  let dataVersion: FakeDataVersion;
  let guard: RoleGuard;

  beforeEach(async () => {
    const moduleRef = await Test.createTestingModule({ imports: [TestModule] }).compile();
    app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), { logger: false });
    app.useGlobalFilters(new ApiExceptionFilter());
    await app.init();
    fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
    await fastify.ready();
    controller = app.get(TestController);
    dataVersion = app.get(DataVersion) as unknown as FakeDataVersion;
    guard = app.get(RoleGuard);
  });
  afterEach(() => app.close());

  const get = (url: string, headers: Record<string, string> = {}) => fastify.inject({ method: 'GET', url, headers });

  it('computes an answer once per data version and URL, and names it with an ETag', async () => {
    const first = await get('/t/open?q=1');
    expect(first.statusCode).toBe(200);
    expect(first.headers['etag']).toMatch(/^"[^"]+"$/);
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(first.headers['cache-control']).toBe('no-cache');
    const second = await get('/t/open?q=1');
    expect(second.json()).toEqual(first.json());
    expect(second.headers['etag']).toBe(first.headers['etag']);
    expect(controller.calls).toBe(1);

    expect((await get('/t/open?q=2')).json()).toEqual({ q: '2', computed: 2 });
    dataVersion.version = '2:b';
    const fresh = await get('/t/open?q=1');
    expect(fresh.json()).toEqual({ q: '1', computed: 3 });
    expect(fresh.headers['etag']).not.toBe(first.headers['etag']);
  });

  it('answers 304 without a body for the current ETag only', async () => {
    const etag = (await get('/t/open')).headers['etag'] as string;
    const unchanged = await get('/t/open', { 'if-none-match': etag });
    expect(unchanged.statusCode).toBe(304);
    expect(unchanged.body).toBe('');
    expect(unchanged.headers['etag']).toBe(etag);
    dataVersion.version = '2:b';
    const changed = await get('/t/open', { 'if-none-match': etag });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers['etag']).not.toBe(etag);
  });

  it('serves a stored answer as the request arrives, after the guards', async () => {
    const intercepted = jest.spyOn(app.get(AnswerCache), 'answerInChain');
    await get('/t/open');
    await get('/t/open');
    await get('/t/open');
    expect(intercepted).toHaveBeenCalledTimes(1);
    expect(guard.calls).toBe(3);
  });

  it('never serves a signed-in answer to a caller the guards refuse, from the chain or the cache', async () => {
    const allowed = await get('/t/admins', { 'x-role': 'admin' });
    expect(allowed.statusCode).toBe(200);
    const etag = allowed.headers['etag'] as string;
    expect(allowed.headers['cache-control']).toBe('private, no-cache');
    for (const headers of [{}, { 'if-none-match': etag }] as Record<string, string>[]) {
      const anonymous = await get('/t/admins', headers);
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.body).not.toContain('for admins');
      expect(anonymous.headers['etag']).toBeUndefined();
      const viewer = await get('/t/admins', { ...headers, 'x-role': 'viewer' });
      expect(viewer.statusCode).toBe(403);
      expect(viewer.json()).toMatchObject({ statusCode: 403, message: 'your role may not do this' });
    }
    expect((await get('/t/admins', { 'x-role': 'admin', 'if-none-match': etag })).statusCode).toBe(304);
    expect(controller.calls).toBe(1);
  });

  it("keeps a route's own ETag and answers 304 on it", async () => {
    const first = await get('/t/own-etag', { 'x-role': 'admin' });
    expect(first.headers['etag']).toBe('"7"');
    expect((await get('/t/own-etag', { 'x-role': 'admin', 'if-none-match': '"7"' })).statusCode).toBe(304);
    expect(controller.calls).toBe(1);
  });

  it('keeps no refusals and leaves undeclared routes alone', async () => {
    expect((await get('/t/missing')).statusCode).toBe(403);
    expect((await get('/t/missing')).statusCode).toBe(403);
    expect(controller.calls).toBe(2);
    const plain = await get('/t/plain');
    expect(plain.headers['etag']).toBeUndefined();
    await get('/t/plain');
    expect(controller.calls).toBe(4);
  });

  it('shares one computation between requests that arrive together', async () => {
    const answers = await Promise.all(Array.from({ length: 5 }, () => get('/t/open?q=together')));
    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200, 200, 200, 200]);
    expect(controller.calls).toBe(1);
  });
});

describe('@CachedOnDataVersion() on a route that is not GET', () => {
  @Controller('w')
  class WriteController {
    @Public()
    @Post()
    @CachedOnDataVersion()
    write() {
      return {};
    }
  }

  it('stops the start', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [FakeDataVersionModule, AnswerCacheModule],
      controllers: [WriteController],
    }).compile();
    const app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), { logger: false });
    await expect(app.init()).rejects.toThrow(/only GET routes can be cached/);
    await app.close();
  });
});
