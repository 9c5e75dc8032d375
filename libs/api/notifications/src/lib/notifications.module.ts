import { AuditModule } from '@leitbild-monitor/api/audit';
import { MeetingsModule } from '@leitbild-monitor/api/meetings';
import { ReportingModule } from '@leitbild-monitor/api/reporting';
import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { COUNCIL_DIGEST_SOURCE, MEETING_SOURCE, MeetingsServiceSource, ReportingCouncilDigest } from './meeting-source';
import { MyNotificationsController, NotificationsAdminController } from './notifications.controller';
import { NotificationDispatcher } from './notification-dispatcher';
import { NotificationScheduler } from './notification-scheduler';
import { NotificationSettingsService } from './notification-settings.service';
import { NotificationTasksService } from './notification-tasks.service';
import { UnsubscribeController } from './unsubscribe.controller';
import { UnsubscribeLinks } from './unsubscribe-link';

/** Reminders: the to-do list, the settings, the e-mail digests and their scheduler (docs/notifications.md). */
@Module({
  imports: [ScheduleModule.forRoot(), AuditModule, ReportingModule, MeetingsModule],
  controllers: [MyNotificationsController, NotificationsAdminController, UnsubscribeController],
  providers: [
    NotificationSettingsService,
    NotificationTasksService,
    NotificationDispatcher,
    NotificationScheduler,
    UnsubscribeLinks,
    { provide: COUNCIL_DIGEST_SOURCE, useClass: ReportingCouncilDigest },
    { provide: MEETING_SOURCE, useClass: MeetingsServiceSource },
  ],
  exports: [NotificationDispatcher, NotificationTasksService],
})
export class NotificationsModule {}
