import { TestBed } from '@angular/core/testing';
import { provideI18nTesting } from '../../testing/i18n-testing';
import { PublicPageComponent } from './public-page.component';

describe('PublicPageComponent', () => {
  it('explains what the public page is for, without requesting anything', async () => {
    TestBed.configureTestingModule({ providers: [provideI18nTesting()] });
    const fixture = TestBed.createComponent(PublicPageComponent);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;

    expect(element.querySelector('h1')?.textContent).toBe('Öffentliche Ansicht');
    expect(element.querySelector('[data-testid="public-purpose"]')?.textContent).toContain('ohne Anmeldung erreichbar');
  });
});
