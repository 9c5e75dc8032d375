import {
  allowEmbedding,
  answerClientError,
  ApiExceptionFilter,
  AppConfig,
  createValidationPipe,
  keepApiAnswersOutOfCaches,
  rejectUnsafeInput,
  toApiError,
} from '@leitbild-monitor/api/platform';
import { AccessDeniedRecorder } from '@leitbild-monitor/api/auth';
import { registerFileUploads } from '@leitbild-monitor/api/transfer';
import { acceptUnsubscribeForms } from '@leitbild-monitor/api/notifications';
import { isDashboardPath, PUBLIC_DASHBOARD_SECTIONS } from '@leitbild-monitor/shared/contracts';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { constants as zlibConstants } from 'node:zlib';
import helmet from 'helmet';
import { AppModule } from './app.module';
import { openApiDocuments } from './openapi-document';

export const API_PREFIX = 'api/v1';
/** Bodies above this size get 413 before anything parses them; no measure comes close. */
export const BODY_LIMIT_BYTES = 256 * 1024;
/** Answers smaller than this go out as they are: compressing them saves less than the headers weigh. */
export const COMPRESSION_THRESHOLD_BYTES = 1024;
/**
 * Brotli quality for answers compressed per request. Level 4 (Cloudflare's and @fastify/compress's choice) makes the
 * public summary a third of its size at about the cost of gzip; levels 5–6 cost several times the CPU for 4 % less,
 * 9–11 take 50–180 ms per answer (measured in docs/performance.md). The dashboard's files are compressed once, at
 * level 11, by the build (tools/scripts/precompress.mjs).
 */
export const BROTLI_QUALITY = 4;
/** `Cache-Control` of a file whose name carries a hash of its content: it never changes under that name. */
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';
/** The Angular build's names: `main-HDG2QY3F.js`, `chunk-….js`, `styles-….css`, `media/font-….woff2`. */
const HASHED_FILE = /-[A-Z0-9]{8}\.[a-z0-9]+$/;

/**
 * A strict policy the built dashboard works under: no inline or foreign scripts, no <base>, no framing.
 * Inline styles stay allowed because Angular adds its component styles at runtime.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  baseUri: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  formAction: ["'self'"],
  upgradeInsecureRequests: null,
};

/** Every method and path the application registered, for the test that proves each one is closed by default. */
export const registeredRoutes = new WeakMap<object, { method: string; url: string }[]>();

/** Builds the application (API, OpenAPI pages, built dashboard) without listening, for main.ts and the tests. */
export async function createApp(config: AppConfig, options: { logger?: false } = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    // Behind a reverse proxy, client addresses and https come from its X-Forwarded-* headers — only when the
    // request comes from one of the proxies' addresses, so a client reaching the port directly cannot claim one.
    trustProxy: config.trustedProxies.length > 0 ? config.trustedProxies : false,
    // A client that sends its request byte by byte must not hold a connection for ever (Node's default is no
    // limit in Fastify): the whole request within REQUEST_TIMEOUT_SECONDS, its headers within a third of that,
    // checked a few times per period.
    requestTimeout: config.requestTimeoutSeconds * 1000,
    http: {
      headersTimeout: Math.ceil((config.requestTimeoutSeconds * 1000) / 3),
      connectionsCheckingInterval: Math.min(30_000, Math.ceil((config.requestTimeoutSeconds * 1000) / 4)),
    },
    // A URL Fastify cannot decode gets the contract's error body, without Fastify's own error code.
    frameworkErrors: (_error: unknown, _request: unknown, reply: FastifyReply) =>
      void reply.status(400).send(toApiError(400, 'the request URL is malformed')),
    // ... and so does what Node's HTTP parser refuses (headers too large, a timeout).
    clientErrorHandler: answerClientError,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger: options.logger,
    // JSON only: Nest would otherwise add a form-urlencoded parser; Fastify's own JSON parser stays.
    bodyParser: false,
    bufferLogs: options.logger !== false,
  });
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  // ... and without this, Fastify's built-in text/plain parser would hand strings to the handlers.
  fastify.removeContentTypeParser('text/plain');
  rejectUnsafeInput(fastify);
  keepApiAnswersOutOfCaches(fastify, `/${API_PREFIX}/`);

  const routes = registeredRoutes.get(app) ?? [];
  registeredRoutes.set(app, routes);
  fastify.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push({ method, url: route.url });
  });
  await app.register(fastifyCookie);
  // Request bodies are small (a measure, a sign-in) and no client of the API compresses them: they are read as
  // sent, as before answers were compressed. The plugin would otherwise inflate any body naming an encoding, and
  // answer an encoding it does not know (`br, identity`) with an error of its own.
  fastify.addHook('onRoute', (route) => {
    route.decompress = false;
  });
  // Compresses JSON, CSV and text answers above the threshold by the request's Accept-Encoding (brotli, else gzip),
  // before any route is registered so that every route gets it. Spreadsheets, PDFs, images and videos are
  // compressed formats already and go out as they are; partial answers (206) are never compressed. The dashboard's
  // files arrive compressed from the build (serveDashboard) and pass through unchanged.
  await app.register(fastifyCompress, {
    threshold: COMPRESSION_THRESHOLD_BYTES,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } },
    zlibOptions: { level: 6 },
  });
  // Multipart only for the spreadsheet import; every other route still answers it with 415.
  await registerFileUploads(fastify);
  // Forms only for the one-click unsubscribe of e-mails (RFC 8058); every other route still answers them with 415.
  acceptUnsubscribeForms(fastify, API_PREFIX);
  // Security headers from one helmet middleware built at start. @fastify/helmet builds a new one for every request
  // (parsing the policy again: about 60 µs, more than a cached answer's own work), and no route here needs options
  // of its own.
  const securityHeaders = helmet({ contentSecurityPolicy: { directives: CONTENT_SECURITY_POLICY } });
  fastify.addHook('onRequest', (request, reply, next) => securityHeaders(request.raw, reply.raw, () => next()));
  // Only /public/embed may be framed, and only by the sites EMBED_ALLOWED_ORIGINS names.
  allowEmbedding(fastify, config.embedAllowedOrigins);
  // No CORS: the dashboard is served from the same origin, and no other site may call the API from a browser.

  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  // The one exception filter; refusals that no guard recorded (a service's check of one record) are audited there.
  app.useGlobalFilters(new ApiExceptionFilter(app.get(AccessDeniedRecorder).record));

  SwaggerModule.setup('api/docs', app, openApiDocuments.register(app), {
    jsonDocumentUrl: 'api/openapi.json',
    raw: ['json'],
  });

  await serveDashboard(fastify, config);
  return app;
}

