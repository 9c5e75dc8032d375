import {
  IsDateTimeWithOffset,
  IsHttpUrl,
  IsOmittable,
  MaxLength,
  PaginationQuery,
  Trim,
} from '@leitbild-monitor/api/platform';
import type {
  CreateMeetingBodyRequest,
  CreateMeetingReportingDateRequest,
  CreateMeetingRequest,
  Meeting,
  MeetingBody,
  MeetingListQuery,
  MeetingSortKey,
  MeetingWhen,
  NextMeeting,
  UpdateMeetingBodyRequest,
} from '@leitbild-monitor/shared/contracts';
import {
  MEETING_BODY_NAME_MAX,
  MEETING_PLACE_MAX,
  MEETING_SORT_KEYS,
  MEETING_TITLE_MAX,
  MEETING_URL_MAX,
  MEETING_WHEN,
} from '@leitbild-monitor/shared/contracts';
import { ApiProperty, PartialType } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, Min } from 'class-validator';

export const MEETING_SORT_VALUES = MEETING_SORT_KEYS.flatMap((key) => [key, `-${key}`]);

// ------------------------------------------------------------------------------------------------------ requests

export class CreateMeetingBodyDto implements CreateMeetingBodyRequest {
  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(MEETING_BODY_NAME_MAX)
  name!: string;

  /** Place in the list (ascending); at the end when left out. */
  @IsOmittable()
  @IsInt()
  @Min(0)
  @Max(10_000)
  position?: number;
}

export class UpdateMeetingBodyDto
  extends PartialType(CreateMeetingBodyDto, { skipNullProperties: false })
  implements UpdateMeetingBodyRequest {}

export class CreateMeetingDto implements CreateMeetingRequest {
  /** The id of a meeting body (`GET /meeting-bodies`), or its name as listed there. */
  @ApiProperty({ example: 'Integrationsrat' })
  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(MEETING_BODY_NAME_MAX)
  body!: string;

  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(MEETING_TITLE_MAX)
  title!: string;

  /** ISO date-time with its offset (`Z` or `±hh:mm`); stored and answered as UTC. */
  @ApiProperty({ format: 'date-time', example: '2027-03-04T17:00:00+01:00' })
  @IsDateTimeWithOffset()
  startsAt!: string;

  @IsOptional()
  @IsString()
  @Trim()
  @MaxLength(MEETING_PLACE_MAX)
  place?: string | null;

  /** The meeting in the council information system: an http or https address (ALLRIS, OParl, …). */
  @ApiProperty({ required: false, nullable: true, format: 'uri', example: 'https://ratsinfo.example.org/si0057.php' })
  @IsOptional()
  @IsString()
  @Trim()
  @MaxLength(MEETING_URL_MAX)
  @IsHttpUrl()
  url?: string | null;
}

/** Every field optional; null clears place and url only (`skipNullProperties: false`: null is validated). */
export class UpdateMeetingDto extends PartialType(CreateMeetingDto, { skipNullProperties: false }) {}

export class ListMeetingsQuery extends PaginationQuery implements MeetingListQuery {
  /** `upcoming`: from now on, earliest first; `past`: before now, latest first; left out: all, earliest first. */
  @ApiProperty({ enum: MEETING_WHEN, required: false })
  @IsOptional()
  @IsIn(MEETING_WHEN)
  when?: MeetingWhen;

  /** Id of a meeting body. */
  @IsOptional()
  @IsString()
  @MaxLength(36)
  body?: string;

  /** `startsAt` or `title`, `-` in front for descending. */
  @ApiProperty({ enum: MEETING_SORT_VALUES, required: false })
  @IsOptional()
  @IsIn(MEETING_SORT_VALUES)
  sort?: MeetingSortKey | `-${MeetingSortKey}`;
}

export class CreateMeetingReportingDateDto implements CreateMeetingReportingDateRequest {
  /** The reporting date's name (unique); without one, the body, title and date of the meeting. */
  @IsOmittable()
  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;
}

// ------------------------------------------------------------------------------------------------------ answers

export class MeetingBodyDto implements MeetingBody {
  id!: string;
  name!: string;
  position!: number;
  /** How many meetings name this body; a body with meetings cannot be deleted (409 `in_use`). */
  meetingCount!: number;
}

export class MeetingDto implements Meeting {
  id!: string;
  version!: number;
  /** The body's name. */
  body!: string;
  bodyId!: string;
  title!: string;
  /** UTC ISO date-time. */
  @ApiProperty({ format: 'date-time' })
  startsAt!: string;
  place!: string | null;
  url!: string | null;
  /** The reporting date taken for this meeting (`POST /meetings/:id/reporting-date`). */
  reportingDateId!: string | null;
  reportingDateName!: string | null;
  createdAt!: string;
  updatedAt!: string;
}

export class NextMeetingDto implements NextMeeting {
  @ApiProperty({ type: MeetingDto, nullable: true })
  meeting!: Meeting | null;
  /** Calendar days from today until the meeting's day in the installation's time zone (0: today). */
  days!: number | null;
  /** The server's time of the answer (UTC ISO). */
  now!: string;
}
