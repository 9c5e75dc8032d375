import { NgTemplateOutlet, PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  IndicatorSort,
  IndicatorSortDirection,
  indicatorSortDirection,
} from '@leitbild-monitor/dashboard/indicators/data-access';
import {
  IndicatorStateComponent,
  formatIndicatorDate,
  formatIndicatorValue,
  trendLabel,
} from '@leitbild-monitor/dashboard/indicators/ui';
import { SparklineComponent } from '@leitbild-monitor/dashboard/shared/ui-charts';
import { IndicatorListItem, IndicatorSortKey } from '@leitbild-monitor/shared/contracts';

interface SortableColumn {
  readonly key: IndicatorSortKey;
  readonly label: string;
}

const COLUMNS = {
  code: { key: 'code', label: 'indicators.columns.code' },
  name: { key: 'name', label: 'indicators.columns.name' },
  state: { key: 'state', label: 'indicators.columns.state' },
  progress: { key: 'progress', label: 'indicators.columns.progress' },
} as const satisfies Record<string, SortableColumn>;

let nextId = 0;

/**
 * One page of indicators: code, name, field of action, latest value with its unit and date, final goal, state (words
 * and sign), progress and a small trend line with its text alternative. Column headers sort the list.
 */
@Component({
  selector: 'lbm-indicator-table',
  imports: [NgTemplateOutlet, PercentPipe, RouterLink, TranslocoPipe, IndicatorStateComponent, SparklineComponent],
  templateUrl: './indicator-table.component.html',
  styleUrl: './indicator-table.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IndicatorTableComponent {
  readonly items = input.required<readonly IndicatorListItem[]>();
  readonly sort = input.required<IndicatorSort>();
  readonly locale = input.required<string>();

  readonly sortChange = output<IndicatorSortKey>();

  private readonly transloco = inject(TranslocoService);
  private readonly translation = toSignal(this.transloco.selectTranslation(), { initialValue: null });

  protected readonly columns = COLUMNS;
  protected readonly captionId = `indicator-table-caption-${nextId++}`;

  protected readonly sortedColumn = computed(() => {
    const sort = this.sort();
    const key = (sort.startsWith('-') ? sort.slice(1) : sort) as IndicatorSortKey;
    return {
      label: `indicators.columns.${key}`,
      direction: sort.startsWith('-') ? 'descending' : 'ascending',
    };
  });

  protected readonly rows = computed(() => {
    this.translation();
    const locale = this.locale();
    const t = (key: string, params?: Record<string, unknown>) => this.transloco.translate(key, params);
    return this.items().map((item) => ({
      item,
      latest: item.latest && {
        value: formatIndicatorValue(item.latest.value, item.unit, locale),
        date: formatIndicatorDate(item.latest.date, locale),
      },
      finalGoal: item.finalGoal && {
        value: formatIndicatorValue(item.finalGoal.value, item.unit, locale),
        date: formatIndicatorDate(item.finalGoal.date, locale),
      },
      trendValues: item.trend.map((point) => point.value),
      trendLabel: trendLabel(item.trend, item.unit, t, locale),
    }));
  });

  protected direction(key: IndicatorSortKey): IndicatorSortDirection {
    return indicatorSortDirection(this.sort(), key);
  }

  protected ariaSort(key: IndicatorSortKey): IndicatorSortDirection | null {
    const direction = this.direction(key);
    return direction === 'none' ? null : direction;
  }
}
