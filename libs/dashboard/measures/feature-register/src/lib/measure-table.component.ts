import { DatePipe, NgTemplateOutlet, PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { MeasureSort, SortDirection, sortDirection } from '@leitbild-monitor/dashboard/measures/data-access';
import { MeasureListItem, MeasureSortKey } from '@leitbild-monitor/shared/contracts';
import { relativeTime } from './relative-time';

interface SortableColumn {
  readonly key: MeasureSortKey;
  readonly label: string;
  readonly numeric?: boolean;
}

/** The sortable columns, in table order; field of action and lead actor are not sortable in the API. */
const COLUMNS = {
  title: { key: 'title', label: 'register.columns.title' },
  status: { key: 'status', label: 'register.columns.status' },
  progress: { key: 'progress', label: 'register.columns.progress', numeric: true },
  plannedEnd: { key: 'plannedEnd', label: 'register.columns.plannedEnd' },
  updatedAt: { key: 'updatedAt', label: 'register.columns.updatedAt' },
} as const satisfies Record<string, SortableColumn>;

let nextId = 0;

/** One page of measures; the column headers sort the list. */
@Component({
  selector: 'lbm-measure-table',
  imports: [DatePipe, NgTemplateOutlet, PercentPipe, RouterLink, TranslocoPipe],
  templateUrl: './measure-table.component.html',
  styleUrl: './measure-table.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeasureTableComponent {
  readonly items = input.required<readonly MeasureListItem[]>();
  readonly sort = input.required<MeasureSort>();
  /** The "changed since" date: links then ask the measure page to highlight what changed since. */
  readonly since = input<string | null>(null);
  readonly locale = input.required<string>();
  /** The moment the freshness hints count from. */
  readonly now = input.required<Date>();

  readonly sortChange = output<MeasureSortKey>();

  protected readonly columns = COLUMNS;
  protected readonly captionId = `measure-table-caption-${nextId++}`;

  protected readonly sortedColumn = computed(() => {
    const sort = this.sort();
    const key = (sort.startsWith('-') ? sort.slice(1) : sort) as MeasureSortKey;
    const column = Object.values(COLUMNS).find((candidate) => candidate.key === key);
    return {
      label: column?.label ?? `register.sortKeys.${key}`,
      direction: sort.startsWith('-') ? 'descending' : 'ascending',
    };
  });

  protected readonly rows = computed(() => {
    const now = this.now();
    const locale = this.locale();
    return this.items().map((item) => ({ item, updated: relativeTime(item.updatedAt, now, locale) }));
  });

  protected direction(key: MeasureSortKey): SortDirection {
    return sortDirection(this.sort(), key);
  }

  protected ariaSort(key: MeasureSortKey): SortDirection | null {
    const direction = this.direction(key);
    return direction === 'none' ? null : direction;
  }
}
