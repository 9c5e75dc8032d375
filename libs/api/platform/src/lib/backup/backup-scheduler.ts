import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, Optional } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { writeBackup } from './sqlite-backup';

/** Told of every backup written, e.g. to record the audit log's head the backup contains. */
export interface BackupObserver {
  backupWritten(file: string): Promise<void>;
}

/** The Nest token under which a feature provides its BackupObserver. */
export const BACKUP_OBSERVER = Symbol('BACKUP_OBSERVER');

/** Backs up an SQLite database every BACKUP_INTERVAL_HOURS, keeping the newest BACKUP_KEEP files. */
@Injectable()
export class BackupScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Backup');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() @Inject(BACKUP_OBSERVER) private readonly observer: BackupObserver | null = null,
  ) {}

  onApplicationBootstrap(): void {
    const { database, backup } = this.config;
    if (database.type !== 'sqlite' || backup.intervalHours === 0) return;
    this.timer = setInterval(() => void this.run(), backup.intervalHours * 3_600_000);
    // A backup must not keep the process alive on shutdown.
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async run(): Promise<void> {
    try {
      await this.backupNow();
    } catch (error) {
      this.logger.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Writes one backup of the SQLite database now, as the schedule does, and returns its file. */
  async backupNow(): Promise<string> {
    const { database, backup } = this.config;
    if (database.type !== 'sqlite') throw new Error('scheduled backups are for SQLite; PostgreSQL has pg_dump');
    const file = await writeBackup(database.path, backup.dir, backup.keep);
    this.logger.log(`Backup written: ${file}`);
    await this.observer?.backupWritten(file);
    return file;
  }
}
