import { DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
import { provideI18nTesting } from '../testing/i18n-testing';
import { LanguageService } from './language.service';

describe('LanguageService', () => {
  let service: LanguageService;
  let transloco: TranslocoService;
  let document: Document;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideI18nTesting()] });
    service = TestBed.inject(LanguageService);
    transloco = TestBed.inject(TranslocoService);
    document = TestBed.inject(DOCUMENT);
    document.documentElement.lang = 'de';
  });

  afterEach(() => localStorage.clear());

  it('starts in German without a remembered choice', async () => {
    await service.restore();

    expect(service.language()).toBe('de');
    expect(document.documentElement.lang).toBe('de');
    expect(transloco.translate('nav.overview')).toBe('Übersicht');
  });

  it('switches translations and the document language, and remembers the choice', async () => {
    await service.switchTo('en');

    expect(service.language()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(transloco.translate('nav.overview')).toBe('Overview');
    expect(localStorage.getItem('leitbild-monitor.language')).toBe('en');
  });

  it('restores the language remembered from an earlier visit', async () => {
    localStorage.setItem('leitbild-monitor.language', 'en');

    await service.restore();

    expect(service.language()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('ignores a remembered value that is not a supported language', async () => {
    localStorage.setItem('leitbild-monitor.language', 'fr');

    await service.restore();

    expect(service.language()).toBe('de');
  });

  it('does not store a choice the user never made', async () => {
    await service.restore();

    expect(localStorage.getItem('leitbild-monitor.language')).toBeNull();
  });
});
