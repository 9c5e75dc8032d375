import { ReportingModule } from '@leitbild-monitor/api/reporting';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MeetingBodyEntity, MeetingEntity } from './meeting.entity';
import { MeetingBodiesController, MeetingsController } from './meetings.controller';
import { MeetingsService } from './meetings.service';

export const MEETING_ENTITIES = [MeetingBodyEntity, MeetingEntity];

@Module({
  imports: [TypeOrmModule.forFeature(MEETING_ENTITIES), ReportingModule],
  controllers: [MeetingBodiesController, MeetingsController],
  providers: [MeetingsService],
  exports: [MeetingsService],
})
export class MeetingsModule {}
