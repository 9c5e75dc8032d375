import type { MeasureStatus } from '@leitbild-monitor/shared/contracts';

/** `Record<MeasureStatus, number>`: how many measures are in each status (every status listed, 0 included). */
export class StatusCountsDto implements Record<MeasureStatus, number> {
  proposed!: number;
  in_review!: number;
  planned!: number;
  in_progress!: number;
  completed!: number;
  on_hold!: number;
  rejected!: number;
}
