import type {
  FeasibilityVerdict,
  IndicatorState,
  IndicatorTrend,
  MeasureOrigin,
  MeasureStatus,
} from '@leitbild-monitor/shared/contracts';

/**
 * German names of the coded values, as the dashboard shows them (its translations in
 * libs/dashboard/shared/util-i18n say the same). The spreadsheet export writes these and the import reads
 * them, so the files staff edit never show a key like `in_progress`.
 */
export const MEASURE_STATUS_LABELS_DE: Readonly<Record<MeasureStatus, string>> = {
  proposed: 'Vorgeschlagen',
  in_review: 'In Prüfung',
  planned: 'Geplant',
  in_progress: 'In Umsetzung',
  completed: 'Abgeschlossen',
  on_hold: 'Zurückgestellt',
  rejected: 'Abgelehnt',
};

export const MEASURE_ORIGIN_LABELS_DE: Readonly<Record<MeasureOrigin, string>> = {
  integration_conference: 'Integrationskonferenz',
  working_group: 'Arbeitsgruppe',
  planning_workshop: 'Planungswerkstatt',
  council_motion: 'Antrag des Integrationsrats',
  district_assembly: 'Bezirksversammlung',
  administration: 'Verwaltung',
  other: 'Sonstiges',
};

export const FEASIBILITY_LABELS_DE: Readonly<Record<FeasibilityVerdict, string>> = {
  feasible: 'umsetzbar',
  feasible_with_conditions: 'umsetzbar mit Bedingungen',
  not_feasible: 'nicht umsetzbar',
};

/** Yes and no in a spreadsheet cell. */
export const BOOLEAN_LABELS_DE = { true: 'ja', false: 'nein' } as const;

/** An indicator's state in German, as the dashboard shows it, for the council report and its PDF. */
export const INDICATOR_STATE_LABELS_DE: Readonly<Record<IndicatorState, string>> = {
  on_track: 'Auf Kurs',
  off_track: 'Nicht auf Kurs',
  reached: 'Ziel erreicht',
  no_data: 'Ohne Daten',
};

/** The direction an indicator should move in, as the open data names it. */
export const INDICATOR_TREND_LABELS_DE: Readonly<Record<IndicatorTrend, string>> = {
  increase: 'steigen',
  decrease: 'sinken',
};
