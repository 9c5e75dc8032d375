import { ID_COLUMN, TIMESTAMP_COLUMN } from '@leitbild-monitor/api/platform';
import type {
  NotificationDeliveryStatus,
  NotificationFrequency,
  NotificationLanguage,
} from '@leitbild-monitor/shared/contracts';
import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** A user's choice of how often notices come by e-mail, and in which language; no row: the defaults. */
@Entity('notification_preference')
@Check('chk_notification_preference_frequency', "frequency IN ('off', 'immediate', 'daily', 'weekly')")
@Check('chk_notification_preference_language', "language IN ('de', 'en')")
export class NotificationPreferenceEntity {
  @PrimaryColumn({ ...ID_COLUMN, name: 'user_id' })
  @ForeignKey('app_user', { onDelete: 'CASCADE' })
  userId!: string;

  @Column({ type: 'varchar', length: 16 })
  frequency!: NotificationFrequency;

  @Column({ type: 'varchar', length: 2 })
  language!: NotificationLanguage;

  @Column({ ...TIMESTAMP_COLUMN, name: 'updated_at' })
  updatedAt!: string;
}

/** The installation's notice settings: one row (`id` = 'installation'); no row: the defaults. */
@Entity('notification_settings')
export class NotificationSettingsEntity {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  id!: string;

  @Column({ type: 'integer', name: 'stale_days' })
  staleDays!: number;

  @Column({ type: 'integer', name: 'digest_hour' })
  digestHour!: number;

  @Column({ type: 'varchar', length: 64, name: 'time_zone' })
  timeZone!: string;

  @Column({ type: 'integer', name: 'weekly_weekday' })
  weeklyWeekday!: number;

  @Column({ ...TIMESTAMP_COLUMN, name: 'updated_at' })
  updatedAt!: string;
}

/**
 * One e-mail to one recipient: claimed by inserting it (unique per recipient and digest), then sent and marked.
 * Its content is fixed when it is claimed, so a retry sends the same message. This table is the send log.
 */
@Entity('notification_delivery')
@Index('idx_notification_delivery_key', ['recipientId', 'deliveryKey'], { unique: true })
@Index('idx_notification_delivery_due', ['status', 'nextAttemptAt'])
@Index('idx_notification_delivery_created', ['createdAt'])
@Check('chk_notification_delivery_status', "status IN ('pending', 'sending', 'sent', 'failed')")
export class NotificationDeliveryEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  @Column({ ...ID_COLUMN, name: 'recipient_id' })
  @ForeignKey('app_user', { onDelete: 'CASCADE' })
  recipientId!: string;

  @Column({ type: 'varchar', length: 254, name: 'recipient_email' })
  recipientEmail!: string;

  /** e.g. `daily:2027-03-01`: one e-mail per recipient and digest. */
  @Column({ type: 'varchar', length: 100, name: 'delivery_key' })
  deliveryKey!: string;

  @Column({ type: 'varchar', length: 16 })
  digest!: NotificationFrequency;

  /** The kinds of notice in it, comma-separated. */
  @Column({ type: 'varchar', length: 200 })
  kinds!: string;

  @Column({ type: 'varchar', length: 300 })
  subject!: string;

  @Column({ type: 'text', name: 'body_text' })
  bodyText!: string;

  @Column({ type: 'text', name: 'body_html' })
  bodyHtml!: string;

  @Column({ type: 'text', name: 'unsubscribe_url' })
  unsubscribeUrl!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: NotificationDeliveryStatus;

  @Column({ type: 'integer' })
  attempts!: number;

  @Column({ ...TIMESTAMP_COLUMN, name: 'created_at' })
  createdAt!: string;

  /** When the current sending attempt began; a `sending` row older than the claim timeout is tried again. */
  @Column({ ...TIMESTAMP_COLUMN, name: 'claimed_at', nullable: true })
  claimedAt!: string | null;

  @Column({ ...TIMESTAMP_COLUMN, name: 'next_attempt_at', nullable: true })
  nextAttemptAt!: string | null;

  @Column({ ...TIMESTAMP_COLUMN, name: 'sent_at', nullable: true })
  sentAt!: string | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;
}

/** A notice given to a recipient (in a delivery): the same notice key is never sent to them twice. */
@Entity('notification_notice')
@Index('idx_notification_notice_delivery', ['deliveryId'])
export class NotificationNoticeEntity {
  @PrimaryColumn({ ...ID_COLUMN, name: 'recipient_id' })
  @ForeignKey('app_user', { onDelete: 'CASCADE' })
  recipientId!: string;

  @PrimaryColumn({ type: 'varchar', length: 200, name: 'notice_key' })
  noticeKey!: string;

  @Column({ ...ID_COLUMN, name: 'delivery_id' })
  @ForeignKey('notification_delivery', { onDelete: 'CASCADE' })
  deliveryId!: string;

  @Column({ ...TIMESTAMP_COLUMN, name: 'created_at' })
  createdAt!: string;
}

export const NOTIFICATION_ENTITIES = [
  NotificationPreferenceEntity,
  NotificationSettingsEntity,
  NotificationDeliveryEntity,
  NotificationNoticeEntity,
];
