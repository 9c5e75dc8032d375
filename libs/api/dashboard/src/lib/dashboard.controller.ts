import type { DashboardSummary } from '@leitbild-monitor/shared/contracts';
import { PROGRESS_ROLLUP_RULE } from '@leitbild-monitor/shared/domain';
import { ANY_SIGNED_IN, Roles } from '@leitbild-monitor/api/platform';
import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DashboardSummaryService } from './dashboard-summary.service';

@ApiTags('dashboard')
@Roles(...ANY_SIGNED_IN)
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly summaries: DashboardSummaryService) {}

  @Get('summary')
  @ApiOperation({
    summary: 'Roll-up per field of action and per guideline, and the latest changes',
    description:
      `${PROGRESS_ROLLUP_RULE} Overdue: the planned end has passed and the measure is neither completed nor rejected. ` +
      'Active measures of a guideline: those planned or in progress.',
  })
  summary(): Promise<DashboardSummary> {
    return this.summaries.summary();
  }
}
