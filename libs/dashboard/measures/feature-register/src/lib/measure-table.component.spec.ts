import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { measureListItem } from '@leitbild-monitor/dashboard/measures/data-access/testing';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { MeasureTableComponent } from './measure-table.component';

describe('MeasureTableComponent', () => {
  function render(inputs: Partial<Record<'sort' | 'since', string | null>> = {}) {
    TestBed.configureTestingModule({ providers: [provideI18nTesting(), provideRouter([])] });
    const fixture = TestBed.createComponent(MeasureTableComponent);
    fixture.componentRef.setInput('items', [
      measureListItem(),
      measureListItem({
        id: 'm-2',
        title: 'Ohne Angaben',
        progress: null,
        leadActorName: null,
        leadActorId: null,
        plannedEnd: '2025-03-31',
        overdue: true,
        status: 'on_hold',
        updatedAt: '2024-11-01T08:00:00.000Z',
      }),
    ]);
    fixture.componentRef.setInput('sort', inputs.sort ?? '-updatedAt');
    fixture.componentRef.setInput('since', inputs.since ?? null);
    fixture.componentRef.setInput('locale', 'de');
    fixture.componentRef.setInput('now', new Date('2026-11-23T12:00:00.000Z'));
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  const cells = (row: Element) =>
    [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim());

  it('shows each measure with status, progress, planned end, overdue marker and freshness in words', () => {
    const [first, second] = render().querySelectorAll('[data-testid="measure-row"]');

    expect(cells(first)).toEqual([
      'Sprachcafé im Bürgerhaus',
      'Sprache und Bildung',
      'Fachamt Sozialraummanagement',
      'In Umsetzung',
      '40 %',
      '31.12.2026',
      'zuletzt aktualisiert vor 4 Monaten (20.07.2026)',
    ]);
    expect(cells(second)).toEqual([
      'Ohne Angaben',
      'Sprache und Bildung',
      'keine Angabe',
      'Zurückgestellt',
      'unbekannt',
      '31.03.2025 ⚠ Überfällig',
      'zuletzt aktualisiert vor 2 Jahren (01.11.2024)',
    ]);
    expect(first.querySelector('.bar__fill')?.getAttribute('style')).toContain('width: 40%');
    expect(second.querySelector('.bar')).toBeNull();
    expect(first.querySelector('[data-testid="measure-freshness"] time')?.getAttribute('datetime')).toBe(
      '2026-07-20T10:30:00.000Z',
    );
  });

  it('marks the sorted column for assistive technology and names the order in the caption', () => {
    const element = render({ sort: '-plannedEnd' });
    const sorted = element.querySelectorAll('th[aria-sort]');

    expect(sorted).toHaveLength(1);
    expect(sorted[0].getAttribute('aria-sort')).toBe('descending');
    expect(sorted[0].textContent).toContain('Geplantes Ende');
    expect(element.querySelector('caption')?.textContent?.trim()).toBe(
      'Maßnahmen, sortiert nach Geplantes Ende (absteigend)',
    );
  });

  it('names a sort key without a column in the caption', () => {
    const element = render({ sort: 'createdAt' });
    expect(element.querySelector('th[aria-sort]')).toBeNull();
    expect(element.querySelector('caption')?.textContent?.trim()).toBe(
      'Maßnahmen, sortiert nach Anlegedatum (aufsteigend)',
    );
  });

  it('links to the measure, with the changed-since date when one is set', () => {
    expect(render().querySelector('a')?.getAttribute('href')).toBe('/measures/m-1');
    TestBed.resetTestingModule();
    expect(render({ since: '2026-10-01' }).querySelector('a')?.getAttribute('href')).toBe(
      '/measures/m-1?since=2026-10-01',
    );
  });
});
