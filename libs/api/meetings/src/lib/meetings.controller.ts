import {
  ANY_SIGNED_IN,
  ApiErrorResponses,
  ApiIfMatch,
  ApiJsonResponse,
  ApiPageResponse,
  CurrentContext,
  ETAG_RESPONSE_HEADER,
  etagOf,
  MEASURE_WRITERS,
  requiredVersionFromIfMatch,
  Roles,
  SignedInContext,
} from '@leitbild-monitor/api/platform';
import type { Meeting, MeetingBody, NextMeeting, Page } from '@leitbild-monitor/shared/contracts';
import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  CreateMeetingBodyDto,
  CreateMeetingDto,
  CreateMeetingReportingDateDto,
  ListMeetingsQuery,
  MeetingBodyDto,
  MeetingDto,
  NextMeetingDto,
  UpdateMeetingBodyDto,
  UpdateMeetingDto,
} from './dto/meeting.dto';
import { MeetingsService } from './meetings.service';

/** The bodies that meet: everyone signed in reads the list, administrators keep it. */
@ApiTags('meetings')
@Roles(...ANY_SIGNED_IN)
@Controller('meeting-bodies')
export class MeetingBodiesController {
  constructor(private readonly meetings: MeetingsService) {}

  /** Every body in the list's order, each with the number of its meetings. */
  @Get()
  @ApiJsonResponse([MeetingBodyDto])
  list(): Promise<MeetingBody[]> {
    return this.meetings.listBodies();
  }

  @Roles('admin')
  @Post()
  @ApiOperation({ summary: 'Adds a body (administrators)' })
  @ApiErrorResponses(409)
  @ApiJsonResponse(MeetingBodyDto, { status: 201 })
  create(@Body() dto: CreateMeetingBodyDto, @CurrentContext() context: SignedInContext): Promise<MeetingBody> {
    return this.meetings.createBody(dto, context);
  }

  @Roles('admin')
  @Patch(':id')
  @ApiOperation({ summary: 'Renames or moves a body (administrators)' })
  @ApiErrorResponses(409)
  @ApiJsonResponse(MeetingBodyDto)
  update(
    @Param('id') id: string,
    @Body() dto: UpdateMeetingBodyDto,
    @CurrentContext() context: SignedInContext,
  ): Promise<MeetingBody> {
    return this.meetings.updateBody(id, dto, context);
  }

  @Roles('admin')
  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Removes a body no meeting names (administrators); 409 `in_use` otherwise' })
  @ApiErrorResponses(409)
  async remove(@Param('id') id: string, @CurrentContext() context: SignedInContext): Promise<void> {
    await this.meetings.deleteBody(id, context);
  }
}

/** Meetings of the bodies: everyone signed in reads them; administrators and editors keep them. */
@ApiTags('meetings')
@Roles(...ANY_SIGNED_IN)
@Controller('meetings')
export class MeetingsController {
  constructor(private readonly meetings: MeetingsService) {}

  @Get()
  @ApiOperation({ summary: 'The meetings: upcoming, past or all, paged' })
  @ApiPageResponse(MeetingDto)
  list(@Query() query: ListMeetingsQuery): Promise<Page<Meeting>> {
    return this.meetings.list(query);
  }

  /** The next meeting from now and the calendar days until it (installation time zone), as the server counts. */
  @Get('next')
  @ApiJsonResponse(NextMeetingDto)
  next(): Promise<NextMeeting> {
    return this.meetings.next();
  }

  @Roles(...MEASURE_WRITERS)
  @Post()
  @ApiOperation({ summary: 'Schedules a meeting (administrators and editors)' })
  @ApiJsonResponse(MeetingDto, { status: 201, headers: ETAG_RESPONSE_HEADER })
  async create(
    @Body() dto: CreateMeetingDto,
    @CurrentContext() context: SignedInContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Meeting> {
    return withEtag(reply, await this.meetings.create(dto, context));
  }

  /** One meeting; its version as `ETag`. */
  @Get(':id')
  @ApiJsonResponse(MeetingDto, { headers: ETAG_RESPONSE_HEADER })
  async get(@Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Meeting> {
    return withEtag(reply, await this.meetings.get(id));
  }

  @Roles(...MEASURE_WRITERS)
  @Patch(':id')
  @ApiOperation({ summary: 'Changes a meeting (administrators and editors)' })
  @ApiIfMatch()
  @ApiJsonResponse(MeetingDto, { headers: ETAG_RESPONSE_HEADER })
  async update(
    @Param('id') id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: UpdateMeetingDto,
    @CurrentContext() context: SignedInContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Meeting> {
    return withEtag(reply, await this.meetings.update(id, requiredVersionFromIfMatch(ifMatch), dto, context));
  }

  @Roles(...MEASURE_WRITERS)
  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Deletes a meeting (administrators and editors)',
    description: 'With `If-Match` only that version (412 otherwise). A reporting date taken for it stays.',
  })
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'ETag of the version to delete, e.g. `"3"`; without it, whatever version is stored.',
    schema: { type: 'string' },
  })
  @ApiErrorResponses(400, 412)
  async remove(
    @Param('id') id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentContext() context: SignedInContext,
  ): Promise<void> {
    const version = ifMatch === undefined ? null : requiredVersionFromIfMatch(ifMatch);
    await this.meetings.remove(id, version, context);
  }

  @Roles(...MEASURE_WRITERS)
  @Post(':id/reporting-date')
  @ApiOperation({
    summary: 'Takes the reporting date for the meeting and links it (administrators and editors)',
    description:
      'Dated the meeting’s day; 409 `already_linked` when the meeting has one, `duplicate_name` for a name in use.',
  })
  @ApiErrorResponses(409)
  @ApiJsonResponse(MeetingDto, { status: 201, headers: ETAG_RESPONSE_HEADER })
  async createReportingDate(
    @Param('id') id: string,
    @Body() dto: CreateMeetingReportingDateDto,
    @CurrentContext() context: SignedInContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Meeting> {
    return withEtag(reply, await this.meetings.createReportingDate(id, dto, context));
  }
}

function withEtag(reply: FastifyReply, meeting: Meeting): Meeting {
  void reply.header('ETag', etagOf(meeting.version));
  return meeting;
}
