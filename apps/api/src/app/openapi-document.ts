import { completeOpenApiDocument } from '@leitbild-monitor/api/platform';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/** The application's OpenAPI document, served at /api/openapi.json; `npm test` lints it and checks answers against it. */
export const openApiDocuments = new WeakMap<object, OpenAPIObject>();

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
  return completeOpenApiDocument(document);
}
