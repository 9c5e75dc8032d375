import type { AuditEntry } from '@leitbild-monitor/shared/contracts';
import { ApiProperty } from '@nestjs/swagger';

/** An entry of the audit log as an OpenAPI schema (the wire type is AuditEntry in shared/contracts). */
export class AuditEntryDto implements AuditEntry {
  id!: number;
  /** UTC ISO timestamp. */
  at!: string;
  userId!: string | null;
  /** E-mail or name of whoever acted; for failed sign-ins the e-mail that was tried. */
  actorLabel!: string | null;
  clientAddress!: string | null;
  /** What happened, e.g. `auth.login`, `auth.login_failed`, `measure.update`, `access.denied`. */
  action!: string;
  targetType!: string | null;
  targetId!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true })
  details!: Record<string, unknown>;
  /**
   * The entry's seal (HMAC-SHA-256, hex). Empty for an entry written moments ago on PostgreSQL, which one instance
   * seals after its commit, within about a second (docs/security.md, "Audit log").
   */
  hash!: string;
}
