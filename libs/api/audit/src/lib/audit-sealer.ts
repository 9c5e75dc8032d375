import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type QueryRunner } from 'typeorm';
import { AuditAnchorWriter } from './audit-anchor-writer';
import { PendingGaps } from './audit-gaps';
import { AuditService } from './audit.service';

/** Key of the PostgreSQL advisory lock held by the one instance that seals the audit log. */
export const SEALER_LOCK_KEY = 7_364_716_106;

/** How often the sealer looks for committed entries: the usual lag between a write and its entry's seal. */
export const SEAL_INTERVAL_MS = 250;

/**
 * PostgreSQL: chains and seals the audit entries that writes inserted unsealed (AuditService.record), so that no
 * write waits for another one's entry. Runs in every instance; the one holding the session-level advisory lock
 * SEALER_LOCK_KEY on a connection of its own does the work, the others try to take the lock at every tick and take
 * over when its holder stops or its connection dies. Every SEAL_INTERVAL_MS and at shutdown it seals what was
 * committed since, in id order, in one REPEATABLE READ transaction per batch on that connection. SQLite seals each
 * entry as it is written; there the sealer does nothing.
 */
@Injectable()
export class AuditSealer {
  private readonly logger = new Logger('AuditSealer');
  private readonly gaps = new PendingGaps();
  private lockHolder: QueryRunner | null = null;
  private timer: NodeJS.Timeout | null = null;
  private work: Promise<void> = Promise.resolve();
  private lastError: string | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly anchors: AuditAnchorWriter,
  ) {
    audit.sealWith(() => this.sealNow());
  }

  private get enabled(): boolean {
    return this.dataSource.options.type === 'postgres';
  }

  /** Whether this instance holds the sealer's lock. */
  get leading(): boolean {
    return this.lockHolder !== null;
  }

  /** At start (after the anchors): a first pass at once — recording a key change if this instance leads — then the interval. */
  async start(): Promise<void> {
    if (!this.enabled) return;
    await this.sealNow();
    this.timer = setInterval(() => void this.sealNow(), SEAL_INTERVAL_MS);
    this.timer.unref();
  }

  /** At shutdown, before the last anchor: stops the interval, seals what is committed, hands the lock on. */
  async stop(): Promise<void> {
    if (!this.enabled) return;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.dataSource.isInitialized) await this.sealNow();
    await this.work;
    await this.resign();
  }

  /** One pass now (after the one under way), if this instance leads or can take the lead. */
  sealNow(): Promise<void> {
    if (!this.enabled) return Promise.resolve();
    this.work = this.work.then(() => this.pass()).catch((error: unknown) => this.report(error));
    return this.work;
  }

  private async pass(): Promise<void> {
    if (!(await this.lead())) return;
    const runner = this.lockHolder as QueryRunner;
    for (;;) {
      await runner.startTransaction('REPEATABLE READ');
      let pass;
      try {
        pass = await this.audit.sealCommitted(runner.manager, this.gaps);
        await runner.commitTransaction();
      } catch (error) {
        await runner.rollbackTransaction();
        throw error;
      }
      if (pass.keyChange) {
        await this.changeKey(runner);
        continue;
      }
      if (pass.sealed > 0) this.anchors.headMoved();
      this.lastError = null;
      if (!pass.more) return;
    }
  }

  /** Seals what is pending with the head's key and records the change to the current one (AuditService). */
  private async changeKey(runner: QueryRunner): Promise<void> {
    await runner.startTransaction('READ COMMITTED');
    try {
      await this.audit.sealUnderTableLock(runner.manager);
      await runner.commitTransaction();
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    }
    this.gaps.clear();
    this.anchors.headMoved();
  }

  /** Takes the sealer's lock on a connection of its own, unless another instance holds it. */
  private async lead(): Promise<boolean> {
    if (this.lockHolder) {
      if (!this.lockHolder.isReleased) return true;
      this.lockHolder = null;
    }
    if (!this.dataSource.isInitialized) return false;
    const runner = this.dataSource.createQueryRunner();
    try {
      await runner.connect();
      const [{ locked }] = (await runner.query('SELECT pg_try_advisory_lock($1) AS locked', [SEALER_LOCK_KEY])) as {
        locked: boolean;
      }[];
      if (!locked) {
        await runner.release();
        return false;
      }
    } catch (error) {
      await runner.release();
      throw error;
    }
    // Ids seen missing by a previous holder are seen anew: their snapshots are not known here.
    this.gaps.clear();
    this.lockHolder = runner;
    return true;
  }

  private async resign(): Promise<void> {
    const runner = this.lockHolder;
    this.lockHolder = null;
    if (!runner || runner.isReleased) return;
    try {
      await runner.query('SELECT pg_advisory_unlock($1)', [SEALER_LOCK_KEY]);
    } catch {
      // The connection is gone: so is the lock.
    } finally {
      await runner.release();
    }
  }

  /**
   * A failed pass is tried again at the next tick (a concurrent change is a serialization failure; a lost connection
   * hands the lock on). The same message is logged once, not four times a second.
   */
  private async report(error: unknown): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    if (message !== this.lastError) this.logger.error(`Could not seal the audit log: ${message}`);
    this.lastError = message;
    if (/terminat|connection|ECONNRESET|Connection terminated/i.test(message))
      await this.resign().catch(() => undefined);
  }
}
