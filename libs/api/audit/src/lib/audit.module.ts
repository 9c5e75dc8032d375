import { BACKUP_OBSERVER } from '@leitbild-monitor/api/platform';
import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditAnchorWriter } from './audit-anchor-writer';
import { AuditController } from './audit.controller';
import { AuditEntryEntity, AuditHeadEntity } from './audit-entry.entity';
import { AuditKeyStore } from './audit-key.store';
import { AuditSealer } from './audit-sealer';
import { AuditService } from './audit.service';
import { AuditStartup } from './audit-startup';

export const AUDIT_ENTITIES = [AuditEntryEntity, AuditHeadEntity];

/** Global: every feature writes to the audit log. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(AUDIT_ENTITIES)],
  controllers: [AuditController],
  providers: [
    AuditKeyStore,
    AuditService,
    AuditAnchorWriter,
    AuditSealer,
    AuditStartup,
    // Every backup the scheduler writes anchors the head it contains.
    { provide: BACKUP_OBSERVER, useExisting: AuditAnchorWriter },
  ],
  exports: [AuditService, AuditKeyStore, AuditSealer, BACKUP_OBSERVER],
})
export class AuditModule {}
