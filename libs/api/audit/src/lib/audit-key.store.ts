import { Injectable } from '@nestjs/common';
import type { AuditKeyRing } from './audit-key';

/**
 * The instance's audit keys, read when the application starts (AuditStartup), before anything is recorded: the
 * start can then refuse with a message (main.ts stops on an InvalidConfigError) instead of failing while Nest
 * builds its providers.
 */
@Injectable()
export class AuditKeyStore {
  private loaded: AuditKeyRing | null = null;

  get ring(): AuditKeyRing {
    if (!this.loaded) throw new Error('the audit keys are read when the application starts');
    return this.loaded;
  }

  set ring(ring: AuditKeyRing) {
    this.loaded = ring;
  }
}
