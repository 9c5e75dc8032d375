import type { DashboardSummary } from '@leitbild-monitor/shared/contracts';
import { PROGRESS_ROLLUP_RULE } from '@leitbild-monitor/shared/domain';
import { ANY_SIGNED_IN, ApiJsonResponse, CachedOnDataVersion, Roles } from '@leitbild-monitor/api/platform';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { SummaryRollupService } from './summary-rollup.service';
import { DashboardSummaryDto } from './dto/dashboard-summary.dto';
import { SummaryQueryDto } from './dto/summary.query';

/** How the timeline and the filters work, for the OpenAPI descriptions of both summaries. */
export const TIMELINE_RULE =
  'Optional filters: fieldOfAction narrows every part; from/to (YYYY-MM-DD, from ≤ to, at most 100 years, default ' +
  'the last 12 calendar months) bound the timeline and the recent changes. Timeline: the measures whose status first ' +
  'changed to in_progress (started) or to completed, counted per calendar month (UTC) for periods of up to 24 ' +
  'months, per quarter up to 72 months and per year beyond (resolution); firstRecorded is the day of the first ' +
  'recorded change, where a period "since the beginning" starts.';

@ApiTags('dashboard')
@Roles(...ANY_SIGNED_IN)
@Controller('dashboard')
export class SummaryController {
  constructor(private readonly summaries: SummaryRollupService) {}

  @Get('summary')
  @CachedOnDataVersion()
  @ApiOperation({
    summary: 'Roll-up per field of action and per guideline, and the latest changes',
    description:
      `${PROGRESS_ROLLUP_RULE} Overdue: the planned end has passed and the measure is neither completed nor rejected. ` +
      'Active measures of a guideline: those planned or in progress. ' +
      TIMELINE_RULE,
  })
  @ApiJsonResponse(DashboardSummaryDto)
  summary(@Query() query: SummaryQueryDto): Promise<DashboardSummary> {
    return this.summaries.summary({ query });
  }
}
