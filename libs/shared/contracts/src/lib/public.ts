import type { MeasureStatus } from './measure-status';

/** A published measure as the public sees it: no contact person, no internal notes. */
export interface PublicMeasure {
  id: string;
  title: string;
  description: string | null;
  status: MeasureStatus;
  progress: number | null;
  fieldOfActionId: string;
  fieldOfActionName: string;
  guidelineIds: string[];
  leadActorName: string | null;
  partnerActorNames: string[];
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  overdue: boolean;
  updatedAt: string;
}
