import { HistoryEntry } from '@leitbild-monitor/shared/contracts';

/** The history split the way the measure page shows it; each list newest first, as the API sends it. */
export interface HistoryView {
  readonly statusChanges: readonly HistoryEntry[];
  readonly progressUpdates: readonly HistoryEntry[];
  readonly fieldChanges: readonly HistoryEntry[];
}

export function splitHistory(entries: readonly HistoryEntry[]): HistoryView {
  return {
    statusChanges: entries.filter((entry) => entry.kind === 'status_change' || entry.kind === 'created'),
    progressUpdates: entries.filter((entry) => entry.kind === 'progress_update'),
    fieldChanges: entries.filter((entry) => entry.kind === 'field_change'),
  };
}

/** `?since=` as a moment, or null when it is missing or not a date. */
export function parseSince(value: string | null | undefined): Date | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) {
    return null;
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Entries made after `since` (the council's last session), e.g. to highlight them. */
export function isAfter(entry: HistoryEntry, since: Date | null): boolean {
  return since !== null && new Date(entry.at).getTime() > since.getTime();
}

/** The status an entry changed to (created: the initial status), from its recorded changes. */
export function statusChangeOf(entry: HistoryEntry): { from: string | null; to: string | null } {
  const change = entry.changes.find((item) => item.field === 'status');
  return {
    from: typeof change?.from === 'string' ? change.from : null,
    to: typeof change?.to === 'string' ? change.to : null,
  };
}
