import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import type { PublicPage } from '@leitbild-monitor/shared/contracts';
import { LegalPageComponent } from './legal-page.component';

function publicPage(overrides: Partial<PublicPage> = {}): PublicPage {
  return {
    slug: 'barrierefreiheit',
    lang: 'de',
    title: 'Erklärung zur Barrierefreiheit',
    content: '<h2>Stand</h2><p>Teilweise <a href="/public">vereinbar</a>.</p>',
    checkedBy: null,
    checkedOn: null,
    updatedAt: null,
    isDefault: true,
    video: null,
    ...overrides,
  };
}

describe('LegalPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18nTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function render(page: PublicPage) {
    const fixture = TestBed.createComponent(LegalPageComponent);
    fixture.componentRef.setInput('slug', page.slug);
    await fixture.whenStable();
    http.expectOne({ method: 'GET', url: `/api/v1/public/pages/${page.slug}?lang=de` }).flush(page);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    return { fixture, element };
  }

  it('shows the title and the text, with what is not allowed removed once more', async () => {
    // Angular warns when its sanitiser removes something: here that is the point.
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { element } = await render(publicPage({ content: '<h2>Stand</h2><p onclick="x()">Text</p>' }));
    expect(element.querySelector('h1')?.textContent).toBe('Erklärung zur Barrierefreiheit');
    const content = element.querySelector('[data-testid="legal-content"]') as HTMLElement;
    expect(content.querySelector('h2')?.textContent).toBe('Stand');
    expect(content.innerHTML).not.toContain('onclick');
  });

  it('refuses an empty report with an error at the field, and confirms a report sent', async () => {
    const { fixture, element } = await render(publicPage());
    const submit = element.querySelector('[data-testid="feedback-submit"]') as HTMLButtonElement;
    submit.click();
    await fixture.whenStable();
    const message = element.querySelector('#feedback-message') as HTMLTextAreaElement;
    expect(message.getAttribute('aria-invalid')).toBe('true');
    expect(element.querySelector('[data-testid="feedback-message-error"]')?.textContent?.trim()).toBe(
      'Bitte beschreiben Sie die Barriere.',
    );

    message.value = 'Der Kontrast ist zu schwach.';
    message.dispatchEvent(new Event('input'));
    submit.click();
    const request = http.expectOne({ method: 'POST', url: '/api/v1/public/feedback' });
    expect(request.request.body).toEqual({ message: 'Der Kontrast ist zu schwach.', page: null });
    request.flush({ id: 'r1', createdAt: '2026-12-01T10:00:00.000Z' });
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="feedback-sent"]')?.textContent).toContain(
      'Ihre Meldung ist angekommen',
    );
  });

  it('says in text that there is no sign-language video yet, and offers one once uploaded', async () => {
    const { element } = await render(publicPage({ slug: 'gebaerdensprache', title: 'Gebärdensprache' }));
    expect(element.querySelector('[data-testid="video-missing"]')?.textContent).toContain('noch nicht hochgeladen');
    expect(element.querySelector('video')).toBeNull();
    expect(element.querySelector('[data-testid="feedback"]')).toBeNull();
  });

  it('offers the video with its download, type and size', async () => {
    const url = '/api/v1/public/pages/gebaerdensprache/video';
    const { element } = await render(
      publicPage({
        slug: 'gebaerdensprache',
        title: 'Gebärdensprache',
        video: { url, type: 'video/mp4', size: 3 * 1048576, uploadedAt: '2026-12-01T10:00:00.000Z' },
      }),
    );
    expect(element.querySelector('video')?.getAttribute('src')).toBe(url);
    const download = element.querySelector('[data-testid="video-download"]') as HTMLAnchorElement;
    expect(download.getAttribute('href')).toBe(url);
    expect(download.hasAttribute('download')).toBe(true);
    expect(element.querySelector('[data-testid="video-facts"]')?.textContent).toBe('(MP4, 3,0 MB)');
  });

  it('says whether a Leichte-Sprache text was checked, and by whom', async () => {
    const { element } = await render(
      publicPage({
        slug: 'leichte-sprache',
        title: 'Leichte Sprache',
        checkedBy: 'Prüf-Gruppe Harburg',
        checkedOn: '2026-11-30',
      }),
    );
    expect(element.querySelector('[data-testid="legal-checked"]')?.textContent?.trim()).toBe(
      'Geprüft von Prüf-Gruppe Harburg am 30. November 2026.',
    );
  });
});
