import { ComponentFixture, TestBed } from '@angular/core/testing';
import { DEFAULT_MEASURE_FILTERS, MeasureFilters } from '@leitbild-monitor/dashboard/measures/data-access';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { FilterChange, MeasureFilterFormComponent, SEARCH_DEBOUNCE_MS } from './measure-filter-form.component';

describe('MeasureFilterFormComponent', () => {
  let fixture: ComponentFixture<MeasureFilterFormComponent>;
  let changes: FilterChange[];
  let element: HTMLElement;

  function render(filters: MeasureFilters = DEFAULT_MEASURE_FILTERS, active = false) {
    fixture.componentRef.setInput('filters', filters);
    fixture.componentRef.setInput('hasActiveFilters', active);
    fixture.detectChanges();
  }

  beforeEach(() => {
    jest.useFakeTimers();
    TestBed.configureTestingModule({ providers: [provideI18nTesting()] });
    fixture = TestBed.createComponent(MeasureFilterFormComponent);
    fixture.componentRef.setInput('fieldsOfAction', [{ id: 'f-1', label: 'Sprache und Bildung' }]);
    fixture.componentRef.setInput('actors', [{ id: 'a-1', label: 'Integrationsrat' }]);
    fixture.componentRef.setInput('guidelines', [{ id: 'g-1', label: '1.1 Wir sind Harburg.' }]);
    changes = [];
    fixture.componentInstance.filtersChange.subscribe((change) => changes.push(change));
    element = fixture.nativeElement;
    render();
  });

  afterEach(() => jest.useRealTimers());

  const input = (testId: string) => element.querySelector(`[data-testid="${testId}"]`) as HTMLInputElement;

  function typeInto(field: HTMLInputElement, value: string) {
    field.value = value;
    field.dispatchEvent(new Event('input'));
  }

  it('labels every field', () => {
    for (const field of element.querySelectorAll('input, select')) {
      expect(element.querySelector(`label[for="${field.id}"]`)?.textContent?.trim()).toBeTruthy();
    }
  });

  it('searches once typing pauses, with the trimmed text', () => {
    typeInto(input('filter-q'), 'Spr');
    jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 50);
    typeInto(input('filter-q'), 'Sprachcafé ');
    jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 50);
    expect(changes).toEqual([]);

    jest.advanceTimersByTime(50);
    expect(changes).toEqual([{ q: 'Sprachcafé' }]);
  });

  it('searches at once on Enter, and not again when the timer ends', () => {
    typeInto(input('filter-q'), 'Fest');
    input('filter-q').form?.dispatchEvent(new Event('submit', { cancelable: true }));
    jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS);

    expect(changes).toEqual([{ q: 'Fest' }]);
  });

  it('shows the search text of the URL when it changes elsewhere (back button)', () => {
    render({ ...DEFAULT_MEASURE_FILTERS, q: 'Ehrenamt' }, true);
    expect(input('filter-q').value).toBe('Ehrenamt');
  });

  it('emits the chosen list values, null for "Alle"', () => {
    const field = input('filter-field-of-action') as unknown as HTMLSelectElement;
    field.value = 'f-1';
    field.dispatchEvent(new Event('change'));
    field.value = '';
    field.dispatchEvent(new Event('change'));
    const overdue = input('filter-overdue');
    overdue.checked = true;
    overdue.dispatchEvent(new Event('change'));

    expect(changes).toEqual([{ fieldOfAction: 'f-1' }, { fieldOfAction: null }, { overdue: true }]);
  });

  it('takes a complete date as changed-since and an emptied field as none', () => {
    const date = input('filter-changed-since');
    date.value = '2026-10-01';
    date.dispatchEvent(new Event('change'));
    date.value = '';
    date.dispatchEvent(new Event('change'));

    expect(changes).toEqual([{ changedSince: '2026-10-01' }, { changedSince: null }]);
  });

  it('offers the reset only while a filter is active', () => {
    expect(element.querySelector('[data-testid="filters-reset"]')).toBeNull();
    render({ ...DEFAULT_MEASURE_FILTERS, status: 'planned' }, true);
    let reset = 0;
    fixture.componentInstance.resetFilters.subscribe(() => reset++);
    (element.querySelector('[data-testid="filters-reset"]') as HTMLButtonElement).click();
    expect(reset).toBe(1);
  });
});
