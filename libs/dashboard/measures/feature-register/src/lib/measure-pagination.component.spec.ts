import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { MeasurePaginationComponent } from './measure-pagination.component';

describe('MeasurePaginationComponent', () => {
  let fixture: ComponentFixture<MeasurePaginationComponent>;
  let pages: number[];
  let limits: number[];

  function render(page: number, total: number, limit = 25) {
    fixture.componentRef.setInput('page', page);
    fixture.componentRef.setInput('total', total);
    fixture.componentRef.setInput('limit', limit);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideI18nTesting()] });
    fixture = TestBed.createComponent(MeasurePaginationComponent);
    fixture.componentRef.setInput('locale', 'de');
    pages = [];
    limits = [];
    fixture.componentInstance.pageChange.subscribe((page) => pages.push(page));
    fixture.componentInstance.limitChange.subscribe((limit) => limits.push(limit));
  });

  const button = (element: HTMLElement, testId: string) =>
    element.querySelector(`[data-testid="${testId}"]`) as HTMLButtonElement;

  it('says which page of how many is shown, in a labelled navigation', () => {
    const element = render(2, 120);
    expect(element.querySelector('nav')?.getAttribute('aria-label')).toBe('Seiten der Maßnahmenliste');
    expect(element.querySelector('[data-testid="page-position"]')?.textContent?.trim()).toBe('Seite 2 von 5');
  });

  it('moves a page back and forth', () => {
    const element = render(2, 120);
    button(element, 'page-previous').click();
    button(element, 'page-next').click();
    expect(pages).toEqual([1, 3]);
  });

  it('keeps the buttons focusable but inert at the first and last page', () => {
    const first = render(1, 30);
    expect(button(first, 'page-previous').getAttribute('aria-disabled')).toBe('true');
    expect(button(first, 'page-previous').disabled).toBe(false);
    button(first, 'page-previous').click();

    const last = render(2, 30);
    expect(button(last, 'page-next').getAttribute('aria-disabled')).toBe('true');
    expect(button(last, 'page-previous').getAttribute('aria-disabled')).toBeNull();
    button(last, 'page-next').click();

    expect(pages).toEqual([]);
  });

  it('counts one page for an empty list and offers 25, 50 and 100 per page', () => {
    const element = render(1, 0);
    expect(element.querySelector('[data-testid="page-position"]')?.textContent?.trim()).toBe('Seite 1 von 1');
    const size = element.querySelector('[data-testid="page-size"]') as HTMLSelectElement;
    expect([...size.options].map((option) => option.value)).toEqual(['25', '50', '100']);
    expect(element.querySelector(`label[for="${size.id}"]`)?.textContent?.trim()).toBe('Maßnahmen pro Seite');

    size.value = '50';
    size.dispatchEvent(new Event('change'));
    expect(limits).toEqual([50]);
  });
});
