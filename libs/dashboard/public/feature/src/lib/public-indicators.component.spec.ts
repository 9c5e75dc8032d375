import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { publicIndicator } from '@leitbild-monitor/dashboard/public/data-access/testing';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { PublicIndicatorsComponent } from './public-indicators.component';

const LIST_URL = '/api/v1/public/indicators?limit=100&sort=code';
const clean = (text: string | null | undefined) => text?.replace(/[\s\u00a0]+/g, ' ').trim();

describe('PublicIndicatorsComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18nTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render() {
    const fixture = TestBed.createComponent(PublicIndicatorsComponent);
    fixture.componentRef.setInput('locale', 'de');
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('shows each public indicator with its state, sentence, chart and data table, and links the open data', async () => {
    const { fixture, element } = await render();
    const indicator = publicIndicator();
    const item: Partial<typeof indicator> = { ...indicator };
    delete item.values;
    delete item.goals;
    delete item.goalLine;
    delete item.measures;
    http.expectOne(LIST_URL).flush({ items: [item], total: 1, page: 1, limit: 100 });
    http.expectOne('/api/v1/public/indicators/i-2').flush(indicator);
    await fixture.whenStable();

    const article = element.querySelector('[data-testid="public-indicator"]');
    expect(clean(article?.querySelector('h3')?.textContent)).toBe('Teilnehmende an Deutschkursen');
    expect(clean(article?.querySelector('[data-testid="indicator-state"]')?.textContent)).toBe('✓ Auf Kurs');
    expect(clean(article?.querySelector('[data-testid="chart-summary"]')?.textContent)).toBe(
      'Zuletzt 1.012,5 Personen (31.12.2024); Ziel 2030: 1.200 Personen; auf Kurs: Die Ziellinie liegt zu diesem ' +
        'Datum bei 915,07 Personen; 50,7 % des Weges vom Basiswert zum Ziel sind geschafft.',
    );
    expect(article?.querySelectorAll('[data-testid="chart-table-row"]')).toHaveLength(4);
    expect(clean(article?.querySelector('.public-indicator__source')?.textContent)).toBe(
      'Quelle: Volkshochschule Harburg Verantwortlich: Fachamt Sozialraummanagement',
    );
    expect(element.querySelector('[data-testid="public-indicator-export-csv"]')?.getAttribute('href')).toBe(
      '/api/v1/public/indicators/export?format=csv',
    );
  });

  it('says when nothing is published', async () => {
    const { fixture, element } = await render();
    http.expectOne(LIST_URL).flush({ items: [], total: 0, page: 1, limit: 100 });
    await fixture.whenStable();
    expect(clean(element.querySelector('[data-testid="public-indicators-empty"]')?.textContent)).toBe(
      'Es sind noch keine Kennzahlen veröffentlicht.',
    );
  });
});
