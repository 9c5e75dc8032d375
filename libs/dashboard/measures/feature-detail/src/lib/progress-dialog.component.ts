import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
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
import { FORM_FIELD, FieldMessage } from '@leitbild-monitor/dashboard/shared/ui-forms';
import { ProblemText, problemText } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { Measure } from '@leitbild-monitor/shared/contracts';
import { MEASURE_NOTE, noteProblems, parseProgress } from '@leitbild-monitor/shared/domain';

type LocalError = 'noteRequired' | 'tooLong' | 'progressRange';

/** `''` (keep the current value) or a whole number 0–100 (the shared rule); anything else is invalid (undefined). */
export function parseProgressInput(text: string): number | null | undefined {
  const parsed = parseProgress(text);
  return 'value' in parsed ? parsed.value : undefined;
}

/** A dated progress note, optionally with a new progress value, in a modal `<dialog>`. */
@Component({
  selector: 'lbm-progress-dialog',
  imports: [ReactiveFormsModule, TranslocoPipe, MeasureValueComponent, FORM_FIELD],
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

  protected readonly maxNote = MEASURE_NOTE.max;
  protected readonly form = inject(NonNullableFormBuilder).group({ note: [''], progress: [''], unknown: [false] });
  protected readonly pending = signal(false);
  protected readonly errors = signal<ReadonlySet<LocalError>>(new Set());
  protected readonly failure = signal<WriteFailure | null>(null);
  /** What the API found wrong with the input, in the words of the translations. */
  protected readonly serverMessages = signal<readonly ProblemText[]>([]);
  protected readonly noteErrors = computed<readonly FieldMessage[]>(() => [
    ...(this.errors().has('noteRequired') ? [{ key: 'measure.progressDialog.errors.noteRequired' }] : []),
    ...(this.errors().has('tooLong')
      ? [{ key: 'measure.progressDialog.errors.tooLong', params: { max: this.maxNote } }]
      : []),
  ]);
  protected readonly progressErrors = computed<readonly FieldMessage[]>(() =>
    this.errors().has('progressRange') ? [{ key: 'measure.progressDialog.errors.progressRange' }] : [],
  );

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

  protected async submit(): Promise<void> {
    if (this.pending()) return;
    const { note, progress, unknown } = this.form.getRawValue();
    // "Unknown" sets progress back to null; otherwise an empty field keeps the current value.
    const parsed = unknown ? null : parseProgressInput(progress);
    const errors = new Set<LocalError>();
    for (const { code } of noteProblems(note, true)) errors.add(code === 'required' ? 'noteRequired' : 'tooLong');
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
