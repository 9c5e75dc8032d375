import type { HealthStatus } from '@leitbild-monitor/shared/contracts';
import { ApiProperty } from '@nestjs/swagger';

export class HealthStatusDto implements HealthStatus {
  @ApiProperty({ enum: ['ok'] })
  status!: 'ok';
}
