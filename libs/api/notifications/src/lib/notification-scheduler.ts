import { APP_CONFIG, AppConfig } from '@leitbild-monitor/api/platform';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { NotificationDispatcher } from './notification-dispatcher';

const JOB = 'notifications';

/**
 * Runs the notices every NOTIFY_INTERVAL_MINUTES (0: never, as in the API tests, which drive the dispatcher with a
 * pinned clock). A run never overlaps the previous one; a failed run is logged and the next one tries again.
 */
@Injectable()
export class NotificationScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger('Notifications');
  private running = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dispatcher: NotificationDispatcher,
    private readonly registry: SchedulerRegistry,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.dispatcher.mailConfigured) {
      this.logger.log('SMTP_URL is not set: no e-mail is sent; the "Zu erledigen" page shows every notice.');
      return;
    }
    const minutes = this.config.mail.intervalMinutes;
    if (minutes === 0) return;
    const timer = setInterval(() => void this.tick(), minutes * 60_000);
    timer.unref();
    // The registry clears the interval when the application shuts down.
    this.registry.addInterval(JOB, timer);
    this.logger.log(
      `E-mail notices are sent through ${new URL(this.config.mail.smtpUrl as string).host} every ${minutes} min.`,
    );
  }

  async tick(now: Date = new Date()): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const report = await this.dispatcher.run(now);
      if (report.claimed.length + report.sent + report.failed > 0)
        this.logger.log(
          `Notices: ${report.claimed.length} e-mails claimed, ${report.sent} sent, ${report.failed} failed`,
        );
    } catch (error) {
      this.logger.error(`Notification run failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      this.running = false;
    }
  }
}
