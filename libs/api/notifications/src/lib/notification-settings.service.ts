import type {
  NotificationAdminSettings,
  NotificationSettings,
  UpdateNotificationAdminSettingsRequest,
  UpdateNotificationSettingsRequest,
} from '@leitbild-monitor/shared/contracts';
import { APP_CONFIG, AppConfig, invalid, nowIso, TransactionRunner } from '@leitbild-monitor/api/platform';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotificationPreferenceEntity, NotificationSettingsEntity } from './notification.entities';
import { isKnownTimeZone, RuleSettings } from './notification-rules';

const INSTALLATION = 'installation';

/** Defaults: 90 days to stale, digests at 7 o'clock Berlin time, the weekly one on Mondays. */
export const DEFAULT_NOTIFICATION_SETTINGS: RuleSettings = {
  staleDays: 90,
  digestHour: 7,
  timeZone: 'Europe/Berlin',
  weeklyWeekday: 1,
};

/** Daily digests unless the user chose otherwise: one e-mail a day at most, and nothing is missed. */
export const DEFAULT_USER_SETTINGS: NotificationSettings = { frequency: 'daily', language: 'de' };

/** The installation's notice settings and each user's frequency and language. */
@Injectable()
export class NotificationSettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async read(): Promise<RuleSettings> {
    const row = await this.dataSource.manager.findOneBy(NotificationSettingsEntity, { id: INSTALLATION });
    return row
      ? {
          staleDays: row.staleDays,
          digestHour: row.digestHour,
          timeZone: row.timeZone,
          weeklyWeekday: row.weeklyWeekday,
        }
      : { ...DEFAULT_NOTIFICATION_SETTINGS };
  }

  async readForAdmin(): Promise<NotificationAdminSettings> {
    return { ...(await this.read()), mailConfigured: this.config.mail.smtpUrl !== null };
  }

  async update(request: UpdateNotificationAdminSettingsRequest): Promise<NotificationAdminSettings> {
    if (!isKnownTimeZone(request.timeZone)) {
      throw invalid('timeZone', 'invalid_value', `timeZone must be an IANA time zone such as Europe/Berlin`);
    }
    await this.transactions.run((manager) =>
      manager.save(NotificationSettingsEntity, { id: INSTALLATION, ...request, updatedAt: nowIso() }),
    );
    return this.readForAdmin();
  }

  async userSettings(userId: string): Promise<NotificationSettings> {
    const row = await this.dataSource.manager.findOneBy(NotificationPreferenceEntity, { userId });
    return row ? { frequency: row.frequency, language: row.language } : { ...DEFAULT_USER_SETTINGS };
  }

  /** Every user's settings that differ from the defaults, by user id. */
  async allUserSettings(): Promise<Map<string, NotificationSettings>> {
    const rows = await this.dataSource.manager.find(NotificationPreferenceEntity);
    return new Map(rows.map((row) => [row.userId, { frequency: row.frequency, language: row.language }]));
  }

  async updateUserSettings(userId: string, request: UpdateNotificationSettingsRequest): Promise<NotificationSettings> {
    return this.transactions.run(async (manager) => {
      const current = await manager.findOneBy(NotificationPreferenceEntity, { userId });
      const next: NotificationSettings = {
        frequency: request.frequency,
        language: request.language ?? current?.language ?? DEFAULT_USER_SETTINGS.language,
      };
      await manager.save(NotificationPreferenceEntity, { userId, ...next, updatedAt: nowIso() });
      return next;
    });
  }
}
