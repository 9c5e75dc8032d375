import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { UserRole } from '@leitbild-monitor/shared/contracts';

/** The signed-in user behind a request, and how they signed in. */
export interface Principal {
  userId: string;
  email: string;
  name: string;
  role: UserRole;
  actorId: string | null;
  /** Set when the request came with a session cookie (and therefore needs the CSRF header to write). */
  sessionId: string | null;
  /** Set when the request came with a personal API token. */
  tokenId: string | null;
}

/** Who is asking and from where: what services need to check rights and to write history and audit entries. */
export interface RequestContext {
  principal: Principal | null;
  clientAddress: string | null;
}

/** The context of a route that requires sign-in: the principal is always there. */
export type SignedInContext = RequestContext & { principal: Principal };

/** The shape the authentication guard leaves on the request. */
export interface AuthenticatedRequest {
  principal?: Principal;
  ip?: string;
}

export function requestContextOf(request: AuthenticatedRequest): RequestContext {
  return { principal: request.principal ?? null, clientAddress: request.ip ?? null };
}

export const CurrentContext = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestContext =>
    requestContextOf(context.switchToHttp().getRequest<AuthenticatedRequest>()),
);

/** Routes open to anonymous callers. Everything else needs a signed-in user (deny by default). */
export const IS_PUBLIC = 'isPublic';
export const Public = () => applyDecorators(SetMetadata(IS_PUBLIC, true), ApiExtension(OPENAPI_PUBLIC_MARK, true));

/** Marks public operations in the OpenAPI document, so their security requirement can be cleared. */
export const OPENAPI_PUBLIC_MARK = 'x-public';

/**
 * The roles allowed on a route or controller. A non-public route without it is refused for everyone, so a
 * forgotten declaration fails closed.
 */
export const ROLES = 'roles';
export const Roles = (...roles: UserRole[]) => SetMetadata(ROLES, roles);

/** The roles of the product, for `@Roles(...)`. */
export const ANY_SIGNED_IN: UserRole[] = ['admin', 'editor', 'reviewer', 'viewer'];
export const MEASURE_WRITERS: UserRole[] = ['admin', 'editor'];
