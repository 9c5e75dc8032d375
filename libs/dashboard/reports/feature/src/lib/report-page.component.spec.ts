import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { ReportingReport, SnapshotMeasure } from '@leitbild-monitor/shared/contracts';
import { ReportPageComponent } from './report-page.component';

const byStatus = { proposed: 0, in_review: 0, planned: 0, in_progress: 300, completed: 0, on_hold: 0, rejected: 0 };

function measure(id: string): SnapshotMeasure {
  return {
    measureId: id,
    title: `Maßnahme ${id}`,
    fieldOfActionId: 'f1',
    fieldOfActionName: 'Ehrenamt',
    status: 'in_progress',
    progress: 40,
    plannedStart: null,
    plannedEnd: '2026-01-31',
    actualStart: null,
    actualEnd: null,
    leadActorId: null,
    leadActorName: null,
    partnerActorNames: [],
    public: true,
    overdue: true,
  };
}

/** A city's report as the API answers it with `limit=1`: every list cut to its first entry, the totals in full. */
function cutReport(): ReportingReport {
  const figures = { total: 300, byStatus, meanProgress: 40, progressBasis: 300, overdue: 250 };
  return {
    reportingDate: {
      id: 'rd-1',
      name: 'Integrationsrat März',
      date: '2026-03-12',
      createdAt: '2026-03-12T08:00:00Z',
      createdBy: 'Verwaltung',
      measureCount: 300,
    },
    summary: figures,
    fieldsOfAction: [{ fieldOfActionId: 'f1', name: 'Ehrenamt', ...figures, measures: [measure('m1')] }],
    changes: null,
    overdue: [measure('m1')],
    indicators: [],
    development: { fieldsOfAction: [], points: [] },
    councilPapers: [
      {
        measureId: 'm1',
        title: 'Maßnahme m1',
        councilPapers: [{ reference: '21-0001', title: null, date: null, url: null }],
      },
    ],
    listTotals: { overdue: 250, councilPapers: 12 },
    generatedAt: '2026-03-12T09:00:00Z',
  };
}

describe('ReportPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18nTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('asks for as many entries per list as the PDF prints and says where a list names only its first ones', async () => {
    const fixture = TestBed.createComponent(ReportPageComponent);
    fixture.componentRef.setInput('id', 'rd-1');
    await fixture.whenStable();
    http.expectOne('/api/v1/reporting-dates/rd-1/report?limit=100').flush(cutReport());
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    const text = (selector: string) =>
      [...element.querySelectorAll(selector)].map((node) => node.textContent?.replace(/\s+/g, ' ').trim());

    expect(text('[data-testid="report-overdue"] caption')[0]).toContain('250');
    expect(text('[data-testid="report-overdue"] [data-testid="list-cut"]')).toEqual([
      'Die Liste nennt die ersten 1 von 250 Maßnahmen; alle enthält der Export des Maßnahmenregisters (CSV oder Excel).',
    ]);
    expect(text('[data-testid="report-field"] [data-testid="list-cut"]')).toEqual([
      'Die Liste nennt die ersten 1 von 300 Maßnahmen; alle enthält der Export des Maßnahmenregisters (CSV oder Excel).',
    ]);
    expect(text('[data-testid="report-council-papers"] [data-testid="list-cut"]')).toEqual([
      'Die Liste nennt die ersten 1 von 12 Maßnahmen; alle enthält der Export des Maßnahmenregisters (CSV oder Excel).',
    ]);
  });

  it('says nothing of the kind when every list is whole', async () => {
    const whole = cutReport();
    whole.listTotals = { ...whole.listTotals, overdue: 1, councilPapers: 1 };
    whole.fieldsOfAction = whole.fieldsOfAction.map((field) => ({ ...field, total: 1 }));
    const fixture = TestBed.createComponent(ReportPageComponent);
    fixture.componentRef.setInput('id', 'rd-1');
    await fixture.whenStable();
    http.expectOne('/api/v1/reporting-dates/rd-1/report?limit=100').flush(whole);
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelectorAll('[data-testid="list-cut"]')).toHaveLength(0);
  });
});
