import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { TranslocoHttpLoader } from './transloco-http.loader';

describe('TranslocoHttpLoader', () => {
  it('fetches the language file from /i18n/', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const loader = TestBed.inject(TranslocoHttpLoader);
    const http = TestBed.inject(HttpTestingController);

    const translation = firstValueFrom(loader.getTranslation('en'));
    http.expectOne({ method: 'GET', url: '/i18n/en.json' }).flush({ nav: { overview: 'Overview' } });

    await expect(translation).resolves.toEqual({ nav: { overview: 'Overview' } });
    http.verify();
  });
});
