import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { writeBackup } from './sqlite-backup';

/** Backs up an SQLite database every BACKUP_INTERVAL_HOURS, keeping the newest BACKUP_KEEP files. */
@Injectable()
export class BackupScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Backup');
  private timer: NodeJS.Timeout | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  onApplicationBootstrap(): void {
    const { database, backup } = this.config;
    if (database.type !== 'sqlite' || backup.intervalHours === 0) return;
    this.timer = setInterval(() => void this.run(database.path), backup.intervalHours * 3_600_000);
    // A backup must not keep the process alive on shutdown.
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async run(path: string): Promise<void> {
    try {
      const file = await writeBackup(path, this.config.backup.dir, this.config.backup.keep);
      this.logger.log(`Backup written: ${file}`);
    } catch (error) {
      this.logger.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
