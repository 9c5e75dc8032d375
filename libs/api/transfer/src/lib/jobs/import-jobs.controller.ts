import {
  ANY_SIGNED_IN,
  ApiErrorResponses,
  CurrentContext,
  notFound,
  Roles,
  SignedInContext,
} from '@leitbild-monitor/api/platform';
import type { ImportJob } from '@leitbild-monitor/shared/contracts';
import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ImportJobDto, ImportJobParams } from './import-job.dto';
import { ImportJobs } from './import-jobs';

@ApiTags('measures')
@Controller('imports')
export class ImportJobsController {
  constructor(private readonly jobs: ImportJobs) {}

  @Roles(...ANY_SIGNED_IN)
  @Get(':jobId')
  @Header('cache-control', 'no-store')
  @ApiOperation({
    summary: 'The state and progress of an import that runs as a job',
    description:
      'The address of the `Location` header of an import answered with `202`. While the job runs: `state` ' +
      '`queued` or `running` with `rowsDone` of `rowsTotal`; at the end `done` with `result`, the body the ' +
      'synchronous answer would have had (`statusCode` 200, or 422 for a commit refused for errors — nothing was ' +
      'written), or `failed` with its error body. Only the user who started the job sees it; jobs are kept in the ' +
      'memory of the instance that runs them for 15 minutes after they end, and a restart forgets them (an ' +
      'import writes all its rows or none, so a job cut off by a restart has written nothing).',
  })
  @ApiOkResponse({ type: ImportJobDto })
  @ApiErrorResponses(400, 404)
  get(@Param() params: ImportJobParams, @CurrentContext() context: SignedInContext): ImportJob {
    const job = this.jobs.get(params.jobId, context.principal.userId);
    if (!job) throw notFound(`no import job ${params.jobId}`, 'jobId');
    return job;
  }
}
