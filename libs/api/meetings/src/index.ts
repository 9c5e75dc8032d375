export { MeetingsModule, MEETING_ENTITIES } from './lib/meetings.module';
export { MeetingBodyEntity, MeetingEntity } from './lib/meeting.entity';
export { MeetingsService, MEETING_TIME_ZONE } from './lib/meetings.service';
export { MeetingDto } from './lib/dto/meeting.dto';
