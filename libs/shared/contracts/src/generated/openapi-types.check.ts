/**
 * Type-level test, run by `npm run test:openapi` (tsc, no emit): the answers a client generated from the API's
 * OpenAPI document (openapi.d.ts) are the shared interfaces the dashboard works with, in both directions — a field
 * the document lacks, adds, types or names differently fails the check.
 */
import type { paths } from './openapi';
import type {
  BarrierReport,
  DashboardSummary,
  EditablePage,
  FeedbackReceipt,
  PublicPage,
  SignVideo,
  ImportJob,
  ImportResult,
  Indicator,
  IndicatorListItem,
  IndicatorSummary,
  Measure,
  MeasureListItem,
  Page,
  PublicChange,
  PublicIndicator,
  PublicIndicatorListItem,
  PublicMeasureDetails,
  StatusDefinition,
} from '../index';

/** The JSON body of an operation's answer with this status. */
type Answer<
  Path extends keyof paths,
  Method extends 'get' | 'post' | 'patch' | 'put' | 'delete',
  Status extends number,
> = paths[Path][Method] extends { responses: { [S in Status]: { content: { 'application/json': infer Body } } } }
  ? Body
  : never;

/** The generated types have no `readonly`; the shared interfaces have it in places where it makes no difference on the wire. */
type Writable<T> = T extends readonly (infer Item)[]
  ? Writable<Item>[]
  : T extends object
    ? { -readonly [K in keyof T]: Writable<T[K]> }
    : T;

/** `true` only when each type is assignable to the other (and neither is `never`). */
type Same<A, B> = [A] extends [never]
  ? false
  : [Writable<A>] extends [Writable<B>]
    ? [Writable<B>] extends [Writable<A>]
      ? true
      : false
    : false;

/** Fails to compile unless `T` is `true`. */
type Expect<T extends true> = T;

export interface OpenApiAgreesWithContracts {
  listMeasures: Expect<Same<Answer<'/api/v1/measures', 'get', 200>, Page<MeasureListItem>>>;
  getMeasure: Expect<Same<Answer<'/api/v1/measures/{id}', 'get', 200>, Measure>>;
  createMeasure: Expect<Same<Answer<'/api/v1/measures', 'post', 201>, Measure>>;
  updateMeasure: Expect<Same<Answer<'/api/v1/measures/{id}', 'patch', 200>, Measure>>;
  changeStatus: Expect<Same<Answer<'/api/v1/measures/{id}/status', 'post', 200>, Measure>>;
  addProgress: Expect<Same<Answer<'/api/v1/measures/{id}/progress', 'post', 200>, Measure>>;
  statuses: Expect<Same<Answer<'/api/v1/measures/statuses', 'get', 200>, StatusDefinition[]>>;
  summary: Expect<Same<Answer<'/api/v1/dashboard/summary', 'get', 200>, DashboardSummary>>;
  publicSummary: Expect<Same<Answer<'/api/v1/public/summary', 'get', 200>, DashboardSummary>>;
  importDryRun: Expect<Same<Answer<'/api/v1/measures/import', 'post', 200>, ImportResult>>;
  importRefused: Expect<Same<Answer<'/api/v1/measures/import', 'post', 422>, ImportResult>>;
  importAccepted: Expect<Same<Answer<'/api/v1/measures/import', 'post', 202>, ImportJob>>;
  importJob: Expect<Same<Answer<'/api/v1/imports/{jobId}', 'get', 200>, ImportJob>>;
  listIndicators: Expect<Same<Answer<'/api/v1/indicators', 'get', 200>, Page<IndicatorListItem>>>;
  indicatorSummary: Expect<Same<Answer<'/api/v1/indicators/summary', 'get', 200>, IndicatorSummary>>;
  getIndicator: Expect<Same<Answer<'/api/v1/indicators/{id}', 'get', 200>, Indicator>>;
  createIndicator: Expect<Same<Answer<'/api/v1/indicators', 'post', 201>, Indicator>>;
  updateIndicator: Expect<Same<Answer<'/api/v1/indicators/{id}', 'patch', 200>, Indicator>>;
  putIndicatorValue: Expect<Same<Answer<'/api/v1/indicators/{id}/values/{date}', 'put', 200>, Indicator>>;
  deleteIndicatorValue: Expect<Same<Answer<'/api/v1/indicators/{id}/values/{date}', 'delete', 200>, Indicator>>;
  putIndicatorGoal: Expect<Same<Answer<'/api/v1/indicators/{id}/goals/{date}', 'put', 200>, Indicator>>;
  deleteIndicatorGoal: Expect<Same<Answer<'/api/v1/indicators/{id}/goals/{date}', 'delete', 200>, Indicator>>;
  publicIndicators: Expect<Same<Answer<'/api/v1/public/indicators', 'get', 200>, Page<PublicIndicatorListItem>>>;
  publicIndicator: Expect<Same<Answer<'/api/v1/public/indicators/{id}', 'get', 200>, PublicIndicator>>;
  publicPage: Expect<Same<Answer<'/api/v1/public/pages/{slug}', 'get', 200>, PublicPage>>;
  publicMeasureDetails: Expect<Same<Answer<'/api/v1/public/measures/{id}/details', 'get', 200>, PublicMeasureDetails>>;
  publicChanges: Expect<Same<Answer<'/api/v1/public/changes', 'get', 200>, Page<PublicChange>>>;
  editablePage: Expect<Same<Answer<'/api/v1/pages/{slug}', 'get', 200>, EditablePage>>;
  savePage: Expect<Same<Answer<'/api/v1/pages/{slug}', 'put', 200>, EditablePage>>;
  uploadSignVideo: Expect<Same<Answer<'/api/v1/pages/gebaerdensprache/video', 'put', 200>, SignVideo>>;
  sendFeedback: Expect<Same<Answer<'/api/v1/public/feedback', 'post', 201>, FeedbackReceipt>>;
  listFeedback: Expect<Same<Answer<'/api/v1/feedback', 'get', 200>, Page<BarrierReport>>>;
}
