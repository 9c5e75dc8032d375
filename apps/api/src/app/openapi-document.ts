import { completeOpenApiDocument } from '@leitbild-monitor/api/platform';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

const documentFactories = new WeakMap<object, () => OpenAPIObject>();

/**
 * The application's OpenAPI document, served at /api/openapi.json; `npm test` lints it and checks answers against
 * it. It is built when first asked for — by the first request for it or its browsable view, by the tests and by
 * `openapi.js` — and then kept: building it walks every controller and DTO, which a start need not wait for and
 * most instances never need.
 */
export const openApiDocuments = {
  /** Registers how to build the document of `app`, once, on first use. */
  register(app: INestApplication): () => OpenAPIObject {
    let document: OpenAPIObject | undefined;
    const factory = () => (document ??= buildOpenApiDocument(app));
    documentFactories.set(app, factory);
    return factory;
  },
  /** The document of `app`, built now if it was not yet. */
  get(app: object): OpenAPIObject | undefined {
    return documentFactories.get(app)?.();
  },
  /** Whether the document of `app` has been built (for the test that a start does not build it). */
  built: new WeakSet<object>(),
};

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Leitbild-Monitor API')
      .setDescription(
        'Measures of a Leitbild, their status, progress and history. Every error answers with `ErrorResponse` ' +
          '(`{ statusCode, error, message, problems }`). Changes of a measure need `If-Match` with the `ETag` of ' +
          'the version they are based on. Sign in with a session cookie (browsers) or a personal API token (scripts).',
      )
      .setVersion('1')
      .setLicense('MIT', 'https://opensource.org/licenses/MIT')
      .addServer('/', 'This installation')
      .addCookieAuth('lbm_session', {
        type: 'apiKey',
        in: 'cookie',
        description:
          'Session cookie set by `POST /api/v1/auth/login`. Writes (POST, PUT, PATCH, DELETE) with it must echo the ' +
          'value of the readable `XSRF-TOKEN` cookie in the `X-XSRF-TOKEN` header, else `403`.',
      })
      .addBearerAuth({
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'opaque lbm_… token',
        description:
          'Personal API token (`Authorization: Bearer lbm_…`, an opaque string, not a JWT) from ' +
          '`POST /api/v1/auth/tokens`. Needs no `X-XSRF-TOKEN`.',
      })
      .addSecurityRequirements('cookie')
      .addSecurityRequirements('bearer')
      .build(),
  );
  openApiDocuments.built.add(app);
  return completeOpenApiDocument(document);
}
