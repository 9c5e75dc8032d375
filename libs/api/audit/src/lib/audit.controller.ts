import {
  ApiErrorResponses,
  ApiPageResponse,
  MaxLength,
  PaginationQuery,
  Roles,
  Trim,
} from '@leitbild-monitor/api/platform';
import type { AuditEntry, Page } from '@leitbild-monitor/shared/contracts';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { AuditService } from './audit.service';
import { AuditEntryDto } from './dto/audit-entry.dto';

export class AuditQuery extends PaginationQuery {
  /** Only entries of this action, e.g. `auth.login_failed`. */
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @Matches(/^[a-z_.]+$/, { message: 'action must be an action name such as auth.login' })
  action?: string;
}

/** Read-only: the audit log has no write, change or delete endpoint. */
@ApiTags('audit')
@Roles('admin')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** Audit entries, newest first. */
  @Get()
  @ApiPageResponse(AuditEntryDto)
  @ApiErrorResponses(403)
  list(@Query() query: AuditQuery): Promise<Page<AuditEntry>> {
    return this.audit.list(query);
  }
}
