import { UserEntity } from '@leitbild-monitor/api/auth';
import { createSmtpTransport, MailTransport } from '@leitbild-monitor/api/mail';
import { APP_CONFIG, AppConfig, isUniqueViolation, newId, TransactionRunner } from '@leitbild-monitor/api/platform';
import type { NotificationFrequency, TaskItem } from '@leitbild-monitor/shared/contracts';
import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { NotificationDeliveryEntity, NotificationNoticeEntity } from './notification.entities';
import { renderDigest } from './notification-message';
import { digestKey, MAX_DELIVERY_ATTEMPTS, retryDelayMinutes } from './notification-rules';
import { DEFAULT_USER_SETTINGS, NotificationSettingsService } from './notification-settings.service';
import { NotificationTasksService } from './notification-tasks.service';
import { UnsubscribeLinks } from './unsubscribe-link';

/** A `sending` delivery whose instance has not marked it after this long (it stopped) is sent again. */
export const CLAIM_TIMEOUT_MINUTES = 10;

/** What one run did, or with `dryRun` would do. */
export interface DispatchReport {
  /** E-mails claimed in this run (each with its recipient, subject and notices). */
  claimed: { recipientEmail: string; digest: NotificationFrequency; subject: string; notices: TaskItem[] }[];
  sent: number;
  failed: number;
}

/**
 * Claim → send → mark. A run (1) claims one e-mail per recipient whose digest is due, with the notices they have not
 * had: one transaction inserts the delivery and a row per notice, and the unique keys let only one instance (or run)
 * win; (2) sends every delivery that is due — new, waiting for a retry, or left `sending` by an instance that stopped
 * — after taking it with a conditional update only one instance can make; (3) marks it sent, or records the error and
 * the time of the next attempt. The SMTP server is never awaited on a request path.
 */
