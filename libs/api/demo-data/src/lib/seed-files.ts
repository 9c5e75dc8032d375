import type {
  ActorType,
  FeasibilityVerdict,
  IndicatorDueInterval,
  IndicatorTimeResolution,
  IndicatorTrend,
  MeasureOrigin,
  MeasureStatus,
} from '@leitbild-monitor/shared/contracts';

/** The initial catalogue of an installation: its Leitbild and its fields of action. */
export interface CatalogFile {
  title: string;
  organisation: string;
  sections: { code: string; title: string; motto: string | null; guidelines: { code: string; text: string }[] }[];
  fieldsOfAction: { key: string; name: string; description: string | null }[];
}

/** Example actors and measures; each measure's timeline is replayed into its history. */
export interface DemoFile {
  actors: { key: string; name: string; type: ActorType }[];
  measures: DemoMeasure[];
}

export interface DemoMeasure {
  key: string;
  title: string;
  description: string | null;
  fieldOfAction: string;
  guidelines: string[];
  origin: MeasureOrigin | null;
  leadActor: string | null;
  partnerActors: string[];
  contact: { name: string; email: string } | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  public: boolean;
  feasibility: FeasibilityVerdict | null;
  feasibilityReason: string | null;
  createdAt: string;
  timeline: DemoTimelineEntry[];
}

export interface DemoTimelineEntry {
  date: string;
  by: 'admin' | 'editor';
  status?: MeasureStatus;
  progress?: number;
  note?: string;
}

/** Example indicators with their values and goals, for a demo installation. */
export interface DemoIndicatorsFile {
  indicators: DemoIndicator[];
}

export interface DemoIndicator {
  key: string;
  code: string;
  /** Written with DEMO_TITLE_PREFIX in front, as the example measures' titles are. */
  name: string;
  description: string | null;
  unit: string;
  desiredTrend: IndicatorTrend;
  timeResolution: IndicatorTimeResolution;
  source: string | null;
  /** Keys of the catalogue's field of action and guideline codes, and the demo measures file's actor key. */
  fieldOfAction: string;
  guidelines: string[];
  responsibleActor: string | null;
  public: boolean;
  dueEvery: IndicatorDueInterval | null;
  dueMonthDay: string | null;
  /** Keys of demo measures, each saying whether the indicator shows its progress. */
  measures: { measure: string; showsProgress: boolean }[];
  values: { date: string; value: number; note?: string }[];
  goals: { date: string; value: number }[];
}
