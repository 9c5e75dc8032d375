import type { MeasureStatus } from './measure-status';
import type { PublicIndicator } from './indicator';

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

/** The fields of a published measure whose changes the public timeline names (besides status and progress). */
export const PUBLIC_CHANGE_FIELDS = [
  'title',
  'description',
  'fieldOfActionId',
  'guidelineIds',
  'leadActorId',
  'partnerActorIds',
  'plannedStart',
  'plannedEnd',
  'actualStart',
  'actualEnd',
] as const;
export type PublicChangeField = (typeof PUBLIC_CHANGE_FIELDS)[number];

/** `published`: the measure became public (again); `changed`: a public field changed while it was public. */
export const PUBLIC_CHANGE_KINDS = ['published', 'changed'] as const;
export type PublicChangeKind = (typeof PUBLIC_CHANGE_KINDS)[number];

/**
 * One dated public change of a published measure, from its history: only while it was published, only its public
 * fields, never who made it and never a note.
 */
export interface PublicMeasureChange {
  /** UTC ISO timestamp. */
  at: string;
  kind: PublicChangeKind;
  /** The status after the change, and before it (null when published). Null when the status did not change. */
  status: { from: MeasureStatus | null; to: MeasureStatus } | null;
  /** The progress (0–100 or null = unknown) after the change and before it; null when it did not change. */
  progress: { from: number | null; to: number | null } | null;
  /** Other public fields that changed, in the order of PUBLIC_CHANGE_FIELDS. */
  fields: PublicChangeField[];
}

/** A public change with the measure it belongs to: the feed of public changes. */
export interface PublicChange extends PublicMeasureChange {
  measureId: string;
  /** The measure's title today. */
  measureTitle: string;
}

/** A guideline of the Leitbild as a published measure names it. */
export interface PublicGuideline {
  id: string;
  code: string;
  text: string;
}

/** Everything the public page of one published measure shows. */
export interface PublicMeasureDetails {
  measure: PublicMeasure;
  guidelines: PublicGuideline[];
  /** Its public indicators with values and goals (internal ones are left out). */
  indicators: PublicIndicator[];
  /** Its public changes, newest first. */
  changes: PublicMeasureChange[];
}

/** The languages of the feed of public changes. */
export const PUBLIC_FEED_LANGUAGES = ['de', 'en'] as const;
export type PublicFeedLanguage = (typeof PUBLIC_FEED_LANGUAGES)[number];
