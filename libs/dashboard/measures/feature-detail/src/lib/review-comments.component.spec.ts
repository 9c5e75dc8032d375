import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { signInAs, user } from '@leitbild-monitor/dashboard/auth/data-access/testing';
import { MeasurePageStore } from '@leitbild-monitor/dashboard/measures/data-access';
import {
  commentsPage,
  historyPage,
  measure,
  reviewComment,
} from '@leitbild-monitor/dashboard/measures/data-access/testing';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { User } from '@leitbild-monitor/shared/contracts';
import { ReviewCommentsComponent } from './review-comments.component';

describe('ReviewCommentsComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18nTesting(), MeasurePageStore],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render(signedIn: User, comments = [reviewComment()]) {
    await signInAs(http, signedIn);
    TestBed.inject(MeasurePageStore).load('m-1');
    http.expectOne('/api/v1/measures/m-1').flush(measure());
    http.expectOne('/api/v1/measures/m-1/history?limit=100').flush(historyPage());
    http.expectOne('/api/v1/measures/m-1/comments?limit=100').flush(commentsPage(comments));
    const fixture = TestBed.createComponent(ReviewCommentsComponent);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    return { fixture, element, settle };
  }

  it('lets viewers read the comments but offers them no form', async () => {
    const { element } = await render(user({ role: 'viewer' }));

    expect(element.querySelector('[data-testid="review-text"]')?.textContent).toBe(reviewComment().text);
    expect(element.querySelector('[data-testid="review-form"]')).toBeNull();
  });

  it('checks an empty comment at the field and sends a written one', async () => {
    const { fixture, element, settle } = await render(user({ role: 'reviewer' }), []);
    const submit = element.querySelector('[data-testid="review-submit"]') as HTMLButtonElement;

    submit.click();
    await fixture.whenStable();
    expect(element.querySelector('#review-new-error')?.textContent?.trim()).toBe(
      'Bitte schreiben Sie Ihre Stellungnahme.',
    );
    http.expectNone({ method: 'POST' });

    const text = element.querySelector('[data-testid="review-new-text"]') as HTMLTextAreaElement;
    text.value = '  Gute Idee.  ';
    text.dispatchEvent(new Event('input'));
    submit.click();
    const request = http.expectOne({ method: 'POST', url: '/api/v1/measures/m-1/comments' });
    expect(request.request.body).toEqual({ text: 'Gute Idee.' });
    request.flush(reviewComment({ text: 'Gute Idee.', editable: true }));
    await settle();
    http
      .expectOne('/api/v1/measures/m-1/comments?limit=100')
      .flush(commentsPage([reviewComment({ text: 'Gute Idee.', editable: true })]));
    await settle();

    expect(element.querySelector('[data-testid="review-announcement"]')?.textContent?.trim()).toBe(
      'Ihre Stellungnahme wurde gespeichert.',
    );
    expect(element.querySelector('[data-testid="review-edit"]')).not.toBeNull();
  });

  it('offers a correction only for the author’s own comment within the edit window', async () => {
    const { element } = await render(user({ role: 'reviewer' }), [
      reviewComment({ id: 'c-1', editable: true }),
      reviewComment({ id: 'c-2', editable: false }),
    ]);

    expect(element.querySelectorAll('[data-testid="review-edit"]')).toHaveLength(1);
    expect(element.querySelector('[data-testid="review-edit"]')?.getAttribute('data-edit-comment')).toBe('c-1');
  });
});
