import { AuditService } from '@leitbild-monitor/api/audit';
import { forbidden, IS_PUBLIC, recordedRefusal, requestContextOf, ROLES } from '@leitbild-monitor/api/platform';
import type { UserRole } from '@leitbild-monitor/shared/contracts';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { GuardedRequest } from './authentication.guard';

/**
 * Role check, deny by default: a signed-in user passes only where the route or its controller names their role
 * with `@Roles(...)`. A route that names no roles is open to nobody. Every refusal is audited.
 */
@Injectable()
export class AuthorizationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<GuardedRequest>();
    const roles = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES, targets) ?? [];
    const role = request.principal?.role;
    if (role && roles.includes(role)) return true;
    await this.audit.recordAlone(requestContextOf(request), {
      action: 'access.denied',
      details: { method: request.method, path: request.url.split('?')[0], role: role ?? null },
    });
    throw recordedRefusal(forbidden('forbidden_role', 'your role may not do this'));
  }
}
