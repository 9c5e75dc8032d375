import { AuditService } from '@leitbild-monitor/api/audit';
import {
  AuthenticatedRequest,
  forbidden,
  IS_PUBLIC,
  Principal,
  recordedRefusal,
  requestContextOf,
  unauthorized,
} from '@leitbild-monitor/api/platform';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { ApiTokensService } from './api-tokens.service';
import { SESSION_COOKIE, XSRF_HEADER } from './auth-cookies';
import { sameSecret } from './secret-token';
import { SessionsService } from './sessions.service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The request as the guards see it, with what they attach. */
export type GuardedRequest = FastifyRequest & AuthenticatedRequest & { csrfToken?: string };

/**
 * Finds out who is calling — a personal API token (`Authorization: Bearer`) or a session cookie — and refuses
 * anonymous callers on every route not marked `@Public()` (401). Writes made with a session cookie must carry
 * the session's CSRF token in `X-XSRF-TOKEN` (403); token callers are scripts and need none.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
    private readonly tokens: ApiTokensService,
    private readonly audit: AuditService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<GuardedRequest>();
    const principal = await this.identify(request);
    if (principal) request.principal = principal;

    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    if (!principal) throw unauthorized('sign_in_required', 'sign in first');

    if (principal.sessionId && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers[XSRF_HEADER];
      if (typeof sent !== 'string' || !request.csrfToken || !sameSecret(sent, request.csrfToken)) {
        await this.audit.recordAlone(requestContextOf(request), {
          action: 'access.denied',
          details: { method: request.method, path: request.url.split('?')[0], reason: 'csrf_token_missing_or_wrong' },
        });
        throw recordedRefusal(
          forbidden('csrf_token_invalid', 'X-XSRF-TOKEN header is missing or does not match the XSRF-TOKEN cookie'),
        );
      }
    }
    return true;
  }

  private async identify(request: GuardedRequest): Promise<Principal | null> {
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      const principal = match ? await this.tokens.resolve(match[1]) : null;
      // A bad token is an error even where anonymous access is allowed: the caller meant to sign in.
      if (!principal) throw unauthorized('token_invalid', 'the API token is unknown or revoked');
      return principal;
    }
    const cookie = request.cookies?.[SESSION_COOKIE];
    if (!cookie) return null;
    const session = await this.sessions.resolve(cookie);
    if (!session) return null;
    request.csrfToken = session.csrfToken;
    return session.principal;
  }
}
