import type { MeasureStatus } from './measure-status';

/** Where the idea for a measure came from. */
export const MEASURE_ORIGINS = [
  'integration_conference',
  'working_group',
  'planning_workshop',
  'council_motion',
  'district_assembly',
  'administration',
  'other',
] as const;
export type MeasureOrigin = (typeof MEASURE_ORIGINS)[number];

/** The verdict of the feasibility check ("Umsetzbarkeitsprüfung"); null while it has not been checked. */
export const FEASIBILITY_VERDICTS = ['feasible', 'feasible_with_conditions', 'not_feasible'] as const;
export type FeasibilityVerdict = (typeof FEASIBILITY_VERDICTS)[number];

/** Internal contact person: personal data, never part of a public answer. */
export interface ContactPerson {
  name: string | null;
  email: string | null;
}

export interface ActorRef {
  id: string;
  name: string;
}

/**
 * A council paper ("Drucksache") or decision a measure comes from or reports to: its reference in the council
 * information system (e.g. `21-1234`), and optionally its title, date (YYYY-MM-DD) and link (an ALLRIS page, an
 * OParl `Paper` URL or any http(s) address).
 */
export interface CouncilPaper {
  reference: string;
  title: string | null;
  date: string | null;
  url: string | null;
}

export interface CouncilPaperInput {
  reference: string;
  title?: string | null;
  date?: string | null;
  url?: string | null;
}

export interface Measure {
  id: string;
  version: number;
  title: string;
  description: string | null;
  status: MeasureStatus;
  /** 0–100, or null when unknown (unknown is not 0). */
  progress: number | null;
  fieldOfActionId: string;
  guidelineIds: string[];
  leadActorId: string | null;
  partnerActorIds: string[];
  /** The indicators linked to the measure (`GET /indicators?measure=<id>` lists them with their state). */
  indicatorIds: string[];
  contact: ContactPerson;
  origin: MeasureOrigin | null;
  /** ISO dates (YYYY-MM-DD). */
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  public: boolean;
  feasibility: FeasibilityVerdict | null;
  feasibilityReason: string | null;
  /** The council papers the measure comes from or reports to, in the order given. */
  councilPapers: CouncilPaper[];
  /** Derived: planned end has passed and the measure is neither completed nor rejected. */
  overdue: boolean;
  /** Reason given with the last change to on_hold or rejected. */
  statusNote: string | null;
  /** UTC ISO timestamps. */
  createdAt: string;
  updatedAt: string;
}

/** A row of the measure list: the measure with the names a table shows. */
export interface MeasureListItem extends Measure {
  fieldOfActionName: string;
  leadActorName: string | null;
}

export interface CreateMeasureRequest {
  title: string;
  fieldOfActionId: string;
  description?: string | null;
  guidelineIds?: string[];
  leadActorId?: string | null;
  partnerActorIds?: string[];
  indicatorIds?: string[];
  contact?: Partial<ContactPerson> | null;
  origin?: MeasureOrigin | null;
  plannedStart?: string | null;
  plannedEnd?: string | null;
  actualStart?: string | null;
  actualEnd?: string | null;
  progress?: number | null;
  public?: boolean;
  feasibility?: FeasibilityVerdict | null;
  feasibilityReason?: string | null;
  /** Replaces the whole list. */
  councilPapers?: CouncilPaperInput[];
}

export type UpdateMeasureRequest = Partial<CreateMeasureRequest>;

export interface ChangeStatusRequest {
  status: MeasureStatus;
  note?: string | null;
}

export interface ProgressUpdateRequest {
  note: string;
  progress?: number | null;
}

export const MEASURE_SORT_KEYS = [
  'title',
  'status',
  'progress',
  'plannedStart',
  'plannedEnd',
  'createdAt',
  'updatedAt',
] as const;
export type MeasureSortKey = (typeof MEASURE_SORT_KEYS)[number];

export interface MeasureListQuery {
  fieldOfAction?: string;
  status?: MeasureStatus;
  actor?: string;
  guideline?: string;
  q?: string;
  overdue?: boolean;
  /** ISO date (YYYY-MM-DD): only measures updated on or after the start of that day (UTC). */
  changedSince?: string;
  /** Only measures naming a council paper with this reference (exact, ignoring case and surrounding spaces). */
  councilPaper?: string;
  sort?: MeasureSortKey | `-${MeasureSortKey}`;
  page?: number;
  limit?: number;
}
