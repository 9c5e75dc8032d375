import { DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { LanguageSwitchComponent } from './language-switch.component';

describe('LanguageSwitchComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideI18nTesting()] });
    TestBed.inject(DOCUMENT).documentElement.lang = 'de';
  });

  afterEach(() => localStorage.clear());

  async function render() {
    const fixture = TestBed.createComponent(LanguageSwitchComponent);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    const button = (code: string) => element.querySelector<HTMLButtonElement>(`[data-testid="language-${code}"]`);
    return { fixture, element, button };
  }

  it('offers each language under its own name and marks German as active', async () => {
    const { element, button } = await render();

    expect(element.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe('Sprache');
    expect(button('de')?.textContent?.trim()).toBe('Deutsch');
    expect(button('de')?.getAttribute('lang')).toBe('de');
    expect(button('en')?.textContent?.trim()).toBe('English');
    expect(button('en')?.getAttribute('lang')).toBe('en');
    expect(button('de')?.getAttribute('aria-pressed')).toBe('true');
    expect(button('en')?.getAttribute('aria-pressed')).toBe('false');
  });

  it('switches to English and back, changing the document language each time', async () => {
    const { fixture, element, button } = await render();
    const document = TestBed.inject(DOCUMENT);

    button('en')?.click();
    await fixture.whenStable();

    expect(document.documentElement.lang).toBe('en');
    expect(button('en')?.getAttribute('aria-pressed')).toBe('true');
    expect(element.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe('Language');

    button('de')?.click();
    await fixture.whenStable();

    expect(document.documentElement.lang).toBe('de');
    expect(button('de')?.getAttribute('aria-pressed')).toBe('true');
  });
});
