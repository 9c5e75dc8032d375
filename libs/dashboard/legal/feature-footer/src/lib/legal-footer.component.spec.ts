import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { LegalFooterComponent } from './legal-footer.component';

describe('LegalFooterComponent', () => {
  it('links the five legal pages', async () => {
    TestBed.configureTestingModule({ providers: [provideI18nTesting(), provideRouter([])] });
    const fixture = TestBed.createComponent(LegalFooterComponent);
    await fixture.whenStable();
    const links = [...(fixture.nativeElement as HTMLElement).querySelectorAll('a')];
    expect(links.map((link) => [link.textContent?.trim(), link.getAttribute('href')])).toEqual([
      ['Impressum', '/impressum'],
      ['Datenschutz', '/datenschutz'],
      ['Barrierefreiheit', '/barrierefreiheit'],
      ['Leichte Sprache', '/leichte-sprache'],
      ['Gebärdensprache', '/gebaerdensprache'],
    ]);
  });
});
