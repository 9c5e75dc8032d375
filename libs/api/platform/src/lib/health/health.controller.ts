import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { HealthStatus } from '@leitbild-monitor/shared/contracts';
import { DataSource } from 'typeorm';
import { Public } from '../http/request-context';
import { ApiJsonResponse } from '../openapi/api-responses';
import { HealthStatusDto } from './health-status.dto';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  /** Answers 200 only when the database answers, so a load balancer can take a broken instance out. */
  @Get()
  @ApiJsonResponse(HealthStatusDto, { description: 'The API and its database answer.' })
  @ApiServiceUnavailableResponse({ description: 'The database does not answer.' })
  async check(): Promise<HealthStatus> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new ServiceUnavailableException('database does not answer');
    }
    return { status: 'ok' };
  }
}
