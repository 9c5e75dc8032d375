import { IdListField } from '@leitbild-monitor/api/measures';
import { ID_MAX_LENGTH } from '@leitbild-monitor/shared/domain';

export const ID_MAX_LENGTH_FIELD = ID_MAX_LENGTH;

/** A list of ids that may be left out: unique, at most `maxItems`, each a non-empty id (as the measures' lists). */
export function IndicatorIdList(maxItems: number): PropertyDecorator {
  return IdListField({ kind: 'ids', max: ID_MAX_LENGTH, maxItems });
}
