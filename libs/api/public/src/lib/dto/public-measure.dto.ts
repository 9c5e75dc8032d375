import type { MeasureStatus, PublicMeasure } from '@leitbild-monitor/shared/contracts';
import { MEASURE_STATUSES } from '@leitbild-monitor/shared/contracts';
import { ApiProperty } from '@nestjs/swagger';

/** A published measure as the public sees it, as an OpenAPI schema: no contact person, no internal notes. */
export class PublicMeasureDto implements PublicMeasure {
  id!: string;
  title!: string;
  description!: string | null;
  @ApiProperty({ enum: MEASURE_STATUSES })
  status!: MeasureStatus;
  progress!: number | null;
  fieldOfActionId!: string;
  fieldOfActionName!: string;
  guidelineIds!: string[];
  leadActorName!: string | null;
  partnerActorNames!: string[];
  plannedStart!: string | null;
  plannedEnd!: string | null;
  actualStart!: string | null;
  actualEnd!: string | null;
  overdue!: boolean;
  updatedAt!: string;
}
