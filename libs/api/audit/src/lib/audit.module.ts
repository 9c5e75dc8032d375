import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditController } from './audit.controller';
import { AuditEntryEntity, AuditHeadEntity } from './audit-entry.entity';
import { AuditService } from './audit.service';

export const AUDIT_ENTITIES = [AuditEntryEntity, AuditHeadEntity];

/** Global: every feature writes to the audit log. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(AUDIT_ENTITIES)],
  controllers: [AuditController],
  providers: [AuditService],
  exports: [AuditService],
})
export class AuditModule {}
