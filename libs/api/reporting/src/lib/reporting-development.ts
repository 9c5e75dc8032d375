import type {
  ComparisonSide,
  ReportingDevelopment,
  ReportingDevelopmentPoint,
  SnapshotMeasure,
} from '@leitbild-monitor/shared/contracts';
import { DevelopmentChange, developmentTrend } from '@leitbild-monitor/shared/domain';
import { formatDate, formatNumber } from './report-text';
import { FiguresTally } from './reporting-figures';

/** What the development needs of a frozen measure: its field of action (with its place then), status, progress. */
export type DevelopmentMeasure = Pick<
  SnapshotMeasure,
  'fieldOfActionId' | 'fieldOfActionName' | 'status' | 'progress' | 'overdue'
> & { fieldOfActionPosition: number };

/** One reporting date with its frozen measures; the dates are passed oldest first. */
export interface DevelopmentSnapshot {
  reportingDate: ComparisonSide;
  measures: readonly DevelopmentMeasure[];
}

/**
 * The development across reporting dates, from their snapshots alone: per date the figures over all measures and per
 * field of action, by the same rules as each date's report (`figuresOf`), so every number equals that report's. The
 * fields are every field that had measures on any date, named and ordered as on the latest date that had it; on a
 * date without measures in a field its entry has the total 0.
 */
export function buildDevelopment(snapshots: readonly DevelopmentSnapshot[]): ReportingDevelopment {
  const collector = new DevelopmentCollector();
  for (const snapshot of snapshots) {
    collector.startDate(snapshot.reportingDate);
    for (const measure of snapshot.measures) collector.add(measure);
  }
  return collector.development();
}

/**
 * `buildDevelopment` fed measure by measure: the reporting dates one after the other (oldest first), each date's
 * measures after it. Keeps running figures per date and field, never the measures.
 */
export class DevelopmentCollector {
  private readonly fields = new Map<string, { name: string; position: number }>();
  private readonly dates: {
    reportingDate: ComparisonSide;
    summary: FiguresTally;
    byField: Map<string, FiguresTally>;
  }[] = [];

  startDate(reportingDate: ComparisonSide): void {
    this.dates.push({ reportingDate, summary: new FiguresTally(), byField: new Map() });
  }

  add(measure: DevelopmentMeasure): void {
    const date = this.dates[this.dates.length - 1];
    // Set again on every date, so a field is named and ordered as on the latest date that had it.
    this.fields.set(measure.fieldOfActionId, {
      name: measure.fieldOfActionName,
      position: measure.fieldOfActionPosition,
    });
    date.summary.add(measure);
    let tally = date.byField.get(measure.fieldOfActionId);
    if (!tally) {
      tally = new FiguresTally();
      date.byField.set(measure.fieldOfActionId, tally);
    }
    tally.add(measure);
  }

  development(): ReportingDevelopment {
    const fieldsOfAction = [...this.fields.entries()]
      .sort(([, a], [, b]) => a.position - b.position || a.name.localeCompare(b.name, 'de'))
      .map(([fieldOfActionId, field]) => ({ fieldOfActionId, name: field.name }));
    const points = this.dates.map(
      (date): ReportingDevelopmentPoint => ({
        reportingDate: date.reportingDate,
        summary: date.summary.figures(),
        fieldsOfAction: fieldsOfAction.map(({ fieldOfActionId }) => ({
          fieldOfActionId,
          ...(date.byField.get(fieldOfActionId) ?? new FiguresTally()).figures(),
        })),
      }),
    );
    return { fieldsOfAction, points };
  }
}

function percent(value: number | null): string {
  return value === null ? 'unbekannt' : `${formatNumber(value)} %`;
}

function movement(subject: string, change: DevelopmentChange): string {
  switch (change.direction) {
    case 'up':
      return `${subject} von ${percent(change.from)} auf ${percent(change.to)} gestiegen`;
    case 'down':
      return `${subject} von ${percent(change.from)} auf ${percent(change.to)} gesunken`;
    case 'same':
      return `${subject} bei ${percent(change.to)} geblieben`;
    default:
      return `${subject} nicht zu vergleichen (erster Stichtag: ${percent(change.from)}, letzter: ${percent(change.to)})`;
  }
}

/**
 * The development in one German sentence, as the PDF prints it (the dashboard words the same trend in the UI
 * language): "Seit dem 12.03.2025 (3 Stichtage) ist der Anteil abgeschlossener Maßnahmen von 10 % auf 25 % gestiegen
 * und der mittlere Fortschritt von 30 % auf 42 % gestiegen."
 */
export function developmentSentence(development: ReportingDevelopment): string {
  const trend = developmentTrend(
    development.points.map((point) => ({ date: point.reportingDate.date, figures: point.summary })),
  );
  if (trend === null) return 'Es gibt noch keinen Stichtag.';
  if (trend.dates === 1) {
    return (
      `Dies ist der erste Stichtag: Zum ${formatDate(trend.until)} ${trend.completedShare.to === null ? 'gab es keine Maßnahmen' : `waren ${percent(trend.completedShare.to)} der Maßnahmen abgeschlossen`}, ` +
      `der mittlere Fortschritt betrug ${percent(trend.meanProgress.to)}.`
    );
  }
  return (
    `Seit dem ${formatDate(trend.since)} (${formatNumber(trend.dates)} Stichtage bis zum ${formatDate(trend.until)}) ist ` +
    `${movement('der Anteil abgeschlossener Maßnahmen', trend.completedShare)} und ` +
    `${movement('der mittlere Fortschritt', trend.meanProgress)}.`
  );
}
