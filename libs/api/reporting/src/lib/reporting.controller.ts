import {
  ANY_SIGNED_IN,
  ApiErrorResponses,
  ApiJsonResponse,
  ApiPageResponse,
  CurrentContext,
  IsIsoCalendarDate,
  MaxLength,
  MEASURE_WRITERS,
  PaginationQuery,
  Roles,
  SignedInContext,
  Trim,
} from '@leitbild-monitor/api/platform';
import type {
  CreateReportingDateRequest,
  Page,
  ReportingChanges,
  ReportingDate,
  ReportingDevelopment,
  ReportingReport,
} from '@leitbild-monitor/shared/contracts';
import { REPORT_LIST_LIMITS, REPORTING_DATE_LIMITS } from '@leitbild-monitor/shared/contracts';
import { isIsoCalendarDate, isoToday } from '@leitbild-monitor/shared/domain';
import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, Max, Min, registerDecorator } from 'class-validator';
import type { FastifyReply } from 'fastify';
import {
  ReportingChangesDto,
  ReportingDateDto,
  ReportingDevelopmentDto,
  ReportingReportDto,
} from './dto/reporting.dto';
import { PDF_MEASURES_PER_LIST, renderReportPdf } from './report-pdf';
import { ReportingService } from './reporting.service';

/**
 * Not after today (as `isoToday`, the day the overdue rule and the comparison with today use): a reporting date
 * freezes the measures as they are now, so a date in the future would compare a state that does not exist yet. A
 * value that is no calendar date is left to `IsIsoCalendarDate`.
 */
function IsNotAfterToday(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isNotAfterToday',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} must not be after today` },
      validator: { validate: (value: unknown) => !isIsoCalendarDate(value) || value <= isoToday() },
    });
}

export class CreateReportingDateDto implements CreateReportingDateRequest {
  /** E.g. "Sitzung des Integrationsrats am 12. März 2026"; unique among reporting dates. */
  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(REPORTING_DATE_LIMITS.name)
  name!: string;

  /** The date the reporting date stands for (YYYY-MM-DD), e.g. the session date; today at the latest. */
  @IsIsoCalendarDate()
  @IsNotAfterToday()
  date!: string;
}

export class ReportQuery {
  /**
   * The most entries each list holds (the first ones in the list's order); the figures always count every measure
   * and the totals say how long each list is. Default and maximum 1,000.
   */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(REPORT_LIST_LIMITS.max)
  limit?: number;
}

export class ChangesQuery extends ReportQuery {
  /** Id of the earlier reporting date; default: the one just before. */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(36)
  since?: string;
}

export class DevelopmentQuery {
  /** Id of the last reporting date to include; default: all of them. */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(36)
  until?: string;
}

/**
 * Reporting dates ("Stichtage"): snapshots of every measure, their comparison and the council report. They hold
 * no personal data beyond the names of actors, so everyone signed in reads them; staff take them; only
 * administrators remove one.
 */
@ApiTags('reporting dates')
@Roles(...ANY_SIGNED_IN)
@Controller('reporting-dates')
export class ReportingController {
  constructor(private readonly reporting: ReportingService) {}

  /** Freezes the state of every measure as of now under this name and date. */
  @Roles(...MEASURE_WRITERS)
  @Post()
  @ApiJsonResponse(ReportingDateDto, { status: 201 })
  @ApiErrorResponses(409)
  create(@CurrentContext() context: SignedInContext, @Body() dto: CreateReportingDateDto): Promise<ReportingDate> {
    return this.reporting.create(context, { name: dto.name, date: dto.date });
  }

  /** Newest date first. */
  @Get()
  @ApiPageResponse(ReportingDateDto)
  list(@Query() query: PaginationQuery): Promise<Page<ReportingDate>> {
    return this.reporting.list(query);
  }

  /**
   * The development across reporting dates: per date (oldest first) the measures per status, the mean progress and
   * the overdue count, overall and per field of action, from the frozen snapshots. `until` ends it at that date.
   */
  @Get('development')
  @ApiJsonResponse(ReportingDevelopmentDto)
  @ApiErrorResponses(400, 404)
  development(@Query() query: DevelopmentQuery): Promise<ReportingDevelopment> {
    return this.reporting.development(query.until);
  }

  /** One reporting date. */
  @Get(':id')
  @ApiJsonResponse(ReportingDateDto)
  get(@Param('id') id: string): Promise<ReportingDate> {
    return this.reporting.get(id);
  }

  /** Removes a reporting date taken by mistake, with its snapshot. */
  @Roles('admin')
  @Delete(':id')
  @HttpCode(204)
  async remove(@CurrentContext() context: SignedInContext, @Param('id') id: string): Promise<void> {
    await this.reporting.remove(context, id);
  }

  /**
   * What changed from the reporting date `since` to this one; `current` as the id compares with today's state.
   * Without `since`: from the reporting date just before (for `current`: the latest). Each list holds at most `limit`
   * measures, `totals` counts them all.
   */
  @Get(':id/changes')
  @ApiJsonResponse(ReportingChangesDto)
  changes(@Param('id') id: string, @Query() query: ChangesQuery): Promise<ReportingChanges> {
    return this.reporting.changes(id, query.since, query.limit ?? REPORT_LIST_LIMITS.max);
  }

  /**
   * The council report's content as JSON (the dashboard's printable page renders it with `limit` 100, as the PDF
   * prints it). Each list holds at most `limit` entries: a city's register would otherwise answer tens of megabytes.
   */
  @Get(':id/report')
  @ApiJsonResponse(ReportingReportDto)
  @ApiErrorResponses(400)
  report(@Param('id') id: string, @Query() query: ReportQuery): Promise<ReportingReport> {
    return this.reporting.report(id, query.limit ?? REPORT_LIST_LIMITS.max);
  }

  /** The council report as a tagged PDF in German. */
  @Get(':id/report.pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The report as PDF', schema: { type: 'string', format: 'binary' } })
  async reportPdf(@Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const report = await this.reporting.report(id, PDF_MEASURES_PER_LIST);
    const pdf = await renderReportPdf(report);
    const fileName = `bericht-${report.reportingDate.date}.pdf`;
    reply.header('Content-Type', 'application/pdf');
    reply.header('Content-Disposition', `inline; filename="${fileName}"`);
    return pdf;
  }
}
