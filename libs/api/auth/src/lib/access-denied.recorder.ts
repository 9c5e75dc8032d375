import { AuditService } from '@leitbild-monitor/api/audit';
import { AuthenticatedRequest, requestContextOf } from '@leitbild-monitor/api/platform';
import { HttpException, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/**
 * Audits refusals that services make per record (an editor writing another actor's measure). They happen
 * inside the rolled-back transaction of the refused change, so the entry is written on its own afterwards, by the
 * application's exception filter (`ApiExceptionFilter`'s refusal recorder, set up by createApp). The guards record
 * their own refusals, with the role or the reason they know.
 */
@Injectable()
export class AccessDeniedRecorder {
  constructor(private readonly audit: AuditService) {}

  readonly record = async (request: FastifyRequest, refusal: HttpException): Promise<void> => {
    await this.audit.recordAlone(requestContextOf(request as FastifyRequest & AuthenticatedRequest), {
      action: 'access.denied',
      details: { method: request.method, path: request.url.split('?')[0], reason: refusal.message },
    });
  };
}
