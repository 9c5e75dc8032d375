import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { MeasurePageStore, WriteFailure } from '@leitbild-monitor/dashboard/measures/data-access';
import { MeasureValueComponent } from '@leitbild-monitor/dashboard/measures/ui';
import { ProblemText, problemText } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { Measure, TEXT_LIMITS } from '@leitbild-monitor/shared/contracts';

type LocalError = 'noteRequired' | 'tooLong' | 'progressRange';

/** `''` (keep the current value) or a whole number 0–100; anything else is invalid (undefined). */
export function parseProgressInput(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d{1,3}$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value <= 100 ? value : undefined;
}

/** A dated progress note, optionally with a new progress value, in a modal `<dialog>`. */
@Component({
  selector: 'lbm-progress-dialog',
  imports: [ReactiveFormsModule, TranslocoPipe, MeasureValueComponent],
  templateUrl: './progress-dialog.component.html',
  styleUrl: './dialog.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgressDialogComponent {
  private readonly store = inject(MeasurePageStore);
  private readonly injector = inject(Injector);
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  private readonly errorBox = viewChild<ElementRef<HTMLElement>>('errorBox');

  readonly measure = input.required<Measure>();
  readonly locale = input<string>('de');
  readonly saved = output();

  protected readonly maxNote = TEXT_LIMITS.note;
  protected readonly form = inject(NonNullableFormBuilder).group({ note: [''], progress: [''], unknown: [false] });
  protected readonly pending = signal(false);
  protected readonly errors = signal<ReadonlySet<LocalError>>(new Set());
  protected readonly failure = signal<WriteFailure | null>(null);
  /** What the API found wrong with the input, in the words of the translations. */
  protected readonly serverMessages = signal<readonly ProblemText[]>([]);

  open(): void {
    this.form.reset({ note: '', progress: '', unknown: false });
    this.form.controls.progress.enable();
    this.errors.set(new Set());
    this.failure.set(null);
    this.dialog().nativeElement.showModal();
  }

  /** Marking progress as unknown makes the number field meaningless: it is emptied and disabled. */
  protected toggleUnknown(): void {
    const progress = this.form.controls.progress;
    if (this.form.controls.unknown.value) {
      progress.setValue('');
      progress.disable();
    } else {
      progress.enable();
    }
  }

  protected close(): void {
    this.dialog().nativeElement.close();
  }

  protected describedBy(...ids: (string | false)[]): string | null {
    const present = ids.filter((id): id is string => !!id);
    return present.length > 0 ? present.join(' ') : null;
  }

  protected async submit(): Promise<void> {
    if (this.pending()) return;
    const { note, progress, unknown } = this.form.getRawValue();
    // "Unknown" sets progress back to null; otherwise an empty field keeps the current value.
    const parsed = unknown ? null : parseProgressInput(progress);
    const errors = new Set<LocalError>();
    if (note.trim() === '') errors.add('noteRequired');
    if ([...note].length > this.maxNote) errors.add('tooLong');
    if (parsed === undefined) errors.add('progressRange');
    this.errors.set(errors);
    this.failure.set(null);
    if (errors.size > 0) {
      const id = errors.has('noteRequired') || errors.has('tooLong') ? 'progress-note' : 'progress-value';
      afterNextRender(
        { write: () => this.dialog().nativeElement.querySelector<HTMLElement>(`#${id}`)?.focus() },
        { injector: this.injector },
      );
      return;
    }
    this.pending.set(true);
    const result = await this.store.addProgressUpdate(
      unknown
        ? { note: note.trim(), progress: null }
        : parsed === null
          ? { note: note.trim() }
          : { note: note.trim(), progress: parsed },
    );
    this.pending.set(false);
    if (result.ok) {
      this.close();
      this.saved.emit();
      return;
    }
    this.failure.set(result.failure);
    this.serverMessages.set(result.failure === 'invalid' ? result.problems.map((problem) => problemText(problem)) : []);
    afterNextRender({ write: () => this.errorBox()?.nativeElement.focus() }, { injector: this.injector });
  }
}
