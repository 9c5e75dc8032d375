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
import { FORM_FIELD, FieldMessage } from '@leitbild-monitor/dashboard/shared/ui-forms';
import { ProblemText, problemText } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { RemoteData } from '@leitbild-monitor/dashboard/shared/util-remote-data';
import { Measure, MeasureStatus, StatusDefinition, TEXT_LIMITS } from '@leitbild-monitor/shared/contracts';

type LocalError = 'chooseStatus' | 'noteRequired' | 'tooLong';

/** The status change of a measure in a modal `<dialog>`: only the transitions the lifecycle allows. */
@Component({
  selector: 'lbm-status-dialog',
  imports: [ReactiveFormsModule, TranslocoPipe, FORM_FIELD],
  templateUrl: './status-dialog.component.html',
  styleUrl: './dialog.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusDialogComponent {
  private readonly store = inject(MeasurePageStore);
  private readonly injector = inject(Injector);
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  private readonly errorBox = viewChild<ElementRef<HTMLElement>>('errorBox');

  readonly measure = input.required<Measure>();
  readonly statuses = input.required<RemoteData<StatusDefinition[]>>();
  /** The status the measure now has. */
  readonly saved = output<MeasureStatus>();

  protected readonly maxNote = TEXT_LIMITS.note;
  protected readonly form = inject(NonNullableFormBuilder).group({
    status: [''],
    note: [''],
  });
  protected readonly chosen = signal<string>('');
  protected readonly pending = signal(false);
  protected readonly errors = signal<ReadonlySet<LocalError>>(new Set());
  protected readonly failure = signal<WriteFailure | null>(null);
  /** What the API found wrong besides the note (which its field shows), in the words of the translations. */
  protected readonly serverMessages = signal<readonly ProblemText[]>([]);
  protected readonly noteErrors = computed<readonly FieldMessage[]>(() => [
    ...(this.errors().has('noteRequired') ? [{ key: 'measure.statusDialog.errors.noteRequired' }] : []),
    ...(this.errors().has('tooLong')
      ? [{ key: 'measure.statusDialog.errors.tooLong', params: { max: this.maxNote } }]
      : []),
  ]);

  private readonly definitions = computed(() => {
    const statuses = this.statuses();
    return statuses.status === 'loaded' ? new Map(statuses.value.map((item) => [item.key, item])) : null;
  });
  /** The statuses the measure may change to from its current status. */
  protected readonly options = computed<readonly MeasureStatus[]>(
    () => this.definitions()?.get(this.measure().status)?.next ?? [],
  );
  protected readonly noteRequired = computed(() => {
    const chosen = this.chosen();
    return chosen !== '' && (this.definitions()?.get(chosen as MeasureStatus)?.requiresNote ?? false);
  });

  constructor() {
    this.form.controls.status.valueChanges.subscribe((value) => this.chosen.set(value));
  }

  open(): void {
    this.form.reset({ status: '', note: '' });
    this.errors.set(new Set());
    this.failure.set(null);
    this.serverMessages.set([]);
    this.dialog().nativeElement.showModal();
  }

  protected close(): void {
    this.dialog().nativeElement.close();
  }

  protected async submit(): Promise<void> {
    if (this.pending()) return;
    const { status, note } = this.form.getRawValue();
    const errors = new Set<LocalError>();
    if (status === '' || !this.options().includes(status as MeasureStatus)) errors.add('chooseStatus');
    if (this.noteRequired() && note.trim() === '') errors.add('noteRequired');
    if ([...note].length > this.maxNote) errors.add('tooLong');
    this.errors.set(errors);
    this.failure.set(null);
    if (errors.size > 0) {
      this.focusFirstError(errors);
      return;
    }
    this.pending.set(true);
    const result = await this.store.changeStatus({ status: status as MeasureStatus, note: note.trim() || null });
    this.pending.set(false);
    if (result.ok) {
      this.close();
      this.saved.emit(status as MeasureStatus);
      return;
    }
    this.failure.set(result.failure);
    this.serverMessages.set(
      result.failure === 'invalid'
        ? result.problems.filter((problem) => problem.field !== 'note').map((problem) => problemText(problem))
        : [],
    );
    if (result.failure === 'invalid' && result.problems.some((problem) => problem.field === 'note')) {
      this.errors.set(new Set(['noteRequired']));
    }
    if (result.failure === 'conflict' || result.failure === 'illegal-transition') {
      this.form.controls.status.setValue('');
    }
    afterNextRender({ write: () => this.errorBox()?.nativeElement.focus() }, { injector: this.injector });
  }

  private focusFirstError(errors: ReadonlySet<LocalError>): void {
    const id = errors.has('chooseStatus') ? 'status-option-0' : 'status-note';
    afterNextRender(
      {
        write: () => {
          const target = this.dialog().nativeElement.querySelector<HTMLElement>(`#${id}`);
          (target ?? this.dialog().nativeElement.querySelector<HTMLElement>('#status-note'))?.focus();
        },
      },
      { injector: this.injector },
    );
  }
}
