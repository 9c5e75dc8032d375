import { DatePipe, DecimalPipe, NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { formatIndicatorDate, formatIndicatorValue } from '@leitbild-monitor/dashboard/indicators/ui';
import { ReportingChanges, ReportingChangeTotals, SnapshotIndicator } from '@leitbild-monitor/shared/contracts';

/** The lists of measures a comparison may cut to their first entries (`totals` has their full lengths). */
export type CutChangeList = keyof ReportingChangeTotals;

/** How many changes a comparison has in all, every list counted in full. */
export function changeCount(changes: ReportingChanges): number {
  const { added, removed, statusChanges, progressChanges, newlyOverdue } = changes.totals;
  return (
    added +
    removed +
    statusChanges +
    progressChanges +
    newlyOverdue +
    changes.newIndicatorValues.length +
    changes.indicatorStateChanges.length
  );
}

/** The parameters of `reports.listCut`: how many entries a cut list shows of how many, as the locale writes numbers. */
export function listCutParams(shown: number, total: number, locale: string): { shown: string; total: string } {
  const format = new Intl.NumberFormat(locale);
  return { shown: format.format(shown), total: format.format(total) };
}

/** Progress as the UI language writes a percentage; null is "unknown" (translated by the caller). */
export function formatProgress(value: number | null, locale: string): string | null {
  return value === null ? null : new Intl.NumberFormat(locale, { style: 'percent' }).format(value / 100);
}

/**
 * The changes between two reporting dates (or one and today): new measures, status changes, progress changes,
 * newly overdue and removed measures, each with the measure's title (a link to it where `linkMeasures`); new and
 * corrected values of indicators and indicators whose state changed. A list cut to its first entries (the request's
 * `limit`) counts all of them in its heading and says how many it shows.
 * Headings are `h3`: the caller puts the list under its own `h2`.
 */
@Component({
  selector: 'lbm-reporting-changes',
  imports: [DatePipe, DecimalPipe, NgTemplateOutlet, RouterLink, TranslocoPipe],
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

  /** How many entries the list has in full. */
  protected count(list: CutChangeList): number {
    return this.changes().totals[list];
  }

  protected cutParams(shown: number, total: number): { shown: string; total: string } {
    return listCutParams(shown, total, this.locale());
  }

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
