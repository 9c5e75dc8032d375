/** Status keys of a measure's lifecycle. The allowed transitions live in `@leitbild-monitor/shared/domain`. */
export const MEASURE_STATUSES = [
  'proposed',
  'in_review',
  'planned',
  'in_progress',
  'completed',
  'on_hold',
  'rejected',
] as const;

export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
