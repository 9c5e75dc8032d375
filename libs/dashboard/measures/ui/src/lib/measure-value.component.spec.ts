import { TestBed } from '@angular/core/testing';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { MeasureNames, MeasureValueComponent, fieldLabelKey } from './measure-value.component';

describe('MeasureValueComponent', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideI18nTesting()] }));

  const names: MeasureNames = {
    fieldsOfAction: new Map([['f-1', 'Ehrenamt']]),
    actors: new Map([
      ['a-1', 'Bücherhalle'],
      ['a-2', 'Sportverein'],
    ]),
    guidelines: new Map([['g-1', '1.2']]),
  };

  async function text(field: string, value: unknown, locale = 'de') {
    const fixture = TestBed.createComponent(MeasureValueComponent);
    fixture.componentRef.setInput('field', field);
    fixture.componentRef.setInput('value', value);
    fixture.componentRef.setInput('names', names);
    fixture.componentRef.setInput('locale', locale);
    await fixture.whenStable();
    return (fixture.nativeElement as HTMLElement).textContent?.replace(/\s+/g, ' ').trim();
  }

  it('names ids instead of showing them', async () => {
    expect(await text('fieldOfActionId', 'f-1')).toBe('Ehrenamt');
    expect(await text('partnerActorIds', ['a-1', 'a-2'])).toBe('Bücherhalle, Sportverein');
    expect(await text('guidelineIds', ['g-1'])).toBe('1.2');
    expect(await text('leadActorId', 'a-x')).toBe('unbekannter Eintrag (a-x)');
  });

  it('shows council papers by their references', async () => {
    const papers = [
      { reference: '21-1234', title: 'Integrationskonzept', date: null, url: 'https://ratsinfo.example.org/1234' },
      { reference: '21-2000', title: null, date: null, url: null },
    ];
    expect(await text('councilPapers', papers)).toBe('21-1234, 21-2000');
    expect(await text('councilPapers', [])).toBe('keine');
  });

  it('formats dates, progress and keys in the UI language', async () => {
    expect(await text('plannedEnd', '2027-03-31')).toBe('31.03.2027');
    expect(await text('plannedEnd', '2027-03-31', 'en')).toBe('Mar 31, 2027');
    expect(await text('progress', 40)).toBe('40 %');
    expect(await text('origin', 'working_group')).toBe('Arbeitsgruppe');
    expect(await text('status', 'on_hold')).toBe('Zurückgestellt');
    expect(await text('public', true)).toBe('ja');
  });

  it('says "unbekannt" for unknown progress, which is not 0 %', async () => {
    expect(await text('progress', null)).toBe('unbekannt');
    expect(await text('progress', 0)).toBe('0 %');
    expect(await text('description', null)).toBe('keine Angabe');
    expect(await text('partnerActorIds', [])).toBe('keine');
  });

  it('labels the contact’s parts as the history names them', () => {
    expect(fieldLabelKey('contact.email')).toBe('measure.fields.contactEmail');
    expect(fieldLabelKey('title')).toBe('measure.fields.title');
  });
});
