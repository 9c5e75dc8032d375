import { TestBed } from '@angular/core/testing';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { ExportLinksComponent, exportHref } from './export-links.component';

describe('exportHref', () => {
  it('puts the format first and leaves out filters that are not set', () => {
    expect(
      exportHref('/api/v1/measures/export', 'xlsx', { status: 'planned', q: '', overdue: false, actor: null, page: 2 }),
    ).toBe('/api/v1/measures/export?format=xlsx&status=planned&page=2');
    expect(exportHref('/api/v1/measures/export', 'csv', { overdue: true, q: 'Sprach café' })).toBe(
      '/api/v1/measures/export?format=csv&overdue=true&q=Sprach+caf%C3%A9',
    );
  });
});

describe('ExportLinksComponent', () => {
  it('renders one download link per format whose name says what it downloads', async () => {
    TestBed.configureTestingModule({ providers: [provideI18nTesting()] });
    const fixture = TestBed.createComponent(ExportLinksComponent);
    fixture.componentRef.setInput('baseUrl', '/api/v1/public/measures/export');
    fixture.componentRef.setInput('formats', ['csv', 'json']);
    fixture.componentRef.setInput('params', { fieldOfAction: 'f1' });
    fixture.componentRef.setInput('context', 'offene Daten');
    await fixture.whenStable();

    const links = [...(fixture.nativeElement as HTMLElement).querySelectorAll('a')];
    expect(
      links.map((link) => [link.getAttribute('href'), link.hasAttribute('download'), link.textContent?.trim()]),
    ).toEqual([
      ['/api/v1/public/measures/export?format=csv&fieldOfAction=f1', true, 'CSV: offene Daten'],
      ['/api/v1/public/measures/export?format=json&fieldOfAction=f1', true, 'JSON: offene Daten'],
    ]);
  });
});
