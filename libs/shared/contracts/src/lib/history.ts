/** What a history entry records. */
export const HISTORY_KINDS = ['created', 'field_change', 'status_change', 'progress_update'] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

/** One changed field: old → new, as JSON values. */
export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface HistoryEntry {
  /** Increasing with every entry written, so it orders entries made within the same millisecond. */
  id: number;
  measureId: string;
  kind: HistoryKind;
  /** UTC ISO timestamp. */
  at: string;
  /** Display name of whoever made the change. */
  by: string;
  changes: FieldChange[];
  note: string | null;
}
