import type {
  FieldChange,
  HistoryKind,
  MeasureStatus,
  PublicChangeField,
  PublicMeasureChange,
} from '@leitbild-monitor/shared/contracts';
import { PUBLIC_CHANGE_FIELDS } from '@leitbild-monitor/shared/contracts';

/** What the public timeline reads of a history entry: never its author or its note. */
export interface PublicHistoryRow {
  kind: HistoryKind;
  at: string;
  changes: FieldChange[];
}

const PUBLIC_FIELDS: ReadonlySet<string> = new Set(PUBLIC_CHANGE_FIELDS);

/**
 * The public changes of one measure, newest first, from its whole history in the order it was written: replayed
 * entry by entry to know when it was published. Entries before it was published, and while it was withdrawn, are
 * left out; becoming public (again) is one `published` entry with the status and progress it then had; after that
 * every entry that changed status, progress or another public field is one `changed` entry naming only those.
 */
export function publicChangesOf(rows: readonly PublicHistoryRow[]): PublicMeasureChange[] {
  const found: PublicMeasureChange[] = [];
  let published = false;
  let status: MeasureStatus | null = null;
  let progress: number | null = null;
  for (const row of rows) {
    const wasPublished = published;
    let statusChange: PublicMeasureChange['status'] = null;
    let progressChange: PublicMeasureChange['progress'] = null;
    const fields = new Set<string>();
    for (const change of row.changes) {
      if (change.field === 'public') published = change.to === true;
      else if (change.field === 'status') {
        statusChange = { from: status, to: change.to as MeasureStatus };
        status = change.to as MeasureStatus;
      } else if (change.field === 'progress') {
        const to = typeof change.to === 'number' ? change.to : null;
        progressChange = { from: progress, to };
        progress = to;
      } else if (PUBLIC_FIELDS.has(change.field)) fields.add(change.field);
    }
    if (!published) continue;
    if (!wasPublished) {
      found.push({
        at: row.at,
        kind: 'published',
        status: status === null ? null : { from: null, to: status },
        progress: progress === null ? null : { from: null, to: progress },
        fields: [],
      });
    } else if (statusChange || progressChange || fields.size > 0) {
      found.push({
        at: row.at,
        kind: 'changed',
        status: statusChange,
        progress: progressChange,
        fields: PUBLIC_CHANGE_FIELDS.filter((field): field is PublicChangeField => fields.has(field)),
      });
    }
  }
  return found.reverse();
}
