import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { HealthStatus } from '@leitbild-monitor/shared/contracts';
import { DataSource } from 'typeorm';
import { TransactionRunner } from '../database/transaction-runner';
import { Public } from '../http/request-context';
import { ApiJsonResponse } from '../openapi/api-responses';
import { HealthStatusDto } from './health-status.dto';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
  ) {}

  /**
   * Answers 200 only when the database answers and takes writes, so a load balancer can take a broken instance
   * out — also one that stopped writing because its write-ahead log could not be synced (it needs a restart).
   */
  @Get()
  @ApiJsonResponse(HealthStatusDto, { description: 'The API and its database answer.' })
  @ApiServiceUnavailableResponse({ description: 'The database does not answer, or writes are stopped.' })
  async check(): Promise<HealthStatus> {
    if (this.transactions.writeFailure) throw new ServiceUnavailableException('writes are stopped');
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new ServiceUnavailableException('database does not answer');
    }
    return { status: 'ok' };
  }
}
