import type { UpdateMeasureRequest } from '@leitbild-monitor/shared/contracts';
import { PartialType } from '@nestjs/swagger';
import { CreateMeasureDto } from './create-measure.dto';

/**
 * Every field of a measure except its status (which changes only through the lifecycle endpoint).
 * `skipNullProperties: false`: null is validated, so it cannot clear a required field such as the title.
 */
export class UpdateMeasureDto
  extends PartialType(CreateMeasureDto, { skipNullProperties: false })
  implements UpdateMeasureRequest {}
