import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { IndicatorSummary } from '@leitbild-monitor/shared/contracts';
import { IndicatorStateComponent } from './indicator-state.component';
import { IndicatorTilesComponent } from './indicator-tiles.component';

const summary: IndicatorSummary = {
  fieldsOfAction: [
    {
      fieldOfActionId: 'f-1',
      name: 'Ehrenamt',
      total: 3,
      byState: { on_track: 1, off_track: 2, reached: 0, no_data: 0 },
    },
    {
      fieldOfActionId: 'f-2',
      name: 'Arbeit',
      total: 0,
      byState: { on_track: 0, off_track: 0, reached: 0, no_data: 0 },
    },
  ],
};

describe('IndicatorTilesComponent', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideI18nTesting(), provideRouter([])] }));

  it('gives each field of action with indicators a tile whose counts lead to the filtered list', async () => {
    const fixture = TestBed.createComponent(IndicatorTilesComponent);
    fixture.componentRef.setInput('summary', summary);
    fixture.componentRef.setInput('locale', 'de');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;

    const tiles = element.querySelectorAll('[data-testid="indicator-tile"]');
    expect(tiles).toHaveLength(1);
    expect(tiles[0].querySelector('h3')?.textContent?.trim()).toBe('Ehrenamt');
    const links = [...element.querySelectorAll<HTMLAnchorElement>('[data-testid="indicator-tile-link"]')];
    expect(links.map((link) => [link.textContent?.replace(/\s+/g, ' ').trim(), link.getAttribute('href')])).toEqual([
      ['2 nicht auf Kurs', '/indicators?fieldOfAction=f-1&state=off_track'],
      ['1 auf Kurs', '/indicators?fieldOfAction=f-1&state=on_track'],
    ]);
    // Zero leads nowhere: it is text, not a link to an empty list.
    expect(
      [...element.querySelectorAll('[data-testid="indicator-tile-count"]')].map((count) => count.textContent?.trim()),
    ).toEqual(['0 Ziel erreicht', '0 ohne Daten']);
    expect(element.querySelector('[data-testid="indicator-tile-all"]')?.textContent?.trim()).toBe('3 Kennzahlen');
  });
});

describe('IndicatorStateComponent', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideI18nTesting()] }));

  it('names the state in words, with a sign that does not rely on colour', async () => {
    const fixture = TestBed.createComponent(IndicatorStateComponent);
    fixture.componentRef.setInput('state', 'off_track');
    await fixture.whenStable();
    const badge = (fixture.nativeElement as HTMLElement).querySelector('[data-testid="indicator-state"]');
    expect(badge?.textContent?.replace(/\s+/g, ' ').trim()).toBe('⚠ Nicht auf Kurs');
    expect(badge?.querySelector('[aria-hidden="true"]')?.textContent).toBe('⚠');
  });
});
