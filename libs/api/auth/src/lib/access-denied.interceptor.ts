import { AuditService } from '@leitbild-monitor/api/audit';
import { AuthenticatedRequest, requestContextOf } from '@leitbild-monitor/api/platform';
import { CallHandler, ExecutionContext, HttpException, HttpStatus, Injectable, NestInterceptor } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { catchError, from, mergeMap, Observable, throwError } from 'rxjs';

/**
 * Audits refusals that services make per record (an editor writing another actor's measure). They happen
 * inside the rolled-back transaction of the refused change, so the entry is written on its own afterwards.
 */
@Injectable()
export class AccessDeniedInterceptor implements NestInterceptor {
  constructor(private readonly audit: AuditService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest & AuthenticatedRequest>();
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (!(error instanceof HttpException) || error.getStatus() !== HttpStatus.FORBIDDEN)
          return throwError(() => error);
        return from(
          this.audit.recordAlone(requestContextOf(request), {
            action: 'access.denied',
            details: { method: request.method, path: request.url.split('?')[0], reason: error.message },
          }),
        ).pipe(mergeMap(() => throwError(() => error)));
      }),
    );
  }
}
