import {
  ANY_SIGNED_IN,
  ApiErrorResponses,
  ApiJsonResponse,
  ApiPageResponse,
  CurrentContext,
  pageWindow,
  PaginationQuery,
  Roles,
  SignedInContext,
  toPage,
} from '@leitbild-monitor/api/platform';
import type {
  NotificationAdminSettings,
  NotificationLogEntry,
  NotificationSettings,
  Page,
  TaskKind,
  TaskList,
} from '@leitbild-monitor/shared/contracts';
import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import {
  NotificationAdminSettingsDto,
  NotificationLogEntryDto,
  NotificationSettingsDto,
  TaskListDto,
  UpdateNotificationAdminSettingsDto,
  UpdateNotificationSettingsDto,
} from './dto/notification.dto';
import { NotificationDeliveryEntity } from './notification.entities';
import { NotificationSettingsService } from './notification-settings.service';
import { NotificationTasksService } from './notification-tasks.service';

/** What the signed-in user should attend to, and how often they want it by e-mail. */
@ApiTags('notifications')
@Roles(...ANY_SIGNED_IN)
@Controller('me')
export class MyNotificationsController {
  constructor(
    private readonly tasks: NotificationTasksService,
    private readonly settings: NotificationSettingsService,
  ) {}

  /** The "Zu erledigen" list: only what the user is responsible for (or, for reviewers, the council digest). */
  @Get('tasks')
  @ApiJsonResponse(TaskListDto)
  async tasksOf(@CurrentContext() context: SignedInContext): Promise<TaskList> {
    return this.tasks.taskListOf(context.principal.userId, new Date());
  }

  /** How often the user gets notices by e-mail, and in which language. */
  @Get('notification-settings')
  @ApiJsonResponse(NotificationSettingsDto)
  settingsOf(@CurrentContext() context: SignedInContext): Promise<NotificationSettings> {
    return this.settings.userSettings(context.principal.userId);
  }

  /** Sets the frequency (`off`, `immediate`, `daily`, `weekly`) and the language of the e-mails. */
  @Put('notification-settings')
  @ApiJsonResponse(NotificationSettingsDto)
  updateSettings(
    @CurrentContext() context: SignedInContext,
    @Body() dto: UpdateNotificationSettingsDto,
  ): Promise<NotificationSettings> {
    return this.settings.updateUserSettings(context.principal.userId, dto);
  }
}

/** The installation's notice settings and the log of e-mails (administrators). */
@ApiTags('notifications')
@Roles('admin')
@ApiErrorResponses(403)
@Controller('notifications')
export class NotificationsAdminController {
  constructor(
    private readonly settings: NotificationSettingsService,
    private readonly dataSource: DataSource,
  ) {}

  /** The limits, the digest hour and weekday, the time zone, and whether e-mail is configured. */
  @Get('settings')
  @ApiJsonResponse(NotificationAdminSettingsDto)
  read(): Promise<NotificationAdminSettings> {
    return this.settings.readForAdmin();
  }

  /** Sets the limits, the digest hour and weekday, and the time zone. */
  @Put('settings')
  @ApiJsonResponse(NotificationAdminSettingsDto)
  update(@Body() dto: UpdateNotificationAdminSettingsDto): Promise<NotificationAdminSettings> {
    return this.settings.update(dto);
  }

  /** Every e-mail, newest first: to whom, what, whether it was sent, and why not. */
  @Get('log')
  @ApiPageResponse(NotificationLogEntryDto)
  async log(@Query() query: PaginationQuery): Promise<Page<NotificationLogEntry>> {
    const window = pageWindow(query);
    const [rows, total] = await this.dataSource.manager.findAndCount(NotificationDeliveryEntity, {
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: window.offset,
      take: window.limit,
    });
    return toPage(
      rows.map((row) => ({
        id: row.id,
        recipientId: row.recipientId,
        recipientEmail: row.recipientEmail,
        digest: row.digest,
        kinds: row.kinds.split(',').filter((kind) => kind !== '') as TaskKind[],
        subject: row.subject,
        status: row.status,
        attempts: row.attempts,
        createdAt: row.createdAt,
        sentAt: row.sentAt,
        nextAttemptAt: row.nextAttemptAt,
        error: row.error,
      })),
      total,
      window,
    );
  }
}
