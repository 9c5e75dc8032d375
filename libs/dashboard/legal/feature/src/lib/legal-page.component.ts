import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, DOCUMENT, DestroyRef, effect, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { LegalPagesService } from '@leitbild-monitor/dashboard/legal/data-access';
import { LanguageService, apiProblems, problemText, ProblemText } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { RemoteDataStatusComponent } from '@leitbild-monitor/dashboard/shared/ui-remote-data';
import { RemoteData, failureReason } from '@leitbild-monitor/dashboard/shared/util-remote-data';
import {
  FEEDBACK_MESSAGE_MAX,
  FEEDBACK_MESSAGE_MIN,
  FEEDBACK_PAGE_MAX,
  PageSlug,
  PublicPage,
  SignVideo,
} from '@leitbild-monitor/shared/contracts';
import { Subscription } from 'rxjs';

/**
 * One legal page of the public site, given by the route as `slug`, in the UI's language: the administrators' text
 * (sanitised by the API, and by Angular's [innerHTML] once more), on the accessibility statement the barrier-report
 * form, on the sign-language page the video with its download, or a sentence saying there is none yet.
 */
@Component({
  selector: 'lbm-legal-page',
  imports: [DatePipe, ReactiveFormsModule, TranslocoPipe, RemoteDataStatusComponent],
  templateUrl: './legal-page.component.html',
  styles: `
    .legal-content {
      max-width: 70ch;
      overflow-wrap: anywhere;
    }
    .legal-video video {
      display: block;
      width: 100%;
      max-width: 48rem;
      height: auto;
    }
    .feedback {
      max-width: 48rem;
      margin-top: var(--space-6);
    }
    .feedback textarea,
    .feedback input {
      display: block;
      width: 100%;
      box-sizing: border-box;
    }
    .feedback .field {
      margin-bottom: var(--space-4);
    }
    .feedback .error {
      color: var(--color-danger, #a00);
      margin: var(--space-1) 0 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LegalPageComponent {
  private readonly pages = inject(LegalPagesService);
  private readonly formBuilder = inject(NonNullableFormBuilder);
  private readonly document = inject(DOCUMENT);
  private readonly transloco = inject(TranslocoService);

  /** From the route's data. */
  readonly slug = input.required<PageSlug>();

  protected readonly language = inject(LanguageService).language;
  protected readonly state = signal<RemoteData<PublicPage>>({ status: 'loading' });
  protected readonly duration = signal<number | null>(null);
  protected readonly limits = { min: FEEDBACK_MESSAGE_MIN, max: FEEDBACK_MESSAGE_MAX, page: FEEDBACK_PAGE_MAX };

  protected readonly form = this.formBuilder.group({
    message: [
      '',
      [Validators.required, Validators.minLength(FEEDBACK_MESSAGE_MIN), Validators.maxLength(FEEDBACK_MESSAGE_MAX)],
    ],
    page: ['', [Validators.maxLength(FEEDBACK_PAGE_MAX)]],
  });
  protected readonly submitted = signal(false);
  protected readonly sending = signal(false);
  protected readonly sent = signal(false);
  protected readonly sendProblems = signal<ProblemText[]>([]);

  private loading: Subscription | undefined;

  constructor() {
    effect(() => this.load(this.slug(), this.language()));
    inject(DestroyRef).onDestroy(() => this.loading?.unsubscribe());
  }

  protected reload(): void {
    this.load(this.slug(), this.language());
  }

  protected videoLoaded(event: Event): void {
    const seconds = (event.target as HTMLVideoElement).duration;
    this.duration.set(Number.isFinite(seconds) ? Math.round(seconds) : null);
  }

  /** Type, size in MB and, once the browser has read it from the file, the duration: "MP4, 12,3 MB, Dauer 3:25 Minuten". */
  protected videoFacts(video: SignVideo, seconds: number | null): string {
    const size = new Intl.NumberFormat(this.language(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
      video.size / 1048576,
    );
    const facts = [video.type === 'video/mp4' ? 'MP4' : 'WebM', `${size} MB`];
    if (seconds !== null) {
      const duration = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
      facts.push(this.transloco.translate('legal.video.duration', { duration }));
    }
    return facts.join(', ');
  }

  /** The message field's problem, once the reader tried to send. */
  protected messageProblem(): 'required' | 'tooShort' | 'tooLong' | null {
    const control = this.form.controls.message;
    if (!this.submitted() || control.valid) return null;
    if (control.hasError('required')) return 'required';
    if (control.hasError('minlength')) return 'tooShort';
    return 'tooLong';
  }

  protected send(): void {
    this.submitted.set(true);
    this.sendProblems.set([]);
    if (this.form.invalid) {
      this.document.getElementById('feedback-message')?.focus();
      return;
    }
    this.sending.set(true);
    const { message, page } = this.form.getRawValue();
    this.pages.sendFeedback({ message, page: page.trim() || null }).subscribe({
      next: () => {
        this.sending.set(false);
        this.sent.set(true);
        this.submitted.set(false);
        this.form.reset();
      },
      error: (error: unknown) => {
        this.sending.set(false);
        this.sendProblems.set(apiProblems(error).map(problemText));
      },
    });
  }

  protected sendAnother(): void {
    this.sent.set(false);
  }

  private load(slug: PageSlug, lang: 'de' | 'en'): void {
    this.loading?.unsubscribe();
    this.state.set({ status: 'loading' });
    this.loading = this.pages.page(slug, lang).subscribe({
      next: (value) => this.state.set({ status: 'loaded', value }),
      error: (error: unknown) => this.state.set({ status: 'failed', reason: failureReason(error) }),
    });
  }
}