/**
 * What search engines may read: the public sections, and what a crawler needs to render them (scripts, styles,
 * translations and the public API the page calls). Everything else needs a sign-in and is of no use to an index.
 */
export function robotsTxt(): string {
  return [
    '# Leitbild-Monitor: only the public pages are meant for search engines.',
    'User-agent: *',
    ...PUBLIC_DASHBOARD_SECTIONS.map((section) => `Allow: /${section}`),
    'Allow: /*.js$',
    'Allow: /*.css$',
    'Allow: /i18n/',
    `Allow: /${API_PREFIX}/public/`,
    'Disallow: /',
    '',
  ].join('\n');
}

/**
 * Files whose names carry a hash of their content are kept by browsers for a year without asking again (a new build
 * gives changed files new names); everything else — index.html, the translations under /i18n/, the favicon — is
 * revalidated on each use (`no-cache`: a 304 while it has not changed).
 */
export function dashboardCacheControl(path: string): string {
  return HASHED_FILE.test(basename(path).replace(/\.(br|gz)$/, '')) ? IMMUTABLE_CACHE_CONTROL : 'no-cache';
}

/**
 * Serves the built dashboard: its files as they are, index.html for the dashboard's routes (/overview,
 * /measures/…), so they work on reload and as bookmarks, and index.html with 404 for every other path outside the
 * API, where the dashboard shows its not-found page and crawlers and link checkers learn that there is no page.
 */
async function serveDashboard(fastify: FastifyInstance, config: AppConfig): Promise<void> {
  const root = resolve(config.dashboardDir ?? join(__dirname, '..', 'dashboard', 'browser'));
  const built = existsSync(join(root, 'index.html'));
  if (built) {
    await fastify.register(fastifyStatic, {
      root,
      wildcard: false,
      index: false,
      // The build writes name.br and name.gz beside each text file: sent by Accept-Encoding, with Vary.
      preCompressed: true,
      setHeaders: (reply: FastifyReply, path: string) =>
        void reply.header('cache-control', dashboardCacheControl(path)),
    });
  }
  const robots = robotsTxt();
  fastify.get('/robots.txt', (_request, reply) =>
    reply.header('cache-control', 'public, max-age=3600').type('text/plain; charset=utf-8').send(robots),
  );
  fastify.get('/*', (request, reply) => {
    const path = request.url.split('?')[0];
    if (path.startsWith('/api/') || !built) {
      return reply.status(404).send(toApiError(404, `no route for GET ${path}`));
    }
    return reply
      .status(isDashboardPath(path) ? 200 : 404)
      .header('cache-control', 'no-cache')
      .sendFile('index.html');
  });
}
