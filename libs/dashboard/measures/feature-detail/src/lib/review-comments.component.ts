import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { MeasurePageStore, WriteFailure } from '@leitbild-monitor/dashboard/measures/data-access';
import { RemoteDataStatusComponent } from '@leitbild-monitor/dashboard/shared/ui-remote-data';
import { REVIEW_COMMENT_EDIT_WINDOW_MINUTES, ReviewComment, TEXT_LIMITS } from '@leitbild-monitor/shared/contracts';

type TextError = 'required' | 'tooLong';

function textError(text: string): TextError | null {
  if (text.trim() === '') return 'required';
  return [...text].length > TEXT_LIMITS.comment ? 'tooLong' : null;
}

/** The council's review comments ("Stellungnahmen"): everyone signed in reads them, reviewers and admins write. */
@Component({
  selector: 'lbm-review-comments',
  imports: [DatePipe, ReactiveFormsModule, TranslocoPipe, RemoteDataStatusComponent],
  templateUrl: './review-comments.component.html',
  styleUrl: './review-comments.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewCommentsComponent {
  private readonly store = inject(MeasurePageStore);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly newText = viewChild<ElementRef<HTMLTextAreaElement>>('newText');

  readonly locale = input<string>('de');

  protected readonly comments = this.store.comments;
  protected readonly mayComment = this.store.mayComment;
  protected readonly limits = { comment: TEXT_LIMITS.comment, minutes: REVIEW_COMMENT_EDIT_WINDOW_MINUTES };
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly newForm = this.fb.group({ text: [''] });
  protected readonly editForm = this.fb.group({ text: [''] });
  protected readonly newError = signal<TextError | null>(null);
  protected readonly newFailure = signal<WriteFailure | null>(null);
  protected readonly editing = signal<string | null>(null);
  protected readonly editError = signal<TextError | null>(null);
  protected readonly editFailure = signal<WriteFailure | null>(null);
  protected readonly pending = signal(false);
  protected readonly announcement = signal<string | null>(null);

  protected reload(): void {
    this.store.retry();
  }

  protected async submitNew(): Promise<void> {
    if (this.pending()) return;
    const { text } = this.newForm.getRawValue();
    const error = textError(text);
    this.newError.set(error);
    this.newFailure.set(null);
    if (error) {
      this.newText()?.nativeElement.focus();
      return;
    }
    this.pending.set(true);
    const result = await this.store.addComment(text.trim());
    this.pending.set(false);
    if (result.ok) {
      this.newForm.reset({ text: '' });
      this.announcement.set('review.saved');
    } else {
      this.newFailure.set(result.failure);
      this.newText()?.nativeElement.focus();
    }
  }

  protected startEdit(comment: ReviewComment): void {
    this.editForm.reset({ text: comment.text });
    this.editError.set(null);
    this.editFailure.set(null);
    this.editing.set(comment.id);
    this.focus(`#comment-edit-${comment.id}`);
  }

  protected cancelEdit(comment: ReviewComment): void {
    this.editing.set(null);
    this.focus(`[data-edit-comment="${comment.id}"]`);
  }

  protected async submitEdit(comment: ReviewComment): Promise<void> {
    if (this.pending()) return;
    const { text } = this.editForm.getRawValue();
    const error = textError(text);
    this.editError.set(error);
    this.editFailure.set(null);
    if (error) {
      this.focus(`#comment-edit-${comment.id}`);
      return;
    }
    this.pending.set(true);
    const result = await this.store.editComment(comment.id, text.trim());
    this.pending.set(false);
    if (result.ok) {
      this.editing.set(null);
      this.announcement.set('review.updated');
    } else {
      this.editFailure.set(result.failure);
      this.focus(`#comment-edit-${comment.id}`);
    }
  }

  private focus(selector: string): void {
    afterNextRender(
      { write: () => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus() },
      { injector: this.injector },
    );
  }
}
