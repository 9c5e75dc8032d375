import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { LegalPagesService } from './legal-pages.service';

describe('LegalPagesService', () => {
  let http: HttpTestingController;
  let service: LegalPagesService;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    service = TestBed.inject(LegalPagesService);
  });
  afterEach(() => http.verify());

  it('reads a page in a language anonymously, and saves it on the version read', () => {
    service.page('impressum', 'en').subscribe();
    http.expectOne({ method: 'GET', url: '/api/v1/public/pages/impressum?lang=en' }).flush({});
    service.save('impressum', 'de', 3, { title: 'Impressum', content: '<p>x</p>' }).subscribe();
    const save = http.expectOne({ method: 'PUT', url: '/api/v1/pages/impressum?lang=de' });
    expect(save.request.headers.get('If-Match')).toBe('"3"');
    expect(save.request.body).toEqual({ title: 'Impressum', content: '<p>x</p>' });
    save.flush({});
  });

  it('uploads the video as multipart in the field file', () => {
    service.uploadVideo(new File(['x'], 'dgs.mp4', { type: 'video/mp4' })).subscribe();
    const upload = http.expectOne({ method: 'PUT', url: '/api/v1/pages/gebaerdensprache/video' });
    expect((upload.request.body as FormData).get('file')).toBeInstanceOf(File);
    upload.flush({});
  });
});
