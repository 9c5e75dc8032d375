import { DatePipe, NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { formatIndicatorDate, formatIndicatorValue } from '@leitbild-monitor/dashboard/indicators/ui';
import { ReportingChanges, SnapshotIndicator } from '@leitbild-monitor/shared/contracts';

/** How many changes a comparison lists in all. */
export function changeCount(changes: ReportingChanges): number {
  return (
    changes.added.length +
    changes.statusChanges.length +
    changes.progressChanges.length +
    changes.newlyOverdue.length +
    changes.removed.length +
    changes.newIndicatorValues.length +
    changes.indicatorStateChanges.length
  );
}

/** Progress as the UI language writes a percentage; null is "unknown" (translated by the caller). */
export function formatProgress(value: number | null, locale: string): string | null {
  return value === null ? null : new Intl.NumberFormat(locale, { style: 'percent' }).format(value / 100);
}

/**
 * The changes between two reporting dates (or one and today): new measures, status changes, progress changes,
 * newly overdue and removed measures, each with the measure's title (a link to it where `linkMeasures`); new and
 * corrected values of indicators and indicators whose state changed.
 * Headings are `h3`: the caller puts the list under its own `h2`.
 */
@Component({
  selector: 'lbm-reporting-changes',
  imports: [DatePipe, NgTemplateOutlet, RouterLink, TranslocoPipe],
  templateUrl: './reporting-changes.component.html',
  styleUrl: './reporting-changes.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportingChangesComponent {
  readonly changes = input.required<ReportingChanges>();
  readonly locale = input.required<string>();
  /** Links to the measure pages (not in print or where the reader cannot open them). */
  readonly linkMeasures = input(true);
  /** Prefix of the heading ids, unique per page. */
  readonly idPrefix = input('changes');

  protected readonly total = computed(() => changeCount(this.changes()));

  protected progress(value: number | null): string | null {
    return formatProgress(value, this.locale());
  }

  protected indicatorValue(indicator: SnapshotIndicator, value: number): string {
    return formatIndicatorValue(value, indicator.unit, this.locale());
  }

  protected indicatorDate(date: string): string {
    return formatIndicatorDate(date, this.locale());
  }
}
