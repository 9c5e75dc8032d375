import { Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { DataSource, QueryRunner } from 'typeorm';

/** Key of the PostgreSQL advisory lock held while an instance migrates and seeds the database. */
export const STARTUP_LOCK_KEY = 7_364_716_105;

/**
 * Several API instances may start at the same moment on one PostgreSQL database. Each one takes a session-level
 * advisory lock before it applies the migrations and keeps it through its whole start — the first
 * administrator and the demo data are created in `onApplicationBootstrap` of other modules — so the second
 * instance waits, then finds everything in place and neither applies a migration twice nor seeds twice.
 *
 * Registered in the root module: its `onModuleInit` runs after every other module's (none of which touch the
 * database) and its `onApplicationBootstrap` after every other module's, which is when the lock is released.
 * SQLite has no second instance on one file; TypeORM applies its migrations while connecting.
 */
@Injectable()
export class DatabaseStartup implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('DatabaseStartup');
  private lockHolder: QueryRunner | null = null;

  constructor(private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    if (this.dataSource.options.type !== 'postgres') return;
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    this.lockHolder = runner;
    await runner.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
    const applied = await this.dataSource.runMigrations({ transaction: 'each' });
    if (applied.length > 0) this.logger.log(`Applied ${applied.length} migrations`);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.release();
  }

  private async release(): Promise<void> {
    const runner = this.lockHolder;
    if (!runner) return;
    this.lockHolder = null;
    try {
      await runner.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK_KEY]);
    } finally {
      await runner.release();
    }
  }
}
