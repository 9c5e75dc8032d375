import { forbidden } from '@leitbild-monitor/api/platform';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { GuardedRequest } from './authentication.guard';

/**
 * Credentials are managed only by someone who signed in with a password: a leaked API token can neither
 * mint more tokens nor change the password. Runs after the global guards, before the body is validated.
 */
@Injectable()
export class SessionOnlyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<GuardedRequest>();
    if (request.principal?.sessionId) return true;
    throw forbidden(
      'session_required',
      'sign in with your password to manage passwords and API tokens; an API token cannot',
    );
  }
}
