import type { IndicatorPoint, IndicatorState, SnapshotMeasure } from '@leitbild-monitor/shared/contracts';
import { INDICATOR_STATE_LABELS_DE, MEASURE_STATUS_LABELS_DE } from '@leitbild-monitor/shared/domain';

/** The German status labels, as the dashboard and the spreadsheets show them. */
export const STATUS_LABELS_DE = MEASURE_STATUS_LABELS_DE;

/** The German names of an indicator's states, as the dashboard shows them. */
export const INDICATOR_STATES_DE = INDICATOR_STATE_LABELS_DE;

const numberFormat = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

/** 42.5 → "42,5" */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** Progress in percent as the report prints it; "unbekannt" for unknown (null), never 0. */
export function formatProgress(value: number | null): string {
  return value === null ? 'unbekannt' : `${formatNumber(value)} %`;
}

/** 2026-03-12 → "12.03.2026" */
export function formatDate(isoDate: string | null): string {
  if (!isoDate) return '–';
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  return `${day}.${month}.${year}`;
}

/** A UTC timestamp as local time in Hamburg: "12.03.2026, 14:05 Uhr". */
export function formatTimestamp(iso: string): string {
  const text = new Intl.DateTimeFormat('de-DE', {
    timeZone: 'Europe/Berlin',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
  return `${text} Uhr`;
}

export function formatPeriod(measure: Pick<SnapshotMeasure, 'plannedStart' | 'plannedEnd'>): string {
  if (!measure.plannedStart && !measure.plannedEnd) return '–';
  return `${formatDate(measure.plannedStart)} bis ${formatDate(measure.plannedEnd)}`;
}

export function responsibleOf(measure: Pick<SnapshotMeasure, 'leadActorName' | 'partnerActorNames'>): string {
  const lead = measure.leadActorName ?? 'keine Federführung eingetragen';
  return measure.partnerActorNames.length > 0 ? `${lead}; Partner: ${measure.partnerActorNames.join(', ')}` : lead;
}

/** "1 Maßnahme", "3 Maßnahmen" */
export function measuresCount(count: number): string {
  return `${formatNumber(count)} ${count === 1 ? 'Maßnahme' : 'Maßnahmen'}`;
}

const valueFormat = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 3 });

/** An indicator's number with its unit: "12,5 %", "1.234 Personen"; "–" for none. */
export function formatValue(value: number | null, unit: string): string {
  return value === null ? '–' : `${valueFormat.format(value)} ${unit}`.trim();
}

/** A value or goal with its unit and date: "412,5 Personen (31.12.2024)"; "–" for none. */
export function formatPoint(point: IndicatorPoint | null, unit: string): string {
  return point === null ? '–' : `${formatValue(point.value, unit)} (${formatDate(point.date)})`;
}

/** "2 auf Kurs, 1 nicht auf Kurs, 0 Ziel erreicht, 1 ohne Daten" in the order of the states. */
export function stateCounts(byState: Readonly<Record<IndicatorState, number>>): string {
  return (Object.keys(INDICATOR_STATE_LABELS_DE) as IndicatorState[])
    .map((state) => `${formatNumber(byState[state])} ${INDICATOR_STATE_LABELS_DE[state].toLowerCase()}`)
    .join(', ');
}

/** "1 Kennzahl", "3 Kennzahlen" */
export function indicatorsCount(count: number): string {
  return `${count} ${count === 1 ? 'Kennzahl' : 'Kennzahlen'}`;
}