@Injectable()
export class NotificationDispatcher implements OnApplicationShutdown {
  private readonly logger = new Logger('Notifications');
  private readonly transport: MailTransport | null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly tasks: NotificationTasksService,
    private readonly settings: NotificationSettingsService,
    private readonly links: UnsubscribeLinks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.transport = config.mail.smtpUrl ? createSmtpTransport(config.mail.smtpUrl, config.mail.from) : null;
  }

  get mailConfigured(): boolean {
    return this.transport !== null;
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }

  /** The address links in e-mails start with: PUBLIC_URL, else the local port. */
  baseUrl(): string {
    return (this.config.publicUrl ?? `http://localhost:${this.config.port}`).replace(/\/+$/, '');
  }

  /** One run at `now`; with `dryRun` nothing is written or sent, the report says what would be. */
  async run(now: Date, options: { dryRun?: boolean } = {}): Promise<DispatchReport> {
    const report: DispatchReport = { claimed: [], sent: 0, failed: 0 };
    if (!this.transport && !options.dryRun) return report;
    await this.claimDue(now, report, options.dryRun === true);
    if (!options.dryRun) await this.sendDue(now, report);
    return report;
  }

  private async claimDue(now: Date, report: DispatchReport, dryRun: boolean): Promise<void> {
    const settings = await this.settings.read();
    const preferences = await this.settings.allUserSettings();
    const users = await this.dataSource.manager.find(UserEntity, { where: { active: true } });
    const recipients = users
      .map((user) => ({ user, preference: preferences.get(user.id) ?? DEFAULT_USER_SETTINGS }))
      .map((entry) => ({ ...entry, key: digestKey(entry.preference.frequency, now, settings) }))
      .filter((entry): entry is typeof entry & { key: string } => entry.key !== null);
    if (recipients.length === 0) return;
    const tasks = await this.tasks.tasksByUser(
      now,
      recipients.map((entry) => entry.user.id),
    );
    for (const { user, preference, key } of recipients) {
      const all = tasks.get(user.id) ?? [];
      if (all.length === 0) continue;
      // This digest went out already (the unique key would refuse it again; this saves the work).
      if (
        await this.dataSource.manager.existsBy(NotificationDeliveryEntity, { recipientId: user.id, deliveryKey: key })
      )
        continue;
      const given = await this.dataSource.manager.find(NotificationNoticeEntity, {
        where: { recipientId: user.id, noticeKey: In(all.map((item) => item.key)) },
        select: { noticeKey: true },
      });
      const seen = new Set(given.map((row) => row.noticeKey));
      const fresh = all.filter((item) => !seen.has(item.key));
      if (fresh.length === 0) continue;
      // The same notice can be listed twice (one per responsible role); it is given once.
      const notices = [...new Map(fresh.map((item) => [item.key, item])).values()];
      const unsubscribeUrl = this.links.url(this.baseUrl(), user.id);
      const message = renderDigest({
        language: preference.language,
        name: user.name,
        items: notices,
        baseUrl: this.baseUrl(),
        unsubscribeUrl,
      });
      const entry = { recipientEmail: user.email, digest: preference.frequency, subject: message.subject, notices };
      if (dryRun) {
        report.claimed.push(entry);
        continue;
      }
      const at = now.toISOString();
      try {
        await this.transactions.run(async (manager) => {
          const id = newId();
          await manager.insert(NotificationDeliveryEntity, {
            id,
            recipientId: user.id,
            recipientEmail: user.email,
            deliveryKey: key,
            digest: preference.frequency,
            kinds: [...new Set(notices.map((item) => item.kind))].join(','),
            subject: message.subject,
            bodyText: message.text,
            bodyHtml: message.html,
            unsubscribeUrl,
            status: 'pending',
            attempts: 0,
            createdAt: at,
            claimedAt: null,
            nextAttemptAt: at,
            sentAt: null,
            error: null,
          });
          await manager.insert(
            NotificationNoticeEntity,
            notices.map((item) => ({ recipientId: user.id, noticeKey: item.key, deliveryId: id, createdAt: at })),
          );
        });
        report.claimed.push(entry);
      } catch (error) {
        // Another instance (or an earlier run) claimed this digest or one of its notices first.
        if (!isUniqueViolation(error)) throw error;
      }
    }
  }

  private async sendDue(now: Date, report: DispatchReport): Promise<void> {
    const at = now.toISOString();
    const stale = new Date(now.getTime() - CLAIM_TIMEOUT_MINUTES * 60_000).toISOString();
    const due = await this.dataSource.manager
      .createQueryBuilder(NotificationDeliveryEntity, 'd')
      .where('(d.status = :pending AND d.nextAttemptAt <= :at)', { pending: 'pending', at })
      .orWhere('(d.status = :sending AND d.claimedAt < :stale)', { sending: 'sending', stale })
      .orderBy('d.createdAt', 'ASC')
      .getMany();
    for (const delivery of due) {
      if (!(await this.take(delivery, at))) continue;
      try {
        await (this.transport as MailTransport).send({
          to: delivery.recipientEmail,
          subject: delivery.subject,
          text: delivery.bodyText,
          html: delivery.bodyHtml,
          headers: {
            'List-Unsubscribe': `<${delivery.unsubscribeUrl}>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
            'Auto-Submitted': 'auto-generated',
          },
        });
        await this.transactions.run((manager) =>
          manager.update(NotificationDeliveryEntity, { id: delivery.id }, { status: 'sent', sentAt: at, error: null }),
        );
        report.sent++;
      } catch (error) {
        const attempts = delivery.attempts;
        const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
        const givenUp = attempts >= MAX_DELIVERY_ATTEMPTS;
        const next = new Date(now.getTime() + retryDelayMinutes(attempts) * 60_000).toISOString();
        await this.transactions.run((manager) =>
          manager.update(
            NotificationDeliveryEntity,
            { id: delivery.id },
            { status: givenUp ? 'failed' : 'pending', nextAttemptAt: givenUp ? null : next, error: message },
          ),
        );
        this.logger.warn(
          `E-mail to ${delivery.recipientEmail} failed (attempt ${attempts}${givenUp ? ', given up' : `, next ${next}`}): ${message}`,
        );
        report.failed++;
      }
    }
  }

  /** Takes a delivery for sending: only the instance whose conditional update changes the row sends it. */
  private async take(delivery: NotificationDeliveryEntity, at: string): Promise<boolean> {
    const result = await this.transactions.run((manager) =>
      manager
        .createQueryBuilder()
        .update(NotificationDeliveryEntity)
        .set({ status: 'sending', claimedAt: at, attempts: delivery.attempts + 1 })
        .where('id = :id AND status = :status AND attempts = :attempts', {
          id: delivery.id,
          status: delivery.status,
          attempts: delivery.attempts,
        })
        .execute(),
    );
    if (result.affected !== 1) return false;
    delivery.attempts += 1;
    return true;
  }
}
